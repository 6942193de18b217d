package org.copydesk.runtime.cli;

import java.util.Arrays;
import picocli.CommandLine;

/** Entry point of {@code bin/copydesk}. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (isDaemon(args)) {
            // first thing, before picocli and logging start (about 0.3 s): until the daemon's own handler is in
            // place, the JVM's default for SIGHUP ends the process, and `systemctl reload` right after a start did
            org.copydesk.runtime.daemon.Daemon.holdHangupsUntilReady();
        }
        System.exit(run(args));
    }

    private static boolean isDaemon(String[] args) {
        return Arrays.stream(args).filter(a -> !a.startsWith("-")).findFirst().orElse("").equals("run");
    }

    /** Runs a command line and returns its exit code: 0 done, 1 some inputs failed, 2 usage or configuration. */
    public static int run(String... args) {
        return run(new java.io.PrintWriter(System.out, true), new java.io.PrintWriter(System.err, true), args);
    }

    /** As {@link #run(String...)}, with the command's own output and error writers (for tests and embedding). */
    public static int run(java.io.PrintWriter out, java.io.PrintWriter err, String... args) {
        configureLogging(args);
        CommandLine cmd = new CommandLine(new CopydeskCommand());
        cmd.setOut(out);
        cmd.setErr(err);
        cmd.setExitCodeExceptionMapper(e -> ExitCodes.USAGE);
        cmd.setParameterExceptionHandler((ex, a) -> {
            ex.getCommandLine().getErr().println("copydesk: " + ex.getMessage());
            ex.getCommandLine().usage(ex.getCommandLine().getErr());
            return ExitCodes.USAGE;
        });
        return cmd.execute(args);
    }

    /**
     * The daemon logs to the console and a rolling file (its logback.xml); one-shot commands log warnings to
     * standard error only, so standard output stays clean. Must run before the first logger is created.
     */
    private static void configureLogging(String[] args) {
        if (System.getProperty("logback.configurationFile") != null) {
            return;
        }
        if (!isDaemon(args)) {
            System.setProperty("logback.configurationFile", "org/copydesk/runtime/logback-cli.xml");
        }
        if (!isDaemon(args)) {
            // the daemon installs it once its own logging is configured
            org.copydesk.runtime.log.LogMasking.install();
        }
    }
}
