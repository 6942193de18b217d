package org.copydesk.plugins.translate;

import static org.assertj.core.api.Assertions.assertThat;

import org.copydesk.api.StateStore;
import org.copydesk.runtime.state.MvStateStore;
import org.junit.jupiter.api.Test;

class StateTranslationCacheTest {
    @Test
    void remembersByEnginePairAndTextAndStaysBounded() {
        StateStore state = MvStateStore.inMemory().forStage("p", "steps-0:translate");
        StateTranslationCache cache = new StateTranslationCache(state.map("translations"), 2);
        TranslationCache.Key hello = new TranslationCache.Key("apertium eng-spa 0.8.1", "en", "es", "h1");
        cache.put(hello, "hola");
        assertThat(cache.get(hello)).contains("hola");
        assertThat(cache.get(new TranslationCache.Key("apertium eng-cat 1.0.1", "en", "ca", "h1"))).isEmpty();
        cache.put(new TranslationCache.Key("e", "en", "es", "h2"), "dos");
        cache.put(new TranslationCache.Key("e", "en", "es", "h3"), "tres");
        assertThat(state.map("translations").size()).isLessThanOrEqualTo(2);
        assertThat(cache.get(new TranslationCache.Key("e", "en", "es", "h3"))).contains("tres");
    }
}
