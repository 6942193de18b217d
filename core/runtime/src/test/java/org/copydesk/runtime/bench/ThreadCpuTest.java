package org.copydesk.runtime.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ThreadCpuTest {

    @Test
    void readsEachThreadsUserAndSystemTicksAndGroupsThemByName(@TempDir Path proc) throws Exception {
        // utime is the 14th field of the stat line, stime the 15th; names may hold spaces and parentheses
        thread(proc, 42, 101, "copydesk-proces", 500, 20);
        thread(proc, 42, 102, "C2 CompilerThre", 300, 7);
        thread(proc, 42, 103, "C1 CompilerThre", 40, 3);
        thread(proc, 42, 104, "GC Thread#0", 10, 0);
        thread(proc, 42, 105, "G1 Refine#0", 2, 1);
        thread(proc, 42, 106, "java", 90, 10);
        thread(proc, 42, 107, "weird (name) x", 5, 5);
        Files.createDirectories(proc.resolve("42/task/108"));
        Files.writeString(proc.resolve("42/task/108/stat"), "not a stat line");

        ThreadCpu cpu = new ThreadCpu(proc);
        cpu.poll(42);

        Map<String, Double> s = cpu.seconds();
        assertThat(s).containsOnlyKeys("copydesk", "jit", "gc", "other");
        assertThat(s.get("copydesk")).isCloseTo(5.2, within(1e-9));
        assertThat(s.get("jit")).isCloseTo(3.5, within(1e-9));
        assertThat(s.get("gc")).isCloseTo(0.13, within(1e-9));
        assertThat(s.get("other")).isCloseTo(1.1, within(1e-9));
        assertThat(ThreadCpu.describe(s)).isEqualTo("CPU copydesk 5.20 s, jit 3.50 s, gc 0.130 s, other 1.10 s");
    }

    @Test
    void aThreadThatEndedKeepsItsLastReading(@TempDir Path proc) throws Exception {
        thread(proc, 7, 1, "copydesk-proces", 100, 0);
        ThreadCpu cpu = new ThreadCpu(proc);
        cpu.poll(7);
        Files.delete(proc.resolve("7/task/1/stat"));
        Files.delete(proc.resolve("7/task/1"));
        thread(proc, 7, 2, "copydesk-proces", 50, 0);
        cpu.poll(7);
        cpu.poll(99); // a process that is gone: nothing read, nothing lost

        assertThat(cpu.seconds().get("copydesk")).isCloseTo(1.5, within(1e-9));
        assertThat(ThreadCpu.total(cpu.seconds())).isCloseTo(1.5, within(1e-9));
        assertThat(ThreadCpu.total(new ThreadCpu(proc).seconds())).isNaN();
        assertThat(ThreadCpu.describe(new ThreadCpu(proc).seconds())).isEmpty();
    }

    @Test
    void findsTheCpuThisJvmsOwnNamedThreadSpent() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(Path.of("/proc/self/task")), "Linux only");
        long[] sink = {0};
        ThreadCpu cpu = new ThreadCpu();
        Thread busy = new Thread(() -> {
            long cpu0 = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            while (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpu0 < 300_000_000L) {
                sink[0] += Long.numberOfTrailingZeros(System.nanoTime());
            }
            cpu.poll(ProcessHandle.current().pid()); // read while this thread is still alive
        }, "copydesk-test-busy");
        busy.start();
        busy.join();

        assertThat(cpu.seconds().get("copydesk")).isBetween(0.25, 5.0);
        assertThat(sink[0]).isNotZero();
    }

    private static void thread(Path proc, long pid, long tid, String name, long utime, long stime) throws Exception {
        Path dir = proc.resolve(pid + "/task/" + tid);
        Files.createDirectories(dir);
        // pid (comm) state ppid pgrp session tty_nr tpgid flags minflt cminflt majflt cmajflt utime stime ...
        Files.writeString(dir.resolve("stat"), tid + " (" + name + ") S 1 1 1 0 -1 4194304 10 0 0 0 " + utime + " "
                + stime + " 0 0 20 0 1 0 100 0 0\n");
    }
}
