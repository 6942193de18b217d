package org.copydesk.dist;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The service files shipped with the distribution. */
class PackagingIT {
    @TempDir
    Path work;

    @Test
    void systemdUnitVerifies() throws Exception {
        Path analyze = Path.of("/usr/bin/systemd-analyze");
        Assumptions.assumeTrue(Files.isExecutable(analyze), "systemd-analyze is not installed");
        Path home = Copydesk.home().toAbsolutePath();
        String unit = Files.readString(home.resolve("systemd/copydesk.service"));
        assertThat(unit).contains("ExecReload=/bin/kill -HUP $MAINPID").contains("KillSignal=SIGTERM")
                .contains("Restart=on-failure").contains("User=copydesk");
        // Verify the unit as it would be installed, pointed at this build (and at a user that exists here).
        Path copy = work.resolve("copydesk.service");
        Files.writeString(copy, unit.replace("/opt/copydesk", home.toString())
                .replace("User=copydesk", "User=root").replace("Group=copydesk", "Group=root"));
        Process p = new ProcessBuilder(analyze.toString(), "verify", copy.toString()).redirectErrorStream(true).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(output).isZero();
        assertThat(output).as("no warnings about the unit").doesNotContain("copydesk.service:");
    }

    @Test
    void systemdUnitDoesNotRestartABadConfigurationKeepsFilesPrivateAndAllowsALongStop() throws Exception {
        Path home = Copydesk.home().toAbsolutePath();
        String unit = Files.readString(home.resolve("systemd/copydesk.service"));
        assertThat(unit).containsPattern("(?m)^RestartPreventExitStatus=2$").containsPattern("(?m)^UMask=0027$")
                .containsPattern("(?m)^TimeoutStopSec=30$");
        // Documentation= names a file the installation has
        Matcher doc = Pattern.compile("(?m)^Documentation=file:///opt/copydesk/(\\S+)$").matcher(unit);
        assertThat(doc.find()).as("Documentation=file:///opt/copydesk/...").isTrue();
        assertThat(home.resolve(doc.group(1))).isRegularFile();
        // every folder the install steps hand to the service user is in the installation
        Matcher chown = Pattern.compile("(?m)^#\\s+chown -R copydesk:copydesk (.+)$").matcher(unit);
        assertThat(chown.find()).as("install steps chown the folders").isTrue();
        for (String folder : chown.group(1).trim().split("\\s+")) {
            assertThat(folder).startsWith("/opt/copydesk/");
            assertThat(home.resolve(folder.substring("/opt/copydesk/".length()))).isDirectory();
        }
        assertThat(chown.group(1)).contains("/opt/copydesk/data", "/opt/copydesk/inbox", "/opt/copydesk/outbox");
    }

    @Test
    void dockerfileRunsAsANonRootUserWithVolumesAndAHealthcheck() throws Exception {
        String dockerfile = Files.readString(Copydesk.home().resolve("Dockerfile"));
        assertThat(dockerfile).containsPattern("(?m)^USER copydesk$")
                .contains("VOLUME [\"/opt/copydesk/config\", \"/opt/copydesk/data\", \"/opt/copydesk/inbox\", \"/opt/copydesk/outbox\"]")
                .contains("HEALTHCHECK").contains("/health/live")
                .contains("STOPSIGNAL SIGTERM");
    }

    @Test
    void tarballHoldsTheSameTree() throws Exception {
        Path tarball = Copydesk.home().resolveSibling("copydesk-0.1.0.tar.gz");
        Process p = new ProcessBuilder("tar", "-tzf", tarball.toString()).redirectErrorStream(true).start();
        String listing = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(listing).contains("copydesk-0.1.0/bin/copydesk", "copydesk-0.1.0/lib/copydesk-runtime-0.1.0.jar",
                "copydesk-0.1.0/plugins/copydesk-plugin-wire-0.1.0.jar", "copydesk-0.1.0/config/copydesk.yaml",
                "copydesk-0.1.0/config/pipelines/kuna-wire.yaml", "copydesk-0.1.0/systemd/copydesk.service",
                "copydesk-0.1.0/Dockerfile", "copydesk-0.1.0/README.md",
                // where README.md's links to the plugins' documentation point (review 7: they were not shipped)
                "copydesk-0.1.0/plugins/quotes/README.md", "copydesk-0.1.0/plugins/rss/README.md");
        // the folders the service user must own ship empty: the install steps chown them, nothing has to create them
        assertThat(listing.lines().map(String::strip)).contains("copydesk-0.1.0/data/", "copydesk-0.1.0/inbox/",
                "copydesk-0.1.0/outbox/");
        assertThat(listing.lines()).noneMatch(l -> l.matches("copydesk-0\\.1\\.0/(data|inbox|outbox)/.+"));
    }
}
