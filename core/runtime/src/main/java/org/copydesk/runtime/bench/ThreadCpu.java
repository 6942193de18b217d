package org.copydesk.runtime.bench;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where a child JVM's CPU time went, by kind of thread: Copydesk's own threads (workers, readers, inputs: named
 * {@code copydesk-...}), the JIT compilers, the garbage collector (with the VM thread that runs its safepoints) and
 * everything else (main thread, logging, HTTP). Read from {@code /proc/PID/task/TID/stat} each time {@link #poll}
 * is called; a thread's last reading is kept after it ends, so poll often (the benchmark polls every 20 ms) and
 * once more just before the process exits. Linux only: elsewhere every figure stays 0.
 *
 * <p>This is what showed, for example, that the C2 compiler took 10-12 s of CPU in a 100,000-story {@code process}
 * run on two cores, as much as the workers' own warm-up.
 */
final class ThreadCpu {
    /** The groups, in the order they are printed. */
    static final String COPYDESK = "copydesk";
    static final String JIT = "jit";
    static final String GC = "gc";
    static final String OTHER = "other";

    /** Clock ticks per second of the utime/stime fields (USER_HZ: 100 on Linux). */
    private static final double TICKS_PER_SECOND = 100.0;

    private final Path proc;
    private final Map<String, Reading> byThread = new HashMap<>();

    record Reading(String group, double seconds) {
    }

    ThreadCpu() {
        this(Path.of("/proc"));
    }

    /** Reads from {@code proc} instead of /proc (tests). */
    ThreadCpu(Path proc) {
        this.proc = proc;
    }

    /** Takes a reading of every thread of process {@code pid}; quietly nothing when it is gone. */
    void poll(long pid) {
        Path tasks = proc.resolve(Long.toString(pid)).resolve("task");
        try (DirectoryStream<Path> threads = Files.newDirectoryStream(tasks)) {
            for (Path t : threads) {
                try {
                    Reading r = parse(Files.readString(t.resolve("stat")));
                    if (r != null) {
                        byThread.put(t.getFileName().toString(), r);
                    }
                } catch (IOException | RuntimeException e) {
                    // the thread ended between listing and reading
                }
            }
        } catch (IOException | RuntimeException e) {
            // the process is gone, or this is not Linux
        }
    }

    /** CPU seconds per group, every group present (0 when none of its threads ran). */
    Map<String, Double> seconds() {
        Map<String, Double> out = new LinkedHashMap<>();
        for (String g : new String[] {COPYDESK, JIT, GC, OTHER}) {
            out.put(g, 0.0);
        }
        byThread.values().forEach(r -> out.merge(r.group(), r.seconds(), Double::sum));
        return out;
    }

    /** The sum of every group; NaN when nothing was read (not Linux, or the process was gone at once). */
    static double total(Map<String, Double> seconds) {
        double t = seconds.values().stream().mapToDouble(Double::doubleValue).sum();
        return t > 0 ? t : Double.NaN;
    }

    /** {@code CPU copydesk 20.1 s, jit 4.6 s, gc 0.5 s, other 2.4 s}; empty when nothing was read. */
    static String describe(Map<String, Double> seconds) {
        if (seconds.isEmpty() || seconds.values().stream().allMatch(v -> v == 0)) {
            return "";
        }
        StringBuilder sb = new StringBuilder("CPU ");
        seconds.forEach((g, s) -> sb.append(sb.length() == 4 ? "" : ", ").append(g).append(' ')
                .append(Stats.fmt(s)).append(" s"));
        return sb.toString();
    }

    /** One line of /proc/.../stat: {@code TID (NAME) STATE ... utime stime ...}; null when it is not one. */
    static Reading parse(String stat) {
        int open = stat.indexOf('(');
        int close = stat.lastIndexOf(')'); // the name may itself hold parentheses
        if (open < 0 || close < open) {
            return null;
        }
        String name = stat.substring(open + 1, close);
        String[] f = stat.substring(close + 1).trim().split("\\s+");
        if (f.length < 13) {
            return null;
        }
        double seconds = (Long.parseLong(f[11]) + Long.parseLong(f[12])) / TICKS_PER_SECOND;
        return new Reading(group(name), seconds);
    }

    /** The group of a thread by its (kernel-truncated, 15 characters) name. */
    static String group(String name) {
        if (name.startsWith("copydesk-")) {
            return COPYDESK;
        }
        if (name.startsWith("C1 CompilerThre") || name.startsWith("C2 CompilerThre")) {
            return JIT;
        }
        if (name.startsWith("GC Thread") || name.startsWith("G1 ") || name.startsWith("VM Thread")) {
            return GC;
        }
        return OTHER;
    }
}
