package org.copydesk.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SettingTest {
    @Test
    void settingsAreImmutableCopies() {
        Setting<Duration> base = Setting.duration("settle", Duration.ofSeconds(1));
        Setting<Duration> described = base.describedAs("How long.");
        assertThat(base.description()).isEmpty();
        assertThat(described.description()).isEqualTo("How long.");
        assertThat(described.defaultValue()).isEqualTo(Duration.ofSeconds(1));
        Setting<Duration> required = described.required();
        assertThat(required.isRequired()).isTrue();
        assertThat(required.defaultValue()).as("a required setting has no default").isNull();
    }

    @Test
    void namesAndDefaultsAreChecked() {
        assertThatThrownBy(() -> Setting.string("Bad-Name")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Setting.oneOf("mode", "fast", "slow", "safe"))
                .hasMessageContaining("default fast is not one of [slow, safe]");
        assertThatThrownBy(() -> Setting.string("s").range(1, 2)).isInstanceOf(IllegalStateException.class);
        assertThat(Setting.integer("n", 3).range(1, 5).max()).isEqualTo(5.0);
    }

    @Test
    void settingsFallBackToDefaults() {
        Setting<Integer> n = Setting.integer("n", 3);
        Setting<List<String>> to = Setting.stringList("to", List.of("es"));
        Settings given = new Settings(Map.of("n", 7));
        assertThat(given.get(n)).isEqualTo(7);
        assertThat(given.isSet(n)).isTrue();
        assertThat(given.get(to)).containsExactly("es");
        assertThat(given.isSet(to)).isFalse();
        assertThat(Settings.empty().get(n)).isEqualTo(3);
    }

    @Test
    void durationsReadAsTheCoreReadsThemAndStopAtTenYears() {
        assertThat(SettingType.parseDuration("500ms")).isEqualTo(Duration.ofMillis(500));
        assertThat(SettingType.parseDuration("5 m")).isEqualTo(Duration.ofMinutes(5));
        assertThat(SettingType.parseDuration("PT10S")).isEqualTo(Duration.ofSeconds(10));
        assertThat(SettingType.parseDuration("3650d")).isEqualTo(SettingType.MAX_DURATION);
        for (String tooLong : List.of("3651d", "999999999999999d", "99999999999999999999s")) {
            assertThatThrownBy(() -> SettingType.parseDuration(tooLong)).as(tooLong)
                    .isInstanceOf(SettingType.DurationTooLongException.class);
        }
        assertThatThrownBy(() -> SettingType.parseDuration("soon"))
                .isInstanceOf(IllegalArgumentException.class)
                .isNotInstanceOf(SettingType.DurationTooLongException.class);
    }
}
