package org.copydesk.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PoliteFetcherTest {
    static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    static final String UA = "Copydesk/0.1 (+https://github.com/copydesk)";

    TestServer server;

    @BeforeEach
    void start() throws Exception {
        server = new TestServer();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    static PoliteFetcher fetcher(boolean allowPrivate, boolean robots, double rate, int concurrency,
                                 Duration timeout, long maxBytes) {
        return new PoliteFetcher(CLIENT, new PoliteFetcher.Options(UA, timeout, maxBytes, 5, allowPrivate, robots,
                rate, concurrency));
    }

    static PoliteFetcher fetcher() {
        return fetcher(true, true, 1000, 2, Duration.ofSeconds(20), 1_000_000);
    }

    @Test
    void sendsTheUserAgentAndReturnsBodyAndLowerCaseHeaders() throws Exception {
        server.route("/robots.txt", ex -> TestServer.send(ex, 404, "text/plain", "none")); // unavailable: allowed
        server.route("/page", ex -> {
            ex.getResponseHeaders().set("ETag", "\"v1\"");
            TestServer.send(ex, 200, "text/html; charset=utf-8", "<p>hello</p>");
        });
        PoliteFetcher.Response r = fetcher().get(server.url("/page"), null, null);
        assertThat(r.status()).isEqualTo(200);
        assertThat(new String(r.body(), StandardCharsets.UTF_8)).isEqualTo("<p>hello</p>");
        assertThat(r.headers()).containsEntry("etag", "\"v1\"").containsEntry("content-type", "text/html; charset=utf-8");
        assertThat(server.requests).allSatisfy(req -> assertThat(req.userAgent()).isEqualTo(UA));
        assertThat(server.count("/robots.txt")).isEqualTo(1);
    }

    @Test
    void conditionalGetGetsNotModified() throws Exception {
        server.route("/feed", ex -> {
            if ("\"v1\"".equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
                TestServer.send(ex, 304, null, "");
            } else {
                ex.getResponseHeaders().set("ETag", "\"v1\"");
                TestServer.send(ex, 200, "text/plain", "body");
            }
        });
        PoliteFetcher f = fetcher();
        PoliteFetcher.Response first = f.get(server.url("/feed"), null, null);
        PoliteFetcher.Response second = f.get(server.url("/feed"), first.header("etag"), null);
        assertThat(first.notModified()).isFalse();
        assertThat(second.notModified()).isTrue();
        assertThat(second.body()).isEmpty();
    }

    @Test
    void followsRedirectsUpToTheLimit() throws Exception {
        server.route("/r/", ex -> {
            int n = Integer.parseInt(ex.getRequestURI().getPath().substring(3));
            if (n == 0) {
                TestServer.send(ex, 200, "text/plain", "arrived");
            } else {
                TestServer.redirect(ex, n % 2 == 0 ? 301 : 307, "/r/" + (n - 1));
            }
        });
        PoliteFetcher.Response r = fetcher().get(server.url("/r/5"), null, null);
        assertThat(r.uri()).isEqualTo(server.url("/r/0"));
        assertThat(new String(r.body(), StandardCharsets.UTF_8)).isEqualTo("arrived");
        assertThatThrownBy(() -> fetcher().get(server.url("/r/6"), null, null))
                .isInstanceOf(FetchException.class).hasMessageContaining("/r/6").hasMessageContaining("more than 5 redirects");
    }

    @Test
    void aRedirectToAnotherSchemeIsRefused() throws Exception {
        server.route("/to-file", ex -> TestServer.redirect(ex, 302, "file:///etc/passwd"));
        assertThatThrownBy(() -> fetcher().get(server.url("/to-file"), null, null))
                .isInstanceOf(FetchException.class).hasMessageContaining("only http and https");
    }

    @Test
    void loopbackIsRefusedUnlessPrivateAddressesAreAllowed() throws Exception {
        server.route("/page", ex -> TestServer.send(ex, 200, "text/plain", "x"));
        PoliteFetcher guarded = fetcher(false, true, 1000, 2, Duration.ofSeconds(20), 1000);
        assertThatThrownBy(() -> guarded.get(server.url("/page"), null, null))
                .isInstanceOf(FetchException.class)
                .hasMessageContaining(server.url("/page").toString())
                .hasMessageContaining("non-public address 127.0.0.1");
        assertThat(server.requests).isEmpty();
    }

    @Test
    void privateLinkLocalAndSpecialAddressesAreNotPublic() throws Exception {
        for (String a : List.of("127.0.0.1", "10.1.2.3", "172.16.0.1", "172.31.255.255", "192.168.1.1", "169.254.169.254",
                "0.0.0.0", "100.64.0.1", "224.0.0.1", "::1", "fe80::1", "fc00::1", "fd12::1", "::ffff:10.0.0.1")) {
            assertThat(AddressGuard.isPublic(InetAddress.getByName(a))).as(a).isFalse();
        }
        for (String a : List.of("93.184.216.34", "172.32.0.1", "8.8.8.8", "2001:4860::8888")) {
            assertThat(AddressGuard.isPublic(InetAddress.getByName(a))).as(a).isTrue();
        }
    }

    @Test
    void robotsTxtIsHonoured() throws Exception {
        server.route("/robots.txt", ex -> TestServer.send(ex, 200, "text/plain", """
                User-agent: otherbot
                Disallow: /

                User-agent: Copydesk
                Disallow: /private/
                Allow: /private/open
                """));
        server.route("/private/", ex -> TestServer.send(ex, 200, "text/plain", "p"));
        server.route("/public", ex -> TestServer.send(ex, 200, "text/plain", "ok"));
        PoliteFetcher f = fetcher();
        assertThat(f.get(server.url("/public"), null, null).status()).isEqualTo(200);
        assertThat(f.get(server.url("/private/open"), null, null).status()).isEqualTo(200);
        assertThatThrownBy(() -> f.get(server.url("/private/secret"), null, null))
                .isInstanceOf(FetchException.class).hasMessageContaining("disallowed by").hasMessageContaining("robots.txt");
        assertThat(server.count("/private/secret")).isZero();
        assertThat(server.count("/robots.txt")).isEqualTo(1);
        PoliteFetcher ignoring = fetcher(true, false, 1000, 2, Duration.ofSeconds(20), 1000);
        assertThat(ignoring.get(server.url("/private/secret"), null, null).status()).isEqualTo(200);
    }

    @Test
    void anUnreachableRobotsTxtRefusesTheHostForNow() throws Exception {
        server.route("/robots.txt", ex -> TestServer.send(ex, 503, "text/plain", "down"));
        server.route("/page", ex -> TestServer.send(ex, 200, "text/plain", "p"));
        PoliteFetcher f = fetcher();
        assertThatThrownBy(() -> f.get(server.url("/page"), null, null))
                .isInstanceOf(FetchException.class).hasMessageContaining("robots.txt could not be read (HTTP 503)")
                .satisfies(e -> {
                    // a temporary state of the host, not the site's rules: the callers try again (review 5 #2)
                    assertThat(((FetchException) e).isTransient()).isTrue();
                    assertThat(((FetchException) e).isRobotsUnreachable()).isTrue();
                });
        assertThatThrownBy(() -> f.get(server.url("/page"), null, null)).isInstanceOf(FetchException.class);
        assertThat(server.count("/page")).isZero();
        assertThat(server.count("/robots.txt")).as("cached for a minute").isEqualTo(1);
    }

    @Test
    void aRobotsTxtThatRecoversLetsTheHostBeFetchedOnceAskedForAgain() throws Exception {
        AtomicInteger robotsAsked = new AtomicInteger();
        server.route("/robots.txt", ex -> {
            if (robotsAsked.incrementAndGet() == 1) {
                TestServer.send(ex, 503, "text/plain", "down");
            } else {
                TestServer.send(ex, 200, "text/plain", "User-agent: *\nDisallow: /private\n");
            }
        });
        server.route("/page", ex -> TestServer.send(ex, 200, "text/plain", "p"));
        server.route("/private", ex -> TestServer.send(ex, 200, "text/plain", "x"));
        PoliteFetcher f = new PoliteFetcher(CLIENT, new PoliteFetcher.Options(UA, Duration.ofSeconds(20), 1000, 5,
                true, true, 1000, 2), Duration.ofMillis(200));
        assertThatThrownBy(() -> f.get(server.url("/page"), null, null)).isInstanceOf(FetchException.class)
                .satisfies(e -> assertThat(((FetchException) e).isTransient()).isTrue());
        Thread.sleep(300);
        assertThat(f.get(server.url("/page"), null, null).status()).isEqualTo(200);
        // once read, a real Disallow is a refusal for good, as before
        assertThatThrownBy(() -> f.get(server.url("/private"), null, null)).isInstanceOf(FetchException.class)
                .hasMessageContaining("disallowed by")
                .satisfies(e -> assertThat(((FetchException) e).isTransient()).isFalse());
        assertThat(server.count("/robots.txt")).isEqualTo(2);
    }

    @Test
    void aRobotsTxtThatTimesOutIsATransientRefusal() throws Exception {
        server.route("/robots.txt", ex -> {
            Thread.sleep(2000);
            TestServer.send(ex, 200, "text/plain", "");
        });
        server.route("/page", ex -> TestServer.send(ex, 200, "text/plain", "p"));
        PoliteFetcher f = fetcher(true, true, 1000, 2, Duration.ofMillis(300), 1000);
        assertThatThrownBy(() -> f.get(server.url("/page"), null, null)).isInstanceOf(FetchException.class)
                .hasMessageContaining("robots.txt could not be read")
                .satisfies(e -> assertThat(((FetchException) e).isTransient()).isTrue());
        assertThat(server.count("/page")).isZero();
    }

    @Test
    void robotsRulesPickTheOwnGroupWildcardsAndLongestMatch() {
        RobotsRules rules = RobotsRules.parse("""
                User-agent: *
                Disallow: /

                User-agent: copydesk
                User-agent: other
                Disallow: /*.pdf$
                Disallow: /a
                Allow: /a/b
                """, UA);
        assertThat(rules.allows("/x/report.pdf")).isFalse();
        assertThat(rules.allows("/x/report.pdf?x")).isTrue();
        assertThat(rules.allows("/a/c")).isFalse();
        assertThat(rules.allows("/a/b/c")).isTrue();
        assertThat(rules.allows("/news")).isTrue();
        assertThat(RobotsRules.parse("User-agent: *\nDisallow: /\n", UA).allows("/news")).isFalse();
        assertThat(RobotsRules.parse("User-agent: *\nDisallow:\n", UA).allows("/news")).isTrue();
    }

    @Test
    void failingSlowAndOversizedAnswersAreErrorsNamingTheUrl() throws Exception {
        server.route("/fail", ex -> TestServer.send(ex, 503, "text/plain", "down"));
        server.route("/gone", ex -> TestServer.send(ex, 404, "text/plain", "gone"));
        CountDownLatch release = new CountDownLatch(1);
        server.route("/slow", ex -> {
            release.await(30, TimeUnit.SECONDS);
            TestServer.send(ex, 200, "text/plain", "late");
        });
        server.route("/big", ex -> TestServer.send(ex, 200, "text/plain", "x".repeat(5000)));
        PoliteFetcher f = fetcher(true, false, 1000, 4, Duration.ofMillis(500), 1000);
        try {
            assertThatThrownBy(() -> f.get(server.url("/fail"), null, null)).isInstanceOf(FetchException.class)
                    .hasMessageContaining("/fail: HTTP 503").matches(e -> ((FetchException) e).isTransient());
            assertThatThrownBy(() -> f.get(server.url("/gone"), null, null)).isInstanceOf(FetchException.class)
                    .hasMessageContaining("/gone: HTTP 404").matches(e -> !((FetchException) e).isTransient());
            assertThatThrownBy(() -> f.get(server.url("/slow"), null, null)).isInstanceOf(FetchException.class)
                    .hasMessageContaining("/slow: no complete answer within 500 ms");
            assertThatThrownBy(() -> f.get(server.url("/big"), null, null)).isInstanceOf(FetchException.class)
                    .hasMessageContaining("/big: larger than 1000 bytes");
        } finally {
            release.countDown();
        }
    }

    @Test
    void aRefusedConnectionIsAnError() throws Exception {
        var closed = new java.net.ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"));
        int port = closed.getLocalPort();
        closed.close();
        assertThatThrownBy(() -> fetcher(true, false, 1000, 2, Duration.ofSeconds(5), 1000)
                .get(java.net.URI.create("http://127.0.0.1:" + port + "/x"), null, null))
                .isInstanceOf(FetchException.class).hasMessageContaining("http://127.0.0.1:" + port + "/x");
    }

    @Test
    void requestsToOneHostAreSpacedAndLimitedInConcurrency() throws Exception {
        AtomicInteger current = new AtomicInteger();
        AtomicInteger highest = new AtomicInteger();
        server.route("/spaced", ex -> TestServer.send(ex, 200, "text/plain", "s"));
        server.route("/busy", ex -> {
            highest.accumulateAndGet(current.incrementAndGet(), Math::max);
            Thread.sleep(150);
            current.decrementAndGet();
            TestServer.send(ex, 200, "text/plain", "b");
        });
        PoliteFetcher spaced = fetcher(true, false, 5, 4, Duration.ofSeconds(20), 1000);
        for (int i = 0; i < 4; i++) {
            spaced.get(server.url("/spaced"), null, null);
        }
        List<Long> starts = server.requests.stream().filter(r -> r.path().equals("/spaced")).map(r -> r.nanos()).toList();
        for (int i = 1; i < starts.size(); i++) {
            // 5 per second: at least 200 ms apart when they leave; allow for the server's clock reading
            assertThat(starts.get(i) - starts.get(i - 1)).isGreaterThan(TimeUnit.MILLISECONDS.toNanos(150));
        }

        PoliteFetcher limited = fetcher(true, false, 1000, 2, Duration.ofSeconds(20), 1000);
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<PoliteFetcher.Response>> results = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                results.add(pool.submit(() -> limited.get(server.url("/busy"), null, null)));
            }
            for (Future<PoliteFetcher.Response> r : results) {
                assertThat(r.get(60, TimeUnit.SECONDS).status()).isEqualTo(200);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(highest.get()).isBetween(1, 2);
    }
}
