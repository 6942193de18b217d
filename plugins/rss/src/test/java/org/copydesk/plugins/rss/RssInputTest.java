package org.copydesk.plugins.rss;

import org.copydesk.testkit.RecordingInputContext;
import org.copydesk.fetch.TestServer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.copydesk.fetch.Await.await;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.copydesk.api.ConfigurationException;
import org.copydesk.fetch.PoliteFetcher;
import org.copydesk.api.Document;
import org.copydesk.api.Input;
import org.copydesk.api.StageContext;
import org.copydesk.runtime.config.ConfigException;
import org.copydesk.testkit.Stages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RssInputTest {
    static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    final RssInputFactory factory = new RssInputFactory(CLIENT);
    final RssFormat format = new RssFormat("auto");
    final List<String> items = new CopyOnWriteArrayList<>();
    TestServer server;
    StageContext context;

    @BeforeEach
    void start() throws Exception {
        server = new TestServer();
        context = Stages.context("input (rss)");
        server.route("/feed", ex -> {
            String body = feed(items);
            String etag = "\"" + Integer.toHexString(body.hashCode()) + "\"";
            if (etag.equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
                TestServer.send(ex, 304, null, "");
            } else {
                ex.getResponseHeaders().set("ETag", etag);
                TestServer.send(ex, 200, "application/rss+xml; charset=utf-8", body);
            }
        });
    }

    @AfterEach
    void stop() {
        server.close();
    }

    String feed(List<String> names) {
        StringBuilder b = new StringBuilder("<rss version=\"2.0\"><channel><title>Test Wire</title><link>"
                + server.url("/") + "</link>");
        List<String> newestFirst = new java.util.ArrayList<>(names);
        java.util.Collections.reverse(newestFirst); // newest first, as feeds do
        for (String name : newestFirst) {
            b.append("<item><title>Story ").append(name).append("</title><link>").append(server.url("/pages/" + name))
                    .append("</link><guid>guid-").append(name).append("</guid><author>desk@example.org (Desk ")
                    .append(name).append(")</author><pubDate>Tue, 06 Jan 2026 14:30:00 +0100</pubDate>")
                    .append("<description>Text of story ").append(name).append(".</description></item>");
        }
        return b.append("</channel></rss>").toString();
    }

    Input input(String extra) throws Exception {
        String yaml = "{feeds: ['" + server.url("/feed") + "'], interval: 100ms, allow_private_addresses: true"
                + (extra.isEmpty() ? "" : ", " + extra) + "}";
        var settings = Stages.settings(factory, yaml);
        factory.check(context, settings);
        return factory.create(context, settings);
    }

    List<String> headlines(RecordingInputContext ctx) throws Exception {
        List<String> out = new java.util.ArrayList<>();
        for (RecordingInputContext.Submitted s : ctx.submitted) {
            for (Document d : format.parse(s.payload())) {
                out.add(d.headline());
            }
        }
        return out;
    }

    JsonNode feedState(String path) throws Exception {
        String text = context.state().map("feeds").get(server.url(path).toString());
        return text == null ? null : new ObjectMapper().readTree(text);
    }

    static void stopped(Input input) throws InterruptedException {
        input.stop();
        assertThat(input.awaitStop(Duration.ofSeconds(30))).as("input thread ended").isTrue();
    }

    @Test
    void onlyNewItemsComeOutAndAnUnchangedFeedIsAskedWithItsEtag() throws Exception {
        items.addAll(List.of("a", "b"));
        RecordingInputContext ctx = new RecordingInputContext(true);
        Input input = input("");
        input.start(ctx);
        try {
            await("the first payload", () -> ctx.submitted.size() == 1);
            assertThat(headlines(ctx)).containsExactlyInAnyOrder("Story a", "Story b");
            assertThat(ctx.submitted.get(0).payload().attributes()).containsKey(ItemIds.ONLY_IDS)
                    .containsEntry("http.content-type", "application/rss+xml; charset=utf-8");
            await("conditional requests answered 304", () -> server.requests.stream()
                    .filter(r -> r.ifNoneMatch() != null).count() >= 3);
            assertThat(ctx.submitted).hasSize(1);

            items.add("c");
            await("the second payload", () -> ctx.submitted.size() == 2);
            assertThat(format.parse(ctx.submitted.get(1).payload())).extracting(Document::headline)
                    .containsExactly("Story c");
            items.add("d");
            items.add("e");
            await("the third payload", () -> ctx.submitted.size() == 3);
            assertThat(headlines(ctx)).containsExactlyInAnyOrder("Story a", "Story b", "Story c", "Story d", "Story e");
        } finally {
            stopped(input);
        }
    }

    @Test
    void aUtf8FeedServedAsIso88591IsReadAsUtf8WithAWarning() throws Exception {
        // review 5 #15: old Apache/Tomcat setups label UTF-8 feeds text/xml; charset=ISO-8859-1; every non-ASCII
        // character came out as mojibake ("CafÃ© in SÃ£o Paulo") with no warning
        String text = "Caf\u00e9 in S\u00e3o Paulo \u2013 \u201cquoted\u201d";
        server.route("/latin1", ex -> {
            byte[] body = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>t</title>"
                    + "<item><title>" + text + "</title><guid>g1</guid><description>" + text + ".</description></item>"
                    + "</channel></rss>").getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().set("Content-Type", "text/xml; charset=ISO-8859-1");
            ex.sendResponseHeaders(200, body.length);
            ex.getResponseBody().write(body);
            ex.close();
        });
        RecordingInputContext ctx = new RecordingInputContext(true);
        var settings = Stages.settings(factory, "{feeds: ['" + server.url("/latin1")
                + "'], interval: 100ms, allow_private_addresses: true}");
        Input input = factory.create(context, settings);
        input.start(ctx);
        try {
            await("the feed's payload", () -> ctx.submitted.size() == 1);
        } finally {
            stopped(input);
        }
        List<Document> docs = format.parse(ctx.submitted.get(0).payload());
        assertThat(docs).singleElement().satisfies(d -> {
            assertThat(d.headline()).isEqualTo(text);
            assertThat(d.body()).isEqualTo(text + ".");
            assertThat(d.warnings()).extracting(w -> w.message()).singleElement().asString()
                    .contains("charset=ISO-8859-1").contains("read as UTF-8");
        });
    }

    @Test
    void seenItemsAreRememberedAcrossRestarts() throws Exception {
        items.addAll(List.of("a", "b"));
        RecordingInputContext first = new RecordingInputContext(true);
        Input one = input("");
        one.start(first);
        await("the first payload", () -> first.submitted.size() == 1);
        stopped(one);

        items.add("c");
        RecordingInputContext second = new RecordingInputContext(true);
        Input two = input("");
        two.start(second);
        try {
            await("the new item", () -> second.submitted.size() == 1);
            assertThat(headlines(second)).containsExactly("Story c");
            long polls = server.count("/feed");
            await("two more polls", () -> server.count("/feed") >= polls + 2);
            assertThat(second.submitted).hasSize(1);
        } finally {
            stopped(two);
        }
    }

    @Test
    void itemsNotAcknowledgedBeforeACrashOrRefusedComeAgain() throws Exception {
        items.addAll(List.of("a", "b"));
        RecordingInputContext crashed = new RecordingInputContext(false);
        Input one = input("");
        one.start(crashed);
        await("the first payload", () -> crashed.submitted.size() == 1);
        long polls = server.count("/feed");
        await("more polls", () -> server.count("/feed") >= polls + 2);
        assertThat(crashed.submitted).as("in flight: not offered twice").hasSize(1);
        stopped(one);

        RecordingInputContext refusing = new RecordingInputContext(false);
        Input two = input("");
        two.start(refusing);
        try {
            await("the items again", () -> refusing.submitted.size() == 1);
            assertThat(headlines(refusing)).containsExactlyInAnyOrder("Story a", "Story b");
            refusing.submitted.get(0).ack().nack(new RuntimeException("output down"));
            await("the items once more after the nack", () -> refusing.submitted.size() == 2);
            refusing.submitted.get(1).ack().ack();
            long after = server.count("/feed");
            await("more polls", () -> server.count("/feed") >= after + 3);
            assertThat(refusing.submitted).hasSize(2);
        } finally {
            stopped(two);
        }
    }

    @Test
    void aFailingFeedBacksOffAndRecordsWhyWhileOthersGoOn() throws Exception {
        items.add("a");
        server.route("/broken", ex -> TestServer.send(ex, 500, "text/plain", "down"));
        server.route("/slow", ex -> {
            Thread.sleep(3000);
            TestServer.send(ex, 200, "application/rss+xml", feed(List.of("x")));
        });
        server.route("/old", ex -> TestServer.redirect(ex, 301, "/feed"));
        server.route("/notafeed", ex -> TestServer.send(ex, 200, "text/html", "<html><body>hi</body></html>"));
        RecordingInputContext ctx = new RecordingInputContext(true);
        var settings = Stages.settings(factory, "{feeds: ['" + server.url("/broken") + "', '" + server.url("/slow")
                + "', {url: '" + server.url("/old") + "', interval: 50ms}, '" + server.url("/notafeed") + "'],"
                + " interval: 100ms, timeout: 300ms, allow_private_addresses: true}");
        Input input = factory.create(context, settings);
        input.start(ctx);
        try {
            await("the redirected feed's item", () -> ctx.submitted.size() == 1);
            assertThat(ctx.submitted.get(0).payload().sourceUri()).isEqualTo(server.url("/feed").toString());
            await("three failures of the broken feed", () -> {
                try {
                    JsonNode s = feedState("/broken");
                    return s != null && s.get("failures").asInt() >= 3;
                } catch (Exception e) {
                    return false;
                }
            });
            JsonNode broken = feedState("/broken");
            assertThat(broken.get("last_error").asText()).isEqualTo(server.url("/broken") + ": HTTP 500");
            // the wait after the n-th failure in a row: the interval (100 ms) doubled n-1 times
            int failures = broken.get("failures").asInt();
            assertThat(broken.get("next_poll").asLong() - broken.get("last_attempt").asLong())
                    .isEqualTo(100L << (failures - 1));
            assertThat(broken.get("total_failures").asLong()).isGreaterThanOrEqualTo(failures);
            assertThat(feedState("/slow").get("last_error").asText()).contains("no complete answer within 300 ms");
            assertThat(feedState("/notafeed").get("last_error").asText()).contains("not a feed");
        } finally {
            stopped(input);
        }
    }

    /** Review 7, F5: a feed that fails shows among the pipeline's failing sources until a poll succeeds. */
    @Test
    void eachPollOfAFeedIsReportedAsFailedOrGoodToTheSourceHealth() throws Exception {
        java.util.concurrent.atomic.AtomicBoolean down = new java.util.concurrent.atomic.AtomicBoolean(true);
        items.add("a");
        server.route("/flaky", ex -> {
            if (down.get()) {
                TestServer.send(ex, 500, "text/plain", "down");
            } else {
                TestServer.send(ex, 200, "application/rss+xml", feed(items));
            }
        });
        org.copydesk.testkit.RecordingSourceHealth health = new org.copydesk.testkit.RecordingSourceHealth();
        StageContext reporting = health.context(context);
        var settings = Stages.settings(factory, "{feeds: ['" + server.url("/flaky") + "'], interval: 50ms,"
                + " max_backoff: 100ms, allow_private_addresses: true}");
        RecordingInputContext ctx = new RecordingInputContext(true);
        Input input = factory.create(reporting, settings);
        input.start(ctx);
        String url = server.url("/flaky").toString();
        try {
            await("a failed poll reported", () -> !health.reports.isEmpty());
            assertThat(health.reports.get(0)).isEqualTo("failed " + url + ": " + url + ": HTTP 500");
            assertThat(health.failing()).containsOnlyKeys(url);
            down.set(false);
            await("a good poll reported", () -> health.reports.contains("good " + url));
            assertThat(health.failing()).isEmpty();
            await("the item", () -> ctx.submitted.size() == 1);
        } finally {
            stopped(input);
        }
    }

    /** Review 7, F15: followed pages were fetched newest first from a feed that lists its items oldest first. */
    @Test
    void followedItemsAreTakenInTheOrderTheyWerePublished() {
        Map<String, Document> byId = new java.util.LinkedHashMap<>();
        byId.put("a1", new Document(new org.copydesk.api.Source("https://example.org/feed", "rss", java.time.Instant.EPOCH)).setPublished("2026-11-28T10:00:00Z"));
        byId.put("a2", new Document(new org.copydesk.api.Source("https://example.org/feed", "rss", java.time.Instant.EPOCH)).setPublished("2026-11-28T11:00:00+00:00"));
        byId.put("a3", new Document(new org.copydesk.api.Source("https://example.org/feed", "rss", java.time.Instant.EPOCH)).setPublished("2026-11-28T13:30:00+01:00"));
        assertThat(RssInput.oldestFirst(List.of("a1", "a2", "a3"), byId)).containsExactly("a1", "a2", "a3");
        assertThat(RssInput.oldestFirst(List.of("a3", "a2", "a1"), byId)).containsExactly("a1", "a2", "a3");
        byId.put("b", new Document(new org.copydesk.api.Source("https://example.org/feed", "rss", java.time.Instant.EPOCH)));
        assertThat(RssInput.oldestFirst(List.of("a3", "b", "a1"), byId)).as("an item without a date: the feed's"
                + " order reversed, as feeds list the newest first").containsExactly("a1", "b", "a3");
        byId.put("c1", new Document(new org.copydesk.api.Source("https://example.org/feed", "rss",
                java.time.Instant.EPOCH)).setPublished("2026-11-28T10:00:00Z"));
        assertThat(RssInput.oldestFirst(List.of("c1", "a1"), byId)).as("the same time: the feed's order reversed")
                .containsExactly("a1", "c1");
        byId.put("z", new Document(new org.copydesk.api.Source("https://example.org/feed", "rss",
                java.time.Instant.EPOCH)).setPublished("2026-11-28T09:00:00"));
        assertThat(RssInput.oldestFirst(List.of("a2", "z", "a1"), byId)).as("a time without a zone is taken as UTC")
                .containsExactly("z", "a1", "a2");
    }

    @Test
    void byDefaultLoopbackFeedsAreRefused() throws Exception {
        items.add("a");
        RecordingInputContext ctx = new RecordingInputContext(true);
        Input input = factory.create(context, Stages.settings(factory, "{feeds: ['" + server.url("/feed") + "']}"));
        input.start(ctx);
        try {
            await("the refusal in the state", () -> {
                try {
                    return feedState("/feed") != null;
                } catch (Exception e) {
                    return false;
                }
            });
            assertThat(feedState("/feed").get("last_error").asText()).contains("non-public address 127.0.0.1");
            assertThat(server.requests).isEmpty();
            assertThat(ctx.submitted).isEmpty();
        } finally {
            stopped(input);
        }
    }

    @Test
    void followFetchesEachNewItemsPagePolitelyWithTheItemsFields() throws Exception {
        server.route("/robots.txt", ex -> TestServer.send(ex, 200, "text/plain", "User-agent: *\nDisallow: /pages/secret\n"));
        server.route("/pages/", ex -> {
            ex.getResponseHeaders().set("Content-Language", "en");
            TestServer.send(ex, 200, "text/html; charset=utf-8", "<html><body><p>Page of "
                    + ex.getRequestURI().getPath() + "</p></body></html>");
        });
        items.addAll(List.of("a", "secret", "b"));
        RecordingInputContext ctx = new RecordingInputContext(true);
        Input input = input("follow: true");
        input.start(ctx);
        try {
            await("two pages", () -> ctx.submitted.size() == 2);
            assertThat(ctx.uris()).containsExactly(server.url("/pages/a").toString(), server.url("/pages/b").toString());
            var attributes = ctx.submitted.get(0).payload().attributes();
            assertThat(attributes).containsEntry("feed.title", "Story a")
                    .containsEntry("feed.link", server.url("/pages/a").toString())
                    .containsEntry("feed.id", "guid-a")
                    .containsEntry("feed.published", "2026-01-06T14:30:00+01:00")
                    .containsEntry("feed.author", "Desk a")
                    .containsEntry("feed.source", "Test Wire")
                    .containsEntry("http.content-language", "en");
            assertThat(ctx.submitted.get(0).payload().contentType()).isEqualTo("text/html; charset=utf-8");
            assertThat(server.count("/pages/secret")).isZero();
            assertThat(feedState("/feed").get("last_error").asText()).contains("disallowed by");

            items.add("c");
            await("the new item's page", () -> ctx.submitted.size() == 3);
            assertThat(ctx.uris().get(2)).isEqualTo(server.url("/pages/c").toString());
            long polls = server.count("/feed");
            await("more polls", () -> server.count("/feed") >= polls + 2);
            assertThat(ctx.submitted).hasSize(3);
            assertThat(server.count("/pages/a")).isEqualTo(1);
        } finally {
            stopped(input);
        }
    }

    @Test
    void aFollowedItemWhoseSitesRobotsTxtAnswers503IsFetchedOnceRobotsTxtRecovers() throws Exception {
        // review 5 #2: the refusal of an unreadable robots.txt was thrown as a permanent one, so the item was marked
        // seen and skipped for good ("disallowed by .../robots.txt; skipped")
        java.util.concurrent.atomic.AtomicBoolean robotsUp = new java.util.concurrent.atomic.AtomicBoolean();
        server.robotsTxtUpWhen(robotsUp::get);
        server.route("/pages/", ex -> TestServer.send(ex, 200, "text/html; charset=utf-8",
                "<html><body><p>Page of " + ex.getRequestURI().getPath() + "</p></body></html>"));
        items.addAll(List.of("a", "b"));
        String ua = "Copydesk/0.1 (+https://github.com/copydesk)";
        PoliteFetcher feeds = new PoliteFetcher(CLIENT, new PoliteFetcher.Options(ua, Duration.ofSeconds(10),
                1_000_000, 5, true, false, 100, 1));
        // the page fetcher as the factory makes it, but asking an unreachable robots.txt again after 200 ms, not 60 s
        PoliteFetcher pages = new PoliteFetcher(CLIENT, new PoliteFetcher.Options(ua, Duration.ofSeconds(10),
                1_000_000, 5, true, true, 100, 1), Duration.ofMillis(200));
        RecordingInputContext ctx = new RecordingInputContext(true);
        Input input = new RssInput("p", List.of(new FeedSpec(server.url("/feed"), Duration.ofMillis(100))), true,
                Duration.ofHours(1), feeds, pages, context.state(), java.time.Clock.systemUTC());
        input.start(ctx);
        try {
            // robots.txt asked three times: the outage outlasts several polls, more than the three tries of a page
            await("robots.txt down across several polls", () -> server.count("/robots.txt") >= 3);
            assertThat(server.count("/feed")).isGreaterThan(3);
            assertThat(ctx.submitted).isEmpty();
            assertThat(server.count("/pages/a") + server.count("/pages/b")).isZero();
            assertThat(feedState("/feed").get("last_error").asText()).contains("robots.txt could not be read (HTTP 503)");
            assertThat(context.state().map("seen").get(server.url("/feed").toString())).isNull();

            robotsUp.set(true);
            await("both pages once robots.txt answers", () -> ctx.submitted.size() == 2);
            assertThat(ctx.uris()).containsExactly(server.url("/pages/a").toString(), server.url("/pages/b").toString());
        } finally {
            stopped(input);
        }
    }

    /** A feed whose items have no guid and all link to one page (a section page), newest first. */
    String sharedLinkFeed(List<String> names) {
        StringBuilder b = new StringBuilder("<rss version=\"2.0\"><channel><title>Desk</title><link>"
                + server.url("/") + "</link>");
        List<String> newestFirst = new java.util.ArrayList<>(names);
        java.util.Collections.reverse(newestFirst);
        for (String name : newestFirst) {
            b.append("<item><title>Story ").append(name).append("</title><link>").append(server.url("/news"))
                    .append("</link><description>Text of story ").append(name).append(".</description></item>");
        }
        return b.append("</channel></rss>").toString();
    }

    @Test
    void itemsWithoutAGuidSharingALinkAreEachDeliveredAlsoWhenTheyComeLater() throws Exception {
        // review 5 #11: the id was the link alone, so once the first poll had delivered it, every later item with
        // that link was taken as seen and never delivered
        server.route("/shared", ex -> TestServer.send(ex, 200, "application/rss+xml", sharedLinkFeed(items)));
        items.addAll(List.of("a", "b"));
        RecordingInputContext ctx = new RecordingInputContext(true);
        Input input = factory.create(context, Stages.settings(factory, "{feeds: ['" + server.url("/shared")
                + "'], interval: 100ms, allow_private_addresses: true}"));
        input.start(ctx);
        try {
            await("the first payload", () -> ctx.submitted.size() == 1);
            assertThat(headlines(ctx)).containsExactlyInAnyOrder("Story a", "Story b");
            items.add("c");
            await("the later item with the same link", () -> ctx.submitted.size() == 2);
            assertThat(format.parse(ctx.submitted.get(1).payload())).extracting(Document::headline)
                    .containsExactly("Story c");
            long polls = server.count("/shared");
            await("more polls", () -> server.count("/shared") >= polls + 2);
            assertThat(ctx.submitted).hasSize(2);
        } finally {
            stopped(input);
        }
    }

    @Test
    void stateThatSawAnItemUnderItsBareLinkDoesNotDeliverItAgainNorHideLaterItems() throws Exception {
        // state written before items without a guid had ids of their own holds the bare link as seen
        server.route("/shared", ex -> TestServer.send(ex, 200, "application/rss+xml", sharedLinkFeed(items)));
        items.add("a");
        context.state().map("seen").put(server.url("/shared").toString(),
                ItemIds.toJson(List.of(server.url("/news").toString())));
        context.state().commit();
        RecordingInputContext ctx = new RecordingInputContext(true);
        Input input = factory.create(context, Stages.settings(factory, "{feeds: ['" + server.url("/shared")
                + "'], interval: 100ms, allow_private_addresses: true}"));
        input.start(ctx);
        try {
            long polls = server.count("/shared");
            await("a few polls", () -> server.count("/shared") >= polls + 3);
            assertThat(ctx.submitted).as("the item seen under its link is not delivered again").isEmpty();
            assertThat(context.state().map("seen").get(server.url("/shared").toString()))
                    .doesNotContain("\"" + server.url("/news") + "\"").contains("#copydesk-item-");
            items.add("b");
            await("the later item with the same link", () -> ctx.submitted.size() == 1);
            assertThat(headlines(ctx)).containsExactly("Story b");
        } finally {
            stopped(input);
        }
    }

    @Test
    void aFeedListingMoreItemsThanTheSeenWindowIsDeliveredOnceAndThenAnswered304() throws Exception {
        // review 5 #14: trimming the seen list to 5,000 dropped the first ids, the newest in feed order: they were
        // "new" at the next poll, pushed out the next ones, and so on at every poll; the ETag was never kept
        for (int i = 0; i < RssInput.SEEN_KEPT + 100; i++) {
            items.add("n" + i);
        }
        RecordingInputContext ctx = new RecordingInputContext(true);
        Input input = input("");
        input.start(ctx);
        try {
            await("the first payload", () -> ctx.submitted.size() == 1);
            await("conditional requests answered 304", () -> server.requests.stream()
                    .filter(r -> r.ifNoneMatch() != null).count() >= 3);
            assertThat(ctx.submitted).as("nothing delivered again").hasSize(1);
            assertThat(format.parse(ctx.submitted.get(0).payload())).hasSize(RssInput.SEEN_KEPT + 100);
        } finally {
            stopped(input);
        }
    }

    @Test
    void aScheduleStoredUnderALongerIntervalIsBroughtForwardAtStart() throws Exception {
        // review 5 #13: the stored next_poll, computed with an old interval of a day (or a long backoff), was kept
        // after the interval was shortened: the feed stayed silent until then, across reloads and restarts
        items.add("a");
        long now = System.currentTimeMillis();
        String key = server.url("/feed").toString();
        var old = org.copydesk.fetch.SourceState.fromJson(null, RssInput.FEED_STATE);
        old.succeeded(null, null, now - 1000, now + Duration.ofDays(1).toMillis());
        context.state().map("feeds").put(key, old.toJson());
        context.state().commit();
        RecordingInputContext ctx = new RecordingInputContext(true);
        Input input = input(""); // interval 100ms
        input.start(ctx);
        try {
            await("a poll under the current interval", () -> ctx.submitted.size() == 1);
            assertThat(feedState("/feed").get("next_poll").asLong()).isLessThan(now + Duration.ofHours(1).toMillis());
        } finally {
            stopped(input);
        }
    }

    @Test
    void stopReturnsPromptlyWhileAFeedHangs() throws Exception {
        server.route("/hang", ex -> {
            Thread.sleep(20_000);
            TestServer.send(ex, 200, "application/rss+xml", feed(List.of("x")));
        });
        Input input = factory.create(context, Stages.settings(factory, "{feeds: ['" + server.url("/hang")
                + "'], timeout: 60s, allow_private_addresses: true}"));
        input.start(new RecordingInputContext(true));
        await("the request", () -> server.count("/hang") == 1);
        input.stop();
        assertThat(input.awaitStop(Duration.ofSeconds(10))).isTrue();
    }

    @Test
    void feedsAreCheckedWhenThePipelineIsValidated() {
        assertThatThrownBy(() -> factory.check(context, Stages.settings(factory, "{feeds: ['ftp://example.org/f']}")))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("ftp://example.org/f");
        assertThatThrownBy(() -> factory.check(context, Stages.settings(factory,
                "{feeds: [{url: 'https://example.org/f', every: 5m}]}")))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("unknown key 'every'");
        assertThatThrownBy(() -> factory.check(context, Stages.settings(factory,
                "{feeds: [{url: 'https://example.org/f', interval: soon}]}")))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("not a duration: 'soon'");
        for (String tooLong : List.of("999999999999999d", "99999999999999999999s", "3651d")) {
            assertThatThrownBy(() -> factory.check(context, Stages.settings(factory,
                    "{feeds: [{url: 'https://example.org/f', interval: " + tooLong + "}]}"))).as(tooLong)
                    .isInstanceOf(ConfigurationException.class).hasMessageContaining("interval is too long");
        }
        assertThatThrownBy(() -> factory.check(context, Stages.settings(factory,
                "{feeds: ['https://example.org/f', 'https://example.org/f']}")))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("listed twice");
    }

    /**
     * Review 5, finding 20: {@code max_backoff: 0s} was accepted, and a dead feed was then polled as often as the
     * host limiter allowed, with a WARN line each time. Zero and negative waits are now settings errors.
     */
    @Test
    void zeroOrNegativeWaitsAreSettingsErrorsNamingTheSetting() {
        String feed = "{feeds: ['https://example.org/f'], ";
        assertThatThrownBy(() -> Stages.settings(factory, feed + "max_backoff: 0s}"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("'max_backoff'").hasMessageContaining("must be more than 0s, not '0s'");
        assertThatThrownBy(() -> Stages.settings(factory, feed + "timeout: 0ms}"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("'timeout'").hasMessageContaining("must be more than 0s, not '0ms'");
        assertThatThrownBy(() -> Stages.settings(factory, feed + "interval: PT-5M}"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("'interval'").hasMessageContaining("must not be negative, not 'PT-5M'");
        assertThatCode(() -> Stages.settings(factory, feed + "max_backoff: 1ms}")).doesNotThrowAnyException();
    }

    @Test
    void aFeedMapGivesItsOwnInterval() throws Exception {
        assertThat(FeedSpec.parse(List.of("https://a.example/f", java.util.Map.of("url", "https://b.example/f",
                "interval", "30s")), Duration.ofMinutes(5)))
                .extracting(FeedSpec::interval).containsExactly(Duration.ofMinutes(5), Duration.ofSeconds(30));
    }

    @Test
    void anUnexpectedErrorHoldsTheFeedBackAndPollingGoesOnOnceItPasses() throws Exception {
        items.add("a");
        java.util.concurrent.atomic.AtomicBoolean failing = new java.util.concurrent.atomic.AtomicBoolean(true);
        String ua = "Copydesk/0.1 (+https://github.com/copydesk)";
        PoliteFetcher fetcher = new PoliteFetcher(CLIENT, new PoliteFetcher.Options(ua, Duration.ofSeconds(10),
                1_000_000, 5, true, false, 100, 1));
        RecordingInputContext ctx = new RecordingInputContext(true);
        Input input = new RssInput("p", List.of(new FeedSpec(server.url("/feed"), Duration.ofMillis(100))), false,
                Duration.ofMillis(400), fetcher, fetcher,
                org.copydesk.testkit.FaultyStateStore.commitsFailWhile(context.state(), failing::get),
                java.time.Clock.systemUTC());
        input.start(ctx);
        try {
            // before: the first failed commit ended the polling thread, and the feed was never asked again
            await("the feed asked again after failed commits", () -> server.count("/feed") >= 3);

            failing.set(false);
            items.add("b");
            await("the new item once commits pass", () -> {
                try {
                    return headlines(ctx).contains("Story b");
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
        } finally {
            stopped(input);
        }
    }
}
