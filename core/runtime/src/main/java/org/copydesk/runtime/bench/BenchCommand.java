package org.copydesk.runtime.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.ToDoubleFunction;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code copydesk bench}: the end-to-end benchmark of the real command line and daemon over generated wire stories.
 * Every figure is measured from outside, on child processes started from this installation's {@code bin/copydesk}.
 */
@Command(name = "bench", description = {
    "End-to-end benchmark: generates wire stories (deterministic from --seed), runs them through the real"
        + " 'copydesk process' and the real daemon (directory -> wire -> dateline -> quotes -> jsonl) as child"
        + " processes, and prints each run and the medians. Lines starting with 'BENCH ' are the figures.",
    "MB = 10^6 bytes of input; memory in MiB. Exit 0 when every run processed every story, 1 otherwise."})
public final class BenchCommand implements Callable<Integer> {
    enum Mode { process, daemon, both }

    @Option(names = "--stories", paramLabel = "N", description = "Stories per run (default 10000; 100000 with --soak).")
    Integer stories;

    @Option(names = "--runs", paramLabel = "R", defaultValue = "3", description = "Repetitions (default 3).")
    int runs;

    @Option(names = "--workers", paramLabel = "W[,W...]", split = ",", defaultValue = "2",
            description = "Daemon worker threads; several values are measured one after the other within each run"
                    + " (e.g. 1,2), so variants are compared under the same load. Default 2.")
    List<Integer> workers;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "42", description = "Generator seed (default 42).")
    long seed;

    @Option(names = "--mode", paramLabel = "MODE", defaultValue = "both",
            description = "process, daemon or both (default both).")
    Mode mode;

    @Option(names = "--soak", description = "One daemon run (100000 stories unless --stories) printing heap and RSS"
            + " every second.")
    boolean soak;

    @Option(names = "--work", paramLabel = "DIR", description = "Working folder (default: a new temporary folder,"
            + " deleted afterwards unless --keep).")
    Path work;

    @Option(names = "--keep", description = "Keep the working folder (stories, outputs, logs).")
    boolean keep;

    @Option(names = "--settle", paramLabel = "DURATION", defaultValue = "0ms",
            description = "The daemon's directory input 'settle' (default 0ms: stories arrive by atomic rename).")
    String settle;

    @Option(names = "--poll", paramLabel = "DURATION", defaultValue = "1s",
            description = "The daemon's directory input 'poll' (default 1s, as shipped).")
    String poll;

    @Option(names = "--rate", paramLabel = "STORIES_PER_S", defaultValue = "0",
            description = "Offered load into the daemon's inbox (default 0: as fast as renames go).")
    double rate;

    @Option(names = "--stall", paramLabel = "SECONDS", defaultValue = "120",
            description = "Give up a run when no output line came for this long (default 120).")
    long stall;

    @Option(names = "--copydesk", paramLabel = "FILE",
            description = "The launcher to measure (default: this installation's bin/copydesk).")
    Path launcherPath;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private PrintWriter out;

    @Override
    public Integer call() throws Exception {
        out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Launcher launcher = Launcher.find(launcherPath);
        if (launcher == null) {
            err.println("copydesk bench: no launcher found; run it as bin/copydesk bench, or give --copydesk FILE");
            return 2;
        }
        int n = stories != null ? stories : soak ? 100_000 : 10_000;
        if (n < 1 || runs < 1 || workers.isEmpty() || workers.stream().anyMatch(w -> w < 1)) {
            err.println("copydesk bench: --stories, --runs and --workers must be at least 1");
            return 2;
        }
        boolean temporary = work == null;
        Path root = temporary ? Files.createTempDirectory("copydesk-bench-") : work.toAbsolutePath();
        Files.createDirectories(root);
        try {
            return bench(launcher, root, n);
        } finally {
            if (temporary && !keep) {
                deleteTree(root);
            } else {
                out.println("working folder kept: " + root);
            }
        }
    }

    private int bench(Launcher launcher, Path root, int n) throws IOException, InterruptedException {
        String loadStart = Probes.loadAverage();
        out.printf("copydesk bench: launcher %s, %d stories, seed %d, %d run(s), cores %d, load average %s%n",
                launcher.script(), n, seed, soak ? 1 : runs, Runtime.getRuntime().availableProcessors(), loadStart);
        Path storiesDir = root.resolve("stories");
        long t0 = System.nanoTime();
        long bytes = generate(storiesDir, n);
        out.printf("generated %d stories, %.1f MB (%.0f bytes each on average) in %.1f s into %s%n", n, bytes / 1e6,
                (double) bytes / n, (System.nanoTime() - t0) / 1e9, storiesDir);
        out.flush();

        if (soak) {
            int w = workers.get(0);
            out.printf("soak: %d stories through the daemon (workers %d, settle %s, poll %s, rate %s), heap and RSS"
                    + " every second%n", n, w, settle, poll, rate > 0 ? Stats.fmt(rate) + "/s" : "unlimited");
            deleteTree(root.resolve("soak"));
            DaemonRun.Result r = DaemonRun.run(launcher, root.resolve("soak"), storiesDir, n, bytes,
                    new DaemonRun.Options(w, settle, poll, rate, stall, true), out);
            printDaemonTable(List.of(r), List.of(1));
            printCpu(r.cpuSeconds(), "until the last line");
            printBenchCpu(r);
            double heapFirst = Double.NaN;
            double heapLast = Double.NaN;
            double rssFirst = Double.NaN;
            double rssLast = Double.NaN;
            if (!r.samples().isEmpty()) {
                heapFirst = Stats.mib(r.samples().get(0).heapBytes());
                rssFirst = Stats.mib(r.samples().get(0).rssBytes());
                DaemonRun.Sample last = r.samples().get(r.samples().size() - 1);
                heapLast = Stats.mib(last.heapBytes());
                rssLast = Stats.mib(last.rssBytes());
            }
            // A leak shows as heap left after collections growing from the first third of the run to the last.
            List<Long> after = r.heapAfterGc();
            int third = after.size() / 3;
            double afterFirst = third == 0 ? Double.NaN
                    : Stats.median(after.subList(0, third).stream().map(b -> Stats.mib(b)).toList());
            double afterLast = third == 0 ? Double.NaN
                    : Stats.median(after.subList(after.size() - third, after.size()).stream().map(b -> Stats.mib(b))
                            .toList());
            out.printf(Locale.ROOT, "SOAK heap after collection (GC log, %d collections): median of the first third %s"
                    + " MiB, of the last third %s MiB%n", after.size(), Stats.fmt(afterFirst), Stats.fmt(afterLast));
            out.printf(Locale.ROOT, "BENCH soak stories=%d workers=%d lines=%d dead_letters=%d seconds=%s"
                            + " stories_per_s=%s sustained_stories_per_s=%s heap_first_mib=%s heap_last_mib=%s heap_peak_sampled_mib=%s"
                            + " heap_peak_gc_mib=%s heap_after_gc_first_third_mib=%s heap_after_gc_last_third_mib=%s"
                            + " rss_first_mib=%s rss_last_mib=%s rss_peak_mib=%s samples=%d ok=%s%n",
                    n, w, r.lines(), r.deadLetters(), Stats.fmt(r.seconds()), Stats.fmt(r.storiesPerSecond()),
                    Stats.fmt(r.sustainedPerSecond()), Stats.fmt(heapFirst), Stats.fmt(heapLast), Stats.fmt(Stats.mib(r.peakHeapSampled())),
                    Stats.fmt(Stats.mib(r.peakHeapGc())), Stats.fmt(afterFirst), Stats.fmt(afterLast),
                    Stats.fmt(rssFirst), Stats.fmt(rssLast),
                    Stats.fmt(Stats.mib(r.peakRssBytes())), r.samples().size(), r.ok());
            printLoad(loadStart);
            return r.ok() ? 0 : 1;
        }

        // A one-shot pipeline for 'process', with its own configuration (no extra plugins, no admin API).
        Path config = root.resolve("process-config/copydesk.yaml");
        Files.createDirectories(config.getParent());
        Files.writeString(config, "pipelines: " + root.resolve("process-config/pipelines") + "\n"
                + "plugins: " + root.resolve("process-config/plugins") + "\n"
                + "data: " + root.resolve("process-config/data") + "\n"
                + "admin: {host: 127.0.0.1, port: -1}\n");
        Path pipeline = root.resolve("process-config/bench-process.yaml");
        Files.writeString(pipeline, "name: bench-process\n"
                + "input: {type: directory, path: " + root.resolve("process-config/unused-inbox") + ", format: wire}\n"
                + "steps:\n  - type: dateline\n  - type: quotes\n"
                + "outputs:\n  - {type: jsonl, path: " + root.resolve("process-config/unused.jsonl") + "}\n");
        Path oneDir = root.resolve("one-story");
        Files.createDirectories(oneDir);
        Files.copy(storiesDir.resolve(StoryGenerator.Story.fileName(0)), oneDir.resolve(StoryGenerator.Story.fileName(0)));

        List<ProcessRun.Result> one = new ArrayList<>();
        List<ProcessRun.Result> full = new ArrayList<>();
        Map<Integer, List<DaemonRun.Result>> daemon = new LinkedHashMap<>();
        workers.forEach(w -> daemon.put(w, new ArrayList<>()));
        boolean ok = true;
        for (int run = 1; run <= runs; run++) {
            if (mode != Mode.daemon) {
                ProcessRun.Result o = ProcessRun.run(launcher, root.resolve("run" + run + "-process-one"), config,
                        pipeline, oneDir, 1, Files.size(oneDir.resolve(StoryGenerator.Story.fileName(0))), 120);
                one.add(o);
                ProcessRun.Result r = ProcessRun.run(launcher, root.resolve("run" + run + "-process"), config,
                        pipeline, storiesDir, n, bytes, 3600);
                full.add(r);
                ok &= o.ok() && r.ok();
                out.printf("run %d process: one story %s s; %d stories %s s wall, %s stories/s, %s MB/s, lines %d,"
                                + " exit %d, load %s%n", run, Stats.fmt(o.wallSeconds()), n, Stats.fmt(r.wallSeconds()),
                        Stats.fmt(r.storiesPerSecond()), Stats.fmt(r.mbPerSecond()), r.lines(), r.exitCode(),
                        Probes.loadAverage());
                printCpu(r.cpuSeconds(), "all " + n + " stories, start to exit");
                if (!r.ok() || !o.ok()) {
                    out.println("  process failed: " + (r.ok() ? o.failure() : r.failure()));
                }
                out.flush();
            }
            if (mode != Mode.process) {
                for (int w : workers) {
                    Path dir = root.resolve("run" + run + "-daemon-w" + w);
                    deleteTree(dir);
                    DaemonRun.Result r = DaemonRun.run(launcher, dir, storiesDir, n, bytes,
                            new DaemonRun.Options(w, settle, poll, rate, stall, false), out);
                    daemon.get(w).add(r);
                    ok &= r.ok();
                    out.printf("run %d daemon workers %d: ready %s s, %s stories/s, p50 %s ms, p99 %s ms, lines %d,"
                                    + " exit %d (stories renamed into the inbox in %s s), load %s%n", run, w,
                            Stats.fmt(r.readySeconds()), Stats.fmt(r.storiesPerSecond()), Stats.fmt(r.p50Millis()),
                            Stats.fmt(r.p99Millis()), r.lines(), r.exitCode(), Stats.fmt(r.moveSeconds()),
                            Probes.loadAverage());
                    printCpu(r.cpuSeconds(), "until the last line");
                    printBenchCpu(r);
                    if (r.problem() != null) {
                        out.println("  daemon run problem: " + r.problem());
                    }
                    out.flush();
                    if (!keep) {
                        deleteTree(dir);
                    }
                }
            }
        }

        out.println();
        if (mode != Mode.daemon) {
            printProcessTable(one, full, n, bytes);
        }
        if (mode != Mode.process) {
            for (Map.Entry<Integer, List<DaemonRun.Result>> e : daemon.entrySet()) {
                List<Integer> runNumbers = new ArrayList<>();
                for (int i = 1; i <= e.getValue().size(); i++) {
                    runNumbers.add(i);
                }
                printDaemonTable(e.getValue(), runNumbers);
            }
            for (Map.Entry<Integer, List<DaemonRun.Result>> e : daemon.entrySet()) {
                List<DaemonRun.Result> rs = e.getValue();
                out.printf(Locale.ROOT, "BENCH daemon stories=%d runs=%d workers=%d settle=%s poll=%s rate=%s"
                                + " median_ready_s=%s median_stories_per_s=%s median_steady_stories_per_s=%s"
                                + " median_sustained_stories_per_s=%s"
                                + " median_mb_per_s=%s median_p50_latency_ms=%s median_p99_latency_ms=%s"
                                + " median_peak_heap_sampled_mib=%s median_peak_heap_gc_mib=%s median_peak_rss_mib=%s"
                                + " median_stop_s=%s median_cpu_s=%s median_jit_cpu_s=%s median_bench_cpu_s=%s"
                                + " failed_runs=%d%n",
                        n, rs.size(), e.getKey(), settle, poll, rate > 0 ? Stats.fmt(rate) : "unlimited",
                        med(rs, DaemonRun.Result::readySeconds), med(rs, DaemonRun.Result::storiesPerSecond),
                        med(rs, DaemonRun.Result::steadyPerSecond), med(rs, DaemonRun.Result::sustainedPerSecond),
                        med(rs, DaemonRun.Result::mbPerSecond),
                        med(rs, DaemonRun.Result::p50Millis), med(rs, DaemonRun.Result::p99Millis),
                        med(rs, r -> Stats.mib(r.peakHeapSampled())), med(rs, r -> Stats.mib(r.peakHeapGc())),
                        med(rs, r -> Stats.mib(r.peakRssBytes())), med(rs, DaemonRun.Result::stopSeconds),
                        med(rs, r -> ThreadCpu.total(r.cpuSeconds())),
                        med(rs, r -> r.cpuSeconds().getOrDefault(ThreadCpu.JIT, Double.NaN)),
                        med(rs, DaemonRun.Result::benchCpuSeconds),
                        rs.stream().filter(r -> !r.ok()).count());
            }
            if (workers.size() > 1 && rate > 0) {
                out.println("(no scaling figure: with --rate every variant runs at the offered rate)");
            } else if (workers.size() > 1) {
                int base = workers.get(0);
                for (int w : workers.subList(1, workers.size())) {
                    List<Double> ratios = new ArrayList<>();
                    List<Double> sustained = new ArrayList<>();
                    for (int i = 0; i < runs; i++) {
                        ratios.add(daemon.get(w).get(i).storiesPerSecond() / daemon.get(base).get(i).storiesPerSecond());
                        sustained.add(daemon.get(w).get(i).sustainedPerSecond()
                                / daemon.get(base).get(i).sustainedPerSecond());
                    }
                    out.printf(Locale.ROOT, "BENCH daemon-scaling workers=%d/%d median_ratio=%s runs=%s"
                                    + " median_sustained_ratio=%s sustained_runs=%s%n", w, base,
                            Stats.fmt(Stats.median(ratios)), ratios.stream().map(Stats::fmt).toList(),
                            Stats.fmt(Stats.median(sustained)), sustained.stream().map(Stats::fmt).toList());
                }
            }
        }
        printLoad(loadStart);
        return ok ? 0 : 1;
    }

    private void printProcessTable(List<ProcessRun.Result> one, List<ProcessRun.Result> full, int n, long bytes) {
        out.printf("process (bin/copydesk process --stdout, wire -> dateline -> quotes, JVM start included), %d stories"
                + " (%.1f MB)%n", n, bytes / 1e6);
        String fmt = "%-7s %12s %9s %13s %9s %14s %13s %6s %6s %5s%n";
        out.printf(fmt, "run", "one_story_s", "wall_s", "stories_per_s", "mb_per_s", "peak_heap_mib", "peak_rss_mib",
                "gcs", "lines", "exit");
        for (int i = 0; i < full.size(); i++) {
            ProcessRun.Result r = full.get(i);
            out.printf(fmt, i + 1, Stats.fmt(one.get(i).wallSeconds()), Stats.fmt(r.wallSeconds()),
                    Stats.fmt(r.storiesPerSecond()), Stats.fmt(r.mbPerSecond()), Stats.fmt(Stats.mib(r.peakHeapBytes())),
                    Stats.fmt(Stats.mib(r.peakRssBytes())), r.gcs(), r.lines(), r.exitCode());
        }
        out.printf(fmt, "median", medP(one, ProcessRun.Result::wallSeconds), medP(full, ProcessRun.Result::wallSeconds),
                medP(full, ProcessRun.Result::storiesPerSecond), medP(full, ProcessRun.Result::mbPerSecond),
                medP(full, r -> Stats.mib(r.peakHeapBytes())), medP(full, r -> Stats.mib(r.peakRssBytes())), "", "", "");
        out.println();
        out.printf(Locale.ROOT, "BENCH process stories=%d runs=%d median_wall_s=%s median_stories_per_s=%s"
                        + " median_mb_per_s=%s median_peak_heap_mib=%s median_peak_rss_mib=%s median_cpu_s=%s"
                        + " median_jit_cpu_s=%s failed_runs=%d%n",
                n, full.size(), medP(full, ProcessRun.Result::wallSeconds), medP(full, ProcessRun.Result::storiesPerSecond),
                medP(full, ProcessRun.Result::mbPerSecond), medP(full, r -> Stats.mib(r.peakHeapBytes())),
                medP(full, r -> Stats.mib(r.peakRssBytes())), medP(full, r -> ThreadCpu.total(r.cpuSeconds())),
                medP(full, r -> r.cpuSeconds().getOrDefault(ThreadCpu.JIT, Double.NaN)),
                full.stream().filter(r -> !r.ok()).count());
        out.printf(Locale.ROOT, "BENCH process-one-story runs=%d median_wall_s=%s median_peak_rss_mib=%s failed_runs=%d%n",
                one.size(), medP(one, ProcessRun.Result::wallSeconds), medP(one, r -> Stats.mib(r.peakRssBytes())),
                one.stream().filter(r -> !r.ok()).count());
    }

    /** Where the child's CPU time went (see {@link ThreadCpu}), when it could be read. */
    private void printCpu(Map<String, Double> seconds, String span) {
        String d = ThreadCpu.describe(seconds);
        if (!d.isEmpty()) {
            out.println("  " + d + " (" + span + "; copydesk = its worker, reader and input threads)");
        }
    }

    /** The benchmark's own share of the machine while it fed the daemon and read its output. */
    private void printBenchCpu(DaemonRun.Result r) {
        if (!Double.isNaN(r.benchCpuSeconds())) {
            out.println("  CPU of this benchmark over the same span " + Stats.fmt(r.benchCpuSeconds()) + " s (renaming"
                    + " stories into the inbox, reading the output, sampling heap and RSS)");
        }
    }

    private void printDaemonTable(List<DaemonRun.Result> rs, List<Integer> runNumbers) {
        if (rs.isEmpty()) {
            return;
        }
        DaemonRun.Result first = rs.get(0);
        out.printf("daemon (bin/copydesk run: directory -> wire -> dateline -> quotes -> jsonl), workers %d, %d stories"
                + " (%.1f MB); latency = rename into the inbox -> line seen in the output%n", first.workers(),
                first.stories(), first.bytes() / 1e6);
        String fmt = "%-7s %8s %13s %12s %15s %9s %8s %8s %8s %12s %11s %12s %7s %6s %5s %5s%n";
        out.printf(fmt, "run", "ready_s", "stories_per_s", "steady_per_s", "sustained_per_s", "mb_per_s", "p50_ms", "p99_ms", "max_ms",
                "heap_smp_mib", "heap_gc_mib", "peak_rss_mib", "stop_s", "lines", "dead", "exit");
        for (int i = 0; i < rs.size(); i++) {
            DaemonRun.Result r = rs.get(i);
            out.printf(fmt, runNumbers.get(i), Stats.fmt(r.readySeconds()), Stats.fmt(r.storiesPerSecond()),
                    Stats.fmt(r.steadyPerSecond()), Stats.fmt(r.sustainedPerSecond()), Stats.fmt(r.mbPerSecond()),
                    Stats.fmt(r.p50Millis()),
                    Stats.fmt(r.p99Millis()), Stats.fmt(r.maxMillis()), Stats.fmt(Stats.mib(r.peakHeapSampled())),
                    Stats.fmt(Stats.mib(r.peakHeapGc())), Stats.fmt(Stats.mib(r.peakRssBytes())),
                    Stats.fmt(r.stopSeconds()), r.lines(), r.deadLetters(), r.exitCode());
        }
        if (rs.size() > 1) {
            out.printf(fmt, "median", med(rs, DaemonRun.Result::readySeconds), med(rs, DaemonRun.Result::storiesPerSecond),
                    med(rs, DaemonRun.Result::steadyPerSecond), med(rs, DaemonRun.Result::sustainedPerSecond),
                    med(rs, DaemonRun.Result::mbPerSecond),
                    med(rs, DaemonRun.Result::p50Millis), med(rs, DaemonRun.Result::p99Millis),
                    med(rs, DaemonRun.Result::maxMillis), med(rs, r -> Stats.mib(r.peakHeapSampled())),
                    med(rs, r -> Stats.mib(r.peakHeapGc())), med(rs, r -> Stats.mib(r.peakRssBytes())),
                    med(rs, DaemonRun.Result::stopSeconds), "", "", "");
        }
        out.println();
    }

    private void printLoad(String loadStart) {
        out.printf("BENCH load start=%s end=%s cores=%d%n", loadStart, Probes.loadAverage(),
                Runtime.getRuntime().availableProcessors());
        out.flush();
    }

    private static String med(List<DaemonRun.Result> rs, ToDoubleFunction<DaemonRun.Result> f) {
        return Stats.fmt(Stats.median(rs.stream().map(r -> r.ok() ? f.applyAsDouble(r) : Double.NaN).toList()));
    }

    private static String medP(List<ProcessRun.Result> rs, ToDoubleFunction<ProcessRun.Result> f) {
        return Stats.fmt(Stats.median(rs.stream().map(r -> r.ok() ? f.applyAsDouble(r) : Double.NaN).toList()));
    }

    /** Writes stories 0..n-1 as files named in story order; returns their total size in bytes. */
    private long generate(Path dir, int n) throws IOException {
        Files.createDirectories(dir);
        StoryGenerator gen = new StoryGenerator(seed);
        long bytes = 0;
        for (int i = 0; i < n; i++) {
            byte[] b = gen.story(i).bytes();
            Files.write(dir.resolve(StoryGenerator.Story.fileName(i)), b);
            bytes += b.length;
        }
        return bytes;
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.deleteIfExists(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                Files.deleteIfExists(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
