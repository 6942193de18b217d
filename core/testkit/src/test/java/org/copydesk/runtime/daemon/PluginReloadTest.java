package org.copydesk.runtime.daemon;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.lang.ref.WeakReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.copydesk.runtime.Bootstrap;
import org.copydesk.runtime.config.DaemonConfig;
import org.copydesk.runtime.config.StageKind;
import org.copydesk.runtime.pipeline.DeadLetterStore;
import org.copydesk.testkit.PluginJarBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Plugins dropped in, replaced and removed while pipelines run; the replaced plugin's class loader must be
 * released (nothing in the core may pin it: injectors, registries, runners, metrics, thread-locals).
 */
class PluginReloadTest {
    @TempDir
    Path dir;

    private static String source(String suffix) {
        return """
                package org.example.tag;
                import java.util.List;
                import org.copydesk.api.*;
                @org.pf4j.Extension
                public final class TagStepFactory implements StepFactory {
                    public String type() { return "tag"; }
                    public List<Setting<?>> settings() { return List.of(); }
                    public Step create(StageContext c, Settings s) {
                        return d -> d.setHeadline(d.headline() + "%s");
                    }
                }
                """.formatted(suffix);
    }

    private Path jar(String version, String suffix) {
        Path built = new PluginJarBuilder("tag", version).source("org.example.tag.TagStepFactory", source(suffix))
                .source("org.example.tag.PlainFormatFactory", """
                        package org.example.tag;
                        import java.nio.charset.StandardCharsets;
                        import java.util.List;
                        import org.copydesk.api.*;
                        @org.pf4j.Extension
                        public final class PlainFormatFactory implements FormatFactory {
                            public String type() { return "plain"; }
                            public List<Setting<?>> settings() { return List.of(); }
                            public Format create(StageContext c, Settings s) {
                                return p -> {
                                    Document d = new Document(new Source(p.sourceUri(), "plain", p.received()));
                                    d.setHeadline(new String(p.bytes(), StandardCharsets.UTF_8).strip());
                                    return List.of(d);
                                };
                            }
                        }
                        """)
                .build(dir.resolve("build-" + version));
        return built;
    }

    /** A plugins folder holding tag 1.0.0, an empty pipelines folder, and a daemon configuration over them. */
    private DaemonConfig withTagInstalled() throws java.io.IOException {
        Path plugins = Files.createDirectories(dir.resolve("plugins"));
        Path pipelines = Files.createDirectories(dir.resolve("pipelines"));
        Files.move(jar("1.0.0", " v1"), plugins.resolve("tag.jar"), StandardCopyOption.ATOMIC_MOVE);
        return new DaemonConfig(null, pipelines, plugins, dir.resolve("data"), "127.0.0.1", -1);
    }

    /**
     * Moves a new build of the tag plugin over the loaded JAR, as a deployment should, with a modification time
     * {@code aheadMillis} in the future so the watcher sees it as changed even within the file system's time
     * resolution.
     */
    private void replaceJar(Path plugins, String version, String suffix, long aheadMillis) throws java.io.IOException {
        Files.move(jar(version, suffix), plugins.resolve("tag.jar"), StandardCopyOption.REPLACE_EXISTING,
                StandardCopyOption.ATOMIC_MOVE);
        Files.setLastModifiedTime(plugins.resolve("tag.jar"),
                java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + aheadMillis));
    }

    private static void await(String what, java.util.function.BooleanSupplier ok) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!ok.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(20);
        }
    }

    private static long deadLetters(Path root) {
        if (!Files.isDirectory(root)) {
            return 0;
        }
        try (java.util.stream.Stream<Path> s = Files.walk(root)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".error.json")).count();
        } catch (java.io.IOException e) {
            return 0;
        }
    }

    private static String lastLine(Path file) {
        try {
            List<String> lines = Files.readAllLines(file);
            return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
        } catch (Exception e) {
            return "";
        }
    }

    @Test
    void pluginsAreLoadedReplacedAndRemovedAtRunTimeAndTheOldClassLoaderIsReleased() throws Exception {
        Path plugins = Files.createDirectories(dir.resolve("plugins"));
        Path pipelines = Files.createDirectories(dir.resolve("pipelines"));
        Path inbox = dir.resolve("inbox");
        Path out = dir.resolve("out.jsonl");
        Files.writeString(pipelines.resolve("tagged.yaml"), """
                name: tagged
                input: {type: directory, path: %s, settle: 50ms, poll: 50ms, format: plain}
                steps: [{type: tag}]
                outputs: [{type: jsonl, path: %s}]
                """.formatted(inbox, out));
        DaemonConfig config = new DaemonConfig(null, pipelines, plugins, dir.resolve("data"), "127.0.0.1", -1);
        try (Bootstrap core = Bootstrap.start(config, List.of())) {
            PipelineSupervisor supervisor = new PipelineSupervisor(pipelines, core.pipelineParser(), core::assembler,
                    new DeadLetterStore(config.data(), Clock.systemUTC()), new SimpleMeterRegistry(), Clock.systemUTC());
            PluginFolderWatcher watcher = new PluginFolderWatcher(core, supervisor);
            supervisor.reconcile();
            assertThat(supervisor.byName("tagged").orElseThrow().state()).as("waits for its plugin")
                    .isEqualTo(ManagedPipeline.State.INVALID);

            // A JAR dropped in (moved, as deployments should) is loaded and the waiting pipeline starts.
            Files.move(jar("1.0.0", " v1"), plugins.resolve("tag.jar"), StandardCopyOption.ATOMIC_MOVE);
            assertThat(watcher.check()).as("the waiting pipeline started")
                    .isEqualTo(new PipelineSupervisor.SwapResult(0, 1, 0));
            assertThat(supervisor.byName("tagged").orElseThrow().state()).isEqualTo(ManagedPipeline.State.RUNNING);
            Files.createDirectories(inbox);
            Files.writeString(inbox.resolve("a.txt"), "first");
            await("v1 output", () -> lastLine(out).contains("\"headline\":\"first v1\""));
            WeakReference<ClassLoader> v1Loader = new WeakReference<>(core.registry().find(StageKind.STEP, "tag")
                    .orElseThrow().factory().getClass().getClassLoader());

            // Replacing the JAR stops the pipeline, unloads v1, loads v2 and restarts the pipeline.
            replaceJar(plugins, "2.0.0", " v2", 5000);
            assertThat(watcher.check()).as("restarted on the new plugin")
                    .isEqualTo(new PipelineSupervisor.SwapResult(1, 0, 0));
            assertThat(supervisor.byName("tagged").orElseThrow().state()).isEqualTo(ManagedPipeline.State.RUNNING);
            assertThat(core.registry().find(StageKind.STEP, "tag").orElseThrow().pluginVersion()).isEqualTo("2.0.0");
            Files.writeString(inbox.resolve("b.txt"), "second");
            await("v2 output", () -> lastLine(out).contains("\"headline\":\"second v2\""));

            for (int i = 0; i < 50 && v1Loader.get() != null; i++) {
                System.gc();
                Thread.sleep(50);
            }
            assertThat(v1Loader.get()).as("the replaced plugin's class loader is released").isNull();

            // Removing the JAR stops the pipeline; it waits again for its types.
            Files.delete(plugins.resolve("tag.jar"));
            assertThat(watcher.check()).as("stopped for good").isEqualTo(new PipelineSupervisor.SwapResult(0, 0, 1));
            assertThat(core.registry().find(StageKind.STEP, "tag")).isEmpty();
            ManagedPipeline waiting = supervisor.byName("tagged").orElseThrow();
            assertThat(waiting.runner()).isNull();
            assertThat(waiting.errors()).extracting(e -> e.message())
                    .anySatisfy(m -> assertThat(m).contains("unknown step type 'tag'"))
                    .anySatisfy(m -> assertThat(m).contains("unknown format type 'plain'"));
            supervisor.stopAll();
        }
    }

    /**
     * Review 7, F10: a second copy of a loaded plugin (same id, another JAR) got PF4J's two-line message advising to
     * "include PluginVersion and PluginProvider in PluginId", and the change was logged as "added 1". It must be one
     * line naming the id, the JAR already loaded and what to do, and not count as added; the first copy keeps running.
     */
    @Test
    void aSecondCopyOfALoadedPluginIsNamedInOneLineAndNotCountedAsAdded() throws Exception {
        DaemonConfig config = withTagInstalled();
        Path plugins = config.plugins();
        Path pipelines = config.pipelines();
        ch.qos.logback.classic.Logger watcherLog = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory
                .getLogger(PluginFolderWatcher.class);
        ch.qos.logback.classic.Logger managerLog = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory
                .getLogger(org.copydesk.runtime.plugin.CopydeskPluginManager.class);
        ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent> logs =
                new ch.qos.logback.core.read.ListAppender<>();
        logs.start();
        ch.qos.logback.classic.Level level = watcherLog.getLevel();
        watcherLog.setLevel(ch.qos.logback.classic.Level.INFO);
        watcherLog.addAppender(logs);
        managerLog.addAppender(logs);
        try (Bootstrap core = Bootstrap.start(config, List.of())) {
            PipelineSupervisor supervisor = new PipelineSupervisor(pipelines, core.pipelineParser(), core::assembler,
                    new DeadLetterStore(config.data(), Clock.systemUTC()), new SimpleMeterRegistry(), Clock.systemUTC());
            PluginFolderWatcher watcher = new PluginFolderWatcher(core, supervisor);
            Files.copy(jar("1.0.1", " copy"), plugins.resolve("tag-copy.jar"));
            watcher.check();

            assertThat(core.registry().find(StageKind.STEP, "tag").orElseThrow().pluginVersion()).isEqualTo("1.0.0");
            assertThat(core.pluginManager().failedJars()).singleElement().satisfies(f -> {
                assertThat(f.jar().getFileName().toString()).isEqualTo("tag-copy.jar");
                assertThat(f.reason()).isEqualTo("plugin id 'tag' is already loaded from " + plugins.resolve("tag.jar")
                        + "; to replace a plugin, move the new JAR over the old one (mv NEW.jar "
                        + plugins.resolve("tag.jar") + "), and remove this copy");
            });
            assertThat(logs.list).extracting(ch.qos.logback.classic.spi.ILoggingEvent::getFormattedMessage)
                    .noneMatch(m -> m.contains("PluginVersion") || m.contains("\n"))
                    .anyMatch(m -> m.contains("tag-copy.jar") && m.contains("plugin id 'tag' is already loaded"))
                    .anyMatch(m -> m.startsWith("Plugins changed (added 0, replaced 0, removed 0)"));

            // The old copy deleted (copy the new build in, then delete the old one): the copy left out is loaded
            // now (review 9: it stayed refused, and the plugin was gone until a restart).
            Files.delete(plugins.resolve("tag.jar"));
            watcher.check();
            assertThat(core.registry().find(StageKind.STEP, "tag").orElseThrow().pluginVersion()).isEqualTo("1.0.1");
            assertThat(core.pluginManager().failedJars()).isEmpty();
        } finally {
            watcherLog.setLevel(level);
            watcherLog.detachAppender(logs);
            managerLog.detachAppender(logs);
        }
    }

    /**
     * Review 6, finding 2: a pipeline on its previous version (its file's latest version is invalid, or valid but
     * cannot start) that used a replaced plugin was stopped for the swap and then tried on the latest version only,
     * which still could not run: it ended invalid or failed with nothing running. The version that ran must run again,
     * on the new plugin.
     */
    @Test
    void aPipelineOnItsPreviousVersionRunsItAgainOnTheReplacedPlugin() throws Exception {
        Path plugins = Files.createDirectories(dir.resolve("plugins"));
        Path pipelines = Files.createDirectories(dir.resolve("pipelines"));
        Path inbox = Files.createDirectories(dir.resolve("inbox"));
        Path out = dir.resolve("out.jsonl");
        String good = """
                name: tagged
                input: {type: directory, path: %s, settle: 50ms, poll: 50ms, format: plain}
                steps: [{type: tag}]
                outputs: [{type: jsonl, path: %s}]
                """.formatted(inbox, out);
        Files.writeString(pipelines.resolve("tagged.yaml"), good);
        Files.move(jar("1.0.0", " v1"), plugins.resolve("tag.jar"), StandardCopyOption.ATOMIC_MOVE);
        DaemonConfig config = new DaemonConfig(null, pipelines, plugins, dir.resolve("data"), "127.0.0.1", -1);
        try (Bootstrap core = Bootstrap.start(config, List.of())) {
            PipelineSupervisor supervisor = new PipelineSupervisor(pipelines, core.pipelineParser(), core::assembler,
                    new DeadLetterStore(config.data(), Clock.systemUTC()), new SimpleMeterRegistry(), Clock.systemUTC());
            PluginFolderWatcher watcher = new PluginFolderWatcher(core, supervisor);
            supervisor.reconcile();
            assertThat(supervisor.byName("tagged").orElseThrow().state()).isEqualTo(ManagedPipeline.State.RUNNING);

            // An invalid edit: the running version is kept.
            Files.writeString(pipelines.resolve("tagged.yaml"), good.replace("[{type: tag}]",
                    "[{type: tag}, {type: nope}]"));
            supervisor.reconcile();
            assertThat(supervisor.byName("tagged").orElseThrow().state())
                    .isEqualTo(ManagedPipeline.State.RUNNING_PREVIOUS);

            replaceJar(plugins, "2.0.0", " v2", 5000);
            watcher.check();
            ManagedPipeline afterSwap = supervisor.byName("tagged").orElseThrow();
            assertThat(afterSwap.state()).isEqualTo(ManagedPipeline.State.RUNNING_PREVIOUS);
            assertThat(afterSwap.runner()).isNotNull();
            assertThat(afterSwap.errors()).extracting(e -> e.message())
                    .anySatisfy(m -> assertThat(m).contains("unknown step type 'nope'"));
            Files.writeString(inbox.resolve("a.txt"), "first");
            await("v2 output", () -> lastLine(out).contains("\"headline\":\"first v2\""));

            // A valid edit that cannot start (its output under /proc): the version that ran is kept, and again
            // after the next swap.
            Files.writeString(pipelines.resolve("tagged.yaml"), good.replace(out.toString(), "/proc/nope/out.jsonl"));
            supervisor.reconcile();
            assertThat(supervisor.byName("tagged").orElseThrow().state())
                    .isEqualTo(ManagedPipeline.State.RUNNING_PREVIOUS);
            replaceJar(plugins, "3.0.0", " v3", 10000);
            watcher.check();
            ManagedPipeline afterSecondSwap = supervisor.byName("tagged").orElseThrow();
            assertThat(afterSecondSwap.state()).isEqualTo(ManagedPipeline.State.RUNNING_PREVIOUS);
            assertThat(afterSecondSwap.errors()).extracting(e -> e.message())
                    .anySatisfy(m -> assertThat(m).contains("/proc/nope/out.jsonl"));
            Files.writeString(inbox.resolve("b.txt"), "second");
            await("v3 output", () -> lastLine(out).contains("\"headline\":\"second v3\""));

            // Paused on that version, the plugin replaced, resumed: the version that ran, on the new plugin (review
            // 8: the resume ran the pipeline validated against the replaced plugin, whose classes were unloaded).
            assertThat(supervisor.pause("tagged")).isTrue();
            replaceJar(plugins, "4.0.0", " v4", 15000);
            watcher.check();
            assertThat(supervisor.resume("tagged")).isTrue();
            assertThat(supervisor.byName("tagged").orElseThrow().state())
                    .isEqualTo(ManagedPipeline.State.RUNNING_PREVIOUS);
            Files.writeString(inbox.resolve("c.txt"), "third");
            await("v4 output", () -> lastLine(out).contains("\"headline\":\"third v4\""));
            supervisor.stopAll();
        }
    }

    /**
     * Review 5, finding 1: the daemon runs the plugin watcher and the pipelines-folder reconcile on two threads. A
     * reconcile that ran between "stop the pipelines using the plugin" and "refresh the registry" rebuilt the pipeline
     * on the plugin being unloaded, and every story then went to dead letters. Here a reconcile is started on a second
     * thread from inside the swap (after the stop, before the unload) and the swap goes on only once that thread has
     * either finished (the race happened) or is blocked on the supervisor (the swap owns it): no timing involved.
     */
    @Test
    void aReconcileOnAnotherThreadDuringAPluginSwapWaitsAndThePipelineRunsTheNewPlugin() throws Exception {
        Path plugins = Files.createDirectories(dir.resolve("plugins"));
        Path pipelines = Files.createDirectories(dir.resolve("pipelines"));
        Path inbox = Files.createDirectories(dir.resolve("inbox"));
        Path out = dir.resolve("out.jsonl");
        Files.writeString(pipelines.resolve("tagged.yaml"), """
                name: tagged
                input: {type: directory, path: %s, settle: 50ms, poll: 50ms, format: plain}
                steps: [{type: tag}]
                outputs: [{type: jsonl, path: %s}]
                """.formatted(inbox, out));
        Files.move(jar("1.0.0", " v1"), plugins.resolve("tag.jar"), StandardCopyOption.ATOMIC_MOVE);
        DaemonConfig config = new DaemonConfig(null, pipelines, plugins, dir.resolve("data"), "127.0.0.1", -1);
        try (Bootstrap core = Bootstrap.start(config, List.of())) {
            PipelineSupervisor supervisor = new PipelineSupervisor(pipelines, core.pipelineParser(), core::assembler,
                    new DeadLetterStore(config.data(), Clock.systemUTC()), new SimpleMeterRegistry(), Clock.systemUTC());
            PluginFolderWatcher watcher = new PluginFolderWatcher(core, supervisor);
            supervisor.reconcile();
            assertThat(supervisor.byName("tagged").orElseThrow().state()).isEqualTo(ManagedPipeline.State.RUNNING);
            Files.writeString(inbox.resolve("a.txt"), "first");
            await("v1 output", () -> lastLine(out).contains("\"headline\":\"first v1\""));

            Thread[] reconciler = new Thread[1];
            java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
            watcher.afterStop = () -> {
                reconciler[0] = new Thread(supervisor::reconcile, "test-pipelines-watcher");
                reconciler[0].start();
                try {
                    await("the reconcile thread to finish or to wait for the supervisor", () -> {
                        Thread.State st = reconciler[0].getState();
                        if (st == Thread.State.TERMINATED) {
                            return true;
                        }
                        java.lang.management.ThreadInfo info = threads.getThreadInfo(reconciler[0].getId());
                        return st == Thread.State.BLOCKED && info != null && info.getLockInfo() != null
                                && info.getLockInfo().getIdentityHashCode() == System.identityHashCode(supervisor);
                    });
                } catch (InterruptedException e) {
                    throw new AssertionError(e);
                }
            };
            replaceJar(plugins, "2.0.0", " v2", 5000);
            watcher.check();
            reconciler[0].join(20_000);
            assertThat(reconciler[0].isAlive()).isFalse();

            ManagedPipeline m = supervisor.byName("tagged").orElseThrow();
            assertThat(m.state()).isEqualTo(ManagedPipeline.State.RUNNING);
            Path letters = config.data().resolve("dead-letter");
            Files.writeString(inbox.resolve("b.txt"), "second");
            await("the second story written or dead-lettered", () -> lastLine(out).contains("second")
                    || deadLetters(letters) > 0);
            assertThat(lastLine(out)).as("the restarted pipeline runs the new plugin, not the unloaded one")
                    .contains("\"headline\":\"second v2\"");
            supervisor.stopAll();
        }
    }

    /**
     * Review 6 (a suspicion): the admin API's plugin list read PF4J's plugin map while the plugin watcher changed it.
     * A list taken between the unload and the load showed a replaced plugin as gone. It is read here on another thread
     * from inside the swap, after the unload: it must wait and then show the new version. The plugin gauges, registered
     * once at start, must follow the change too.
     */
    @Test
    void thePluginListAndGaugesShowAReplacedPluginBeforeOrAfterTheSwapNeverHalfway() throws Exception {
        DaemonConfig config = withTagInstalled();
        Path plugins = config.plugins();
        Path pipelines = config.pipelines();
        try (Bootstrap core = Bootstrap.start(config, List.of())) {
            SimpleMeterRegistry metrics = new SimpleMeterRegistry();
            PipelineSupervisor supervisor = new PipelineSupervisor(pipelines, core.pipelineParser(), core::assembler,
                    new DeadLetterStore(config.data(), Clock.systemUTC()), metrics, Clock.systemUTC());
            PluginGauges.register(metrics, core);
            PluginFolderWatcher watcher = new PluginFolderWatcher(core, supervisor,
                    () -> PluginGauges.register(metrics, core));
            assertThat(metrics.find("copydesk.plugins").tag("plugin", "tag").tag("state", "STARTED").gauge())
                    .isNotNull();

            List<List<java.util.Map<String, Object>>> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
            Thread[] reader = new Thread[1];
            watcher.afterUnload = () -> {
                reader[0] = new Thread(() -> seen.add(PluginGauges.describe(core)), "test-admin-api");
                reader[0].start();
                try {
                    await("the reader to finish or to wait for the swap", () -> reader[0].getState()
                            == Thread.State.TERMINATED || reader[0].getState() == Thread.State.WAITING
                            || reader[0].getState() == Thread.State.TIMED_WAITING);
                } catch (InterruptedException e) {
                    throw new AssertionError(e);
                }
            };
            replaceJar(plugins, "2.0.0", " v2", 5000);
            watcher.check();
            reader[0].join(20_000);
            assertThat(seen).singleElement().satisfies(rows -> assertThat(rows)
                    .anySatisfy(r -> {
                        assertThat(r.get("id")).isEqualTo("tag");
                        assertThat(r.get("version")).isEqualTo("2.0.0");
                    }));

            watcher.afterUnload = () -> {
            };
            Files.delete(plugins.resolve("tag.jar"));
            watcher.check();
            assertThat(metrics.find("copydesk.plugins").tag("plugin", "tag").gauges()).as("removed plugin").isEmpty();
            Files.writeString(plugins.resolve("broken.jar"), "not a zip");
            watcher.check();
            assertThat(metrics.find("copydesk.plugins").tag("plugin", "broken.jar").tag("state", "FAILED").gauge())
                    .isNotNull();
            supervisor.stopAll();
        }
    }

    /**
     * Review 8: a plugin whose start hangs holds the plugin change, and every reader of the plugin list waited behind
     * it; the admin API answers that list on the threads that also answer the health checks. A reader gives up after
     * a while (503, try again), and the health check still answers.
     */
    @Test
    void aPluginChangeThatHangsMakesThePluginListBusyNotTheHealthCheck() throws Exception {
        DaemonConfig config = withTagInstalled();
        try (Bootstrap core = Bootstrap.start(config, List.of())) {
            java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
            java.util.concurrent.CountDownLatch changing = new java.util.concurrent.CountDownLatch(1);
            Thread change = new Thread(() -> core.changePlugins(() -> {
                changing.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }), "test-hanging-plugin-start");
            change.start();
            changing.await();
            PipelineSupervisor supervisor = new PipelineSupervisor(config.pipelines(), core.pipelineParser(),
                    core::assembler, new DeadLetterStore(config.data(), Clock.systemUTC()), new SimpleMeterRegistry(),
                    Clock.systemUTC());
            org.copydesk.runtime.metrics.CopydeskMetrics metrics = new org.copydesk.runtime.metrics.CopydeskMetrics();
            try (AdminServer admin = AdminServer.start("127.0.0.1", 0, null, supervisor, metrics,
                    new DeadLetterStore(config.data(), Clock.systemUTC()),
                    () -> core.readPlugins(() -> PluginGauges.describe(core), Duration.ofMillis(300)))) {
                java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
                // a timeout, so that a reader that waits for the change (the old behaviour) fails instead of hanging
                java.net.http.HttpResponse<String> plugins = http.send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://127.0.0.1:" + admin.port() + "/api/plugins"))
                        .timeout(Duration.ofSeconds(10)).build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());
                assertThat(plugins.statusCode()).isEqualTo(503);
                assertThat(plugins.body()).contains("plugins are being changed");
                assertThat(http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:"
                        + admin.port() + "/health/live")).build(), java.net.http.HttpResponse.BodyHandlers.ofString())
                        .statusCode()).isEqualTo(200);

                release.countDown();
                change.join(10_000);
                assertThat(http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:"
                        + admin.port() + "/api/plugins")).build(), java.net.http.HttpResponse.BodyHandlers.ofString())
                        .body()).contains("\"tag\"");
            } finally {
                release.countDown();
                metrics.close();
            }
        }
    }
}
