package org.copydesk.plugins.dateline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.copydesk.api.Document;
import org.copydesk.api.Setting;
import org.copydesk.api.SettingType;
import org.copydesk.api.Source;
import org.copydesk.api.Step;
import org.copydesk.testkit.Stages;
import org.junit.jupiter.api.Test;
import org.pf4j.Extension;

class DatelineStepFactoryTest {
    private final DatelineStepFactory factory = new DatelineStepFactory();

    private static Document story() {
        return new Document(new Source("f", "text", Instant.parse("2025-05-03T10:00:00Z")))
                .setBody("BEIJING, May 3 (Xinhua) -- China's economy grew.");
    }

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
        assertThat(DatelineStepFactory.DETECT.defaultValue()).isTrue();
        assertThat(DatelineStepFactory.ACCEPT_UNKNOWN_PLACES.defaultValue()).isFalse();
        assertThat(DatelineStepFactory.FILL_PROVIDER.defaultValue()).isTrue();
        assertThat(DatelineStepFactory.YEAR_FROM.type()).isEqualTo(SettingType.ENUM);
        assertThat(DatelineStepFactory.YEAR_FROM.defaultValue()).isEqualTo("published");
        assertThat(DatelineStepFactory.YEAR_FROM.allowedValues()).containsExactly("published", "received", "none");
        assertThat(DatelineStepFactory.MAX_LENGTH.defaultValue()).isEqualTo(160);
        assertThat(DatelineStepFactory.MAX_LENGTH.min()).isEqualTo(20.0);
        assertThat(DatelineStepFactory.MAX_LENGTH.max()).isEqualTo(400.0);
    }

    @Test
    void createsAWorkingStepFromDefaultSettings() throws Exception {
        Step step = Stages.step(factory, "");
        Document doc = step.apply(story());
        assertThat(doc.dateline().located()).isEqualTo("Beijing, China");
        assertThat(doc.dateline().date()).isEqualTo("2025-05-03");
        assertThat(doc.body()).isEqualTo("China's economy grew.");
    }

    @Test
    void settingsChangeTheStep() throws Exception {
        Step step = Stages.step(factory, "remove_from_body: false\nyear_from: none");
        Document doc = step.apply(story());
        assertThat(doc.dateline().date()).isEqualTo("--05-03");
        assertThat(doc.body()).startsWith("BEIJING");
    }

    @Test
    void detectOffLeavesTheBody() throws Exception {
        Step step = Stages.step(factory, "detect: false");
        Document doc = step.apply(story());
        assertThat(doc.dateline()).isNull();
    }

    @Test
    void invalidSettingsAreRefusedByTheCoreValidation() {
        assertThatThrownBy(() -> Stages.step(factory, "year_from: publshed\nmax_length: 5"))
                .hasMessageContaining("unknown value 'publshed'; did you mean 'published'?")
                .hasMessageContaining("setting 'max_length' of 'dateline' must be between 20 and 400");
    }

    @Test
    void acceptUnknownPlaces() throws Exception {
        Step step = Stages.step(factory, "accept_unknown_places: true");
        Document doc = step.apply(new Document(new Source("f", "text", Instant.EPOCH))
                .setBody("MIDWAY ATOLL - Seventy-four years ago"));
        assertThat(doc.dateline().city()).isEqualTo("Midway Atoll");
        assertThat(doc.body()).isEqualTo("Seventy-four years ago");
    }
}
