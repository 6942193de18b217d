package org.copydesk.plugins.translate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.copydesk.api.Document;
import org.copydesk.api.Settings;
import org.copydesk.api.Step;
import org.copydesk.api.TranslationEngine;
import org.copydesk.testkit.Stages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The HTTP engines against small local servers: their APIs, time-outs, retries, the limit and the breaker. */
class HttpEnginesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final List<AutoCloseable> open = new ArrayList<>();
    private final MutableClock clock = new MutableClock();

    @AfterEach
    void closeAll() throws Exception {
        for (AutoCloseable c : open) {
            c.close();
        }
    }

    private LocalServer server() throws Exception {
        LocalServer s = new LocalServer();
        open.add(s);
        return s;
    }

    private TranslationEngine apy(String url, String more) throws Exception {
        ApyEngineFactory f = new ApyEngineFactory(HttpClient.newHttpClient(), clock);
        Settings s = Stages.settings(f, "url: '" + url + "'\n" + more);
        f.check(null, s);
        TranslationEngine e = f.create(null, s);
        open.add(e);
        return e;
    }

    @Test
    void apySpeaksTheApyApi() throws Exception {
        AtomicReference<Map<String, String>> seen = new AtomicReference<>();
        LocalServer s = server().on("/translate", x -> {
            Map<String, String> form = LocalServer.form(x);
            seen.set(form);
            LocalServer.reply(x, 200, LocalServer.apy(form.get("q").toUpperCase(Locale.ROOT)));
        }).on("/listPairs", x -> LocalServer.reply(x, 200, "{\"responseData\": [{\"sourceLanguage\": \"eng\", "
                + "\"targetLanguage\": \"spa\"}, {\"sourceLanguage\": \"eng\", \"targetLanguage\": \"cat_valencia\"}],"
                + " \"responseStatus\": 200}"));
        TranslationEngine e = apy(s.url(), "api_key: secret");
        assertThat(e.translate("en", "es", List.of("Good morning.", "", "Two & three"))).containsExactly(
                "GOOD MORNING.", "", "TWO & THREE");
        assertThat(seen.get()).containsEntry("langpair", "eng|spa").containsEntry("key", "secret")
                .containsEntry("markUnknown", "no");
        assertThat(e.supports("en", "es")).isTrue();
        assertThat(e.supports("en", "ca")).isFalse();
        assertThat(((PairAdvice) e).whyNot("en", "gl")).contains("apy at " + s.url()).contains("apertium-en-gl")
                .contains("(its pairs: [en-es])"); // the variant cat_valencia is left out
        assertThat(e.describe("en", "es")).isEqualTo("apy eng-spa");
    }

    @Test
    void anAnswerLargerThanTheLimitIsNotReadIntoMemoryAndTheCallFailsSayingWhy() throws Exception {
        java.util.concurrent.atomic.AtomicInteger requests = new java.util.concurrent.atomic.AtomicInteger();
        LocalServer s = server().on("/translate", x -> {
            requests.incrementAndGet();
            x.sendResponseHeaders(200, 0); // chunked: the client cannot know the size in advance
            byte[] block = new byte[1 << 20];
            java.util.Arrays.fill(block, (byte) 'a');
            try (java.io.OutputStream out = x.getResponseBody()) {
                for (int i = 0; i < 64; i++) { // 64 MiB, far over the limit
                    out.write(block);
                }
            } catch (java.io.IOException closedByTheClient) {
                // expected: the client stops reading at the limit
            }
        });
        TranslationEngine e = apy(s.url(), "retries: 2\nbackoff: 10ms");
        assertThatThrownBy(() -> e.translate("en", "es", List.of("Hello.")))
                .hasMessageContaining("apy eng-spa").hasMessageContaining("answer larger than 16 MiB");
        assertThat(requests.get()).as("not asked again: it would send as much again").isEqualTo(1);
    }

    @Test
    void aSlowServerTimesOutAndIsAskedAgain() throws Exception {
        LocalServer s = server().on("/translate", x -> {
            try {
                Thread.sleep(3000);
            } catch (InterruptedException ignored) {
                Thread.currentThread().interrupt();
            }
            LocalServer.reply(x, 200, LocalServer.apy("late"));
        });
        TranslationEngine e = apy(s.url(), "timeout: 200ms\nretries: 1\nbackoff: 10ms");
        assertThatThrownBy(() -> e.translate("en", "es", List.of("Hello.")))
                .hasMessageContaining("apy eng-spa").hasMessageContaining("no answer within 200 ms")
                .hasMessageContaining("after 2 attempts");
        assertThat(s.requests.get()).isEqualTo(2);
    }

    @Test
    void serverErrorsAreRetriedWithBackoffUntilTheyPass() throws Exception {
        AtomicInteger n = new AtomicInteger();
        LocalServer s = server().on("/translate", x -> {
            LocalServer.form(x);
            if (n.incrementAndGet() <= 2) {
                LocalServer.reply(x, 500, "{\"error\": \"pipeline crashed\"}");
            } else {
                LocalServer.reply(x, 200, LocalServer.apy("Hola."));
            }
        });
        TranslationEngine e = apy(s.url(), "retries: 2\nbackoff: 20ms");
        assertThat(e.translate("en", "es", List.of("Hello."))).containsExactly("Hola.");
        assertThat(s.requests.get()).isEqualTo(3);
    }

    @Test
    void aClientErrorIsNotRetried() throws Exception {
        LocalServer s = server().on("/translate", x -> LocalServer.reply(x, 400,
                "{\"responseDetails\": \"That pair is not installed\", \"responseStatus\": 400}"));
        TranslationEngine e = apy(s.url(), "retries: 3\nbackoff: 10ms");
        assertThatThrownBy(() -> e.translate("en", "es", List.of("Hello.")))
                .hasMessageContaining("apy eng-spa: HTTP 400").hasMessageContaining("That pair is not installed");
        assertThat(s.requests.get()).isEqualTo(1);
    }

    @Test
    void connectionRefusedNamesTheReason() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        TranslationEngine e = apy("http://127.0.0.1:" + port, "retries: 2\nbackoff: 10ms");
        assertThatThrownBy(() -> e.translate("en", "es", List.of("Hello.")))
                .hasMessageContaining("apy eng-spa").hasMessageContaining("ConnectException")
                .hasMessageContaining("after 3 attempts");
        // pairs cannot be listed: assumed there, so a server that is down does not stop a pipeline from starting
        assertThat(e.supports("en", "es")).isTrue();
    }

    @Test
    void theCircuitOpensAfterRepeatedFailuresAndClosesAfterASuccessfulTrial() throws Exception {
        AtomicInteger healthy = new AtomicInteger();
        LocalServer s = server().on("/translate", x -> {
            LocalServer.form(x);
            if (healthy.get() == 0) {
                LocalServer.reply(x, 503, "");
            } else {
                LocalServer.reply(x, 200, LocalServer.apy("Hola."));
            }
        });
        TranslationEngine e = apy(s.url(), "retries: 0\nbreaker_failures: 3\nbreaker_open_for: 30s");
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> e.translate("en", "es", List.of("Hello."))).hasMessageContaining("HTTP 503");
        }
        assertThatThrownBy(() -> e.translate("en", "es", List.of("Hello.")))
                .hasMessageContaining("apy eng-spa: circuit open after 3 failed requests in a row");
        assertThat(s.requests.get()).isEqualTo(3);  // the open circuit sent nothing
        healthy.set(1);
        clock.advance(Duration.ofSeconds(31));
        assertThat(e.translate("en", "es", List.of("Hello."))).containsExactly("Hola.");
        assertThat(e.translate("en", "es", List.of("Hello."))).containsExactly("Hola.");
        assertThat(s.requests.get()).isEqualTo(5);
    }

    @Test
    void anInterruptedTrialRequestDoesNotLeaveTheCircuitHalfOpenForGood() throws Exception {
        AtomicInteger state = new AtomicInteger();  // 0 failing, 1 hanging, 2 healthy
        java.util.concurrent.CountDownLatch trialArrived = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        LocalServer s = server().on("/translate", x -> {
            LocalServer.form(x);
            switch (state.get()) {
                case 0 -> LocalServer.reply(x, 503, "");
                case 1 -> {
                    trialArrived.countDown();
                    try {
                        release.await(30, java.util.concurrent.TimeUnit.SECONDS);
                    } catch (InterruptedException ignored) {
                        Thread.currentThread().interrupt();
                    }
                }
                default -> LocalServer.reply(x, 200, LocalServer.apy("Hola."));
            }
        });
        try {
            TranslationEngine e = apy(s.url(), "retries: 0\nbreaker_failures: 2\nbreaker_open_for: 30s");
            for (int i = 0; i < 2; i++) {
                assertThatThrownBy(() -> e.translate("en", "es", List.of("Hello."))).hasMessageContaining("HTTP 503");
            }
            state.set(1);
            clock.advance(Duration.ofSeconds(31));
            AtomicReference<Throwable> thrown = new AtomicReference<>();
            Thread trial = new Thread(() -> {
                try {
                    e.translate("en", "es", List.of("Hello."));
                } catch (Throwable t) {
                    thrown.set(t);
                }
            });
            trial.start();
            assertThat(trialArrived.await(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
            trial.interrupt();
            trial.join(10_000);
            assertThat(trial.isAlive()).isFalse();
            assertThat(thrown.get()).isInstanceOf(InterruptedException.class);
            state.set(2);
            // the interrupted trial gave no verdict: the next request is the trial, and it closes the circuit
            assertThat(e.translate("en", "es", List.of("Hello."))).containsExactly("Hola.");
            assertThat(e.translate("en", "es", List.of("Hello."))).containsExactly("Hola.");
        } finally {
            release.countDown();
        }
    }

    @Test
    void whileTheServerIsAskedForItsPairsOtherCallersUseTheLastKnownPairsAtOnce() throws Exception {
        AtomicInteger hang = new AtomicInteger();
        java.util.concurrent.CountDownLatch listing = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        LocalServer s = server().on("/listPairs", x -> {
            if (hang.get() == 1) {
                listing.countDown();
                try {
                    release.await(30, java.util.concurrent.TimeUnit.SECONDS);
                } catch (InterruptedException ignored) {
                    Thread.currentThread().interrupt();
                }
            }
            LocalServer.reply(x, 200, "{\"responseData\": [{\"sourceLanguage\": \"eng\", \"targetLanguage\": "
                    + "\"spa\"}], \"responseStatus\": 200}");
        });
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            TranslationEngine e = apy(s.url(), "timeout: 20s");
            assertThat(e.supports("en", "es")).isTrue();
            assertThat(e.supports("en", "ca")).isFalse();
            hang.set(1);
            clock.advance(Duration.ofMinutes(6));  // the pairs are asked again, and the server hangs
            java.util.concurrent.Future<Boolean> asking = pool.submit(() -> e.supports("en", "es"));
            assertThat(listing.await(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
            long t0 = System.nanoTime();
            java.util.concurrent.Future<Boolean> other = pool.submit(() -> e.supports("en", "ca"));
            assertThat(other.get(5, java.util.concurrent.TimeUnit.SECONDS)).isFalse();  // the last known pairs
            assertThat(e.supports("en", "es")).isTrue();
            assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(5));
            assertThat(asking.isDone()).as("the probe is still waiting for the server").isFalse();
            release.countDown();
            assertThat(asking.get(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
            assertThat(s.requests.get()).isEqualTo(2);  // one listing at start, one probe: the others did not ask
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
    }

    @Test
    void noMoreThanMaxConcurrentRequestsAtOnce() throws Exception {
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        CountDownLatch release = new CountDownLatch(1);
        LocalServer s = server().on("/translate", x -> {
            LocalServer.form(x);
            most.accumulateAndGet(running.incrementAndGet(), Math::max);
            try {
                release.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException ignored) {
                Thread.currentThread().interrupt();
            }
            running.decrementAndGet();
            LocalServer.reply(x, 200, LocalServer.apy("Hola."));
        });
        TranslationEngine e = apy(s.url(), "max_concurrent: 2\ntimeout: 10s");
        ExecutorService pool = Executors.newFixedThreadPool(5);
        try {
            List<Future<List<String>>> calls = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                calls.add(pool.submit(() -> e.translate("en", "es", List.of("Hello."))));
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (running.get() < 2 && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            Thread.sleep(200);  // give a third request the chance to arrive, were the limit broken
            assertThat(running.get()).isEqualTo(2);
            release.countDown();
            for (Future<List<String>> f : calls) {
                assertThat(f.get(10, TimeUnit.SECONDS)).containsExactly("Hola.");
            }
            assertThat(most.get()).isEqualTo(2);
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
    }

    @Test
    void libreTranslateSendsAStoryInOneRequestWithTheKeyFromTheEnvironment() throws Exception {
        AtomicReference<JsonNode> seen = new AtomicReference<>();
        LocalServer s = server().on("/translate", x -> {
            JsonNode req = JSON.readTree(x.getRequestBody());
            seen.set(req);
            StringBuilder out = new StringBuilder("{\"translatedText\": [");
            for (int i = 0; i < req.path("q").size(); i++) {
                out.append(i == 0 ? "" : ", ").append(LocalServer.quote(req.path("q").get(i).asText().toUpperCase()));
            }
            LocalServer.reply(x, 200, out.append("]}").toString());
        }).on("/languages", x -> LocalServer.reply(x, 200,
                "[{\"code\": \"en\", \"name\": \"English\", \"targets\": [\"es\", \"fr\"]}]"));
        Step step = Stages.step(new TranslateStepFactory(), "to: [es]\nengine: libretranslate\nengine_settings: "
                + "{url: '" + s.url() + "', api_key: '${HOME}'}", new LibreTranslateEngineFactory());
        open.add(step);
        Document d = step.apply(Fixtures.story());
        assertThat(d.translations().get("es").body()).isEqualTo(Fixtures.BODY.toUpperCase());
        assertThat(d.translations().get("es").engine()).isEqualTo("libretranslate en-es");
        // languages twice (the engine validation made, then the step's), one translate for the whole story
        assertThat(s.requests.get()).isEqualTo(3);
        assertThat(seen.get().path("api_key").asText()).isEqualTo(System.getenv("HOME"));
        assertThat(seen.get().path("source").asText()).isEqualTo("en");
        assertThat(seen.get().path("format").asText()).isEqualTo("text");

        assertThatThrownBy(() -> Stages.step(new TranslateStepFactory(), "to: [de]\nfrom: en\nengine: libretranslate\n"
                + "engine_settings: {url: '" + s.url() + "'}", new LibreTranslateEngineFactory()))
                .hasMessageContaining("libretranslate at " + s.url() + " cannot translate en-de")
                .hasMessageContaining("(its pairs: [en-es, en-fr])");
    }

    @Test
    void libreTranslateErrorsNameEngineAndPair() throws Exception {
        LocalServer s = server().on("/translate", x -> LocalServer.reply(x, 403,
                "{\"error\": \"Invalid API key\"}"));
        LibreTranslateEngineFactory f = new LibreTranslateEngineFactory(HttpClient.newHttpClient(), clock);
        TranslationEngine e = f.create(null, Stages.settings(f, "url: '" + s.url() + "'"));
        assertThatThrownBy(() -> e.translate("en", "es", List.of("Hello.")))
                .hasMessageContaining("libretranslate en-es: HTTP 403").hasMessageContaining("Invalid API key");
    }

    @Test
    void badUrlsAreRefusedUpFront() {
        assertThatThrownBy(() -> Stages.step(new TranslateStepFactory(),
                "to: [es]\nengine: apy\nengine_settings: {url: 'ftp://127.0.0.1/'}", new ApyEngineFactory()))
                .hasMessageContaining("url must be an http or https URL");
        assertThatThrownBy(() -> Stages.step(new TranslateStepFactory(),
                "to: [es]\nengine: apy", new ApyEngineFactory()))
                .hasMessageContaining("url");
    }

    /** A clock the test moves. */
    static final class MutableClock extends Clock {
        private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-01-01T00:00:00Z"));

        void advance(Duration d) {
            now.updateAndGet(i -> i.plus(d));
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    }
}
