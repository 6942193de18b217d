package org.copydesk.plugins.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.copydesk.api.Format;
import org.copydesk.testkit.Payloads;
import org.copydesk.testkit.Stages;
import org.junit.jupiter.api.Test;

/** The factory as the core sees it: settings validated from YAML exactly as a pipeline file's. */
class HtmlFormatFactoryTest {
    private static final String PAGE = "<html><body><nav><a href=\"/\">Home</a></nav><article><p>The article text is "
            + "long enough to be a paragraph, with commas, clauses and a full stop.</p></article></body></html>";

    @Test
    void defaultsAndSettingsFromYaml() throws Exception {
        Format plain = Stages.format(new HtmlFormatFactory(), "");
        assertThat(plain.parse(Payloads.text(PAGE)).get(0).meta()).doesNotContainKey("html");
        Format keeping = Stages.format(new HtmlFormatFactory(), "keep_html: true\nmin_paragraph_chars: 40");
        assertThat(keeping.parse(Payloads.text(PAGE)).get(0).meta().get("html")).asString().contains("<p>The article");
    }

    @Test
    void invalidSettingsAreRefusedByTheCore() {
        assertThatThrownBy(() -> Stages.format(new HtmlFormatFactory(), "min_paragraph_chars: 0"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("min_paragraph_chars");
        assertThatThrownBy(() -> Stages.format(new HtmlFormatFactory(), "keep_html: maybe"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("keep_html");
    }
}
