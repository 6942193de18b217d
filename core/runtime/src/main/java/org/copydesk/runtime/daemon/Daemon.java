package org.copydesk.runtime.daemon;

import ch.qos.logback.classic.LoggerContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.copydesk.runtime.Bootstrap;
import org.copydesk.runtime.CopydeskVersion;
import org.copydesk.runtime.config.DaemonConfig;
import org.copydesk.runtime.metrics.CopydeskMetrics;
import org.copydesk.runtime.pipeline.DeadLetterStore;
import org.copydesk.runtime.state.MvStateStore;
import org.copydesk.runtime.state.StateStoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import sun.misc.Signal;


/**
 * The long-running process: runs every valid pipeline in the pipelines folder, each on its own threads, keeps them
 * in step with the folder (watched; SIGHUP or the admin API re-read it on demand), serves the admin API, and on
 * SIGTERM (or SIGINT) stops taking input, drains what is in flight, flushes, and returns 0 within the stop budget.
 * A broken pipeline file is reported and skipped; the others run.
 */
public final class Daemon {
    private final DaemonConfig config;
    private final List<Path> extraPluginFolders;
    private final CountDownLatch stopRequested = new CountDownLatch(1);
    private volatile PipelineSupervisor supervisor;
    private MvStateStore state;
    private Logger log;
    /** Why the built-in logging cannot write its file, or null; see {@link #warnIfLoggingToConsoleOnly()}. */
    private String logFolderProblem;

    public Daemon(DaemonConfig config, List<Path> extraPluginFolders) {
        this.config = config;
        this.extraPluginFolders = List.copyOf(extraPluginFolders);
    }

    /** Runs until {@link #requestStop()} or a termination signal. @return the process exit code */
    public int runUntilStopped() throws InterruptedException {
        configureLogging();
        log = LoggerFactory.getLogger(Daemon.class);
        org.copydesk.runtime.log.LogMasking.install();
        warnIfLoggingToConsoleOnly();
        long started = System.nanoTime();
        installSignalHandlers();
        CopydeskMetrics metrics = new CopydeskMetrics();
        try {
            // The extra plugin folder exists from the start, so JARs dropped into it later are seen.
            Files.createDirectories(config.plugins());
        } catch (java.io.IOException e) {
            log.warn("Cannot create plugin folder {}: {}", config.plugins(), e.toString());
        }
        try (Bootstrap core = Bootstrap.start(config, extraPluginFolders)) {
            log.info("Copydesk {} starting: config {}, pipelines {}, data {}, plugins {}", CopydeskVersion.get(),
                    config.file() == null ? "(defaults)" : config.file(), config.pipelines().toAbsolutePath(),
                    config.data().toAbsolutePath(), core.pluginRoots());
            warnIfNoPipelinesFolder();
            DeadLetterStore deadLetters = new DeadLetterStore(config.data(), core.clock());
            try {
                state = MvStateStore.open(MvStateStore.file(config.data()));
            } catch (StateStoreException e) {
                log.error("Copydesk cannot start: {}", e.getMessage());
                return 2;
            }
            MvStateStore store = state;
            supervisor = new PipelineSupervisor(config.pipelines(), core.pipelineParser(), () -> core.assembler(store),
                    deadLetters, metrics.registry(), core.clock(), store.forDaemon());
            PluginGauges.register(metrics.registry(), core);
            core.sourceHealth().bindTo(metrics.registry());
            supervisor.onRunning(core.sourceHealth()::retainOnly);
            // The admin API is bound before any pipeline starts: a busy port used to be found only after every
            // pipeline had started, and they had to be drained again (review 5, finding 20). Until the first
            // reconcile below, /health/ready answers 503.
            AdminServer admin = null;
            if (config.adminPort() >= 0) {
                try {
                    admin = AdminServer.start(config.adminHost(), config.adminPort(), config.adminToken(), supervisor,
                            metrics, deadLetters, () -> PluginGauges.describe(core))
                            .withPush(core.injector().getInstance(org.copydesk.runtime.builtin.PushHub.class))
                            .withSourceHealth(core.sourceHealth());
                } catch (IllegalArgumentException | java.io.IOException e) {
                    log.error("Admin API cannot start on {}:{}: {}; no pipeline was started", config.adminHost(),
                            config.adminPort(), e.getMessage() == null ? e.toString() : e.getMessage());
                    state.close();
                    return 2;
                }
            }
            supervisor.reconcile();
            PluginFolderWatcher plugins = new PluginFolderWatcher(core, supervisor,
                    () -> PluginGauges.register(metrics.registry(), core));
            List<FolderWatcher> pluginWatchers = plugins.folders().stream().map(f -> new FolderWatcher("plugins", f,
                    Duration.ofSeconds(2), plugins::check).start()).toList();
            try (FolderWatcher watcher = new FolderWatcher("pipelines", config.pipelines(), Duration.ofSeconds(2),
                    supervisor::reconcile).start()) {
                long running = supervisor.pipelines().stream().filter(p -> p.runner() != null).count();
                if (hangupsAtStart() > 0) {
                    log.info("SIGHUP during start-up ({}): the pipelines folder was read as Copydesk started",
                            hangupsAtStart());
                }
                log.info("Copydesk ready in {} ms: {} pipeline(s) running{}", (System.nanoTime() - started) / 1_000_000,
                        running, admin == null ? "" : ", admin API on port " + admin.port());
                stopRequested.await();
                log.info("Stop requested: draining {} pipeline(s)",
                        supervisor.pipelines().stream().filter(p -> p.runner() != null).count());
            } finally {
                pluginWatchers.forEach(FolderWatcher::close);
                if (admin != null) {
                    admin.close();
                }
            }
            boolean clean = supervisor.stopAll();
            state.close();
            log.info("Copydesk stopped{}", clean ? "" : " (some work was unfinished and will be redone at restart)");
        } finally {
            metrics.close();
            if (LoggerFactory.getILoggerFactory() instanceof LoggerContext ctx) {
                ctx.stop();
            }
        }
        return 0;
    }

    /**
     * A pipelines folder that does not exist runs nothing, which looked like a quiet daemon (review: the
     * installation's configuration used from another folder resolves its relative paths against that folder). The
     * folder is still watched, so pipelines start once it is created.
     */
    private void warnIfNoPipelinesFolder() {
        if (!Files.isDirectory(config.pipelines())) {
            log.warn("The pipelines folder {} does not exist, so no pipeline runs until it is created. Relative paths "
                    + "in {} resolve against the folder Copydesk was started in ({}): start it from the folder its "
                    + "configuration expects, or give absolute paths", config.pipelines().toAbsolutePath(),
                    config.file() == null ? "the built-in defaults" : config.file(),
                    Path.of("").toAbsolutePath());
        }
    }

    /** Set by the start-up SIGHUP handler; see {@link #holdHangupsUntilReady()}. */
    private static final java.util.concurrent.atomic.AtomicInteger HANGUPS_AT_START =
            new java.util.concurrent.atomic.AtomicInteger();

    /**
     * Makes a SIGHUP that arrives before the daemon handles it a no-op (counted) instead of the JVM's default, which
     * ends the process. Nothing is lost: the daemon reads the pipelines folder as it starts, after this. Called by
     * {@code Main} before anything else when the command is {@code run}.
     */
    public static void holdHangupsUntilReady() {
        try {
            Signal.handle(new Signal("HUP"), s -> HANGUPS_AT_START.incrementAndGet());
        } catch (IllegalArgumentException e) {
            // no SIGHUP on this platform: nothing to hold
        }
    }

    /** How many SIGHUPs {@link #holdHangupsUntilReady()}'s handler took (for the log, and tests). */
    static int hangupsAtStart() {
        return HANGUPS_AT_START.get();
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
        try {
            Signal.handle(new Signal("HUP"), s -> {
                PipelineSupervisor sup = supervisor;
                if (sup != null) {
                    log.info("SIGHUP: re-reading the pipelines folder");
                    new Thread(sup::reconcile, "copydesk-reload").start();
                }
            });
        } catch (IllegalArgumentException e) {
            log.debug("SIGHUP cannot be handled here: {}", e.toString());
        }
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
        if (beside != null && Files.isRegularFile(beside)) {
            // the shipped config/logback.xml writes under the data folder too: checked the same way, or an
            // installation whose log file belongs to another user got logback's status report on standard output
            // (review 8); a logback.xml that writes elsewhere is used as it is
            if (writesUnderDataFolder(beside)) {
                logFolderProblem = LogFolder.problem(config.data().resolve("logs"));
            }
            System.setProperty("logback.configurationFile", logFolderProblem == null ? beside.toString()
                    : "org/copydesk/runtime/logback-daemon-console.xml");
            return;
        }
        logFolderProblem = LogFolder.problem(config.data().resolve("logs"));
        System.setProperty("logback.configurationFile", logFolderProblem == null
                ? "org/copydesk/runtime/logback-daemon.xml" : "org/copydesk/runtime/logback-daemon-console.xml");
    }

    private static boolean writesUnderDataFolder(Path logbackXml) {
        try {
            return Files.readString(logbackXml).contains("${copydesk.data");
        } catch (java.io.IOException e) {
            return false;
        }
    }

    /**
     * Says, once the logger exists, that the built-in configuration could not write its log file. Logback's own
     * report of that is some eighty status lines on standard output (every attempt of the rolling appender), which
     * buried the one line that said what to fix, usually the data folder's owner.
     */
    private void warnIfLoggingToConsoleOnly() {
        if (logFolderProblem != null) {
            log.warn("Logging to standard error only: the log folder {} cannot be written ({}). The user running "
                    + "Copydesk ({}) must be able to create and write it", config.data().resolve("logs")
                    .toAbsolutePath(), logFolderProblem, System.getProperty("user.name"));
        }
    }
}
