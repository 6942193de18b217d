package org.copydesk.runtime.daemon;

import ch.qos.logback.classic.LoggerContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;
import org.copydesk.api.Input;
import org.copydesk.runtime.Bootstrap;
import org.copydesk.runtime.CopydeskVersion;
import org.copydesk.runtime.config.ConfigError;
import org.copydesk.runtime.config.ConfigException;
import org.copydesk.runtime.config.DaemonConfig;
import org.copydesk.runtime.config.PipelineDefinition;
import org.copydesk.runtime.pipeline.DeadLetterStore;
import org.copydesk.runtime.pipeline.Pipeline;
import org.copydesk.runtime.pipeline.PipelineAssembler;
import org.copydesk.runtime.pipeline.PipelineRunner;
import org.copydesk.runtime.pipeline.ValidatedPipeline;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import sun.misc.Signal;

/**
 * The long-running process: starts every valid pipeline in the pipelines folder, each on its own threads, and on
 * SIGTERM (or SIGINT) stops taking input, drains what is in flight, flushes, and returns 0 within the stop budget.
 * A broken pipeline file is reported and skipped; the others run.
 */
public final class Daemon {
    /** Whole budget for a graceful stop; systemd's default TimeoutStopSec is 90 s, the contract here is 10 s. */
    static final Duration STOP_BUDGET = Duration.ofSeconds(9);

    private final DaemonConfig config;
    private final List<Path> extraPluginFolders;
    private final CountDownLatch stopRequested = new CountDownLatch(1);
    private final List<PipelineRunner> runners = new ArrayList<>();
    private Logger log;

    public Daemon(DaemonConfig config, List<Path> extraPluginFolders) {
        this.config = config;
        this.extraPluginFolders = List.copyOf(extraPluginFolders);
    }

    /** Runs until {@link #requestStop()} or a termination signal. @return the process exit code */
    public int runUntilStopped() throws InterruptedException {
        configureLogging();
        log = LoggerFactory.getLogger(Daemon.class);
        long started = System.nanoTime();
        installSignalHandlers();
        try (Bootstrap core = Bootstrap.start(config, extraPluginFolders)) {
            log.info("Copydesk {} starting: config {}, pipelines {}, data {}, plugins {}", CopydeskVersion.get(),
                    config.file() == null ? "(defaults)" : config.file(), config.pipelines().toAbsolutePath(),
                    config.data().toAbsolutePath(), core.pluginRoots());
            startPipelines(core);
            log.info("Copydesk ready in {} ms: {} pipeline(s) running", (System.nanoTime() - started) / 1_000_000,
                    runners.size());
            stopRequested.await();
            log.info("Stop requested: draining {} pipeline(s)", runners.size());
            boolean clean = stopAll();
            log.info("Copydesk stopped{}", clean ? "" : " (some work was unfinished and will be redone at restart)");
        } finally {
            if (LoggerFactory.getILoggerFactory() instanceof LoggerContext ctx) {
                ctx.stop();
            }
        }
        return 0;
    }

    /** Asks the daemon to stop, as SIGTERM does. */
    public void requestStop() {
        stopRequested.countDown();
    }

    private void installSignalHandlers() {
        for (String name : List.of("TERM", "INT")) {
            try {
                Signal.handle(new Signal(name), s -> requestStop());
            } catch (IllegalArgumentException e) {
                log.debug("signal {} cannot be handled here: {}", name, e.toString());
            }
        }
    }

    private void startPipelines(Bootstrap core) {
        Path folder = config.pipelines();
        List<Path> files = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            log.warn("Pipelines folder {} does not exist; no pipeline runs", folder.toAbsolutePath());
            return;
        }
        try (Stream<Path> s = Files.list(folder)) {
            s.filter(p -> p.getFileName().toString().endsWith(".yaml") && !p.getFileName().toString().startsWith("."))
                    .sorted().forEach(files::add);
        } catch (IOException e) {
            log.error("Cannot list pipelines folder {}: {}", folder, e.toString());
            return;
        }
        PipelineAssembler assembler = core.assembler();
        DeadLetterStore deadLetters = new DeadLetterStore(config.data(), core.clock());
        Map<String, Path> names = new HashMap<>();
        for (Path file : files) {
            try {
                PipelineDefinition def = core.pipelineParser().parse(file);
                Path other = names.putIfAbsent(def.name(), file);
                if (other != null) {
                    log.error("{}: pipeline name '{}' is already used by {}; this file is skipped", file, def.name(), other);
                    continue;
                }
                ValidatedPipeline vp = assembler.validate(def);
                Pipeline pipeline = assembler.create(vp);
                Input input;
                try {
                    input = assembler.createInput(vp);
                } catch (ConfigException e) {
                    pipeline.close();
                    throw e;
                }
                PipelineRunner runner = new PipelineRunner(pipeline, input, deadLetters);
                runner.start();
                runners.add(runner);
            } catch (ConfigException e) {
                log.error("Pipeline file {} is invalid and does not run:", file);
                for (ConfigError error : e.errors()) {
                    log.error("  {}", error);
                }
            } catch (Exception e) {
                log.error("Pipeline file {} failed to start and does not run: {}", file, e.toString(), e);
            }
        }
    }

    private boolean stopAll() {
        List<CompletableFuture<Boolean>> stops = new ArrayList<>();
        for (PipelineRunner r : runners) {
            stops.add(CompletableFuture.supplyAsync(() -> r.stop(STOP_BUDGET)));
        }
        boolean clean = true;
        for (CompletableFuture<Boolean> f : stops) {
            clean &= f.join();
        }
        return clean;
    }

    /**
     * Logback reads {@code copydesk.data} for its log folder, so it is set before the first logger exists. An
     * explicit {@code -Dlogback.configurationFile} wins; else the {@code logback.xml} beside the configuration file;
     * else the built-in daemon configuration.
     */
    private void configureLogging() {
        System.setProperty("copydesk.data", config.data().toAbsolutePath().toString());
        if (System.getProperty("logback.configurationFile") != null) {
            return;
        }
        Path beside = config.file() == null ? null : config.file().toAbsolutePath().resolveSibling("logback.xml");
        System.setProperty("logback.configurationFile", beside != null && Files.isRegularFile(beside)
                ? beside.toString() : "org/copydesk/runtime/logback-daemon.xml");
    }
}
