package org.copydesk.runtime.daemon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.copydesk.runtime.builtin.CopydeskJsonFormatFactory;
import org.copydesk.runtime.builtin.DirectoryInputFactory;
import org.copydesk.runtime.builtin.HttpPushInputFactory;
import org.copydesk.runtime.builtin.PushHub;
import org.copydesk.runtime.builtin.JsonlOutputFactory;
import org.copydesk.runtime.config.EnvInterpolator;
import org.copydesk.runtime.config.PipelineParser;
import org.copydesk.runtime.config.YamlReader;
import org.copydesk.runtime.metrics.CopydeskMetrics;
import org.copydesk.runtime.pipeline.DeadLetterStore;
import org.copydesk.runtime.pipeline.StageFailure;
import org.copydesk.runtime.pipeline.PipelineAssembler;
import org.copydesk.runtime.pipeline.PipelineRunner;
import org.copydesk.runtime.pipeline.TestStages;
import org.copydesk.runtime.plugin.StageRegistry;
import org.copydesk.runtime.state.MvStateStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SupervisorAndAdminTest {
    @TempDir
    Path dir;

    private Path pipelines;
    private CopydeskMetrics metrics;
    private PipelineSupervisor supervisor;
    private DeadLetterStore deadLetters;
    private final PushHub hub = new PushHub();
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void setUp() throws Exception {
        pipelines = Files.createDirectories(dir.resolve("pipelines"));
        metrics = new CopydeskMetrics();
        StageRegistry registry = StageRegistry.of(List.of(new TestStages.LinesFormatFactory(),
                new TestStages.UpperStepFactory(), new DirectoryInputFactory(), new JsonlOutputFactory(),
                new HttpPushInputFactory(hub), new CopydeskJsonFormatFactory(), new TestStages.RecordingOutputFactory()));
        deadLetters = new DeadLetterStore(dir.resolve("data"), Clock.systemUTC());
        supervisor = new PipelineSupervisor(pipelines,
                new PipelineParser(new YamlReader(new EnvInterpolator(Map.<String, String>of()::get))),
                new PipelineAssembler(registry, dir.resolve("data"), Clock.systemUTC()), deadLetters,
                metrics.registry(), Clock.systemUTC());
    }

    @AfterEach
    void tearDown() {
        supervisor.stopAll();
        metrics.close();
    }

    private String pipeline(String name, String label) {
        return """
                name: %s
                input: {type: directory, path: %s, settle: 50ms, poll: 50ms, format: lines}
                steps: [{type: upper, label: %s}]
                outputs: [{type: jsonl, path: %s}]
                """.formatted(name, dir.resolve("in-" + name), label, dir.resolve("out-" + name + ".jsonl"));
    }

    private ManagedPipeline get(String name) {
        return supervisor.byName(name).orElseThrow();
    }

    @Test
    void reloadStartsNewReplacesValidChangesKeepsRunningVersionOnInvalidAndStopsDeleted() throws Exception {
        Files.writeString(pipelines.resolve("a.yaml"), pipeline("alpha", "one"));
        supervisor.reconcile();
        PipelineRunner first = get("alpha").runner();
        assertThat(get("alpha").state()).isEqualTo(ManagedPipeline.State.RUNNING);

        Files.writeString(pipelines.resolve("b.yaml"), pipeline("beta", "x"));
        supervisor.reconcile();
        assertThat(get("beta").state()).isEqualTo(ManagedPipeline.State.RUNNING);
        assertThat(get("alpha").runner()).as("unchanged pipelines are not touched").isSameAs(first);

        Files.writeString(pipelines.resolve("a.yaml"), pipeline("alpha", "one").replace("type: upper", "type: uper"));
        supervisor.reconcile();
        ManagedPipeline broken = get("alpha");
        assertThat(broken.state()).isEqualTo(ManagedPipeline.State.RUNNING_PREVIOUS);
        assertThat(broken.runner()).isSameAs(first);
        assertThat(broken.errors()).singleElement().satisfies(e -> {
            assertThat(e.mark().line()).isEqualTo(3);
            assertThat(e.message()).contains("did you mean 'upper'");
        });

        Files.writeString(pipelines.resolve("a.yaml"), pipeline("alpha", "two"));
        supervisor.reconcile();
        assertThat(get("alpha").state()).isEqualTo(ManagedPipeline.State.RUNNING);
        assertThat(get("alpha").runner()).isNotSameAs(first);
        assertThat(get("alpha").errors()).isEmpty();

        // The folder missing for a moment (a deploy that swaps it with mv): nothing stops (review 9: every pipeline
        // was stopped as if its file had been deleted).
        PipelineRunner running = get("alpha").runner();
        Path aside = dir.resolve("pipelines-aside");
        Files.move(pipelines, aside);
        supervisor.reconcile();
        assertThat(get("alpha").runner()).isSameAs(running);
        assertThat(get("beta").state()).isEqualTo(ManagedPipeline.State.RUNNING);
        Files.move(aside, pipelines);
        supervisor.reconcile();
        assertThat(get("alpha").runner()).isSameAs(running);

        Files.delete(pipelines.resolve("b.yaml"));
        supervisor.reconcile();
        assertThat(supervisor.byName("beta")).isEmpty();
        assertThat(supervisor.ready()).isTrue();
    }

    /**
     * Review 5, finding 7: an edit that validates but cannot start (its output under /proc cannot be opened) stopped
     * the running version and left nothing running. The previous version must run again, reported as running the
     * previous version with the start error, as for an invalid file.
     */
    @Test
    void aValidEditThatCannotStartRunsThePreviousVersionAgainAndSaysWhy() throws Exception {
        Files.writeString(pipelines.resolve("a.yaml"), pipeline("alpha", "one"));
        supervisor.reconcile();
        assertThat(get("alpha").state()).isEqualTo(ManagedPipeline.State.RUNNING);
        Path out = dir.resolve("out-alpha.jsonl");

        Files.writeString(pipelines.resolve("a.yaml"), pipeline("alpha", "one").replace(out.toString(),
                "/proc/nope/stories.jsonl"));
        supervisor.reconcile();
        ManagedPipeline m = get("alpha");
        assertThat(m.state()).isEqualTo(ManagedPipeline.State.RUNNING_PREVIOUS);
        assertThat(m.runner()).isNotNull();
        assertThat(m.errors()).singleElement().satisfies(e -> assertThat(e.message())
                .contains("/proc/nope/stories.jsonl"));
        assertThat(supervisor.ready()).isTrue();

        // The previous version really runs: a story dropped in now comes out in its output.
        Path in = Files.createDirectories(dir.resolve("in-alpha"));
        Files.writeString(in.resolve("s1.txt"), "Story one\nbody");
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!(Files.exists(out) && Files.readString(out).contains("STORY ONE"))
                && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(Files.readString(out)).contains("\"headline\":\"STORY ONE");

        try (AdminServer admin = AdminServer.start("127.0.0.1", 0, null, supervisor, metrics, deadLetters, List::of)) {
            JsonNode p = json.readTree(get(admin.port(), "/api/pipelines", null).body()).get(0);
            assertThat(p.get("state").asText()).isEqualTo("running_previous");
            assertThat(p.get("errors").get(0).get("message").asText()).contains("/proc/nope/stories.jsonl");
        }

        // Paused and resumed, the version that ran runs again (review 6: the resume tried the latest version, which
        // cannot start, and left the pipeline failed with nothing running).
        assertThat(supervisor.pause("alpha")).isTrue();
        assertThat(get("alpha").state()).isEqualTo(ManagedPipeline.State.PAUSED);
        assertThat(supervisor.resume("alpha")).isTrue();
        m = get("alpha");
        assertThat(m.state()).isEqualTo(ManagedPipeline.State.RUNNING_PREVIOUS);
        assertThat(m.runner()).isNotNull();
        assertThat(m.errors()).singleElement().satisfies(e -> assertThat(e.message())
                .contains("/proc/nope/stories.jsonl"));
        Files.writeString(in.resolve("s2.txt"), "Story two\nbody");
        deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!Files.readString(out).contains("STORY TWO") && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(Files.readString(out)).contains("\"headline\":\"STORY TWO");

        // Unchanged, it is not retried at every poll; fixed, the new version replaces it.
        PipelineRunner again = m.runner();
        supervisor.reconcile();
        assertThat(get("alpha").runner()).isSameAs(again);
        Files.writeString(pipelines.resolve("a.yaml"), pipeline("alpha", "two"));
        supervisor.reconcile();
        assertThat(get("alpha").state()).isEqualTo(ManagedPipeline.State.RUNNING);
        assertThat(get("alpha").errors()).isEmpty();
    }

    /**
     * Review 6 (a suspicion): a SIGHUP, reload or resume that waited for the supervisor while the daemon drained its
     * pipelines on the way out ran once the drain let go, and started the pipelines again just before the state store
     * closed. After {@code stopAll} nothing starts.
     */
    @Test
    void nothingStartsOnceStopAllHasRun() throws Exception {
        Files.writeString(pipelines.resolve("a.yaml"), pipeline("alpha", "one"));
        supervisor.reconcile();
        assertThat(get("alpha").state()).isEqualTo(ManagedPipeline.State.RUNNING);
        assertThat(supervisor.stopAll()).isTrue();

        Files.writeString(pipelines.resolve("b.yaml"), pipeline("beta", "x"));
        supervisor.reconcile();
        supervisor.retryNotRunning();
        assertThat(supervisor.reload("alpha")).isFalse();
        assertThat(supervisor.resume("alpha")).isFalse();
        boolean[] swapRan = {false};
        supervisor.swapPlugins(java.util.Set.of("any"), () -> swapRan[0] = true);
        assertThat(swapRan[0]).as("no plugin swap while stopping (review 8)").isFalse();
        assertThat(supervisor.pipelines()).as("nothing runs after the stop").allSatisfy(p ->
                assertThat(p.runner()).isNull());
        assertThat(supervisor.pipelines()).isEmpty();
    }

    /**
     * Review 7, F5: a pipeline left invalid (a plugin it needs was removed, an edit broke a file that never ran) showed
     * nowhere in the metrics, and /health/ready does not count it. A gauge gives every file's state.
     */
    @Test
    void everyPipelineStateIsAGauge() throws Exception {
        Files.writeString(pipelines.resolve("a.yaml"), pipeline("alpha", "one"));
        Files.writeString(pipelines.resolve("b.yaml"), pipeline("beta", "x").replace("type: upper", "type: uper"));
        supervisor.reconcile();
        assertThat(stateGauge("alpha", "running")).isEqualTo(1.0);
        assertThat(stateGauge("beta", "invalid")).isEqualTo(1.0);
        assertThat(supervisor.ready()).as("/health/ready does not count invalid files").isTrue();

        Files.writeString(pipelines.resolve("b.yaml"), pipeline("beta", "x"));
        supervisor.reconcile();
        assertThat(stateGauge("beta", "running")).isEqualTo(1.0);
        assertThat(stateGauge("beta", "invalid")).as("the old state's series reads 0").isEqualTo(0.0);
        assertThat(metrics.registry().find("copydesk.pipeline.state").tag("pipeline", "beta").gauges())
                .as("one series per state").hasSize(ManagedPipeline.State.values().length);
        io.micrometer.core.instrument.Gauge before = metrics.registry().find("copydesk.pipeline.state")
                .tag("pipeline", "beta").tag("state", "running").gauge();
        assertThat(supervisor.pause("alpha")).isTrue();
        assertThat(stateGauge("alpha", "paused")).isEqualTo(1.0);
        assertThat(stateGauge("alpha", "running")).isEqualTo(0.0);
        assertThat(metrics.registry().find("copydesk.pipeline.state").tag("pipeline", "beta").tag("state", "running")
                .gauge()).as("a change elsewhere leaves a file's series in place (review 8: all were re-registered,"
                + " and a scrape in between missed them)").isSameAs(before);
        Files.delete(pipelines.resolve("b.yaml"));
        supervisor.reconcile();
        assertThat(metrics.registry().find("copydesk.pipeline.state").tag("pipeline", "beta").gauges()).isEmpty();
    }

    private double stateGauge(String pipeline, String state) {
        io.micrometer.core.instrument.Gauge g = metrics.registry().find("copydesk.pipeline.state")
                .tag("pipeline", pipeline).tag("state", state).gauge();
        return g == null ? Double.NaN : g.value();
    }

    /** An input whose one source fails at every start, as an rss input with a dead feed does. */
    public static final class DeadFeedInputFactory implements org.copydesk.api.InputFactory {
        @Override
        public String type() {
            return "dead-feed";
        }

        @Override
        public List<org.copydesk.api.Setting<?>> settings() {
            return List.of();
        }

        @Override
        public org.copydesk.api.Input create(org.copydesk.api.StageContext context,
                                             org.copydesk.api.Settings settings) {
            return new org.copydesk.api.Input() {
                @Override
                public void start(org.copydesk.api.InputContext input) {
                    context.sourceHealth().failed("https://feeds.example/dead.xml", "HTTP 404");
                }

                @Override
                public void stop() {
                }

                @Override
                public boolean awaitStop(Duration timeout) {
                    return true;
                }

                @Override
                public void close() {
                }
            };
        }
    }

    /**
     * Review 7, F5: a feed that answered 404 for days showed only in the log; /api/pipelines said running with no
     * failure. Inputs report their sources, and the admin API lists the failing ones; a removed file's are forgotten.
     */
    @Test
    void failingSourcesAreListedByTheAdminApiAndForgottenWithTheirPipeline() throws Exception {
        org.copydesk.runtime.pipeline.SourceHealthBoard board =
                new org.copydesk.runtime.pipeline.SourceHealthBoard(Clock.systemUTC());
        board.bindTo(metrics.registry());
        StageRegistry registry = StageRegistry.of(List.of(new TestStages.LinesFormatFactory(),
                new DeadFeedInputFactory(), new JsonlOutputFactory()));
        PipelineSupervisor withBoard = new PipelineSupervisor(pipelines,
                new PipelineParser(new YamlReader(new EnvInterpolator(Map.<String, String>of()::get))),
                () -> new PipelineAssembler(registry, dir.resolve("data"), Clock.systemUTC(),
                        MvStateStore.inMemory(), board), deadLetters, metrics.registry(), Clock.systemUTC(), null);
        withBoard.onRunning(board::retainOnly);
        Files.writeString(pipelines.resolve("f.yaml"), """
                name: feeds
                input: {type: dead-feed, format: lines}
                outputs: [{type: jsonl, path: %s}]
                """.formatted(dir.resolve("out-feeds.jsonl")));
        withBoard.reconcile();
        try (AdminServer admin = AdminServer.start("127.0.0.1", 0, null, withBoard, metrics, deadLetters, List::of)
                .withSourceHealth(board)) {
            JsonNode p = json.readTree(get(admin.port(), "/api/pipelines", null).body()).get(0);
            assertThat(p.get("state").asText()).isEqualTo("running");
            JsonNode failing = p.get("failing_sources");
            assertThat(failing).hasSize(1);
            assertThat(failing.get(0).get("source").asText()).isEqualTo("https://feeds.example/dead.xml");
            assertThat(failing.get(0).get("last_error").asText()).isEqualTo("HTTP 404");
            assertThat(failing.get(0).get("failures_in_a_row").asInt()).isEqualTo(1);
            assertThat(get(admin.port(), "/metrics", null).body())
                    .contains("copydesk_sources_failing{pipeline=\"feeds\"} 1.0")
                    .contains("copydesk_source_failures_total{pipeline=\"feeds\"} 1.0");

            // paused, it reads nothing: its sources are not failing any more (review 8: they stayed until a restart)
            assertThat(withBoard.pause("feeds")).isTrue();
            assertThat(board.failing("feeds")).isEmpty();
            assertThat(withBoard.resume("feeds")).isTrue();
            assertThat(board.failing("feeds")).hasSize(1);

            Files.delete(pipelines.resolve("f.yaml"));
            withBoard.reconcile();
            assertThat(board.failing("feeds")).isEmpty();
            assertThat(get(admin.port(), "/metrics", null).body()).doesNotContain("copydesk_sources_failing{");
        } finally {
            withBoard.stopAll();
        }
    }

    private PipelineSupervisor supervisorOver(MvStateStore state) {
        StageRegistry registry = StageRegistry.of(List.of(new TestStages.LinesFormatFactory(),
                new TestStages.UpperStepFactory(), new DirectoryInputFactory(), new JsonlOutputFactory()));
        return new PipelineSupervisor(pipelines,
                new PipelineParser(new YamlReader(new EnvInterpolator(Map.<String, String>of()::get))),
                () -> new PipelineAssembler(registry, dir.resolve("data"), Clock.systemUTC()), deadLetters,
                metrics.registry(), Clock.systemUTC(), state.forDaemon());
    }

    /**
     * A pause lived in memory only: a restart of the daemon, or an edit of the file, started the pipeline an
     * operator had paused. It is kept in the daemon's state store until a resume, and dropped with the file.
     */
    @Test
    void aPauseOutlivesARestartAndAnEditUntilResumed() throws Exception {
        Path store = dir.resolve("data/state/copydesk.mv.db");
        Files.createDirectories(store.getParent());
        Files.writeString(pipelines.resolve("a.yaml"), pipeline("alpha", "one"));
        Files.writeString(pipelines.resolve("b.yaml"), pipeline("beta", "x"));
        try (MvStateStore state = MvStateStore.open(store)) {
            PipelineSupervisor first = supervisorOver(state);
            first.reconcile();
            assertThat(first.pause("alpha")).isTrue();
            first.stopAll();
        }
        try (MvStateStore state = MvStateStore.open(store)) {
            PipelineSupervisor second = supervisorOver(state);
            second.reconcile();
            ManagedPipeline alpha = second.byName("alpha").orElseThrow();
            assertThat(alpha.state()).as("paused before the restart").isEqualTo(ManagedPipeline.State.PAUSED);
            assertThat(alpha.runner()).isNull();
            assertThat(second.byName("beta").orElseThrow().state()).isEqualTo(ManagedPipeline.State.RUNNING);
            assertThat(second.ready()).as("a paused pipeline is not a failure").isTrue();

            // An edit is checked but does not start it; a broken edit is shown as invalid.
            Files.writeString(pipelines.resolve("a.yaml"), pipeline("alpha", "two"));
            second.reconcile();
            assertThat(second.byName("alpha").orElseThrow().state()).isEqualTo(ManagedPipeline.State.PAUSED);
            assertThat(second.reload("alpha")).isTrue();
            assertThat(second.byName("alpha").orElseThrow().state()).isEqualTo(ManagedPipeline.State.PAUSED);

            // Broken while paused: still paused, with its errors, and resume answers for it (review 8: it showed as
            // invalid, and pause and resume answered 404).
            Files.writeString(pipelines.resolve("a.yaml"), pipeline("alpha", "two").replace("type: upper", "type: uper"));
            second.reconcile();
            ManagedPipeline broken = second.byName("alpha").orElseThrow();
            assertThat(broken.state()).isEqualTo(ManagedPipeline.State.PAUSED);
            assertThat(broken.errors()).singleElement().satisfies(e -> assertThat(e.message()).contains("uper"));
            Files.writeString(pipelines.resolve("a.yaml"), pipeline("alpha", "two"));
            second.reconcile();
            assertThat(second.byName("alpha").orElseThrow().state()).isEqualTo(ManagedPipeline.State.PAUSED);

            // The pipelines folder gone for a moment (a deploy that swaps it with mv) does not end the pause.
            Path aside = dir.resolve("pipelines-aside");
            Files.move(pipelines, aside);
            second.reconcile();
            Files.move(aside, pipelines);
            second.reconcile();
            assertThat(second.byName("alpha").orElseThrow().state()).isEqualTo(ManagedPipeline.State.PAUSED);

            // Resumed, it runs the file's latest version.
            assertThat(second.resume("alpha")).isTrue();
            assertThat(second.byName("alpha").orElseThrow().state()).isEqualTo(ManagedPipeline.State.RUNNING);
            assertThat(second.byName("alpha").orElseThrow().errors()).isEmpty();
            second.stopAll();
        }
        try (MvStateStore state = MvStateStore.open(store)) {
            PipelineSupervisor third = supervisorOver(state);
            third.reconcile();
            assertThat(third.byName("alpha").orElseThrow().state()).as("resumed before the restart")
                    .isEqualTo(ManagedPipeline.State.RUNNING);
            assertThat(third.pause("alpha")).isTrue();
            Files.delete(pipelines.resolve("a.yaml"));
            third.reconcile();
            third.stopAll();
        }
        // The file came back after it was deleted: a new pipeline, not a paused one.
        Files.writeString(pipelines.resolve("a.yaml"), pipeline("alpha", "one"));
        try (MvStateStore state = MvStateStore.open(store)) {
            PipelineSupervisor fourth = supervisorOver(state);
            fourth.reconcile();
            assertThat(fourth.byName("alpha").orElseThrow().state()).isEqualTo(ManagedPipeline.State.RUNNING);
            fourth.stopAll();
        }
    }

    /**
     * Review 5, finding 19: a {@code *.yml} file in the pipelines folder never ran, and nothing said so. The daemon
     * names it once (not at every poll) and says to rename it; it still does not run it.
     */
    @Test
    void aYmlFileInThePipelinesFolderIsNamedOnceAsIgnored() throws Exception {
        ch.qos.logback.classic.Logger logger = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory
                .getLogger(PipelineSupervisor.class);
        ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent> logs =
                new ch.qos.logback.core.read.ListAppender<>();
        logs.start();
        logger.addAppender(logs);
        try {
            Files.writeString(pipelines.resolve("feeds.yml"), pipeline("feeds", "one"));
            supervisor.reconcile();
            supervisor.reconcile();
            assertThat(supervisor.pipelines()).isEmpty();
            assertThat(logs.list).filteredOn(e -> e.getFormattedMessage().contains("feeds.yml")).singleElement()
                    .satisfies(e -> {
                        assertThat(e.getLevel()).isEqualTo(ch.qos.logback.classic.Level.WARN);
                        assertThat(e.getFormattedMessage()).contains("is ignored").contains("rename it to feeds.yaml");
                    });
        } finally {
            logger.detachAppender(logs);
        }
    }

    @Test
    void aDuplicateNameIsInvalidAndTheFirstKeepsRunning() throws Exception {
        Files.writeString(pipelines.resolve("a.yaml"), pipeline("same", "one"));
        Files.writeString(pipelines.resolve("b.yaml"), pipeline("same", "two"));
        supervisor.reconcile();
        assertThat(supervisor.pipelines()).extracting(ManagedPipeline::state)
                .containsExactly(ManagedPipeline.State.RUNNING, ManagedPipeline.State.INVALID);
        assertThat(supervisor.pipelines().get(1).errors().get(0).message()).contains("already used by");
    }

    private HttpResponse<String> get(int port, String path, String token) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(int port, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void adminApiAnswersHealthMetricsPipelinesAndActions() throws Exception {
        Files.writeString(pipelines.resolve("a.yaml"), pipeline("alpha", "one"));
        Files.writeString(pipelines.resolve("z.yaml"), "name: broken\ninput: {type: nope, format: lines}\noutputs: [{type: jsonl, path: x.jsonl}]\n");
        supervisor.reconcile();
        Path in = Files.createDirectories(dir.resolve("in-alpha"));
        Files.writeString(in.resolve("s1.txt"), "Story one\nbody");
        Files.writeString(in.resolve("s2.txt"), "BAD story");
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (get("alpha").runner().payloadsDone() < 2 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        try (AdminServer admin = AdminServer.start("127.0.0.1", 0, null, supervisor, metrics, deadLetters,
                () -> List.of(Map.of("id", "core")))) {
            int port = admin.port();
            assertThat(get(port, "/health/live", null).statusCode()).isEqualTo(200);
            assertThat(get(port, "/health/ready", null).statusCode()).isEqualTo(200);
            String prom = get(port, "/metrics", null).body();
            assertThat(prom).contains("copydesk_documents_total{outcome=\"ok\",pipeline=\"alpha\",stage=\"step:upper\"} 1.0")
                    .contains("copydesk_documents_total{outcome=\"failed\",pipeline=\"alpha\",stage=\"format:lines\"} 1.0")
                    .contains("copydesk_dead_letters_total{pipeline=\"alpha\",stage=\"format 'lines'\"} 1.0")
                    .contains("copydesk_stage_latency_seconds_count{pipeline=\"alpha\",stage=\"step:upper\"} 1")
                    .contains("copydesk_queue_depth{pipeline=\"alpha\"}")
                    .contains("jvm_memory_used_bytes");

            JsonNode list = json.readTree(get(port, "/api/pipelines", null).body());
            assertThat(list).hasSize(2);
            assertThat(list.get(0).get("state").asText()).isEqualTo("running");
            assertThat(list.get(0).get("counters").get("documents_written").asLong()).isEqualTo(1);
            assertThat(list.get(1).get("state").asText()).isEqualTo("invalid");
            assertThat(list.get(1).get("errors").get(0).get("line").asInt()).isEqualTo(2);
            assertThat(list.get(1).get("errors").get(0).get("message").asText()).contains("unknown input type 'nope'");

            JsonNode dlq = json.readTree(get(port, "/api/dead-letters", null).body());
            assertThat(dlq.get("counts").get("alpha").asInt()).isEqualTo(1);
            assertThat(dlq.get("recent").get(0).get("message").asText()).isEqualTo("not a story: starts with BAD");

            assertThat(post(port, "/api/pipelines/alpha/pause").statusCode()).isEqualTo(200);
            assertThat(get("alpha").state()).isEqualTo(ManagedPipeline.State.PAUSED);
            assertThat(post(port, "/api/pipelines/alpha/resume").statusCode()).isEqualTo(200);
            assertThat(get("alpha").state()).isEqualTo(ManagedPipeline.State.RUNNING);
            assertThat(post(port, "/api/pipelines/nope/reload").statusCode()).isEqualTo(404);
            assertThat(get(port, "/nothing", null).statusCode()).isEqualTo(404);
        }
    }

    /**
     * The token guards metrics and the API. Health is open (review 5, finding 9): the Dockerfile's HEALTHCHECK and
     * orchestrator probes send no secret, and with a token set they got 401, so the container was unhealthy for good.
     */
    @Test
    void tokenIsRequiredWhenSetAndForNonLoopbackAddresses() throws Exception {
        supervisor.reconcile(); // ready only once the folder was read
        try (AdminServer admin = AdminServer.start("127.0.0.1", 0, "s3cret", supervisor, metrics, deadLetters, List::of)) {
            for (String guarded : List.of("/metrics", "/api/pipelines", "/api/plugins", "/api/dead-letters")) {
                assertThat(get(admin.port(), guarded, null).statusCode()).as(guarded).isEqualTo(401);
                assertThat(get(admin.port(), guarded, "wrong").statusCode()).as(guarded).isEqualTo(401);
                assertThat(get(admin.port(), guarded, "s3cret").statusCode()).as(guarded).isEqualTo(200);
            }
            assertThat(post(admin.port(), "/api/reload").statusCode()).isEqualTo(401);
            assertThat(post(admin.port(), "/api/pipelines/alpha/pause").statusCode()).isEqualTo(401);
            assertThat(post(admin.port(), "/api/pipelines/alpha/documents", "x").statusCode()).isEqualTo(401);
            for (String open : List.of("/health/live", "/health/ready")) {
                assertThat(get(admin.port(), open, null).statusCode()).as(open + " without a token").isEqualTo(200);
                assertThat(get(admin.port(), open, "wrong").statusCode()).as(open + " with a wrong token").isEqualTo(200);
            }
        }
        assertThatThrownBy(() -> AdminServer.start("0.0.0.0", 0, null, supervisor, metrics, deadLetters, List::of))
                .hasMessageContaining("needs a token");
    }

    /**
     * Review 5, finding 20: {@code GET /api/dead-letters} read every letter at each call (a second with 30,000). It
     * now pages, newest first across pipelines, and reads only the page's letters; counts still cover all of them.
     */
    @Test
    void deadLettersArePagedNewestFirstWithCountsOfAll() throws Exception {
        // 12 letters kept one after the other by a real store, in two pipelines (every third in beta)
        java.util.List<String> kept = new java.util.ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String pipeline = i % 3 == 0 ? "beta" : "alpha";
            Path content = deadLetters.put(pipeline, new StageFailure("format 'lines'", "core", "0", new
                    org.copydesk.api.FormatException("bad " + i), null), "/in/f" + i + ".txt", "f" + i + ".txt",
                    ("story " + i).getBytes(), 1);
            kept.add(content.getFileName().toString());
            Thread.sleep(2);
        }
        java.util.List<String> newestFirst = new java.util.ArrayList<>(kept);
        java.util.Collections.reverse(newestFirst);
        try (AdminServer admin = AdminServer.start("127.0.0.1", 0, null, supervisor, metrics, deadLetters, List::of)) {
            int port = admin.port();
            JsonNode first = json.readTree(get(port, "/api/dead-letters?limit=5", null).body());
            assertThat(first.get("counts").get("alpha").asInt()).isEqualTo(8);
            assertThat(first.get("counts").get("beta").asInt()).isEqualTo(4);
            assertThat(first.get("total").asInt()).isEqualTo(12);
            assertThat(first.get("recent").findValuesAsText("content")).isEqualTo(newestFirst.subList(0, 5));
            assertThat(first.get("recent").get(0).get("message").asText()).isEqualTo("bad 11");
            assertThat(first.get("next_offset").asInt()).isEqualTo(5);

            JsonNode second = json.readTree(get(port, "/api/dead-letters?limit=5&offset=5", null).body());
            assertThat(second.get("recent").findValuesAsText("content")).isEqualTo(newestFirst.subList(5, 10));
            JsonNode last = json.readTree(get(port, "/api/dead-letters?limit=5&offset=10", null).body());
            assertThat(last.get("recent").findValuesAsText("content")).isEqualTo(newestFirst.subList(10, 12));
            assertThat(last.has("next_offset")).isFalse();
            JsonNode beyond = json.readTree(get(port, "/api/dead-letters?offset=40", null).body());
            assertThat(beyond.get("recent")).isEmpty();
            assertThat(beyond.get("total").asInt()).isEqualTo(12);

            JsonNode beta = json.readTree(get(port, "/api/dead-letters?pipeline=beta", null).body());
            assertThat(beta.get("total").asInt()).isEqualTo(4);
            assertThat(beta.get("limit").asInt()).isEqualTo(50);
            assertThat(beta.get("recent").findValuesAsText("message")).containsExactly("bad 9", "bad 6", "bad 3",
                    "bad 0");
            assertThat(beta.get("counts").get("alpha").asInt()).as("counts cover every pipeline").isEqualTo(8);

            for (String bad : List.of("limit=0", "limit=1001", "limit=x", "offset=-1", "page=2")) {
                HttpResponse<String> r = get(port, "/api/dead-letters?" + bad, null);
                assertThat(r.statusCode()).as(bad).isEqualTo(400);
                assertThat(json.readTree(r.body()).get("error").asText()).as(bad)
                        .contains(bad.substring(0, bad.indexOf('=')));
            }
        }
    }

    /** The daemon binds the admin API before it reads the pipelines folder (review 5, finding 20): not ready yet. */
    @Test
    void notReadyBeforeThePipelinesFolderWasFirstRead() throws Exception {
        try (AdminServer admin = AdminServer.start("127.0.0.1", 0, null, supervisor, metrics, deadLetters, List::of)) {
            assertThat(get(admin.port(), "/health/ready", null).statusCode()).isEqualTo(503);
            supervisor.reconcile();
            assertThat(get(admin.port(), "/health/ready", null).statusCode()).isEqualTo(200);
        }
    }

    private HttpResponse<String> post(int port, String path, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void storiesPushedOverHttpAreAnsweredOnceWrittenOrDeadLettered() throws Exception {
        Path out = dir.resolve("pushed.jsonl");
        Path jsonOut = dir.resolve("json.jsonl");
        Files.writeString(pipelines.resolve("push.yaml"), """
                name: push
                input: {type: http-push, format: lines}
                steps: [{type: upper, label: p}]
                outputs: [{type: jsonl, path: %s}]
                """.formatted(out));
        Files.writeString(pipelines.resolve("json.yaml"), """
                name: json
                input: {type: http-push, format: copydesk-json}
                outputs: [{type: jsonl, path: %s}]
                """.formatted(jsonOut));
        supervisor.reconcile();
        try (AdminServer admin = AdminServer.start("127.0.0.1", 0, null, supervisor, metrics, deadLetters, List::of)
                .withPush(hub)) {
            int port = admin.port();
            HttpResponse<String> ok = post(port, "/api/pipelines/push/documents", "Pushed story\nIts body.");
            assertThat(ok.statusCode()).as(ok.body()).isEqualTo(202);
            assertThat(Files.readString(out)).contains("\"headline\":\"PUSHED STORY\"");
            HttpResponse<String> bad = post(port, "/api/pipelines/push/documents", "BAD story");
            assertThat(bad.statusCode()).isEqualTo(422);
            JsonNode answer = json.readTree(bad.body());
            assertThat(answer.get("status").asText()).isEqualTo("dead-lettered");
            // review 7, F13: the answer carries the reason and the letter, not only "see GET /api/dead-letters"
            DeadLetterStore.Letter kept = deadLetters.list("push").get(0);
            String letter = kept.content().getFileName().toString();
            String reason = String.valueOf(kept.error().get("message"));
            assertThat(answer.get("letter").asText()).isEqualTo(letter);
            assertThat(answer.get("reason").asText()).isEqualTo(reason);
            assertThat(answer.get("detail").asText()).contains(reason).contains(letter);
            assertThat(post(port, "/api/pipelines/nope/documents", "x").statusCode()).isEqualTo(404);

            // Copydesk JSON in, the same document out.
            String line = Files.readAllLines(out).get(0);
            assertThat(post(port, "/api/pipelines/json/documents", line).statusCode()).isEqualTo(202);
            JsonNode back = json.readTree(Files.readAllLines(jsonOut).get(0));
            JsonNode original = json.readTree(line);
            assertThat(back).isEqualTo(original);
            assertThat(post(port, "/api/pipelines/json/documents", "{not json").statusCode()).isEqualTo(422);
        }
    }

    private HttpResponse<String> post(int port, String path, String body, String... headers) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).headers(headers)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aRetriedPushOfTheSameStoryIsWrittenOnce() throws Exception {
        // review 5 #12: each push got a random source URI, so the same bytes pushed again (a client retrying after a
        // 504 or a dropped connection) got another document id and were written twice
        Path out = dir.resolve("pushed.jsonl");
        Files.writeString(pipelines.resolve("push.yaml"), """
                name: push
                input: {type: http-push, format: lines}
                outputs: [{type: jsonl, path: %s}]
                """.formatted(out));
        supervisor.reconcile();
        try (AdminServer admin = AdminServer.start("127.0.0.1", 0, null, supervisor, metrics, deadLetters, List::of)
                .withPush(hub)) {
            int port = admin.port();
            HttpResponse<String> first = post(port, "/api/pipelines/push/documents", "Pushed story\nIts body.");
            HttpResponse<String> again = post(port, "/api/pipelines/push/documents", "Pushed story\nIts body.");
            assertThat(first.statusCode()).as(first.body()).isEqualTo(202);
            assertThat(again.statusCode()).as(again.body()).isEqualTo(202);
            assertThat(json.readTree(again.body()).get("source").asText())
                    .isEqualTo(json.readTree(first.body()).get("source").asText()).startsWith("http-push:push/sha256:");
            assertThat(Files.readAllLines(out)).as("the retry is not written again").hasSize(1);

            // another story is written; a client's Idempotency-Key names the push instead
            HttpResponse<String> other = post(port, "/api/pipelines/push/documents", "Other story\nIts body.",
                    "Idempotency-Key", "req-42");
            assertThat(other.statusCode()).isEqualTo(202);
            assertThat(json.readTree(other.body()).get("source").asText()).isEqualTo("http-push:push/key:req-42");
            assertThat(post(port, "/api/pipelines/push/documents", "Other story\nIts body.", "Idempotency-Key",
                    "req-42").statusCode()).isEqualTo(202);
            // an X-Request-Id, which a proxy renews on every retry, does not name a push: the body's hash does
            HttpResponse<String> proxied = post(port, "/api/pipelines/push/documents", "Pushed story\nIts body.",
                    "X-Request-Id", "proxy-renewed-7");
            assertThat(json.readTree(proxied.body()).get("source").asText())
                    .isEqualTo(json.readTree(first.body()).get("source").asText());
            List<String> lines = Files.readAllLines(out);
            assertThat(lines).hasSize(2);
            assertThat(json.readTree(lines.get(0)).get("id").asText())
                    .isNotEqualTo(json.readTree(lines.get(1)).get("id").asText());
        }
    }

    @Test
    void pushesWaitingOnASlowPipelineLeaveTheHealthCheckAnswering() throws Exception {
        Files.writeString(pipelines.resolve("slow.yaml"), """
                name: slow
                workers: 1
                input: {type: http-push, format: lines}
                outputs: [{type: recording, delay_ms: 4000}]
                """);
        supervisor.reconcile();
        try (AdminServer admin = AdminServer.start("127.0.0.1", 0, null, supervisor, metrics, deadLetters, List::of)
                .withPush(hub)) {
            int port = admin.port();
            List<java.util.concurrent.CompletableFuture<HttpResponse<String>>> pushes = new java.util.ArrayList<>();
            for (int i = 0; i < 12; i++) { // more than the queue holds: the later ones wait in submit
                pushes.add(http.sendAsync(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                        + "/api/pipelines/slow/documents")).POST(HttpRequest.BodyPublishers.ofString("Story " + i
                        + "\nA body.")).build(), HttpResponse.BodyHandlers.ofString()));
            }
            Thread.sleep(1000);
            HttpResponse<String> live = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                    + "/health/live")).timeout(Duration.ofSeconds(3)).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(live.statusCode()).isEqualTo(200);
            pushes.forEach(p -> p.cancel(true));
        }
    }

    /**
     * Review 5, finding 8: while a drain held the supervisor's lock, four /health/ready (or reload, pause, resume)
     * requests took the four admin threads and /health/live waited behind them (13 s in the review). Here the
     * supervisor's lock is held by the test for as long as it likes (a drain that never ends), more lock-taking
     * requests than there are admin threads are sent, and health, readiness and the pipeline list must still answer
     * within 3 s; the actions then complete once the lock is free.
     */
    @Test
    void healthAndReadinessAnswerWhileActionsWaitForTheSupervisor() throws Exception {
        Files.writeString(pipelines.resolve("a.yaml"), pipeline("alpha", "one"));
        supervisor.reconcile();
        try (AdminServer admin = AdminServer.start("127.0.0.1", 0, null, supervisor, metrics, deadLetters, List::of)) {
            int port = admin.port();
            java.util.concurrent.CountDownLatch holding = new java.util.concurrent.CountDownLatch(1);
            java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
            Thread drain = new Thread(() -> {
                synchronized (supervisor) {
                    holding.countDown();
                    try {
                        release.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            }, "test-long-drain");
            drain.start();
            holding.await();
            List<java.util.concurrent.CompletableFuture<HttpResponse<String>>> waiting = new java.util.ArrayList<>();
            for (String action : List.of("/api/pipelines/alpha/reload", "/api/reload", "/api/pipelines/alpha/reload",
                    "/api/reload", "/api/pipelines/alpha/reload", "/api/reload")) {
                waiting.add(http.sendAsync(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + action))
                        .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString()));
            }
            for (int i = 0; i < 6; i++) {
                waiting.add(http.sendAsync(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                        + "/health/ready")).GET().build(), HttpResponse.BodyHandlers.ofString()));
            }
            try {
                for (String path : List.of("/health/live", "/health/ready", "/api/pipelines")) {
                    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                            + path)).timeout(Duration.ofSeconds(3)).GET().build(), HttpResponse.BodyHandlers.ofString());
                    assertThat(r.statusCode()).as(path).isEqualTo(200);
                }
            } finally {
                release.countDown();
                drain.join();
            }
            for (java.util.concurrent.CompletableFuture<HttpResponse<String>> w : waiting) {
                assertThat(w.get(60, java.util.concurrent.TimeUnit.SECONDS).statusCode()).isEqualTo(200);
            }
            assertThat(get("alpha").state()).isEqualTo(ManagedPipeline.State.RUNNING);
        }
    }
}
