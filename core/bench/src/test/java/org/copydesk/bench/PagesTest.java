package org.copydesk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.copydesk.api.Document;
import org.copydesk.api.Format;
import org.copydesk.plugins.html.HtmlFormatFactory;
import org.copydesk.plugins.rss.RssFormatFactory;
import org.copydesk.runtime.bench.StoryGenerator;
import org.copydesk.testkit.Stages;
import org.junit.jupiter.api.Test;

/**
 * The feeds and pages the format benchmarks parse are read by the real formats as the stories they were made from,
 * so the benchmarks measure the formats' normal path, not an error or a half-empty result.
 */
class PagesTest {
    private final StoryGenerator gen = new StoryGenerator(42);

    private List<StoryGenerator.Story> stories(int n) {
        List<StoryGenerator.Story> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(gen.story(i));
        }
        return out;
    }

    @Test
    void rssAndAtomFeedsGiveEveryStoryWithItsHeadlineAndFullText() throws Exception {
        Format rss = Stages.format(new RssFormatFactory(), "{}");
        List<StoryGenerator.Story> stories = stories(5);
        for (byte[] feed : List.of(Pages.rss(stories), Pages.atom(stories))) {
            List<Document> docs = rss.parse(FormatBenchmarks.payload(feed, "https://news.example/feed"));
            assertThat(docs).hasSize(5);
            for (int i = 0; i < 5; i++) {
                Pages.Parts parts = Pages.Parts.of(stories.get(i));
                assertThat(docs.get(i).headline()).isEqualTo(parts.headline());
                assertThat(docs.get(i).uri()).isEqualTo(Pages.link(stories.get(i)));
                assertThat(normalized(docs.get(i).body())).isEqualTo(String.join(" ", parts.paragraphs()));
            }
        }
    }

    @Test
    void articlePageGivesTheStoryWithoutTheSiteAroundIt() throws Exception {
        Format html = Stages.format(new HtmlFormatFactory(), "{}");
        StoryGenerator.Story story = gen.story(3);
        List<Document> docs = html.parse(FormatBenchmarks.payload(Pages.article(story), Pages.link(story)));
        assertThat(docs).hasSize(1);
        Pages.Parts parts = Pages.Parts.of(story);
        assertThat(docs.get(0).headline()).isEqualTo(parts.headline());
        String body = normalized(docs.get(0).body());
        assertThat(body).isEqualTo(String.join(" ", parts.paragraphs()));
        assertThat(body).doesNotContain("Related story", "Read more", "All rights reserved", "Politics");
    }

    @Test
    void sameStoriesSameBytes() {
        StoryGenerator again = new StoryGenerator(42);
        assertThat(Pages.rss(stories(3))).isEqualTo(Pages.rss(List.of(again.story(0), again.story(1), again.story(2))));
        assertThat(Pages.atom(stories(2))).isEqualTo(Pages.atom(List.of(again.story(0), again.story(1))));
        assertThat(Pages.article(gen.story(1))).isEqualTo(Pages.article(again.story(1)));
        assertThat(Pages.article(gen.story(1))).isNotEqualTo(Pages.article(gen.story(2)));
    }

    private static String normalized(String body) {
        return body.replaceAll("\\s+", " ").strip();
    }
}
