package org.copydesk.plugins.dateline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.copydesk.api.Document;
import org.copydesk.api.Setting;
import org.copydesk.api.Source;
import org.copydesk.api.Step;
import org.copydesk.testkit.Stages;
import org.junit.jupiter.api.Test;
import org.pf4j.Extension;

class DatelineStepFactoryTest {
    private final DatelineStepFactory factory = new DatelineStepFactory();

    @Test
    void isAnExtensionOfTypeDateline() {
        assertThat(DatelineStepFactory.class).hasAnnotation(Extension.class);
        assertThat(factory.type()).isEqualTo("dateline");
        assertThat(factory.description()).isNotBlank();
    }

    @Test
    void declaresDescribedSettingsWithDefaults() {
        assertThat(factory.settings()).extracting(Setting::name).containsExactly("remove_from_body", "detect",
                "accept_unknown_places", "year_from", "fill_provider", "max_length");
        assertThat(factory.settings()).allSatisfy(s -> assertThat(s.description()).isNotBlank());
        assertThat(DatelineStepFactory.REMOVE_FROM_BODY.defaultValue()).isTrue();
        assertThat(DatelineStepFactory.YEAR_FROM.allowedValues()).containsExactly("published", "received", "none");
    }

    @Test
    void createsAWorkingStepFromDefaultSettings() throws Exception {
        Step step = Stages.step(factory, "");
        Document doc = new Document(new Source("f", "text", Instant.parse("2025-05-03T10:00:00Z")))
                .setBody("BEIJING, May 3 (Xinhua) -- China's economy grew.");
        step.apply(doc);
        assertThat(doc.dateline().located()).isEqualTo("Beijing, China");
        assertThat(doc.dateline().date()).isEqualTo("2025-05-03");
        assertThat(doc.body()).isEqualTo("China's economy grew.");
    }

    @Test
    void settingsChangeTheStep() throws Exception {
        Step step = Stages.step(factory, "remove_from_body: false\nyear_from: none");
        Document doc = new Document(new Source("f", "text", Instant.parse("2025-05-03T10:00:00Z")))
                .setBody("BEIJING, May 3 (Xinhua) -- China's economy grew.");
        step.apply(doc);
        assertThat(doc.dateline().date()).isEqualTo("--05-03");
        assertThat(doc.body()).startsWith("BEIJING");
    }

    @Test
    void rejectsBadSettings() {
        assertThatThrownBy(() -> Stages.step(factory, "year_from: tomorrow")).hasMessageContaining("year_from");
        assertThatThrownBy(() -> Stages.step(factory, "max_length: 5")).hasMessageContaining("max_length");
    }
}
