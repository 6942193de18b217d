package org.copydesk.dist;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The real launcher run as an unprivileged service user ({@code nobody}, through {@code setpriv}) against folders it
 * may not write, as after an install whose {@code chown} step was missed: the errors name the refusal, not a
 * corrupt store. Needs root to switch users, which CI has; the unit tests of the same messages
 * ({@code MvStateStoreTest}, {@code PipelineAssemblerTest}) run where the tests do not run as root.
 */
class ServiceUserIT {
    private Path base;

    @BeforeEach
    void setUp() throws Exception {
        Assumptions.assumeTrue("root".equals(System.getProperty("user.name")), "switching users needs root");
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/setpriv")), "no setpriv here");
        // under /tmp and world-readable, so that nobody can read the configuration (JUnit's temp folders are 0700)
        base = Files.createTempDirectory(Path.of("/tmp"), "copydesk-service-user");
        Files.setPosixFilePermissions(base, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.createDirectories(base.resolve("pipelines"));
    }

    @AfterEach
    void tearDown() throws Exception {
        if (base != null) {
            try (var walk = Files.walk(base)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private Copydesk.Result runAsNobody(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("/usr/bin/setpriv", "--reuid=65534", "--regid=65534",
                "--clear-groups", Copydesk.home().toAbsolutePath().resolve("bin/copydesk").toString()));
        command.addAll(List.of(args));
        Path out = base.resolve("out.txt");
        Path err = base.resolve("err.txt");
        ProcessBuilder pb = new ProcessBuilder(command).directory(base.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        pb.environment().remove("COPYDESK_CONFIG");
        Process p = pb.start();
        if (!p.waitFor(2, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("copydesk " + String.join(" ", args) + " did not finish in 2 minutes");
        }
        return new Copydesk.Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void aDataFolderTheServiceUserMayNotWriteIsAPermissionErrorNotAResetAdvice() throws Exception {
        Files.createDirectories(base.resolve("data")); // root's, 0755: nobody cannot create data/state in it
        Files.writeString(base.resolve("copydesk.yaml"), "pipelines: pipelines\nplugins: plugins\ndata: data\n"
                + "admin: {host: 127.0.0.1, port: -1}\n");

        Copydesk.Result r = runAsNobody("run", "--config", "copydesk.yaml");

        String all = r.out() + r.err();
        assertThat(r.code()).as(all).isEqualTo(2);
        assertThat(all).contains("AccessDeniedException: permission denied: " + base.resolve("data"))
                .doesNotContain("copydesk state reset");
        // the log folder cannot be made either: one warning that says so, not logback's status report on stdout
        assertThat(r.err()).contains("Logging to standard error only: the log folder " + base.resolve("data/logs")
                + " cannot be written (AccessDeniedException: permission denied: " + base.resolve("data"));
        assertThat(r.out()).as("standard output").isEmpty();
    }

    /**
     * A log file another user left (an earlier run as root) in a log folder the service user may write: logback
     * failed to open it and printed its status report on standard output while the folder check passed. The daemon
     * logs to standard error only and says which file and why. The admin port is taken, so the daemon stops at once
     * (exit 2) after logging has started.
     */
    @Test
    void aLogFileOfAnotherUserIsNamedAndTheDaemonLogsToStandardError() throws Exception {
        Path data = Files.createDirectories(base.resolve("data"));
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxrwxrwx"));
        Path logs = Files.createDirectories(data.resolve("logs"));
        Files.setPosixFilePermissions(logs, PosixFilePermissions.fromString("rwxrwxrwx"));
        Path logFile = Files.writeString(logs.resolve("copydesk.log"), "an earlier run as root\n");
        Files.setPosixFilePermissions(logFile, PosixFilePermissions.fromString("rw-r--r--"));
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1,
                java.net.InetAddress.getLoopbackAddress())) {
            Files.writeString(base.resolve("copydesk.yaml"), "pipelines: pipelines\nplugins: plugins\ndata: data\n"
                    + "admin: {host: 127.0.0.1, port: " + taken.getLocalPort() + "}\n");
            // as an installation has it: the shipped logback.xml beside the configuration (review 8: the check was
            // skipped when there was one)
            Files.copy(Copydesk.home().resolve("config/logback.xml"), base.resolve("logback.xml"));
            Files.setPosixFilePermissions(base.resolve("logback.xml"), PosixFilePermissions.fromString("rw-r--r--"));

            Copydesk.Result r = runAsNobody("run", "--config", "copydesk.yaml");

            String all = r.out() + r.err();
            assertThat(r.code()).as(all).isEqualTo(2);
            assertThat(r.err()).contains("Logging to standard error only: the log folder " + logs
                    + " cannot be written (permission denied: " + logFile + ")");
            assertThat(r.err()).contains("Admin API cannot start on 127.0.0.1:" + taken.getLocalPort());
            assertThat(r.out()).as("standard output: no logback status report").isEmpty();
            assertThat(Files.readString(logFile)).isEqualTo("an earlier run as root\n");
        }
    }

    @Test
    void anOutboxTheServiceUserMayNotWriteIsNamedWithTheReason() throws Exception {
        Path inbox = Files.createDirectories(base.resolve("inbox"));
        Files.writeString(inbox.resolve("story.txt"), "Bridge opens\n\nThe mayor opened the bridge on Monday.\n");
        Files.setPosixFilePermissions(inbox, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(inbox.resolve("story.txt"), PosixFilePermissions.fromString("rw-r--r--"));
        Files.createDirectories(base.resolve("outbox")); // root's, 0755
        Files.writeString(base.resolve("p.yaml"), """
                name: locked-out
                input: {type: directory, path: %s, format: text}
                outputs: [{type: jsonl, path: %s}]
                """.formatted(inbox, base.resolve("outbox/stories.jsonl")));

        Copydesk.Result r = runAsNobody("process", "--pipeline", "p.yaml", inbox.toString());

        String all = r.out() + r.err();
        assertThat(r.code()).as(all).isNotZero();
        assertThat(all).contains("AccessDeniedException: permission denied: " + base.resolve("outbox"));
    }
}
