package org.copydesk.plugins.html;

import org.copydesk.testkit.RecordingInputContext;
import org.copydesk.fetch.TestServer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.copydesk.fetch.Await.await;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.copydesk.api.ConfigurationException;
import org.copydesk.api.Input;
import org.copydesk.api.StageContext;
import org.copydesk.testkit.Stages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HttpFetchInputTest {
    final HttpFetchInputFactory factory = new HttpFetchInputFactory(java.net.http.HttpClient.newBuilder()
            .connectTimeout(java.time.Duration.ofSeconds(10)).followRedirects(java.net.http.HttpClient.Redirect.NEVER).build());
    TestServer server;
    StageContext context;

    @BeforeEach
    void start() throws Exception {
        server = new TestServer();
        context = Stages.context("input (http-fetch)");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    Input input(String yaml) throws Exception {
        return factory.create(context, Stages.settings(factory, yaml));
    }

    JsonNode state(String url) throws Exception {
        String text = context.state().map("urls").get(url);
        return text == null ? null : new ObjectMapper().readTree(text);
    }

    @Test
    void fetchesEachUrlOnceAndRemembersItAcrossRestarts() throws Exception {
        server.route("/a", ex -> {
            ex.getResponseHeaders().set("Content-Language", "de");
            TestServer.send(ex, 200, "text/html; charset=utf-8", "<p>A</p>");
        });
        server.route("/b", ex -> TestServer.send(ex, 200, "text/html", "<p>B</p>"));
        String yaml = "{urls: ['" + server.url("/a") + "', '" + server.url("/b") + "', '" + server.url("/a")
                + "'], allow_private_addresses: true, rate_per_host: 50}";
        RecordingInputContext ctx = new RecordingInputContext(true);
        Input first = input(yaml);
        first.start(ctx);
        assertThat(first.awaitStop(Duration.ofSeconds(30))).as("once: the input ends by itself").isTrue();
        first.stop();
        assertThat(ctx.uris()).containsExactlyInAnyOrder(server.url("/a").toString(), server.url("/b").toString());
        var a = ctx.submitted.stream().filter(s -> s.payload().sourceUri().endsWith("/a")).findFirst().orElseThrow();
        assertThat(new String(a.payload().bytes(), StandardCharsets.UTF_8)).isEqualTo("<p>A</p>");
        assertThat(a.payload().contentType()).isEqualTo("text/html; charset=utf-8");
        assertThat(a.payload().attributes()).containsEntry("http.content-language", "de");
        assertThat(state(server.url("/a").toString()).get("fetched_at").asLong()).isPositive();

        long requests = server.requests.size();
        RecordingInputContext again = new RecordingInputContext(true);
        Input second = input(yaml);
        second.start(again);
        assertThat(second.awaitStop(Duration.ofSeconds(30))).isTrue();
        second.stop();
        assertThat(again.submitted).isEmpty();
        assertThat(server.requests).hasSize((int) requests);
    }

    /** The system clock, moved forward by hand (to pass a backoff without waiting for it). */
    static final class MovableClock extends java.time.Clock {
        final java.util.concurrent.atomic.AtomicLong offsetMillis = new java.util.concurrent.atomic.AtomicLong();

        @Override
        public java.time.ZoneId getZone() {
            return java.time.ZoneOffset.UTC;
        }

        @Override
        public java.time.Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public java.time.Instant instant() {
            return java.time.Instant.now().plusMillis(offsetMillis.get());
        }
    }

    @Test
    void aUrlFetchedOnceWhoseRobotsTxtAnswers503IsRetriedAndFetchedOnceRobotsTxtRecovers() throws Exception {
        // review 5 #2: with interval 0 the refusal of an unreadable robots.txt finished the URL for good
        // ("disallowed by .../robots.txt; not retried"), and the page was never asked for
        java.util.concurrent.atomic.AtomicBoolean robotsUp = new java.util.concurrent.atomic.AtomicBoolean();
        server.robotsTxtUpWhen(robotsUp::get);
        server.route("/a", ex -> TestServer.send(ex, 200, "text/html", "<p>A</p>"));
        // as the factory makes it, but asking an unreachable robots.txt again after 100 ms, not 60 s
        org.copydesk.fetch.PoliteFetcher fetcher = new org.copydesk.fetch.PoliteFetcher(java.net.http.HttpClient
                .newHttpClient(), new org.copydesk.fetch.PoliteFetcher.Options("Copydesk/0.1", Duration.ofSeconds(10),
                1_000_000, 5, true, true, 100, 2), Duration.ofMillis(100));
        MovableClock clock = new MovableClock();
        RecordingInputContext ctx = new RecordingInputContext(true);
        Input input = new HttpFetchInput("p", java.util.List.of(server.url("/a")), Duration.ZERO, fetcher,
                context.state(), clock);
        input.start(ctx);
        try {
            await("a failed attempt", () -> {
                try {
                    JsonNode st = state(server.url("/a").toString());
                    return st != null && st.path("failures").asInt() >= 1;
                } catch (Exception e) {
                    return false;
                }
            });
            JsonNode st = state(server.url("/a").toString());
            assertThat(st.path("last_error").asText()).contains("robots.txt could not be read (HTTP 503)");
            assertThat(st.path("finished").asBoolean()).as("not finished: tried again after the backoff").isFalse();
            assertThat(server.count("/a")).isZero();

            robotsUp.set(true);
            Thread.sleep(150); // the unreachable robots.txt's refusal runs out
            clock.offsetMillis.set(Duration.ofHours(2).toMillis()); // past the backoff
            await("the page once robots.txt answers", () -> ctx.submitted.size() == 1);
            assertThat(ctx.uris()).containsExactly(server.url("/a").toString());
            assertThat(input.awaitStop(Duration.ofSeconds(30))).as("once: the input ends by itself").isTrue();
        } finally {
            input.stop();
        }
    }

    @Test
    void aScheduleStoredUnderALongerIntervalIsBroughtForwardAtStart() throws Exception {
        // review 5 #13: the stored next_attempt, computed with an old interval of a day, was kept after the
        // interval was shortened
        server.route("/a", ex -> TestServer.send(ex, 200, "text/html", "<p>A</p>"));
        long now = System.currentTimeMillis();
        var old = org.copydesk.fetch.SourceState.fromJson(null, HttpFetchInput.URL_STATE);
        old.succeeded(null, null, now - 1000, now + Duration.ofDays(1).toMillis());
        context.state().map("urls").put(server.url("/a").toString(), old.toJson());
        context.state().commit();
        RecordingInputContext ctx = new RecordingInputContext(true);
        Input input = input("{urls: ['" + server.url("/a") + "'], interval: 1s, allow_private_addresses: true}");
        input.start(ctx);
        try {
            await("a fetch under the current interval", () -> ctx.submitted.size() == 1);
        } finally {
            input.stop();
            input.awaitStop(Duration.ofSeconds(30));
        }
    }

    /** Starts the input anew on the same state (a restart), acknowledging all, and lists what it submitted. */
    private java.util.List<String> urisFetchedAfterARestart(String yaml) throws Exception {
        RecordingInputContext again = new RecordingInputContext(true);
        Input second = input(yaml);
        second.start(again);
        assertThat(second.awaitStop(Duration.ofSeconds(30))).isTrue();
        return again.uris();
    }

    @Test
    void aPayloadNotYetAcknowledgedIsFetchedAgainAfterARestart() throws Exception {
        server.route("/a", ex -> TestServer.send(ex, 200, "text/html", "<p>A</p>"));
        String yaml = "{urls: ['" + server.url("/a") + "'], allow_private_addresses: true}";
        RecordingInputContext crashed = new RecordingInputContext(false);
        Input first = input(yaml);
        first.start(crashed);
        await("a payload", () -> crashed.submitted.size() == 1);
        first.stop();
        assertThat(first.awaitStop(Duration.ofSeconds(30))).isTrue();

        assertThat(urisFetchedAfterARestart(yaml)).containsExactly(server.url("/a").toString());
    }

    @Test
    void aPayloadRefusedByAStopIsNoFetchFailureAndIsFetchedAgainAtOnceAfterARestart() throws Exception {
        server.route("/a", ex -> TestServer.send(ex, 200, "text/html", "<p>A</p>"));
        String yaml = "{urls: ['" + server.url("/a") + "'], allow_private_addresses: true}";
        RecordingInputContext stopped = new RecordingInputContext(false);
        Input first = input(yaml);
        first.start(stopped);
        await("a payload", () -> stopped.submitted.size() == 1);
        // what the runner answers for a payload a stop cut short
        stopped.submitted.get(0).ack().nack(new InterruptedException("pipeline 'p' stopped before it was written"));
        first.stop();
        assertThat(first.awaitStop(Duration.ofSeconds(30))).isTrue();
        JsonNode st = state(server.url("/a").toString());
        assertThat(st == null ? 0 : st.path("failures").asInt()).isZero();

        assertThat(urisFetchedAfterARestart(yaml)).containsExactly(server.url("/a").toString());
    }

    @Test
    void withAnIntervalAnUnchangedPageIsNotSubmittedAgain() throws Exception {
        AtomicReference<String> version = new AtomicReference<>("v1");
        server.route("/page", ex -> {
            String etag = "\"" + version.get() + "\"";
            if (etag.equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
                TestServer.send(ex, 304, null, "");
            } else {
                ex.getResponseHeaders().set("ETag", etag);
                TestServer.send(ex, 200, "text/html", "<p>" + version.get() + "</p>");
            }
        });
        RecordingInputContext ctx = new RecordingInputContext(true);
        Input input = input("{urls: ['" + server.url("/page") + "'], interval: 100ms, allow_private_addresses: true,"
                + " rate_per_host: 50}");
        input.start(ctx);
        try {
            await("three conditional requests", () -> server.requests.stream()
                    .filter(r -> "\"v1\"".equals(r.ifNoneMatch())).count() >= 3);
            assertThat(ctx.submitted).hasSize(1);
            version.set("v2");
            await("the changed page", () -> ctx.submitted.size() == 2);
            assertThat(new String(ctx.submitted.get(1).payload().bytes(), StandardCharsets.UTF_8)).isEqualTo("<p>v2</p>");
        } finally {
            stopped(input);
        }
    }

    @Test
    void aCompressedBodyNobodyAskedForIsNamedAsSuchByFormatHtml() throws Exception {
        // Review C18: a server answering with Content-Encoding: gzip unasked gave "binary data, not an HTML page".
        byte[] page = ("<html><body><article><p>The harbour reopened on Tuesday after the storm, the port authority"
                + " said, and the first ships came in at dawn.</p></article></body></html>").getBytes(StandardCharsets.UTF_8);
        java.io.ByteArrayOutputStream zipped = new java.io.ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream gz = new java.util.zip.GZIPOutputStream(zipped)) {
            gz.write(page);
        }
        AtomicReference<String> acceptEncoding = new AtomicReference<>("(no request)");
        server.route("/gzip", ex -> {
            acceptEncoding.set(ex.getRequestHeaders().getFirst("Accept-Encoding"));
            ex.getResponseHeaders().set("Content-Encoding", "gzip");
            ex.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            ex.sendResponseHeaders(200, zipped.size());
            try (var out = ex.getResponseBody()) {
                out.write(zipped.toByteArray());
            }
        });
        RecordingInputContext ctx = new RecordingInputContext(true);
        Input input = input("{urls: ['" + server.url("/gzip") + "'], allow_private_addresses: true}");
        input.start(ctx);
        assertThat(input.awaitStop(Duration.ofSeconds(30))).isTrue();
        input.stop();
        assertThat(ctx.submitted).hasSize(1);
        assertThat(acceptEncoding.get()).as("compression asked for").isNull();
        assertThatThrownBy(() -> new HtmlFormat(false, 25).parse(ctx.submitted.get(0).payload()))
                .isInstanceOf(org.copydesk.api.FormatException.class)
                .hasMessage("compressed body (Content-Encoding: gzip, which was not asked for and is not decoded),"
                        + " not an HTML page");
    }

    @Test
    void itsLogLinesCarryThePipelinesLoggingContext() throws Exception {
        // Review C17: the fetch threads logged with no pipeline in the context, shown as [core] in the daemon's log.
        server.route("/missing", ex -> TestServer.send(ex, 404, "text/plain", "no"));
        ch.qos.logback.classic.Logger logger = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory
                .getLogger(HttpFetchInput.class);
        ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent> lines =
                new ch.qos.logback.core.read.ListAppender<>();
        lines.start();
        logger.addAppender(lines);
        try {
            Input input = input("{urls: ['" + server.url("/missing") + "'], allow_private_addresses: true}");
            input.start(new RecordingInputContext(true));
            assertThat(input.awaitStop(Duration.ofSeconds(30))).isTrue();
            input.stop();
        } finally {
            logger.detachAppender(lines);
        }
        var failure = lines.list.stream().filter(e -> e.getFormattedMessage().contains("http-fetch failed")).findFirst();
        assertThat(failure).as("the failure line").isPresent();
        assertThat(lines.list).as("every line").allSatisfy(e ->
                assertThat(e.getMDCPropertyMap()).as(e.getFormattedMessage()).containsEntry("pipeline", "test"));
    }

    @Test
    void failingRefusedAndSlowUrlsDoNotStopTheOthers() throws Exception {
        server.route("/fail", ex -> TestServer.send(ex, 500, "text/plain", "boom"));
        server.route("/missing", ex -> TestServer.send(ex, 404, "text/plain", "no"));
        server.route("/slow", ex -> {
            Thread.sleep(3000);
            TestServer.send(ex, 200, "text/html", "<p>late</p>");
        });
        server.route("/ok", ex -> TestServer.send(ex, 200, "text/html", "<p>ok</p>"));
        RecordingInputContext ctx = new RecordingInputContext(true);
        org.copydesk.testkit.RecordingSourceHealth health = new org.copydesk.testkit.RecordingSourceHealth();
        // a timeout well under /slow's 3 s but long enough for /ok on a loaded machine (500 ms failed under load)
        Input input = factory.create(health.context(context), Stages.settings(factory, "{urls: ['"
                + server.url("/fail") + "', '" + server.url("/missing") + "', '" + server.url("/slow") + "', '"
                + server.url("/ok") + "'], allow_private_addresses: true, rate_per_host: 50,"
                + " concurrency_per_host: 4, timeout: 1500ms}"));
        input.start(ctx);
        try {
            await("the good page", () -> ctx.submitted.size() == 1);
            await("three failures in the state", () -> {
                try {
                    return state(server.url("/fail").toString()) != null && state(server.url("/missing").toString()) != null
                            && state(server.url("/slow").toString()) != null;
                } catch (Exception e) {
                    return false;
                }
            });
            assertThat(ctx.uris()).containsExactly(server.url("/ok").toString());
            JsonNode fail = state(server.url("/fail").toString());
            assertThat(fail.get("failures").asInt()).isEqualTo(1);
            assertThat(fail.get("last_error").asText()).isEqualTo(server.url("/fail") + ": HTTP 500");
            assertThat(fail.get("finished").asBoolean()).as("a 500 is retried later").isFalse();
            JsonNode missing = state(server.url("/missing").toString());
            assertThat(missing.get("last_error").asText()).contains("HTTP 404");
            assertThat(missing.get("finished").asBoolean()).as("a 404 is not retried").isTrue();
            assertThat(state(server.url("/slow").toString()).get("last_error").asText())
                    .contains("no complete answer within 1500 ms");
            // the source health: the three that failed are failing, the good one is not (review 7, F5)
            assertThat(health.failing()).containsOnlyKeys(server.url("/fail").toString(),
                    server.url("/missing").toString(), server.url("/slow").toString());
            assertThat(health.failing().get(server.url("/fail").toString())).isEqualTo(server.url("/fail") + ": HTTP 500");
            assertThat(health.reports).contains("good " + server.url("/ok"));
        } finally {
            stopped(input);
        }
    }

    @Test
    void byDefaultLoopbackIsRefused() throws Exception {
        server.route("/a", ex -> TestServer.send(ex, 200, "text/html", "<p>A</p>"));
        RecordingInputContext ctx = new RecordingInputContext(true);
        Input input = input("{urls: ['" + server.url("/a") + "']}");
        input.start(ctx);
        assertThat(input.awaitStop(Duration.ofSeconds(30))).isTrue();
        assertThat(ctx.submitted).isEmpty();
        assertThat(server.requests).isEmpty();
        assertThat(state(server.url("/a").toString()).get("last_error").asText())
                .contains("non-public address 127.0.0.1");
    }

    @Test
    void stopReturnsPromptlyWhileAHostIsSlow() throws Exception {
        server.route("/hang", ex -> {
            Thread.sleep(20_000);
            TestServer.send(ex, 200, "text/html", "<p>late</p>");
        });
        RecordingInputContext ctx = new RecordingInputContext(true);
        Input input = input("{urls: ['" + server.url("/hang") + "'], allow_private_addresses: true, timeout: 60s}");
        input.start(ctx);
        await("the request", () -> server.count("/hang") == 1);
        input.stop();
        assertThat(input.awaitStop(Duration.ofSeconds(10))).isTrue();
        assertThat(ctx.submitted).isEmpty();
    }

    @Test
    void onlyAbsoluteHttpUrlsAreAccepted() throws Exception {
        assertThatThrownBy(() -> factory.check(context, Stages.settings(factory, "{urls: ['ftp://example.org/x']}")))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("ftp://example.org/x");
        assertThatThrownBy(() -> factory.check(context, Stages.settings(factory, "{urls: ['/relative']}")))
                .isInstanceOf(ConfigurationException.class);
        factory.check(context, Stages.settings(factory, "{urls: ['https://example.org/a']}"));
    }

    @Test
    void aStateStoreThatFailsForAWhileHoldsTheUrlBackAndFetchingGoesOnOnceItWorks() throws Exception {
        // review 5: an unexpected error in the scheduling loop (here the store refusing reads, as a closed or broken
        // store does) ended the input thread for good, and the URL was never fetched
        server.route("/a", ex -> TestServer.send(ex, 200, "text/html", "<p>A</p>"));
        java.util.concurrent.atomic.AtomicBoolean failing = new java.util.concurrent.atomic.AtomicBoolean(true);
        org.copydesk.api.StateStore flaky = org.copydesk.testkit.FaultyStateStore.mapsFailWhile(context.state(),
                failing::get);
        org.copydesk.fetch.PoliteFetcher fetcher = loopbackFetcher();
        RecordingInputContext ctx = new RecordingInputContext(true);
        Input input = new HttpFetchInput("p", java.util.List.of(server.url("/a")), Duration.ZERO, fetcher, flaky,
                java.time.Clock.systemUTC()).firstHold(Duration.ofMillis(100));
        input.start(ctx);
        try {
            Thread.sleep(300); // a few held-back rounds while the store fails
            assertThat(ctx.submitted).isEmpty();

            failing.set(false);
            await("the page once the store works", () -> ctx.submitted.size() == 1);
            assertThat(ctx.uris()).containsExactly(server.url("/a").toString());
        } finally {
            stopped(input);
        }
    }

    @Test
    void aCommitThatFailsWhenThePageIsAcknowledgedLeavesTheUrlToBeFetchedAgain() throws Exception {
        // review 6: the failed commit in ack() skipped the in-flight removal, so the URL was never fetched again
        server.route("/a", ex -> TestServer.send(ex, 200, "text/html", "<p>A</p>"));
        java.util.concurrent.atomic.AtomicInteger commits = new java.util.concurrent.atomic.AtomicInteger();
        org.copydesk.api.StateStore firstCommitFails = org.copydesk.testkit.FaultyStateStore.commitsFailWhile(
                context.state(), () -> commits.incrementAndGet() == 1);
        org.copydesk.fetch.PoliteFetcher fetcher = loopbackFetcher();
        RecordingInputContext ctx = new RecordingInputContext(true);
        Input input = new HttpFetchInput("p", java.util.List.of(server.url("/a")), Duration.ofMillis(200), fetcher,
                firstCommitFails, java.time.Clock.systemUTC()).firstHold(Duration.ofMillis(100));
        input.start(ctx);
        try {
            await("the page fetched again after the failed commit", () -> server.count("/a") >= 2);
            await("a later commit that passes", () -> commits.get() >= 2);
        } finally {
            stopped(input);
        }
    }

    /** A fetcher as the factory makes it, without robots.txt, allowed to reach the test server on 127.0.0.1. */
    private static org.copydesk.fetch.PoliteFetcher loopbackFetcher() {
        return new org.copydesk.fetch.PoliteFetcher(java.net.http.HttpClient.newHttpClient(),
                new org.copydesk.fetch.PoliteFetcher.Options("Copydesk/0.1", Duration.ofSeconds(10), 1_000_000, 5, true,
                        false, 100, 2));
    }

    private static void stopped(Input input) throws InterruptedException {
        input.stop();
        assertThat(input.awaitStop(Duration.ofSeconds(30))).as("input thread ended").isTrue();
    }
}
