package org.copydesk.dist;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs {@code rss} and {@code http-fetch} in the real daemon, against a real HTTP server on 127.0.0.1: a feed
 * gains items while Copydesk runs and across a restart, and only the new items come out (as feed items, and as
 * followed pages through html, dateline and quotes); pages fetched once are not fetched again after the restart.
 * The outputs' dedupe window is off, so a repeat would show as a second line. Also: every example pipeline in
 * config/examples is valid.
 */
class FeedInputsIT {
    @TempDir
    Path work;

    final List<String> items = new CopyOnWriteArrayList<>();
    final AtomicInteger feedRequests = new AtomicInteger();
    final java.util.Map<String, AtomicInteger> pageRequests = new java.util.concurrent.ConcurrentHashMap<>();
    HttpServer server;

    @BeforeEach
    void serve() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/feed", ex -> {
            feedRequests.incrementAndGet();
            String body = feed();
            String etag = "\"" + Integer.toHexString(body.hashCode()) + "\"";
            if (etag.equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
                send(ex, 304, null, "");
            } else {
                ex.getResponseHeaders().set("ETag", etag);
                send(ex, 200, "application/rss+xml; charset=utf-8", body);
            }
        });
        server.createContext("/pages/", ex -> {
            String name = ex.getRequestURI().getPath().substring("/pages/".length());
            pageRequests.computeIfAbsent(name, k -> new AtomicInteger()).incrementAndGet();
            send(ex, 200, "text/html; charset=utf-8", "<html><body><article><p>LONDON, Jan 6 (Reuters) - The harbour"
                    + " of story " + name + " reopened on Tuesday after the storm, the port authority said.</p>"
                    + "<p>\"We are open again and the first ships came in at dawn,\" harbour master Jane Doe said"
                    + " on Tuesday.</p></article></body></html>");
        });
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    private String feed() {
        List<String> newestFirst = new ArrayList<>(items);
        Collections.reverse(newestFirst);
        StringBuilder b = new StringBuilder("<rss version=\"2.0\"><channel><title>Test Wire</title><link>"
                + url("/") + "</link>");
        for (String name : newestFirst) {
            b.append("<item><title>Story ").append(name).append("</title><link>").append(url("/pages/" + name))
                    .append("</link><guid>guid-").append(name).append("</guid><author>desk@example.org (Desk ")
                    .append(name).append(")</author><description>BEIRUT, Jan 6 (Reuters) - Text of story ")
                    .append(name).append(".</description></item>");
        }
        return b.append("</channel></rss>").toString();
    }

    private static void send(HttpExchange ex, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        if (type != null) {
            ex.getResponseHeaders().set("Content-Type", type);
        }
        ex.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            ex.getResponseBody().write(bytes);
        }
        ex.close();
    }

    private Process start(String name) throws IOException {
        return Copydesk.builder(work, "run", "--config", "copydesk.yaml")
                .redirectError(work.resolve(name + ".err").toFile())
                .redirectOutput(work.resolve(name + ".out").toFile()).start();
    }

    private static void stop(Process daemon) throws InterruptedException {
        daemon.destroy(); // SIGTERM
        boolean exited = daemon.waitFor(20, TimeUnit.SECONDS);
        if (!exited) {
            daemon.destroyForcibly();
        }
        assertThat(exited).as("daemon exits after SIGTERM").isTrue();
        assertThat(daemon.exitValue()).isZero();
    }

    private List<JsonNode> lines(String file) throws IOException {
        Path out = work.resolve("outbox").resolve(file);
        List<JsonNode> docs = new ArrayList<>();
        if (Files.exists(out)) {
            ObjectMapper json = new ObjectMapper();
            for (String line : Files.readAllLines(out)) {
                docs.add(json.readTree(line));
            }
        }
        return docs;
    }

    /** The daemon's configuration: folders under the work folder, the admin API on a free loopback port. */
    private void daemonConfig() throws IOException {
        Files.writeString(work.resolve("copydesk.yaml"), """
                pipelines: pipelines
                plugins: plugins
                data: data
                admin: {host: 127.0.0.1, port: 0}
                """);
        Files.createDirectories(work.resolve("pipelines"));
    }

    private List<String> headlines(String file) throws IOException {
        return lines(file).stream().map(d -> d.get("headline").asText()).toList();
    }

    @Test
    void aFeedGainsItemsWhileCopydeskRunsAndOnlyTheNewItemsComeOut() throws Exception {
        items.addAll(List.of("a", "b"));
        daemonConfig();
        Files.writeString(work.resolve("pipelines/items.yaml"), """
                name: feed-items
                input:
                  type: rss
                  feeds: ['%s']
                  interval: 300ms
                  allow_private_addresses: true
                  format: rss
                outputs:
                  - type: jsonl
                    path: outbox/items.jsonl
                    dedupe_window: 0
                """.formatted(url("/feed")));
        Files.writeString(work.resolve("pipelines/pages.yaml"), """
                name: feed-pages
                input:
                  type: rss
                  feeds: ['%s']
                  interval: 300ms
                  follow: true
                  allow_private_addresses: true
                  format: html
                steps:
                  - type: dateline
                  - type: quotes
                outputs:
                  - type: jsonl
                    path: outbox/pages.jsonl
                    dedupe_window: 0
                """.formatted(url("/feed")));

        Files.writeString(work.resolve("pipelines/fetched.yaml"), """
                name: fetched-pages
                input:
                  type: http-fetch
                  urls: ['%s', '%s']
                  allow_private_addresses: true
                  format: html
                outputs:
                  - type: jsonl
                    path: outbox/fetched.jsonl
                    dedupe_window: 0
                """.formatted(url("/pages/x"), url("/pages/y")));

        Process daemon = start("first");
        try {
            Copydesk.await(Duration.ofSeconds(60), "the daemon to be ready",
                    () -> Files.readString(work.resolve("first.err")).contains("Copydesk ready"));
            Copydesk.await(Duration.ofSeconds(60), "the first two items and pages",
                    () -> lines("items.jsonl").size() == 2 && lines("pages.jsonl").size() == 2);
            assertThat(headlines("items.jsonl")).containsExactlyInAnyOrder("Story a", "Story b");

            items.add("c");
            Copydesk.await(Duration.ofSeconds(60), "the new item and its page",
                    () -> lines("items.jsonl").size() == 3 && lines("pages.jsonl").size() == 3);
            int polls = feedRequests.get();
            Copydesk.await(Duration.ofSeconds(60), "more polls of the feed", () -> feedRequests.get() >= polls + 6);
            assertThat(headlines("items.jsonl")).containsExactlyInAnyOrder("Story a", "Story b", "Story c");
            assertThat(lines("pages.jsonl")).hasSize(3);

            JsonNode page = lines("pages.jsonl").stream().filter(d -> d.get("uri").asText().endsWith("/pages/c"))
                    .findFirst().orElseThrow();
            assertThat(page.get("headline").asText()).isEqualTo("Story c"); // the page has none: from the feed
            assertThat(page.get("byline").asText()).isEqualTo("Desk c");
            assertThat(page.get("distributor").asText()).isEqualTo("Test Wire");
            assertThat(page.get("source").get("format").asText()).isEqualTo("html");
            assertThat(page.get("body").asText()).contains("reopened on Tuesday");
            assertThat(page.get("dateline").get("city").asText()).isEqualToIgnoringCase("London");
            assertThat(page.get("quotes")).isNotEmpty();

            // http-fetch fetched its two pages once
            Copydesk.await(Duration.ofSeconds(60), "the fetched pages", () -> lines("fetched.jsonl").size() == 2);
            assertThat(lines("fetched.jsonl")).extracting(d -> d.get("uri").asText())
                    .containsExactlyInAnyOrder(url("/pages/x"), url("/pages/y"));
        } finally {
            stop(daemon);
        }

        items.add("d");
        Process again = start("second");
        try {
            Copydesk.await(Duration.ofSeconds(60), "the item added while Copydesk was down",
                    () -> lines("items.jsonl").size() == 4 && lines("pages.jsonl").size() == 4);
            int polls = feedRequests.get();
            Copydesk.await(Duration.ofSeconds(60), "more polls of the feed", () -> feedRequests.get() >= polls + 6);
        } finally {
            stop(again);
        }
        assertThat(headlines("items.jsonl")).containsExactlyInAnyOrder("Story a", "Story b", "Story c", "Story d")
                .doesNotHaveDuplicates();
        assertThat(lines("pages.jsonl")).extracting(d -> d.get("uri").asText())
                .containsExactlyInAnyOrder(url("/pages/a"), url("/pages/b"), url("/pages/c"), url("/pages/d"));
        assertThat(lines("fetched.jsonl")).as("fetched once, not again after the restart").hasSize(2);
        assertThat(pageRequests).containsOnlyKeys("a", "b", "c", "d", "x", "y").allSatisfy((k, v) -> assertThat(v.get()).isOne());
    }

    @Test
    void aPageFetchedOnAnIntervalIsWrittenAgainWhenItChangesAndOnlyThen() throws Exception {
        // Review A2 (/tmp/review3/upd): a page re-fetched every 2 s that said "Version N" each time gave one line and
        // four "was already written" lines: the jsonl dedupe window compared ids only. Here the window is on (the
        // default), the page declares the site's root as canonical (review A1), and it changes once.
        AtomicInteger version = new AtomicInteger(1);
        AtomicInteger requests = new AtomicInteger();
        server.createContext("/live", ex -> {
            requests.incrementAndGet();
            send(ex, 200, "text/html; charset=utf-8", "<html><head><title>Harbour</title><link rel=canonical href='"
                    + url("/") + "'></head><body><article><h1>Harbour</h1><p>Version " + version.get() + ": the"
                    + " minister said the harbour would reopen on Monday, after repairs, and that costs had risen.</p>"
                    + "</article></body></html>");
        });
        daemonConfig();
        Files.writeString(work.resolve("pipelines/live.yaml"), """
                name: live
                input:
                  type: http-fetch
                  urls: ['%s']
                  interval: 300ms
                  rate_per_host: 20
                  allow_private_addresses: true
                  format: html
                outputs:
                  - type: jsonl
                    path: outbox/live.jsonl
                """.formatted(url("/live")));
        Process daemon = start("live");
        try {
            Copydesk.await(Duration.ofSeconds(60), "three fetches of the unchanged page", () -> requests.get() >= 3);
            Copydesk.await(Duration.ofSeconds(60), "the first version", () -> lines("live.jsonl").size() == 1);
            int before = requests.get();
            Copydesk.await(Duration.ofSeconds(60), "three more fetches", () -> requests.get() >= before + 3);
            assertThat(lines("live.jsonl")).as("an unchanged page is written once").hasSize(1);
            version.set(2);
            Copydesk.await(Duration.ofSeconds(60), "the changed page", () -> lines("live.jsonl").size() == 2);
            int after = requests.get();
            Copydesk.await(Duration.ofSeconds(60), "three more fetches", () -> requests.get() >= after + 3);
        } finally {
            stop(daemon);
        }
        List<JsonNode> docs = lines("live.jsonl");
        assertThat(docs).extracting(d -> d.get("body").asText().substring(0, 9)).containsExactly("Version 1", "Version 2");
        assertThat(docs).extracting(d -> d.get("id").asText()).containsOnly(url("/live"));
        assertThat(Files.readString(work.resolve("live.err"))).contains("was already written with the same headline and body");
    }

    /**
     * Review 5 #6: a secret put into a feed or page URL through {@code ${FEED_KEY}} was logged, written as the
     * documents' {@code source.uri}, kept in dead letters and shown by the CLI. The server here checks the key, and
     * its feed echoes it in the item links, as API feeds do; one page is not HTML (a dead letter) and one feed is
     * missing (a logged failure). The secret must appear in no log line, document, dead letter, admin API answer or
     * CLI output; {@code ***} stands in its place.
     */
    @Test
    void aSecretTakenFromTheEnvironmentInAFeedUrlAppearsNowhere() throws Exception {
        String secret = "TOPSECRET" + System.nanoTime();
        AtomicInteger keyed = new AtomicInteger();
        server.createContext("/keyed/", ex -> {
            String query = ex.getRequestURI().getRawQuery();
            if (query == null || !query.equals("key=" + secret)) {
                send(ex, 403, "text/plain", "wrong key");
                return;
            }
            keyed.incrementAndGet();
            String path = ex.getRequestURI().getPath();
            if (path.equals("/keyed/feed")) {
                send(ex, 200, "application/rss+xml; charset=utf-8", "<rss version=\"2.0\"><channel><title>Keyed</title>"
                        + "<link>" + url("/keyed/?key=" + secret) + "</link>"
                        + "<item><title>Story k</title><link>" + url("/keyed/story?key=" + secret) + "</link>"
                        + "<guid>guid-k</guid><description>BEIRUT, Jan 6 (Reuters) - Text of story k.</description></item>"
                        + "<item><title>Story t</title><link>" + url("/keyed/text?key=" + secret) + "</link>"
                        + "<guid>guid-t</guid><description>Text of story t.</description></item>"
                        + "</channel></rss>");
            } else if (path.equals("/keyed/story")) {
                send(ex, 200, "text/html; charset=utf-8", "<html><body><article><p>LONDON, Jan 6 (Reuters) - The"
                        + " harbour reopened on Tuesday after the storm, the port authority said.</p></article></body>"
                        + "</html>");
            } else if (path.equals("/keyed/text")) {
                send(ex, 200, "text/plain; charset=utf-8", "plain text with no markup at all, key " + secret);
            } else {
                send(ex, 404, "text/plain", "no such thing");
            }
        });
        daemonConfig();
        String keyedUrl = url("/keyed/feed") + "?key=${FEED_KEY}";
        Files.writeString(work.resolve("pipelines/items.yaml"), """
                name: keyed-items
                input:
                  type: rss
                  feeds: ['%s', '%s']
                  interval: 300ms
                  allow_private_addresses: true
                  format: rss
                outputs:
                  - type: jsonl
                    path: outbox/items.jsonl
                """.formatted(keyedUrl, url("/keyed/gone") + "?key=${FEED_KEY}"));
        Files.writeString(work.resolve("pipelines/pages.yaml"), """
                name: keyed-pages
                input:
                  type: rss
                  feeds: ['%s']
                  interval: 300ms
                  follow: true
                  allow_private_addresses: true
                  format: html
                outputs:
                  - type: jsonl
                    path: outbox/pages.jsonl
                """.formatted(keyedUrl));
        Files.writeString(work.resolve("pipelines/fetched.yaml"), """
                name: keyed-fetch
                input:
                  type: http-fetch
                  urls: ['%s', '%s']
                  allow_private_addresses: true
                  format: html
                outputs:
                  - type: jsonl
                    path: outbox/fetched.jsonl
                """.formatted(url("/keyed/story") + "?key=${FEED_KEY}", url("/keyed/nothere") + "?key=${FEED_KEY}"));
        ProcessBuilder pb = Copydesk.builder(work, "run", "--config", "copydesk.yaml")
                .redirectError(work.resolve("secret.err").toFile()).redirectOutput(work.resolve("secret.out").toFile());
        pb.environment().put("FEED_KEY", secret);
        Process daemon = pb.start();
        List<String> answers = new ArrayList<>();
        try {
            Copydesk.await(Duration.ofSeconds(60), "the daemon to be ready",
                    () -> Files.readString(work.resolve("secret.err")).contains("Copydesk ready"));
            Copydesk.await(Duration.ofSeconds(60), "the items, the page, the fetched page and the dead letter",
                    () -> lines("items.jsonl").size() == 2 && lines("pages.jsonl").size() == 1
                            && lines("fetched.jsonl").size() == 1 && letters().size() >= 1
                            && Files.readString(work.resolve("secret.err")).contains("/keyed/gone")
                            && Files.readString(work.resolve("secret.err")).contains("/keyed/nothere"));
            java.util.regex.Matcher port = java.util.regex.Pattern.compile("admin API on port (\\d+)")
                    .matcher(Files.readString(work.resolve("secret.err")));
            assertThat(port.find()).isTrue();
            java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
            for (String path : List.of("/api/pipelines", "/api/dead-letters", "/metrics")) {
                answers.add(http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:"
                        + port.group(1) + path)).build(), java.net.http.HttpResponse.BodyHandlers.ofString()).body());
            }
        } finally {
            stop(daemon);
        }
        assertThat(keyed.get()).as("the server saw the real key").isGreaterThanOrEqualTo(4);
        for (String command : List.of("dlq list", "state check")) {
            Copydesk.Result r = Copydesk.run(work, java.util.Map.of("FEED_KEY", secret),
                    (command + " --config copydesk.yaml").split(" "));
            answers.add(r.out() + r.err());
        }
        String letter = letters().get(0).getFileName().toString().replace(".error.json", "");
        Copydesk.Result shown = Copydesk.run(work, java.util.Map.of("FEED_KEY", secret), "dlq", "show", "--config",
                "copydesk.yaml", letter);
        assertThat(shown.code()).as(shown.out() + shown.err()).isZero();
        answers.add(shown.out() + shown.err());

        List<JsonNode> items = lines("items.jsonl");
        assertThat(items).extracting(d -> d.get("source").get("uri").asText())
                .containsOnly(url("/keyed/feed") + "?key=***");
        assertThat(lines("pages.jsonl")).extracting(d -> d.get("uri").asText())
                .containsExactly(url("/keyed/story") + "?key=***");
        assertThat(lines("fetched.jsonl")).extracting(d -> d.get("source").get("uri").asText())
                .containsExactly(url("/keyed/story") + "?key=***");
        String log = Files.readString(work.resolve("secret.err"));
        assertThat(log).contains("/keyed/gone?key=***").contains("/keyed/nothere?key=***");
        assertThat(shown.out()).contains("/keyed/text?key=***").contains("key ***");

        List<Path> written = new ArrayList<>(List.of(work.resolve("secret.err"), work.resolve("secret.out")));
        for (String folder : List.of("outbox", "data/logs", "data/dead-letter")) {
            try (Stream<Path> s = Files.walk(work.resolve(folder))) {
                s.filter(Files::isRegularFile).forEach(written::add);
            }
        }
        assertThat(written).extracting(Path::getFileName).map(Object::toString)
                .contains("items.jsonl", "copydesk.log");
        for (Path f : written) {
            assertThat(new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1)).as(f.toString())
                    .doesNotContain(secret);
        }
        assertThat(answers).hasSize(6).allSatisfy(a -> assertThat(a).doesNotContain(secret));
    }

    private List<Path> letters() throws IOException {
        Path root = work.resolve("data/dead-letter");
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(f -> f.getFileName().toString().endsWith(".error.json")
                    && !f.getFileName().toString().startsWith(".")).toList();
        }
    }

    @Test
    void everyExamplePipelineIsValid() throws Exception {
        Files.writeString(work.resolve("copydesk.yaml"), "pipelines: pipelines\nplugins: plugins\ndata: data\n");
        Path examples = Copydesk.home().resolve("config/examples");
        List<Path> files;
        try (Stream<Path> s = Files.list(examples)) {
            files = s.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
        }
        assertThat(files).extracting(f -> f.getFileName().toString()).contains("rss-follow-html.yaml");
        Copydesk.Result r = Copydesk.run(work, "validate", "--config", "copydesk.yaml", examples.toString());
        assertThat(r.code()).as(r.out() + r.err()).isZero();
        for (Path p : files) {
            assertThat(r.out()).contains(p + ": ok");
        }
    }
}
