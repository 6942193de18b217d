package org.copydesk.plugins.translate;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

/** Test helpers around the real Apertium installation and fake ones. */
final class Apertium {
    private Apertium() {
    }

    /** Skips the test when the apertium binary is missing (CI installs it, see .ci/run). */
    static void assumeInstalled(String... modes) {
        assumeTrue(ApertiumInstallation.binaryInstalled(), "the apertium binary is not installed");
        List<String> installed = new ApertiumInstallation(ApertiumInstallation.DEFAULT_DATA).modes();
        for (String mode : modes) {
            // The binary is there but not the pair: that is a broken set-up, not a reason to skip.
            if (!installed.contains(mode)) {
                throw new IllegalStateException("apertium is installed but not the pair " + mode
                        + "; apt-get install " + ApertiumInstallation.debianPackage(mode));
            }
        }
    }

    /**
     * A data folder whose mode {@code mode} runs {@code script} (a shell script body) as its only program, for
     * fault injection with real processes.
     */
    static Path fakeData(Path dir, String mode, String script) throws IOException {
        Path modes = Files.createDirectories(dir.resolve("modes"));
        Path program = dir.resolve(mode + ".sh");
        Files.writeString(program, "#!/bin/sh\n" + script + "\n");
        Files.setPosixFilePermissions(program, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.writeString(modes.resolve(mode + ".mode"), "'" + program + "'\n");
        return dir;
    }

    /** Processes started by this JVM whose program is part of Apertium. */
    static List<ProcessHandle> running() {
        return ProcessHandle.current().descendants()
                .filter(h -> h.info().command().map(c -> c.contains("apertium") || c.contains("lt-proc")
                        || c.contains("lrx-proc") || c.endsWith(".sh")).orElse(false))
                .toList();
    }
}
