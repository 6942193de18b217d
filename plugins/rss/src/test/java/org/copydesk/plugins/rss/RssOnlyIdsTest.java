package org.copydesk.plugins.rss;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.copydesk.api.Document;
import org.copydesk.api.FormatException;
import org.copydesk.api.Payload;
import org.junit.jupiter.api.Test;

/** The {@code copydesk.rss.only-ids} attribute the rss input sets: the format keeps only those items. */
class RssOnlyIdsTest {
    static final String FEED = """
            <rss version="2.0"><channel><title>Example Wire</title><link>https://example.org/</link>
            <item><title>One</title><guid>id-1</guid><description>First story text.</description></item>
            <item><title>Two</title><link>https://example.org/two</link><description>Second story.</description></item>
            <item><title>Three</title><description>Third story, no guid, no link.</description></item>
            </channel></rss>
            """;
    private final RssFormat format = new RssFormat("auto");

    private List<Document> parse(Map<String, String> attributes) throws FormatException {
        return format.parse(new Payload(FEED.getBytes(StandardCharsets.UTF_8), "https://example.org/feed",
                Instant.EPOCH, null, attributes));
    }

    @Test
    void idsAreGuidElseLinkElseAHash() throws Exception {
        List<String> ids = parse(Map.of()).stream().map(ItemIds::of).toList();
        assertThat(ids.get(0)).isEqualTo("id-1");
        // the link and a hash of headline and date: items sharing a link are told apart (review 5 #11)
        assertThat(ids.get(1)).matches("https://example\\.org/two#copydesk-item-[0-9a-f]{16}");
        assertThat(ItemIds.linkOf(ids.get(1))).isEqualTo("https://example.org/two");
        assertThat(ItemIds.linkOf(ids.get(0))).isNull();
        assertThat(ids.get(2)).startsWith("sha256:").hasSize(7 + 64);
        assertThat(parse(Map.of()).stream().map(ItemIds::of).toList()).isEqualTo(ids);
    }

    @Test
    void withTheAttributeOnlyTheNamedItemsComeOut() throws Exception {
        String second = ItemIds.of(parse(Map.of()).get(1));
        String third = ItemIds.of(parse(Map.of()).get(2));
        List<Document> docs = parse(Map.of(ItemIds.ONLY_IDS, ItemIds.toJson(List.of(second, third))));
        assertThat(docs).extracting(Document::headline).containsExactly("Two", "Three");
        assertThat(parse(Map.of(ItemIds.ONLY_IDS, "[]"))).isEmpty();
        assertThat(parse(Map.of())).hasSize(3);
    }

    /** The input lists ids with body_from auto; the pipeline's format may use another body_from (review). */
    @Test
    void anItemWithoutGuidAndLinkIsKeptWhateverBodyFromIs() throws Exception {
        String rss = "<rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel>"
                + "<title>T</title><item><title>No guid, no link</title>"
                + "<description>A longer teaser paragraph that is longer than the content.</description>"
                + "<content:encoded><![CDATA[<p>Short.</p>]]></content:encoded></item></channel></rss>";
        String json = "{\"version\": \"https://jsonfeed.org/version/1.1\", \"title\": \"T\", \"items\": [{"
                + "\"title\": \"No id, no url\", \"summary\": \"A longer summary that is longer than the content.\","
                + " \"content_text\": \"Short.\"}]}";
        for (String feed : List.of(rss, json)) {
            byte[] bytes = feed.getBytes(StandardCharsets.UTF_8);
            List<String> ids = new RssFormat("auto").parse(new Payload(bytes, "https://example.org/feed", Instant.EPOCH))
                    .stream().map(ItemIds::of).toList();
            assertThat(ids).hasSize(1);
            Map<String, String> only = Map.of(ItemIds.ONLY_IDS, ItemIds.toJson(ids));
            for (String bodyFrom : List.of("auto", "content", "description")) {
                List<Document> docs = new RssFormat(bodyFrom).parse(new Payload(bytes, "https://example.org/feed",
                        Instant.EPOCH, null, only));
                assertThat(docs).as(bodyFrom).hasSize(1);
                assertThat(ItemIds.of(docs.get(0))).as(bodyFrom).isEqualTo(ids.get(0));
            }
        }
    }

    @Test
    void aBrokenAttributeIsAFormatError() {
        assertThatThrownBy(() -> parse(Map.of(ItemIds.ONLY_IDS, "{not json")))
                .isInstanceOf(FormatException.class).hasMessageContaining(ItemIds.ONLY_IDS);
        assertThatThrownBy(() -> parse(Map.of(ItemIds.ONLY_IDS, "{\"a\":1}")))
                .isInstanceOf(FormatException.class).hasMessageContaining("JSON array");
    }
}
