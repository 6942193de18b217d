package org.copydesk.plugins.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.copydesk.api.Document;
import org.copydesk.api.Payload;
import org.junit.jupiter.api.Test;

/** A page fetched for a feed item (input rss, follow: true): the item's fields fill what the page lacks. */
class HtmlFormatFeedFieldsTest {
    private final HtmlFormat format = new HtmlFormat(false, 25);
    private static final String BODY = "<p>The harbour reopened on Tuesday after the storm, the port authority said in a"
            + " statement, and the first ships came in at dawn.</p><p>Fishermen said the damage was smaller than"
            + " feared, though two piers will stay closed for repairs until the spring.</p>";
    private static final Map<String, String> FEED = Map.of("feed.title", "Harbour reopens", "feed.link",
            "https://example.org/harbour", "feed.id", "example-123", "feed.published", "2026-01-06T14:30:00+01:00",
            "feed.author", "Jane Reporter", "feed.source", "Example Wire", "http.content-language", "de");

    private static Payload payload(String html, Map<String, String> attributes) {
        return new Payload(html.getBytes(StandardCharsets.UTF_8), "file:///tmp/page.html", Instant.EPOCH, null,
                attributes);
    }

    @Test
    void aBarePageTakesTheFeedItemsFields() throws Exception {
        Document d = format.parse(payload("<html><body><article>" + BODY + "</article></body></html>", FEED)).get(0);
        assertThat(d.headline()).isEqualTo("Harbour reopens");
        assertThat(d.uri()).isEqualTo("https://example.org/harbour");
        assertThat(d.id()).isEqualTo("example-123");
        assertThat(d.published()).isEqualTo("2026-01-06T14:30:00+01:00");
        assertThat(d.byline()).isEqualTo("Jane Reporter");
        assertThat(d.distributor()).isEqualTo("Example Wire");
        assertThat(d.language()).isEqualTo("de");
        assertThat(d.body()).startsWith("The harbour reopened");
    }

    @Test
    void whatThePageSaysWins() throws Exception {
        String page = "<html lang=en><head><title>Storm over: harbour open again</title>"
                + "<link rel=canonical href='https://example.org/canonical'>"
                + "<meta name=author content='Sam Roe'><meta property='og:site_name' content='Example Times'>"
                + "<meta property='article:published_time' content='2026-01-06T15:00:00Z'></head>"
                + "<body><article>" + BODY + "</article></body></html>";
        Document d = format.parse(payload(page, FEED)).get(0);
        assertThat(d.headline()).isEqualTo("Storm over: harbour open again");
        assertThat(d.uri()).isEqualTo("https://example.org/canonical");
        // The id stays the feed item's (its guid): the identity the rss input tracks, followed or not.
        assertThat(d.id()).isEqualTo("example-123");
        assertThat(d.byline()).isEqualTo("Sam Roe");
        assertThat(d.distributor()).isEqualTo("Example Times");
        assertThat(d.published()).isEqualTo("2026-01-06T15:00:00Z");
        assertThat(d.language()).isEqualTo("en");
    }

    @Test
    void itemsWhosePagesShareARootCanonicalKeepTheirOwnIds() throws Exception {
        // Review: with follow: true, pages declaring the site's home page as canonical all got that id, and the
        // jsonl output kept only the first item.
        String page = "<html><head><link rel=canonical href='https://example.org/'></head><body><article>" + BODY
                + "</article></body></html>";
        Document one = format.parse(new Payload(page.getBytes(StandardCharsets.UTF_8), "https://example.org/a",
                Instant.EPOCH, null, Map.of("feed.id", "guid-1", "feed.link", "https://example.org/a"))).get(0);
        Document two = format.parse(new Payload(page.getBytes(StandardCharsets.UTF_8), "https://example.org/b",
                Instant.EPOCH, null, Map.of("feed.id", "guid-2", "feed.link", "https://example.org/b"))).get(0);
        assertThat(one.id()).isEqualTo("guid-1");
        assertThat(two.id()).isEqualTo("guid-2");
        assertThat(one.uri()).isEqualTo("https://example.org/a");
        assertThat(one.meta()).containsEntry("canonical", "https://example.org/");
    }

    private Document followed(String page, String link, Map<String, String> attributes) throws Exception {
        return format.parse(new Payload(page.getBytes(StandardCharsets.UTF_8), link, Instant.EPOCH, "text/html",
                attributes)).get(0);
    }

    @Test
    void oneArticleReachedThroughTwoTrackingLinksWithoutGuidIsOneDocument() throws Exception {
        // Review: the item's link (its id when it has no guid) overrode the page's canonical, so the article
        // linked from two feeds as ...?utm_source=rss_top and ...?utm_source=rss_politics was written twice.
        String page = "<html><head><link rel=canonical href='https://gazette.example/2026/harbour'></head><body>"
                + "<article>" + BODY + "</article></body></html>";
        for (String feed : new String[] {"top", "politics"}) {
            String link = "https://gazette.example/2026/harbour?utm_source=rss_" + feed;
            Document d = followed(page, link, Map.of("feed.id", link, "feed.link", link));
            assertThat(d.id()).as("item of feed %s", feed).isEqualTo("https://gazette.example/2026/harbour");
            assertThat(d.uri()).isEqualTo("https://gazette.example/2026/harbour");
        }
    }

    @Test
    void aGuidStillWinsOverTheCanonical() throws Exception {
        String page = "<html><head><link rel=canonical href='https://gazette.example/2026/harbour'></head><body>"
                + "<article>" + BODY + "</article></body></html>";
        String link = "https://gazette.example/2026/harbour?utm_source=rss_top";
        Document d = followed(page, link, Map.of("feed.id", "tag:gazette.example,2026:4711", "feed.link", link));
        assertThat(d.id()).isEqualTo("tag:gazette.example,2026:4711");
        assertThat(d.uri()).isEqualTo("https://gazette.example/2026/harbour");
    }

    @Test
    void withoutGuidACanonicalThatDoesNotIdentifyThePageLeavesTheLinkAsId() throws Exception {
        String link = "https://gazette.example/2026/harbour?utm_source=rss_top";
        for (String canonical : new String[] {"https://gazette.example/", "https://other.example/2026/harbour"}) {
            String page = "<html><head><link rel=canonical href='" + canonical + "'></head><body><article>" + BODY
                    + "</article></body></html>";
            Document d = followed(page, link, Map.of("feed.id", link, "feed.link", link));
            assertThat(d.id()).as("canonical %s", canonical).isEqualTo(link);
        }
        Document bare = followed("<html><body><article>" + BODY + "</article></body></html>", link,
                Map.of("feed.id", link, "feed.link", link));
        assertThat(bare.id()).isEqualTo(link);
    }

    @Test
    void withoutFeedAttributesNothingIsInvented() throws Exception {
        Document d = format.parse(payload("<html><body><article>" + BODY + "</article></body></html>", Map.of())).get(0);
        assertThat(d.headline()).isNull();
        assertThat(d.uri()).isNull();
        assertThat(d.byline()).isNull();
        assertThat(d.distributor()).isNull();
    }
}
