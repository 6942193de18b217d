package org.copydesk.dist;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the real {@code bin/copydesk} of the built distribution as a separate process. */
final class Copydesk {
    /** Result of a finished command. */
    record Result(int code, String out, String err) {
    }

    private Copydesk() {
    }

    static Path home() {
        Path home = Path.of(System.getProperty("copydesk.dist", "target/copydesk-0.1.0"));
        if (!Files.isExecutable(home.resolve("bin/copydesk"))) {
            throw new IllegalStateException("no distribution at " + home + "; run 'mvn verify' so it is built first");
        }
        return home;
    }

    static ProcessBuilder builder(Path workDir, String... args) {
        List<String> command = new ArrayList<>();
        command.add(home().resolve("bin/copydesk").toString());
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(workDir.toFile());
        pb.environment().remove("COPYDESK_CONFIG");
        return pb;
    }

    /** Runs a command to completion (at most two minutes), capturing both streams. */
    static Result run(Path workDir, String... args) throws IOException, InterruptedException {
        return run(workDir, java.util.Map.of(), args);
    }

    /** As {@link #run(Path, String...)}, with these environment variables set. */
    static Result run(Path workDir, java.util.Map<String, String> env, String... args)
            throws IOException, InterruptedException {
        Path out = Files.createTempFile("copydesk-out", ".txt");
        Path err = Files.createTempFile("copydesk-err", ".txt");
        ProcessBuilder pb = builder(workDir, args);
        pb.environment().putAll(env);
        Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(2, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("copydesk " + String.join(" ", args) + " did not finish in 2 minutes");
        }
        return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    /** Polls until the check passes or the time is up. */
    static void await(Duration timeout, String what, Check check) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!check.ok()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out after " + timeout.toSeconds() + " s waiting for " + what);
            }
            Thread.sleep(50);
        }
    }

    @FunctionalInterface
    interface Check {
        boolean ok() throws Exception;
    }
}
