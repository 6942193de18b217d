package org.copydesk.runtime.daemon;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.copydesk.api.Input;
import org.copydesk.runtime.config.ConfigError;
import org.copydesk.runtime.config.ConfigException;
import org.copydesk.runtime.config.Mark;
import org.copydesk.runtime.config.PipelineDefinition;
import org.copydesk.runtime.config.PipelineParser;
import org.copydesk.runtime.metrics.PipelineMetrics;
import org.copydesk.runtime.pipeline.DeadLetterStore;
import org.copydesk.runtime.pipeline.Pipeline;
import org.copydesk.runtime.pipeline.PipelineAssembler;
import org.copydesk.runtime.pipeline.PipelineRunner;
import org.copydesk.runtime.pipeline.ValidatedPipeline;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the running pipelines in step with the pipelines folder. {@link #reconcile()} starts new files, replaces a
 * changed file's pipeline only once the new version is valid (draining the old one first), leaves a running version
 * untouched when its file becomes invalid (the errors are logged and shown by the admin API), stops deleted files'
 * pipelines after draining them, and leaves unchanged files alone.
 */
public final class PipelineSupervisor {
    private static final Logger LOG = LoggerFactory.getLogger(PipelineSupervisor.class);
    static final Duration DRAIN = Duration.ofSeconds(9);

    private final Path folder;
    private final PipelineParser parser;
    private final java.util.function.Supplier<PipelineAssembler> assembler;
    private final DeadLetterStore deadLetters;
    private final MeterRegistry registry;
    private final Clock clock;
    /**
     * What the admin API reads: a copy of {@link #pipelines} made after every change, so that health, readiness and
     * the pipeline list answer without waiting for this supervisor's lock, which a drain holds for up to
     * {@link #DRAIN} per pipeline (review 5, finding 8).
     */
    private volatile List<ManagedPipeline> published = List.of();
    private final Map<Path, ManagedPipeline> pipelines = new LinkedHashMap<>() {
        @Override
        public ManagedPipeline put(Path key, ManagedPipeline value) {
            ManagedPipeline before = super.put(key, value);
            publish(List.copyOf(values()));
            return before;
        }

        @Override
        public ManagedPipeline remove(Object key) {
            ManagedPipeline before = super.remove(key);
            publish(List.copyOf(values()));
            return before;
        }

        @Override
        public void clear() {
            super.clear();
            publish(List.of());
        }
    };
    /**
     * {@code copydesk_pipeline_state{pipeline,state}} = 1 for each pipeline file's current state, so that a pipeline
     * that is invalid (a plugin it needs was removed) or failed can be alerted on: {@code /health/ready} does not
     * count invalid files (review 7, F5).
     */
    private final PipelineStateGauges stateGauge;

    private void publish(List<ManagedPipeline> now) {
        published = now;
        Set<String> running = new java.util.HashSet<>();
        for (ManagedPipeline m : now) {
            if (m.runner() != null && m.name() != null) {
                running.add(m.name());
            }
        }
        runningListener.accept(running);
        stateGauge.update(now);
    }
    private final Counter reloads;
    /** *.yml files in the pipelines folder already warned about (they are not read). */
    private final Set<Path> warnedYml = new java.util.HashSet<>();
    /** Told the names of the running pipelines after every change (the daemon drops other pipelines' sources). */
    private volatile java.util.function.Consumer<Set<String>> runningListener = names -> {
    };

    /**
     * Runs {@code listener} with the names of the running pipelines after every change: a pipeline paused, stopped
     * for a removed plugin, renamed or deleted is no longer among them.
     */
    public void onRunning(java.util.function.Consumer<Set<String>> listener) {
        this.runningListener = listener;
    }

    /** Whether the missing pipelines folder was named in the log already (once per absence). */
    private boolean warnedMissingFolder;

    /** The files an operator paused: they are validated but not started, across edits and restarts. */
    private final PauseMarks paused;

    public PipelineSupervisor(Path folder, PipelineParser parser, PipelineAssembler assembler,
                              DeadLetterStore deadLetters, MeterRegistry registry, Clock clock) {
        this(folder, parser, () -> assembler, deadLetters, registry, clock);
    }

    /**
     * @param assembler gives the assembler over the current stage registry (it changes when plugins are loaded or
     *                  unloaded at run time)
     */
    public PipelineSupervisor(Path folder, PipelineParser parser, java.util.function.Supplier<PipelineAssembler> assembler,
                              DeadLetterStore deadLetters, MeterRegistry registry, Clock clock) {
        this(folder, parser, assembler, deadLetters, registry, clock, null);
    }

    /**
     * @param daemonState where pauses are kept across restarts (the daemon's state store); null keeps them in memory
     */
    public PipelineSupervisor(Path folder, PipelineParser parser, java.util.function.Supplier<PipelineAssembler> assembler,
                              DeadLetterStore deadLetters, MeterRegistry registry, Clock clock,
                              org.copydesk.api.StateStore daemonState) {
        this.folder = folder;
        this.paused = new PauseMarks(daemonState);
        this.parser = parser;
        this.assembler = assembler;
        this.deadLetters = deadLetters;
        this.registry = registry;
        this.clock = clock;
        this.stateGauge = new PipelineStateGauges(registry);
        this.reloads = Counter.builder("copydesk.pipeline.reloads").description("Pipeline starts, replacements and"
                + " stops after a change of the pipelines folder").register(registry);
    }

    /** A snapshot of every pipeline file, sorted by file; does not wait for a reload or drain in progress. */
    public List<ManagedPipeline> pipelines() {
        return published;
    }

    /** Does not wait for a reload or drain in progress (under this supervisor's lock, it is the current entry). */
    public Optional<ManagedPipeline> byName(String name) {
        return published.stream().filter(p -> name.equals(p.name())).findFirst();
    }

    /** Set once the folder was first read: not ready before (the daemon binds the admin API first). */
    private volatile boolean reconciled;

    /**
     * Ready when every valid pipeline file runs (its latest version, or a previous one while the latest is invalid).
     * Answers from the latest snapshot, without waiting for a reload or drain in progress; not before the folder
     * was first read.
     */
    public boolean ready() {
        return reconciled && published.stream().noneMatch(p -> p.state() == ManagedPipeline.State.FAILED);
    }

    /**
     * Set by {@link #stopAll}: a reload, resume or SIGHUP that was waiting for this supervisor's lock while the daemon
     * drained its pipelines must not start them again on the way out (the state store closes next).
     */
    private boolean stopped;

    /** Brings the running pipelines in line with the folder. */
    public synchronized void reconcile() {
        if (stopped) {
            LOG.info("Not re-reading the pipelines folder: Copydesk is stopping");
            return;
        }
        try {
            reconcileFolder();
        } finally {
            reconciled = true;
        }
    }

    private void reconcileFolder() {
        Set<Path> files = new TreeSet<>();
        Set<Path> yml = new TreeSet<>();
        if (!Files.isDirectory(folder)) {
            // missing for a moment (a deploy that swaps it with mv) or by mistake: nothing changes, rather than every
            // pipeline stopped and every pause ended (review 9); to stop pipelines, delete their files
            if (!pipelines.isEmpty() && !warnedMissingFolder) {
                LOG.warn("The pipelines folder {} is missing; the {} pipeline(s) read from it are left as they are",
                        folder, pipelines.size());
            }
            warnedMissingFolder = true;
            return;
        }
        warnedMissingFolder = false;
        try (Stream<Path> s = Files.list(folder)) {
            s.filter(p -> !p.getFileName().toString().startsWith(".")).filter(Files::isRegularFile).forEach(p -> {
                String name = p.getFileName().toString();
                if (name.endsWith(".yaml")) {
                    files.add(p);
                } else if (name.endsWith(".yml")) {
                    yml.add(p);
                }
            });
        } catch (IOException e) {
            LOG.error("Cannot list pipelines folder {}: {}; nothing changed", folder, e.toString());
            return;
        }
        // A feeds.yml never ran, without a word (review 5, finding 19): named once while it is there.
        warnedYml.retainAll(yml);
        for (Path p : yml) {
            if (warnedYml.add(p)) {
                String name = p.getFileName().toString();
                LOG.warn("Pipeline file {} is ignored: pipeline files end in .yaml; rename it to {}.yaml", p,
                        name.substring(0, name.length() - 4));
            }
        }
        paused.retainOnly(files); // a deleted file's pause ends with it
        for (Path gone : new ArrayList<>(pipelines.keySet())) {
            if (!files.contains(gone)) {
                // what ran before is of no use to a file of the same name added later (review 8)
                swappedPrevious.remove(gone);
                pausedPrevious.remove(gone);
                ManagedPipeline old = pipelines.remove(gone);
                if (old.runner() != null) {
                    LOG.info("Pipeline file {} was removed: stopping pipeline '{}'", gone, old.name());
                    old.runner().stop(DRAIN);
                    reloads.increment();
                } else {
                    LOG.info("Pipeline file {} was removed; pipeline '{}' was not running", gone, old.name());
                }
            }
        }
        for (Path file : files) {
            apply(file, false);
        }
    }

    /** Re-reads one pipeline by name, even if its file did not change (admin API). */
    public synchronized boolean reload(String name) {
        if (stopped) {
            return false;
        }
        Optional<ManagedPipeline> p = byName(name);
        p.ifPresent(m -> apply(m.file(), true));
        return p.isPresent();
    }

    /**
     * The version that ran when a pipeline on its previous version was stopped for a plugin swap: if the file's latest
     * version still cannot run after the swap, this one is validated against the new plugins and started again,
     * rather than leaving nothing running.
     */
    private final Map<Path, PipelineDefinition> swappedPrevious = new HashMap<>();

    /** The version that ran when a pipeline on its previous version was paused; see {@link #resume}. */
    private final Map<Path, PipelineDefinition> pausedPrevious = new HashMap<>();

    public synchronized boolean pause(String name) {
        Optional<ManagedPipeline> p = byName(name);
        if (p.isEmpty() || p.get().runner() == null) {
            return false;
        }
        ManagedPipeline m = p.get();
        m.runner().stop(DRAIN);
        paused.add(m.file());
        if (m.state() == ManagedPipeline.State.RUNNING_PREVIOUS) {
            // the definition, not the validated pipeline: that one holds the stages' factories, whose plugin may be
            // replaced while the pipeline is paused (review 8)
            pausedPrevious.put(m.file(), m.runner().validated().definition());
        }
        pipelines.put(m.file(), new ManagedPipeline(m.file(), m.name(), ManagedPipeline.State.PAUSED, m.errors(), null,
                m.digest(), clock.instant()));
        LOG.info("Pipeline '{}' paused", name);
        return true;
    }

    public synchronized boolean resume(String name) {
        if (stopped) {
            return false;
        }
        Optional<ManagedPipeline> p = byName(name);
        if (p.isEmpty() || p.get().state() != ManagedPipeline.State.PAUSED) {
            return false;
        }
        ManagedPipeline m = p.get();
        paused.remove(m.file());
        PipelineDefinition previous = pausedPrevious.remove(m.file());
        if (previous != null) {
            // paused while its latest version could not start: the version that ran is resumed, not the one that
            // failed, which would leave nothing running (review 6), validated against the plugins loaded now; a
            // reload of the pipeline tries the latest again
            PipelineRunner again = startAgain(previous);
            if (again != null) {
                pipelines.put(m.file(), new ManagedPipeline(m.file(), m.name(), ManagedPipeline.State.RUNNING_PREVIOUS,
                        m.errors(), again, m.digest(), clock.instant()));
                LOG.info("Pipeline '{}' resumed on its previous version", name);
                return true;
            }
            LOG.warn("Pipeline '{}': its previous version cannot start again; trying the file's latest", name);
        }
        apply(m.file(), true);
        return true;
    }

    /**
     * Drains and stops the pipelines that run a stage of any of these plugins, before the plugins are unloaded.
     *
     * @return the files of the stopped pipelines, to start again once the plugins are back
     */
    public synchronized List<Path> stopUsing(Set<String> pluginIds) {
        List<Path> stopped = new ArrayList<>();
        for (ManagedPipeline m : new ArrayList<>(pipelines.values())) {
            if (m.runner() != null && m.runner().pluginsUsed().stream().anyMatch(pluginIds::contains)) {
                LOG.info("Stopping pipeline '{}': it uses plugin(s) {} that are being replaced or removed", m.name(),
                        m.runner().pluginsUsed().stream().filter(pluginIds::contains).sorted().toList());
                m.runner().stop(DRAIN);
                if (m.state() == ManagedPipeline.State.RUNNING_PREVIOUS) {
                    swappedPrevious.put(m.file(), m.runner().validated().definition());
                }
                // Forget the digest so the next reconcile rebuilds it from the file with the new plugins.
                pipelines.put(m.file(), new ManagedPipeline(m.file(), m.name(), ManagedPipeline.State.INVALID,
                        List.of(new ConfigError(new Mark(m.file().toString(), 1, 1), "waiting for plugin(s) "
                                + m.runner().pluginsUsed())), null, "", clock.instant()));
                stopped.add(m.file());
            }
        }
        return stopped;
    }

    /**
     * Replaces plugins as one step under this supervisor's lock: stops the pipelines that use any of these plugins,
     * runs the swap (unload, load, refresh the registry), then starts every pipeline that does not run. No reconcile,
     * reload or resume can run in between, so none can rebuild a pipeline on a plugin that is being unloaded.
     *
     * @return what the swap did to the pipelines
     */
    public synchronized SwapResult swapPlugins(Set<String> pluginIds, Runnable swap) {
        if (stopped) {
            return new SwapResult(0, 0, 0); // Copydesk is stopping: its plugins are unloaded by the shutdown
        }
        Set<Path> runningBefore = runningFiles();
        List<Path> stopped = stopUsing(pluginIds);
        try {
            swap.run();
        } finally {
            retryNotRunning();
        }
        Set<Path> runningAfter = runningFiles();
        int restarted = (int) stopped.stream().filter(runningAfter::contains).count();
        int started = (int) runningAfter.stream().filter(f -> !runningBefore.contains(f)).count();
        return new SwapResult(restarted, started, stopped.size() - restarted);
    }

    /**
     * What a plugin swap did: pipelines that used a replaced plugin and run again, pipelines that did not run before
     * and run now (waiting for a type the new plugins give), and pipelines stopped that do not run again.
     */
    public record SwapResult(int restarted, int started, int stopped) {
    }

    private Set<Path> runningFiles() {
        Set<Path> running = new java.util.HashSet<>();
        pipelines.forEach((file, m) -> {
            if (m.runner() != null) {
                running.add(file);
            }
        });
        return running;
    }

    /**
     * Re-reads every pipeline that does not run (invalid, failed, waiting for a plugin): after plugins were loaded,
     * pipelines waiting for their types start.
     */
    public synchronized void retryNotRunning() {
        if (stopped) {
            return;
        }
        for (ManagedPipeline m : new ArrayList<>(pipelines.values())) {
            if (m.runner() == null && m.state() != ManagedPipeline.State.PAUSED) {
                apply(m.file(), true);
            }
        }
        reconcile();
    }

    /** Stops everything, draining in parallel; returns true when all finished in time. */
    public synchronized boolean stopAll() {
        stopped = true;
        List<Thread> stoppers = new ArrayList<>();
        boolean[] clean = {true};
        for (ManagedPipeline m : pipelines.values()) {
            if (m.runner() != null) {
                Thread t = new Thread(() -> {
                    if (!m.runner().stop(DRAIN)) {
                        synchronized (clean) {
                            clean[0] = false;
                        }
                    }
                }, "copydesk-stop-" + m.name());
                t.start();
                stoppers.add(t);
            }
        }
        for (Thread t : stoppers) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        pipelines.clear();
        synchronized (clean) {
            return clean[0];
        }
    }

    private void apply(Path file, boolean force) {
        ManagedPipeline current = pipelines.get(file);
        byte[] content;
        try {
            content = Files.readAllBytes(file);
        } catch (IOException e) {
            LOG.warn("Cannot read pipeline file {}: {}", file, e.toString());
            return;
        }
        String digest = digest(content);
        if (!force && current != null && digest.equals(current.digest())) {
            return; // unchanged (a failed or invalid version is retried only when the file changes or on reload)
        }
        pausedPrevious.remove(file); // the file is read again: what a resume would have restarted is out of date
        PipelineDefinition stashed = swappedPrevious.remove(file);
        PipelineDefinition def;
        ValidatedPipeline vp;
        try {
            def = parser.parse(file);
        } catch (ConfigException e) {
            invalid(file, current, current == null ? null : current.name(), digest, e.errors(), stashed);
            return;
        }
        try {
            checkUniqueName(file, def);
            vp = assembler.get().validate(def);
        } catch (ConfigException e) {
            invalid(file, current, def.name(), digest, e.errors(), stashed);
            return;
        } catch (RuntimeException e) {
            // a bug in a stage's check or in validation must cost this file only, not the daemon's start or the
            // rest of a reload
            LOG.error("Pipeline file {} could not be validated: {}", file, e.toString(), e);
            invalid(file, current, def.name(), digest, List.of(new ConfigError(
                    new Mark(file.toString(), 1, 1), "validation failed: " + e)), stashed);
            return;
        }
        PipelineRunner previous = current == null ? null : current.runner();
        if (paused.has(file)) {
            // paused by an operator, before a restart or an edit of the file: checked, not started
            if (previous != null) {
                previous.stop(DRAIN);
            }
            pipelines.put(file, new ManagedPipeline(file, def.name(), ManagedPipeline.State.PAUSED, List.of(), null,
                    digest, clock.instant()));
            LOG.info("Pipeline '{}' ({}) is paused: its file is valid; it starts on POST /api/pipelines/{}/resume",
                    def.name(), file, def.name());
            return;
        }
        if (previous != null) {
            LOG.info("Pipeline file {} changed and is valid: draining pipeline '{}' to replace it", file, current.name());
            previous.stop(DRAIN);
        }
        List<ConfigError> startErrors;
        try {
            pipelines.put(file, new ManagedPipeline(file, def.name(), ManagedPipeline.State.RUNNING, List.of(),
                    startRunner(vp), digest, clock.instant()));
            if (current != null) {
                reloads.increment();
            }
            return;
        } catch (ConfigException e) {
            startErrors = e.errors();
        } catch (Exception e) {
            startErrors = List.of(new ConfigError(new Mark(file.toString(), 1, 1), "pipeline failed to start: " + e));
        }
        if (previous != null) {
            // A version that validates can still fail to open its outputs or input (a path under /proc, a read-only
            // mount): the previous version runs again, as for an invalid file, rather than nothing (review 5, #7).
            try {
                PipelineRunner again = startRunner(previous.validated());
                LOG.error("Pipeline '{}' ({}) failed to start; the previous version of '{}' runs again:", def.name(),
                        file, current.name());
                startErrors.forEach(e -> LOG.error("  {}", e));
                pipelines.put(file, new ManagedPipeline(file, current.name(), ManagedPipeline.State.RUNNING_PREVIOUS,
                        startErrors, again, digest, clock.instant()));
                return;
            } catch (Exception e) {
                List<ConfigError> both = new ArrayList<>(startErrors);
                both.add(new ConfigError(new Mark(file.toString(), 1, 1), "the previous version failed to start "
                        + "again too: " + (e instanceof ConfigException ce ? ce.errors() : e.toString())));
                startErrors = both;
            }
        } else if (stashed != null) {
            PipelineRunner again = startAgain(stashed);
            if (again != null) {
                LOG.error("Pipeline '{}' ({}) failed to start; the version of '{}' that ran before the plugin swap runs"
                        + " again:", def.name(), file, stashed.name());
                startErrors.forEach(e -> LOG.error("  {}", e));
                pipelines.put(file, new ManagedPipeline(file, stashed.name(), ManagedPipeline.State.RUNNING_PREVIOUS,
                        startErrors, again, digest, clock.instant()));
                return;
            }
        }
        failed(file, def.name(), digest, startErrors);
    }

    private PipelineRunner startRunner(ValidatedPipeline vp) throws Exception {
        Pipeline pipeline = assembler.get().create(vp);
        Input input;
        try {
            input = assembler.get().createInput(vp);
        } catch (ConfigException | RuntimeException e) {
            pipeline.close();
            throw e;
        }
        PipelineRunner runner = new PipelineRunner(pipeline, input, deadLetters,
                new PipelineMetrics(registry, vp.definition().name()));
        runner.start();
        return runner;
    }

    private void checkUniqueName(Path file, PipelineDefinition def) throws ConfigException {
        for (ManagedPipeline other : pipelines.values()) {
            if (!other.file().equals(file) && def.name().equals(other.name())) {
                throw new ConfigException(new ConfigError(new Mark(file.toString(), 1, 1), "pipeline name '"
                        + def.name() + "' is already used by " + other.file()));
            }
        }
    }

    private void invalid(Path file, ManagedPipeline current, String name, String digest, List<ConfigError> errors,
                         PipelineDefinition stashed) {
        if (paused.has(file) && (current == null || current.runner() == null)) {
            // paused, and its file broken since: still paused (resume and pause go on answering for it), with the
            // errors to show; a resume tries the file as it is then (review 8)
            LOG.error("Pipeline file {} is invalid; the pipeline stays paused:", file);
            errors.forEach(e -> LOG.error("  {}", e));
            pipelines.put(file, new ManagedPipeline(file, name != null ? name : current == null ? null : current.name(),
                    ManagedPipeline.State.PAUSED, errors, null, digest, clock.instant()));
            return;
        }
        PipelineRunner running = current == null ? null : current.runner();
        String runningName = running == null ? null : current.name();
        String how = "; the running version of '" + runningName + "' is left untouched";
        if (running == null && stashed != null) {
            running = startAgain(stashed);
            runningName = stashed.name();
            how = "; the version of '" + runningName + "' that ran before the plugin swap runs again";
        }
        boolean keepsRunning = running != null;
        LOG.error("Pipeline file {} is invalid{}:", file, keepsRunning ? how : " and does not run");
        errors.forEach(e -> LOG.error("  {}", e));
        pipelines.put(file, new ManagedPipeline(file, keepsRunning ? runningName : name,
                keepsRunning ? ManagedPipeline.State.RUNNING_PREVIOUS : ManagedPipeline.State.INVALID, errors,
                running, digest, clock.instant()));
    }

    /**
     * Starts a version that ran before a plugin swap again, validated against the plugins loaded now (its stages'
     * classes came from the unloaded plugin); null, logged, when it no longer validates or starts.
     */
    private PipelineRunner startAgain(PipelineDefinition previous) {
        try {
            return startRunner(assembler.get().validate(previous));
        } catch (ConfigException e) {
            LOG.warn("Pipeline '{}': the version that ran before the plugin swap is not valid with the new plugins: {}",
                    previous.name(), e.errors());
        } catch (Exception | LinkageError e) {
            LOG.warn("Pipeline '{}': the version that ran before cannot start again: {}", previous.name(),
                    e.toString());
        }
        return null;
    }

    private void failed(Path file, String name, String digest, List<ConfigError> errors) {
        LOG.error("Pipeline '{}' ({}) failed to start:", name, file);
        errors.forEach(e -> LOG.error("  {}", e));
        pipelines.put(file, new ManagedPipeline(file, name, ManagedPipeline.State.FAILED, errors, null, digest,
                clock.instant()));
    }

    private static String digest(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
