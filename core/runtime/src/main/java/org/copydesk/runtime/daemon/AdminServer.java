package org.copydesk.runtime.daemon;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.copydesk.api.Payload;
import org.copydesk.runtime.builtin.PushHub;
import org.copydesk.runtime.config.ConfigError;
import org.copydesk.runtime.metrics.CopydeskMetrics;
import org.copydesk.runtime.pipeline.DeadLetterStore;
import org.copydesk.runtime.pipeline.PipelineRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The admin HTTP API: health, Prometheus metrics, pipelines (with their errors and counters), plugins and dead
 * letters, and pipeline reload/pause/resume. Loopback only by default; bound elsewhere it requires a bearer token
 * (for everything but {@code GET /health/live} and {@code GET /health/ready}).
 */
public final class AdminServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(AdminServer.class);
    private static final Pattern ACTION = Pattern.compile("/api/pipelines/([a-z0-9-]+)/(reload|pause|resume)");
    private static final Pattern PUSH = Pattern.compile("/api/pipelines/([a-z0-9-]+)/documents");
    private static final int MAX_PUSH_BYTES = 16 * 1024 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final ExecutorService executor;
    private final PipelineSupervisor supervisor;
    private final CopydeskMetrics metrics;
    private final DeadLetterStore deadLetters;
    private final Supplier<List<Map<String, Object>>> plugins;
    private final byte[] token;
    private PushHub pushHub;

    private AdminServer(HttpServer server, PipelineSupervisor supervisor, CopydeskMetrics metrics,
                        DeadLetterStore deadLetters, Supplier<List<Map<String, Object>>> plugins, String token) {
        this.server = server;
        this.supervisor = supervisor;
        this.metrics = metrics;
        this.deadLetters = deadLetters;
        this.plugins = plugins;
        this.token = token == null ? null : ("Bearer " + token).getBytes(StandardCharsets.UTF_8);
        this.executor = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "copydesk-admin");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        // Pushes wait on their pipeline (a full queue, then up to 60 s for the outcome); on threads of their own, so
        // that a slow pipeline cannot take the threads that answer /health/live, /metrics and the other calls.
        this.pushExecutor = new java.util.concurrent.ThreadPoolExecutor(PUSH_THREADS, PUSH_THREADS, 30,
                java.util.concurrent.TimeUnit.SECONDS, new java.util.concurrent.ArrayBlockingQueue<>(PUSHES_WAITING), r -> {
                    Thread t = new Thread(r, "copydesk-push");
                    t.setDaemon(true);
                    return t;
                }, new java.util.concurrent.ThreadPoolExecutor.AbortPolicy());
        // Reloads, pauses and resumes take the supervisor's lock and may wait on drains for many seconds: on threads
        // of their own too, so that however many are waiting, the four threads above still answer /health/live,
        // /health/ready and the rest at once (review 5, finding 8).
        this.actionExecutor = new java.util.concurrent.ThreadPoolExecutor(ACTION_THREADS, ACTION_THREADS, 30,
                java.util.concurrent.TimeUnit.SECONDS, new java.util.concurrent.ArrayBlockingQueue<>(ACTIONS_WAITING),
                r -> {
                    Thread t = new Thread(r, "copydesk-admin-action");
                    t.setDaemon(true);
                    return t;
                }, new java.util.concurrent.ThreadPoolExecutor.AbortPolicy());
        server.createContext("/", this::handle);
    }

    /**
     * Starts the API.
     *
     * @throws IllegalArgumentException when bound to a non-loopback address without a token
     */
    public static AdminServer start(String host, int port, String token, PipelineSupervisor supervisor,
                                    CopydeskMetrics metrics, DeadLetterStore deadLetters,
                                    Supplier<List<Map<String, Object>>> plugins) throws IOException {
        InetAddress address = InetAddress.getByName(host);
        if (!address.isLoopbackAddress() && (token == null || token.isBlank())) {
            throw new IllegalArgumentException("admin API bound to " + host + " needs a token: set admin.token to"
                    + " ${COPYDESK_ADMIN_TOKEN} in copydesk.yaml and export COPYDESK_ADMIN_TOKEN, or bind it to 127.0.0.1");
        }
        HttpServer server = HttpServer.create(new InetSocketAddress(address, port), 16);
        AdminServer admin = new AdminServer(server, supervisor, metrics, deadLetters, plugins, token);
        server.start();
        LOG.info("Admin API on http://{}:{}/ (health, metrics, api)", host, admin.port());
        return admin;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** Pushes handled at once, and waiting for a thread, before a push is answered 503 at once. */
    private static final int PUSH_THREADS = 16;
    private static final int PUSHES_WAITING = 64;
    private final java.util.concurrent.ThreadPoolExecutor pushExecutor;
    /** Reload, pause and resume requests handled at once, and waiting, before one is answered 503 (busy). */
    private static final int ACTION_THREADS = 2;
    private static final int ACTIONS_WAITING = 16;
    private final java.util.concurrent.ThreadPoolExecutor actionExecutor;

    /** An answer that may wait (a push, a reload, a pause): written by its own pool. */
    private interface Answer {
        void write() throws IOException;
    }

    /**
     * Answers the exchange on {@code pool}'s threads, so a slow answer never holds up the server's own (health and
     * metrics stay quick); when the pool's queue is full, at once with 503 and {@code busyStatus}.
     */
    private void answerOn(java.util.concurrent.ExecutorService pool, HttpExchange ex, Answer answer, String what,
            String busyStatus, String busyDetail) throws IOException {
        try {
            pool.execute(() -> {
                try (ex) {
                    answer.write();
                } catch (IOException | RuntimeException e) {
                    LOG.warn("{} could not be answered: {}", what, e.toString());
                }
            });
        } catch (java.util.concurrent.RejectedExecutionException e) {
            try (ex) {
                send(ex, 503, "application/json", Map.of("status", busyStatus, "detail", busyDetail));
            }
        }
    }

    private void handle(HttpExchange ex) throws IOException {
        Matcher pushed = PUSH.matcher(ex.getRequestURI().getPath());
        if (ex.getRequestMethod().equals("POST") && pushed.matches() && (token == null || authorised(ex))) {
            String pipeline = pushed.group(1);
            answerOn(pushExecutor, ex, () -> push(ex, pipeline), "Push to pipeline '" + pipeline + "'", "failed",
                    "too many pushes in flight; retry later");
            return;
        }
        String actionPath = ex.getRequestURI().getPath();
        Matcher acting = ACTION.matcher(actionPath);
        if (ex.getRequestMethod().equals("POST") && (actionPath.equals("/api/reload") || acting.matches())
                && (token == null || authorised(ex))) {
            answerOn(actionExecutor, ex, () -> act(ex, actionPath, acting), "Admin action " + actionPath, "busy",
                    "too many reloads, pauses and resumes waiting; retry later");
            return;
        }
        try (ex) {
            String path = ex.getRequestURI().getPath();
            String method = ex.getRequestMethod();
            // Health is open even with a token: container and orchestrator health checks (the Dockerfile's
            // HEALTHCHECK, Kubernetes probes) carry no secret, and UP/DOWN says nothing secret (review 5, #9).
            boolean health = method.equals("GET") && (path.equals("/health/live") || path.equals("/health/ready"));
            if (token != null && !health && !authorised(ex)) {
                send(ex, 401, "application/json", Map.of("error", "missing or wrong bearer token"));
                return;
            }
            if (method.equals("GET") && path.equals("/health/live")) {
                send(ex, 200, "application/json", Map.of("status", "UP"));
            } else if (method.equals("GET") && path.equals("/health/ready")) {
                boolean ready = supervisor.ready();
                send(ex, ready ? 200 : 503, "application/json", Map.of("status", ready ? "UP" : "DOWN"));
            } else if (method.equals("GET") && path.equals("/metrics")) {
                byte[] body = org.copydesk.runtime.config.Secrets.redact(
                        metrics.scrape().getBytes(StandardCharsets.UTF_8));
                ex.getResponseHeaders().set("Content-Type", "text/plain; version=0.0.4; charset=utf-8");
                ex.sendResponseHeaders(200, body.length);
                try (OutputStream out = ex.getResponseBody()) {
                    out.write(body);
                }
            } else if (method.equals("GET") && path.equals("/api/pipelines")) {
                send(ex, 200, "application/json", pipelines());
            } else if (method.equals("GET") && path.equals("/api/plugins")) {
                try {
                    send(ex, 200, "application/json", plugins.get());
                } catch (org.copydesk.runtime.Bootstrap.PluginsBusyException e) {
                    ex.getResponseHeaders().set("Retry-After", "5");
                    send(ex, 503, "application/json", Map.of("error", e.getMessage()));
                }
            } else if (method.equals("GET") && path.equals("/api/dead-letters")) {
                Map<String, String> query = query(ex.getRequestURI().getRawQuery());
                String bad = badPaging(query);
                if (bad != null) {
                    send(ex, 400, "application/json", Map.of("error", bad));
                } else {
                    send(ex, 200, "application/json", deadLetters(query));
                }
            } else {
                send(ex, 404, "application/json", Map.of("error", "no such endpoint: " + method + " " + path));
            }
        } catch (RuntimeException e) {
            LOG.error("Admin API request failed: {}", e.toString(), e);
        }
    }

    /** {@code POST /api/reload} and {@code POST /api/pipelines/<name>/reload|pause|resume}, on an action thread. */
    private void act(HttpExchange ex, String path, Matcher action) throws IOException {
        if (path.equals("/api/reload")) {
            supervisor.reconcile();
            send(ex, 200, "application/json", pipelines());
            return;
        }
        String name = action.group(1);
        boolean done = switch (action.group(2)) {
            case "reload" -> supervisor.reload(name);
            case "pause" -> supervisor.pause(name);
            default -> supervisor.resume(name);
        };
        send(ex, done ? 200 : 404, "application/json", done ? Map.of("pipeline", name, "done", action.group(2))
                : Map.of("error", "no pipeline '" + name + "' in a state that allows " + action.group(2)));
    }

    /** Lets {@code POST /api/pipelines/<name>/documents} reach http-push inputs. */
    public AdminServer withPush(PushHub hub) {
        this.pushHub = hub;
        return this;
    }

    /** Lists each pipeline's failing sources ({@code failing_sources}) from this board. */
    public AdminServer withSourceHealth(org.copydesk.runtime.pipeline.SourceHealthBoard board) {
        this.sources = board;
        return this;
    }

    private volatile org.copydesk.runtime.pipeline.SourceHealthBoard sources;

    private void push(HttpExchange ex, String pipeline) throws IOException {
        byte[] body = ex.getRequestBody().readNBytes(MAX_PUSH_BYTES + 1);
        if (body.length > MAX_PUSH_BYTES) {
            send(ex, 413, "application/json", Map.of("error", "payload larger than " + MAX_PUSH_BYTES + " bytes"));
            return;
        }
        String type = ex.getRequestHeaders().getFirst("Content-Type");
        String source = "http-push:" + pipeline + "/" + pushKey(ex, body);
        java.util.concurrent.CompletableFuture<PushHub.Outcome> outcome = pushHub == null ? null
                : pushHub.push(pipeline, new Payload(body, source, java.time.Instant.now(), type, Map.of()));
        if (outcome == null) {
            send(ex, 404, "application/json", Map.of("error", "pipeline '" + pipeline + "' has no running http-push input"));
            return;
        }
        try {
            PushHub.Outcome o = outcome.get(60, java.util.concurrent.TimeUnit.SECONDS);
            switch (o) {
                case WRITTEN -> send(ex, 202, "application/json", Map.of("status", "written", "source", source));
                case DEAD_LETTERED -> send(ex, 422, "application/json", deadLettered(pipeline, source));
                default -> send(ex, 503, "application/json", Map.of("status", "failed", "detail", "retry later"));
            }
        } catch (java.util.concurrent.TimeoutException e) {
            send(ex, 504, "application/json", Map.of("status", "pending", "detail", "not written within 60 s"));
        } catch (InterruptedException | java.util.concurrent.ExecutionException e) {
            send(ex, 503, "application/json", Map.of("status", "failed", "detail", e.toString()));
        }
    }

    /**
     * What names a push in its source URI, and so in the id of a document its format gives none: the client's
     * {@code Idempotency-Key} (printable ASCII, at most 200 characters), else a SHA-256 of the body. A retried push
     * of the same story (after a 504, or a dropped connection) then gets the same document id, and the jsonl output's
     * window does not write it twice; it was a random UUID (review 5 #12). Not {@code X-Request-Id}: proxies (nginx's
     * {@code $request_id}, Envoy) set a new one on every request, retries included (review 6).
     */
    static String pushKey(HttpExchange ex, byte[] body) {
        String given = ex.getRequestHeaders().getFirst("Idempotency-Key");
        if (given != null && !given.isBlank() && given.strip().length() <= 200
                && given.strip().chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            return "key:" + java.net.URLEncoder.encode(given.strip(), StandardCharsets.UTF_8);
        }
        try {
            return "sha256:" + java.util.HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private boolean authorised(HttpExchange ex) {
        String given = ex.getRequestHeaders().getFirst("Authorization");
        return given != null && MessageDigest.isEqual(token, given.getBytes(StandardCharsets.UTF_8));
    }

    private List<Map<String, Object>> pipelines() {
        List<Map<String, Object>> result = new ArrayList<>();
        for (ManagedPipeline m : supervisor.pipelines()) {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("name", m.name());
            p.put("file", m.file().toString());
            p.put("state", m.state().name().toLowerCase(java.util.Locale.ROOT));
            List<Map<String, Object>> errors = new ArrayList<>();
            for (ConfigError e : m.errors()) {
                errors.add(Map.of("file", e.mark().file(), "line", e.mark().line(), "column", e.mark().column(),
                        "message", e.message()));
            }
            p.put("errors", errors);
            PipelineRunner r = m.runner();
            if (r != null) {
                p.put("counters", Map.of("payloads", r.payloadsDone(), "documents_written", r.documentsWritten(),
                        "failures", r.failures(), "queue_depth", r.queueDepth()));
            }
            org.copydesk.runtime.pipeline.SourceHealthBoard board = sources;
            if (board != null && m.name() != null) {
                List<Map<String, Object>> failing = new ArrayList<>();
                for (org.copydesk.runtime.pipeline.SourceHealthBoard.Failing f : board.failing(m.name())) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("source", f.source());
                    row.put("failing_since", f.since().toString());
                    row.put("failures_in_a_row", f.failures());
                    row.put("last_error", f.lastError());
                    row.put("last_failure", f.lastFailure().toString());
                    failing.add(row);
                }
                p.put("failing_sources", failing);
            }
            p.put("changed", m.changedAt().toString());
            result.add(p);
        }
        return result;
    }

    /**
     * The 422 answer to a push that was dead-lettered: the reason and the letter, found by the push's source (the
     * answer said only "see GET /api/dead-letters", without the reason; review 7, F13).
     */
    private Map<String, Object> deadLettered(String pipeline, String source) throws IOException {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("status", "dead-lettered");
        answer.put("source", source);
        // newest first, stopping at the first match: this push's letter was just written (a repeated key may have
        // older ones); reading every letter of the pipeline took 0.3-0.7 s per push with 10,000 letters (review 9)
        DeadLetterStore.Letter letter = null;
        String shown = org.copydesk.runtime.config.Secrets.redact(source);
        for (DeadLetterStore.Entry e : DeadLetterStore.newestFirst(deadLetters.entries(pipeline))) {
            DeadLetterStore.Letter l = deadLetters.read(e);
            if (l != null && (source.equals(l.error().get("source")) || shown.equals(l.error().get("source")))) {
                letter = l;
                break;
            }
        }
        if (letter == null) {
            answer.put("detail", "kept in the dead-letter store; see GET /api/dead-letters");
            return answer;
        }
        String name = letter.content().getFileName().toString();
        answer.put("stage", letter.error().get("stage"));
        answer.put("reason", letter.error().get("message"));
        answer.put("letter", name);
        answer.put("detail", letter.error().get("stage") + ": " + letter.error().get("message") + "; kept as dead"
                + " letter " + name + " (copydesk dlq show " + name + ", or GET /api/dead-letters)");
        return answer;
    }

    /** Most letters one page of {@code GET /api/dead-letters} holds, and how many when no limit is given. */
    static final int MAX_LIMIT = 1000;
    static final int DEFAULT_LIMIT = 50;

    /**
     * Counts per pipeline and one page of letters, newest first: {@code ?limit=} (1 to {@value #MAX_LIMIT}, default
     * {@value #DEFAULT_LIMIT}), {@code ?offset=} (how many of the newest to skip), {@code ?pipeline=} (one pipeline's
     * letters). The letters are listed by file name (their names begin with the time they were kept) and only the
     * page's are read: every letter was read at each call, 0.9 to 1.4 s with 30,000 of them (review 5, finding 20).
     */
    private Map<String, Object> deadLetters(Map<String, String> query) throws IOException {
        int limit = query.containsKey("limit") ? Integer.parseInt(query.get("limit")) : DEFAULT_LIMIT;
        int offset = query.containsKey("offset") ? Integer.parseInt(query.get("offset")) : 0;
        String pipeline = query.get("pipeline");
        Map<String, Integer> counts = new TreeMap<>();
        List<DeadLetterStore.Entry> chosen = new ArrayList<>();
        for (DeadLetterStore.Entry e : deadLetters.entries(null)) {
            counts.merge(e.pipeline(), 1, Integer::sum);
            if (pipeline == null || pipeline.equals(e.pipeline())) {
                chosen.add(e);
            }
        }
        // newest first across pipelines: a letter's name starts with the UTC time it was kept, then a sequence
        chosen = DeadLetterStore.newestFirst(chosen);
        List<Map<String, Object>> recent = new ArrayList<>();
        for (int i = offset; i < chosen.size() && i < (long) offset + limit; i++) {
            DeadLetterStore.Letter l = deadLetters.read(chosen.get(i));
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("pipeline", l.pipeline());
            m.put("content", l.content().getFileName().toString());
            m.put("stage", l.error().get("stage"));
            m.put("message", l.error().get("message"));
            m.put("source", l.error().get("source"));
            m.put("time", l.error().get("time"));
            recent.add(m);
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("counts", counts);
        answer.put("total", chosen.size());
        answer.put("offset", offset);
        answer.put("limit", limit);
        answer.put("recent", recent);
        if ((long) offset + limit < chosen.size()) {
            answer.put("next_offset", offset + limit);
        }
        return answer;
    }

    /** What is wrong with the paging parameters of {@code GET /api/dead-letters}, or null. */
    private static String badPaging(Map<String, String> query) {
        for (String name : query.keySet()) {
            if (!List.of("limit", "offset", "pipeline").contains(name)) {
                return "unknown query parameter '" + name + "' (known: limit, offset, pipeline)";
            }
        }
        String limit = query.get("limit");
        if (limit != null && !wholeNumber(limit, 1, MAX_LIMIT)) {
            return "query parameter 'limit' must be a whole number from 1 to " + MAX_LIMIT + ", not '" + limit + "'";
        }
        String offset = query.get("offset");
        if (offset != null && !wholeNumber(offset, 0, Integer.MAX_VALUE - MAX_LIMIT)) {
            return "query parameter 'offset' must be a whole number of 0 or more, not '" + offset + "'";
        }
        return null;
    }

    private static boolean wholeNumber(String text, int min, int max) {
        if (!text.matches("\\d{1,10}")) {
            return false;
        }
        long v = Long.parseLong(text);
        return v >= min && v <= max;
    }

    /** A query string's parameters (URL-decoded; the last of a repeated one wins). */
    private static Map<String, String> query(String raw) {
        Map<String, String> params = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return params;
        }
        for (String pair : raw.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = java.net.URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : java.net.URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            params.put(name, value);
        }
        return params;
    }

    private static void send(HttpExchange ex, int status, String type, Object body) throws IOException {
        // a pipeline's error or a dead letter may quote a value taken from the environment (a feed URL's ?key=)
        byte[] bytes = org.copydesk.runtime.config.Secrets.redact(
                JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(body));
        ex.getResponseHeaders().set("Content-Type", type);
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
        pushExecutor.shutdownNow();
        actionExecutor.shutdownNow();
    }
}
