package org.copydesk.plugins.translate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SmallPartsTest {
    @Test
    void languageCodes() {
        assertThat(LanguageCodes.iso3("en")).contains("eng");
        assertThat(LanguageCodes.iso3("es-ES")).contains("spa");
        assertThat(LanguageCodes.iso3("ca")).contains("cat");
        assertThat(LanguageCodes.tag("spa")).contains("es");
        assertThat(LanguageCodes.tag("cat_valencia")).contains("ca");
        assertThat(LanguageCodes.tag("pt")).contains("pt");
        assertThat(LanguageCodes.primary("pt_BR")).isEqualTo("pt");
        assertThat(LanguageCodes.isTag("pt-BR")).isTrue();
        assertThat(LanguageCodes.isTag("Spanish!")).isFalse();
    }

    @Test
    void debianPackages() {
        assertThat(ApertiumInstallation.debianPackage("eng-spa")).isEqualTo("apertium-eng-spa");
        assertThat(ApertiumInstallation.debianPackage("spa-eng")).isEqualTo("apertium-eng-spa");
        assertThat(ApertiumInstallation.debianPackage("eng-glg")).isEqualTo("apertium-en-gl");
        assertThat(ApertiumInstallation.modeName("en", "ca")).isEqualTo("eng-cat");
    }

    @Test
    void streamFormatRoundTrip() {
        String text = "a\\b [c] ^d$ e/f @g <h> {i} *j #k ~l\tm\nn";
        String stream = ApertiumStream.deformat(text);
        assertThat(stream).contains("\\[c\\]").contains("\\^d\\$").contains("[\n]").doesNotContain("\0");
        assertThat(ApertiumStream.reformat(stream)).isEqualTo(text);
    }

    @Test
    void boundedCacheForgetsTheLeastRecentlyUsed() {
        MemoryTranslationCache cache = new MemoryTranslationCache(2);
        TranslationCache.Key a = new TranslationCache.Key("e", "en", "es", "a");
        TranslationCache.Key b = new TranslationCache.Key("e", "en", "es", "b");
        TranslationCache.Key c = new TranslationCache.Key("e", "en", "es", "c");
        cache.put(a, "A");
        cache.put(b, "B");
        cache.get(a);
        cache.put(c, "C");
        assertThat(cache.size()).isEqualTo(2);
        assertThat(cache.get(a)).contains("A");
        assertThat(cache.get(b)).isEmpty();
    }

    @Test
    void detectorLimitedToTheConfiguredLanguages() {
        LinguaDetector d = new LinguaDetector(List.of("en", "es", "ca"));
        assertThat(d.detect("The minister said the talks with Japan were useful and constructive.")).contains("en");
        assertThat(d.detect("El ministro dijo que las conversaciones con Japón fueron útiles.")).contains("es");
        assertThat(d.detect("El ministre va dir que les converses amb el Japó van ser útils i constructives."))
                .contains("ca");
        assertThat(d.detect("  ")).isEmpty();
        assertThat(new LinguaDetector(List.of("en")).detect("Hola")).contains("en");
    }
}
