package org.copydesk.plugins.translate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** PF4J finds the step and the three engines through the extension index the annotation processor writes. */
class ExtensionsTest {
    @Test
    void theExtensionIndexListsTheStepAndTheEngines() throws Exception {
        // ours is the one beside our classes (other jars on the test class path have their own)
        java.net.URL ours = TranslateStepFactory.class.getResource("/" + TranslateStepFactory.class.getName()
                .replace('.', '/') + ".class");
        String root = ours.toString().substring(0, ours.toString().indexOf("org/copydesk/plugins/translate/"));
        String index;
        try (InputStream in = new java.net.URL(root + "META-INF/extensions.idx").openStream()) {
            index = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(index).contains(TranslateStepFactory.class.getName(), ApertiumEngineFactory.class.getName(),
                ApyEngineFactory.class.getName(), LibreTranslateEngineFactory.class.getName());
        assertThat(new TranslateStepFactory().type()).isEqualTo("translate");
        assertThat(new ApertiumEngineFactory().type()).isEqualTo("apertium");
        assertThat(new ApyEngineFactory().type()).isEqualTo("apy");
        assertThat(new LibreTranslateEngineFactory().type()).isEqualTo("libretranslate");
    }
}
