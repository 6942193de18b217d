package org.copydesk.runtime.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One run of the real daemon ({@code bin/copydesk run}) on a generated configuration: directory input (format
 * {@code wire}) -> dateline -> quotes -> jsonl. Measures the time from launch to "Copydesk ready", then moves the
 * stories into the inbox (atomic renames, as fast as possible or at a fixed rate) and tails the output file.
 *
 * <p>Latency of a story: from the moment its rename into the inbox returned to the moment the benchmark's tailer
 * (polling the output file every 2 ms) saw its line; both on this process's monotonic clock. Under an unlimited
 * offered load it includes the time the story waited behind the others. Throughput: lines seen divided by the time
 * from the first rename to the last line seen. Heap (the admin API's {@code jvm_memory_used_bytes{area="heap"}}) and
 * RSS ({@code /proc/PID/status} VmRSS) are sampled every second; peak RSS is VmHWM before SIGTERM; the GC log gives
 * the heap's peak before any collection.
 */
final class DaemonRun {
    private static final Pattern READY_PORT = Pattern.compile("Copydesk ready in \\d+ ms:.*?admin API on port (\\d+)");
    private static final byte[] SOURCE = "\"source\":{\"uri\":\"".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] STORY = "story-".getBytes(StandardCharsets.US_ASCII);

    /** One memory sample: seconds since the first story went in, lines so far, heap and RSS bytes. */
    record Sample(double seconds, long lines, long heapBytes, long rssBytes) {
    }

    record Result(int workers, int stories, long bytes, double readySeconds, double seconds, long lines,
                  double steadyPerSecond, double sustainedPerSecond, double p50Millis, double p99Millis, double maxMillis, long peakHeapSampled,
                  long peakHeapGc, long peakRssBytes, double stopSeconds, int exitCode, int deadLetters, int gcs,
                  double moveSeconds, List<Sample> samples, List<Long> heapAfterGc, String problem,
                  Map<String, Double> cpuSeconds, double benchCpuSeconds) {
        double storiesPerSecond() {
            return lines / seconds;
        }

        double mbPerSecond() {
            return bytes * ((double) lines / Math.max(1, stories)) / 1e6 / seconds;
        }

        boolean ok() {
            return problem == null && lines == stories && exitCode == 0;
        }
    }

    /** Settings of a run. */
    record Options(int workers, String settle, String poll, double rate, long stallSeconds, boolean printSamples) {
    }

    private DaemonRun() {
    }

    static Result run(Launcher launcher, Path dir, Path storiesDir, int stories, long bytes, Options o, PrintWriter out)
            throws IOException, InterruptedException {
        Files.createDirectories(dir.resolve("pipelines"));
        Path inbox = dir.resolve("inbox");
        Path staging = dir.resolve("staging");
        Path output = dir.resolve("out.jsonl");
        Files.createDirectories(inbox);
        Files.createDirectories(staging);
        Files.writeString(dir.resolve("copydesk.yaml"), "pipelines: " + dir.resolve("pipelines") + "\n"
                + "plugins: " + dir.resolve("plugins") + "\n"
                + "data: " + dir.resolve("data") + "\n"
                + "admin: {host: 127.0.0.1, port: 0}\n");
        Path logback = launcher.home().resolve("config/logback.xml");
        if (Files.isRegularFile(logback)) {
            Files.copy(logback, dir.resolve("logback.xml"), StandardCopyOption.REPLACE_EXISTING);
        }
        Files.writeString(dir.resolve("pipelines/bench.yaml"), "name: bench\n"
                + "input:\n"
                + "  type: directory\n"
                + "  path: " + inbox + "\n"
                + "  settle: " + o.settle() + "\n"
                + "  poll: " + o.poll() + "\n"
                + "  format: wire\n"
                + "steps:\n"
                + "  - type: dateline\n"
                + "  - type: quotes\n"
                + "outputs:\n"
                + "  - type: jsonl\n"
                + "    path: " + output + "\n"
                + "workers: " + o.workers() + "\n");
        // Hard links of the generated stories on the inbox's file system, so that moving them in is a rename.
        for (int i = 0; i < stories; i++) {
            String name = StoryGenerator.Story.fileName(i);
            Path link = staging.resolve(name);
            try {
                Files.createLink(link, storiesDir.resolve(name));
            } catch (UnsupportedOperationException | IOException e) {
                if (e instanceof FileAlreadyExistsException) {
                    continue;
                }
                Files.copy(storiesDir.resolve(name), link, StandardCopyOption.REPLACE_EXISTING);
            }
        }

        Path stderr = dir.resolve("daemon.err");
        Path gc = dir.resolve("gc.log");
        ProcessBuilder pb = launcher.builder(dir, gc, "run", "--config", dir.resolve("copydesk.yaml").toString());
        pb.redirectError(stderr.toFile()).redirectOutput(dir.resolve("daemon.out").toFile());
        long t0 = System.nanoTime();
        Process daemon = pb.start();
        int port = -1;
        double ready = Double.NaN;
        try {
            while (port < 0) {
                if (!daemon.isAlive()) {
                    return failed(o, stories, bytes, daemon, "the daemon exited before it was ready:\n"
                            + ProcessRun.tail(stderr));
                }
                if (System.nanoTime() - t0 > TimeUnit.SECONDS.toNanos(120)) {
                    return failed(o, stories, bytes, daemon, "the daemon was not ready after 120 s:\n"
                            + ProcessRun.tail(stderr));
                }
                String log = Files.readString(stderr);
                Matcher m = READY_PORT.matcher(log);
                if (m.find()) {
                    ready = (System.nanoTime() - t0) / 1e9;
                    port = Integer.parseInt(m.group(1));
                } else {
                    Thread.sleep(5);
                }
            }

            long[] moved = new long[stories];
            long[] seen = new long[stories];
            AtomicLong lines = new AtomicLong();
            AtomicLong lastLine = new AtomicLong();
            Tailer tailer = new Tailer(output, seen, lines, lastLine);
            Thread tail = new Thread(tailer, "bench-tailer");
            tail.setDaemon(true);
            tail.start();

            List<Sample> samples = new ArrayList<>();
            long pid = daemon.pid();
            final int adminPort = port;
            long[] firstMove = {0};
            Thread sampler = new Thread(() -> {
                try {
                    while (!Thread.currentThread().isInterrupted()) {
                        long now = System.nanoTime();
                        Sample s = new Sample(firstMove[0] == 0 ? 0 : (now - firstMove[0]) / 1e9, lines.get(),
                                Probes.heapFromMetrics(adminPort), Probes.procStatus(pid, "VmRSS"));
                        synchronized (samples) {
                            samples.add(s);
                        }
                        if (o.printSamples()) {
                            out.printf("SOAK t=%.0fs lines=%d heap_mib=%s rss_mib=%s%n", s.seconds(), s.lines(),
                                    Stats.fmt(Stats.mib(s.heapBytes())), Stats.fmt(Stats.mib(s.rssBytes())));
                            out.flush();
                        }
                        long next = now + TimeUnit.SECONDS.toNanos(1);
                        long wait = next - System.nanoTime();
                        if (wait > 0) {
                            TimeUnit.NANOSECONDS.sleep(wait);
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "bench-sampler");
            sampler.setDaemon(true);

            // Move the stories in. The benchmark's own CPU over the same span (renaming, tailing, sampling) is
            // kept too: on a small machine it competes with the daemon it measures.
            double benchCpuStart = ownCpuSeconds();
            long start = System.nanoTime();
            firstMove[0] = start;
            sampler.start();
            for (int i = 0; i < stories; i++) {
                if (o.rate() > 0) {
                    long due = start + (long) (i * 1e9 / o.rate());
                    long wait = due - System.nanoTime();
                    if (wait > 0) {
                        TimeUnit.NANOSECONDS.sleep(wait);
                    }
                }
                String name = StoryGenerator.Story.fileName(i);
                Files.move(staging.resolve(name), inbox.resolve(name), StandardCopyOption.ATOMIC_MOVE);
                moved[i] = System.nanoTime();
            }
            double moveSeconds = (System.nanoTime() - start) / 1e9;

            // Wait for every line, or until nothing has come for a while.
            String problem = null;
            long lastCount = -1;
            long lastProgress = System.nanoTime();
            ThreadCpu cpu = new ThreadCpu(); // up to the last line: the drain after SIGTERM is not counted
            int polls = 0;
            while (lines.get() < stories) {
                if (polls++ % 10 == 0) {
                    cpu.poll(pid); // every 200 ms: reading every thread's stat file costs the machine too
                }
                long n = lines.get();
                if (n != lastCount) {
                    lastCount = n;
                    lastProgress = System.nanoTime();
                }
                if (!daemon.isAlive()) {
                    problem = "the daemon exited with " + daemon.exitValue() + " after " + n + " lines";
                    break;
                }
                if (System.nanoTime() - lastProgress > TimeUnit.SECONDS.toNanos(o.stallSeconds())) {
                    problem = "no new line for " + o.stallSeconds() + " s; " + n + " of " + stories + " lines";
                    break;
                }
                Thread.sleep(20);
            }
            cpu.poll(pid);
            double benchCpu = ownCpuSeconds() - benchCpuStart;
            tailer.stop();
            tail.join(5000);
            sampler.interrupt();
            sampler.join(10000);
            long end = lastLine.get() == 0 ? System.nanoTime() : lastLine.get();
            long peakRss = Probes.procStatus(pid, "VmHWM");
            long heapNow = Probes.heapFromMetrics(adminPort);
            long rssNow = Probes.procStatus(pid, "VmRSS");
            samples.add(new Sample((System.nanoTime() - start) / 1e9, lines.get(), heapNow, rssNow));
            if (o.printSamples()) {
                out.printf("SOAK t=%.0fs lines=%d heap_mib=%s rss_mib=%s (final)%n", (System.nanoTime() - start) / 1e9,
                        lines.get(), Stats.fmt(Stats.mib(heapNow)), Stats.fmt(Stats.mib(rssNow)));
                out.printf("SOAK moving %d stories into the inbox took %.2f s%n", stories, moveSeconds);
            }

            // Stop with SIGTERM and time the drain.
            long s0 = System.nanoTime();
            daemon.destroy();
            boolean exited = daemon.waitFor(120, TimeUnit.SECONDS);
            double stop = (System.nanoTime() - s0) / 1e9;
            int code;
            if (exited) {
                code = daemon.exitValue();
            } else {
                daemon.destroyForcibly();
                daemon.waitFor();
                code = -1;
                problem = (problem == null ? "" : problem + "; ") + "no exit within 120 s of SIGTERM";
            }

            int n = (int) Math.min(lines.get(), stories);
            long[] latencies = new long[stories];
            long[] seenSorted = new long[stories];
            int k = 0;
            for (int i = 0; i < stories; i++) {
                if (seen[i] != 0 && moved[i] != 0) {
                    latencies[k] = seen[i] - moved[i];
                    seenSorted[k] = seen[i];
                    k++;
                }
            }
            long[] lat = Stats.sortedCopy(latencies, k);
            long[] arrivals = Stats.sortedCopy(seenSorted, k);
            double steady = Double.NaN;
            if (k >= 20) {
                int a = k / 10;
                int b = k - 1 - k / 10;
                steady = (b - a) / ((arrivals[b] - arrivals[a]) / 1e9);
            }
            long peakHeapSampled = -1;
            for (Sample s : samples) {
                peakHeapSampled = Math.max(peakHeapSampled, s.heapBytes());
            }
            return new Result(o.workers(), stories, bytes, ready, Math.max(1e-9, (end - start) / 1e9), n, steady,
                    Stats.sustainedRate(arrivals, k),
                    Stats.percentile(lat, 50) / 1e6, Stats.percentile(lat, 99) / 1e6,
                    k == 0 ? Double.NaN : lat[k - 1] / 1e6, peakHeapSampled, Probes.peakHeapFromGcLog(gc), peakRss,
                    stop, code, deadLetters(dir.resolve("data/dead-letter")), Probes.gcCount(gc), moveSeconds,
                    List.copyOf(samples), Probes.heapAfterEachGc(gc), problem, cpu.seconds(), benchCpu);
        } finally {
            if (daemon.isAlive()) {
                daemon.destroyForcibly();
                daemon.waitFor(30, TimeUnit.SECONDS);
            }
        }
    }

    private static Result failed(Options o, int stories, long bytes, Process daemon, String problem) {
        return new Result(o.workers(), stories, bytes, Double.NaN, Double.NaN, 0, Double.NaN, Double.NaN, Double.NaN,
                Double.NaN,
                Double.NaN, -1, -1, -1, Double.NaN, daemon.isAlive() ? -1 : daemon.exitValue(), 0, -1, Double.NaN,
                List.of(), List.of(), problem, Map.of(), Double.NaN);
    }

    private static int deadLetters(Path folder) {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> s = Files.walk(folder)) {
            return (int) s.filter(p -> p.getFileName().toString().endsWith(".error.json")).count();
        } catch (IOException e) {
            return -1;
        }
    }

    /** Follows the output file and records, per story, when its line was first seen. */
    private static final class Tailer implements Runnable {
        private final Path file;
        private final long[] seen;
        private final AtomicLong lines;
        private final AtomicLong lastLine;
        private volatile boolean stopped;

        Tailer(Path file, long[] seen, AtomicLong lines, AtomicLong lastLine) {
            this.file = file;
            this.seen = seen;
            this.lines = lines;
            this.lastLine = lastLine;
        }

        void stop() {
            stopped = true;
        }

        @Override
        public void run() {
            ByteBuffer buf = ByteBuffer.allocate(1 << 20);
            byte[] line = new byte[1 << 16];
            int lineLength = 0;
            FileChannel ch = null;
            try {
                while (!stopped) {
                    if (ch == null) {
                        try {
                            ch = FileChannel.open(file, StandardOpenOption.READ);
                        } catch (NoSuchFileException e) {
                            Thread.sleep(2);
                            continue;
                        }
                    }
                    buf.clear();
                    int r = ch.read(buf);
                    if (r <= 0) {
                        Thread.sleep(2);
                        continue;
                    }
                    long now = System.nanoTime();
                    byte[] a = buf.array();
                    for (int i = 0; i < r; i++) {
                        byte b = a[i];
                        if (b == '\n') {
                            record(line, lineLength, now);
                            lineLength = 0;
                        } else if (lineLength < line.length) {
                            line[lineLength++] = b; // only the start of a line is needed (source.uri is near it)
                        }
                    }
                }
            } catch (IOException e) {
                // the run reports the lines it saw
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                if (ch != null) {
                    try {
                        ch.close();
                    } catch (IOException ignored) {
                        // read-only
                    }
                }
            }
        }

        private void record(byte[] line, int length, long now) {
            int s = indexOf(line, length, SOURCE, 0);
            int at = s < 0 ? -1 : indexOf(line, length, STORY, s);
            if (at >= 0) {
                int index = 0;
                for (int i = at + STORY.length; i < length && line[i] >= '0' && line[i] <= '9'; i++) {
                    index = index * 10 + (line[i] - '0');
                }
                if (index < seen.length && seen[index] == 0) {
                    seen[index] = now;
                }
            }
            lines.incrementAndGet();
            lastLine.set(now);
        }

        private static int indexOf(byte[] hay, int length, byte[] needle, int from) {
            outer:
            for (int i = from; i <= length - needle.length; i++) {
                for (int j = 0; j < needle.length; j++) {
                    if (hay[i + j] != needle[j]) {
                        continue outer;
                    }
                }
                return i;
            }
            return -1;
        }
    }

    /** CPU seconds this benchmark process has used so far, all threads; NaN where the platform does not say. */
    static double ownCpuSeconds() {
        return ProcessHandle.current().info().totalCpuDuration().map(d -> d.toNanos() / 1e9).orElse(Double.NaN);
    }
}
