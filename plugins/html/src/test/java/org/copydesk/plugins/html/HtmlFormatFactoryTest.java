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
    void aPageOverMaxPageMbFailsNamingItsSizeAndTheLimit() throws Exception {
        // Review A3: two 15.3 MB link pages ended the daemon with an OutOfMemoryError (nothing written, files left
        // in the inbox, a restart would loop). Over the limit the page now fails as bad input (a dead letter).
        StringBuilder big = new StringBuilder("<html><body><article><p>The article text is long enough to be a"
                + " paragraph, with commas, clauses and a full stop.</p>");
        while (big.length() <= 1024 * 1024) {
            big.append("<p><a href=\"/x\">a link in a very long list of links</a></p>\n");
        }
        big.append("</article></body></html>");
        Format small = Stages.format(new HtmlFormatFactory(), "max_page_mb: 1");
        assertThatThrownBy(() -> small.parse(Payloads.text(big.toString())))
                .isInstanceOf(org.copydesk.api.FormatException.class)
                .hasMessageContaining("page of " + String.format(java.util.Locale.ROOT, "%,d", big.length()) + " bytes")
                .hasMessageContaining("larger than the format's max_page_mb (1 MiB)");
        assertThat(Stages.format(new HtmlFormatFactory(), "max_page_mb: 2").parse(Payloads.text(big.toString())))
                .hasSize(1);
        assertThat(small.parse(Payloads.text(PAGE))).hasSize(1);
        assertThatThrownBy(() -> Stages.format(new HtmlFormatFactory(), "max_page_mb: 0"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("max_page_mb");
    }

    @Test
    void invalidSettingsAreRefusedByTheCore() {
        assertThatThrownBy(() -> Stages.format(new HtmlFormatFactory(), "min_paragraph_chars: 0"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("min_paragraph_chars");
        assertThatThrownBy(() -> Stages.format(new HtmlFormatFactory(), "keep_html: maybe"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("keep_html");
    }
}
