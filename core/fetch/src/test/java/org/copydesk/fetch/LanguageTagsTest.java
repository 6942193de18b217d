package org.copydesk.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageTagsTest {
    @Test
    void normalisesTheFormsFeedsAndPagesUse() {
        assertThat(LanguageTags.normalize("en-us")).isEqualTo("en-US");
        assertThat(LanguageTags.normalize(" en_GB ")).isEqualTo("en-GB");
        assertThat(LanguageTags.normalize("EN")).isEqualTo("en");
        assertThat(LanguageTags.normalize("und")).isNull();
        assertThat(LanguageTags.normalize("x")).isNull();
        assertThat(LanguageTags.normalize("english please")).isNull();
        assertThat(LanguageTags.normalize(null)).isNull();
    }
}
