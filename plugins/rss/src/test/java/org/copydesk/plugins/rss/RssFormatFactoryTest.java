package org.copydesk.plugins.rss;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.copydesk.api.Format;
import org.copydesk.testkit.Payloads;
import org.copydesk.testkit.Stages;
import org.junit.jupiter.api.Test;

/** The factory as the core sees it: settings validated from YAML exactly as a pipeline file's. */
class RssFormatFactoryTest {
    private static final String FEED = "<rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\">"
            + "<channel><title>T</title><item><title>A</title><description>Short.</description>"
            + "<content:encoded>&lt;p&gt;The longer full text.&lt;/p&gt;</content:encoded></item></channel></rss>";

    @Test
    void defaultsAndSettingsFromYaml() throws Exception {
        Format auto = Stages.format(new RssFormatFactory(), "");
        assertThat(auto.parse(Payloads.text(FEED)).get(0).body()).isEqualTo("The longer full text.");
        Format description = Stages.format(new RssFormatFactory(), "body_from: description");
        assertThat(description.parse(Payloads.text(FEED)).get(0).body()).isEqualTo("Short.");
    }

    @Test
    void invalidSettingsAreRefusedByTheCore() {
        assertThatThrownBy(() -> Stages.format(new RssFormatFactory(), "body_from: everything"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("body_from");
        assertThatThrownBy(() -> Stages.format(new RssFormatFactory(), "poll: 5m"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("poll");
    }

    @Test
    void describesItself() {
        RssFormatFactory factory = new RssFormatFactory();
        assertThat(factory.type()).isEqualTo("rss");
        assertThat(factory.description()).isNotBlank();
        assertThat(factory.settings()).extracting(s -> s.name()).containsExactly("body_from");
        assertThat(RssFormatFactory.BODY_FROM.allowedValues()).containsExactly("content", "description", "auto");
    }
}
