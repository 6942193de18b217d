package org.copydesk.runtime.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One run of the real {@code bin/copydesk process --stdout} over a folder of stories, as a child process: wall time
 * from launch to exit (JVM start included), lines written, peak RSS (VmHWM polled from /proc) and peak heap (GC log).
 */
final class ProcessRun {
    record Result(int stories, long bytes, double wallSeconds, long lines, int exitCode, long peakHeapBytes,
                  long peakRssBytes, int gcs, String errorTail, Map<String, Double> cpuSeconds) {
        double storiesPerSecond() {
            return lines / wallSeconds;
        }

        double mbPerSecond() {
            return bytes / 1e6 / wallSeconds;
        }

        boolean ok() {
            return exitCode == 0 && lines == stories;
        }

        /** Why the run does not count: the exit code and the end of its error output, or the line count. */
        String failure() {
            if (exitCode != 0) {
                return "exit " + exitCode + ": " + errorTail;
            }
            return lines == stories ? "" : lines + " lines on standard output, expected " + stories
                    + " (one JSON line per story)";
        }
    }

    private ProcessRun() {
    }

    static Result run(Launcher launcher, Path dir, Path config, Path pipeline, Path input, int stories, long bytes,
                      long timeoutSeconds) throws IOException, InterruptedException {
        Files.createDirectories(dir);
        Path out = dir.resolve("process.jsonl");
        Path err = dir.resolve("process.err");
        Path gc = dir.resolve("gc.log");
        ProcessBuilder pb = launcher.builder(dir, gc, "process", "--config", config.toString(), "--pipeline",
                pipeline.toString(), "--stdout", input.toString());
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        long t0 = System.nanoTime();
        Process p = pb.start();
        long hwm = -1;
        ThreadCpu cpu = new ThreadCpu();
        int polls = 0;
        while (!p.waitFor(20, TimeUnit.MILLISECONDS)) {
            long h = Probes.procStatus(p.pid(), "VmHWM");
            if (h > 0) {
                hwm = h;
            }
            if (polls++ % 5 == 0) {
                cpu.poll(p.pid()); // every 100 ms: reading every thread's stat file costs the machine too
            }
            if (System.nanoTime() - t0 > TimeUnit.SECONDS.toNanos(timeoutSeconds)) {
                p.destroyForcibly();
                p.waitFor();
                break;
            }
        }
        long t1 = System.nanoTime();
        int code = p.exitValue();
        long lines = countLines(out);
        String tail = code == 0 ? "" : tail(err);
        Result r = new Result(stories, bytes, (t1 - t0) / 1e9, lines, code, Probes.peakHeapFromGcLog(gc), hwm,
                Probes.gcCount(gc), tail, cpu.seconds());
        Files.deleteIfExists(out);
        return r;
    }

    static long countLines(Path file) throws IOException {
        if (!Files.exists(file)) {
            return 0;
        }
        long n = 0;
        byte[] buf = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            int r;
            while ((r = in.read(buf)) > 0) {
                for (int i = 0; i < r; i++) {
                    if (buf[i] == '\n') {
                        n++;
                    }
                }
            }
        }
        return n;
    }

    static String tail(Path file) {
        try {
            String s = Files.readString(file);
            return s.length() > 2000 ? s.substring(s.length() - 2000) : s;
        } catch (IOException e) {
            return "";
        }
    }
}
