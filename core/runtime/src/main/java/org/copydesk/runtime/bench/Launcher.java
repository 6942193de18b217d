package org.copydesk.runtime.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.copydesk.runtime.Bootstrap;

/** The real {@code bin/copydesk} launcher of the installation the benchmark runs from. */
final class Launcher {
    private final Path script;

    Launcher(Path script) {
        this.script = script;
    }

    /**
     * The explicit launcher, else {@code $copydesk.home/bin/copydesk} (set by the launcher itself), else null.
     */
    static Launcher find(Path explicit) {
        if (explicit != null) {
            return Files.isExecutable(explicit) ? new Launcher(explicit.toAbsolutePath()) : null;
        }
        String home = System.getProperty(Bootstrap.HOME_PROPERTY);
        if (home != null) {
            Path p = Path.of(home, "bin", "copydesk");
            if (Files.isExecutable(p)) {
                return new Launcher(p.toAbsolutePath().normalize());
            }
        }
        return null;
    }

    Path script() {
        return script;
    }

    /** The installation folder (the launcher's parent's parent). */
    Path home() {
        return script.getParent().getParent();
    }

    /**
     * A process builder for {@code bin/copydesk ARGS} in {@code dir}, with a GC log written to {@code gcLog}
     * (appended to {@code COPYDESK_JAVA_OPTS}, so options the user set there still apply) and no
     * {@code COPYDESK_CONFIG}.
     */
    ProcessBuilder builder(Path dir, Path gcLog, String... args) {
        List<String> command = new ArrayList<>();
        command.add(script.toString());
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        pb.environment().remove("COPYDESK_CONFIG");
        String opts = pb.environment().getOrDefault("COPYDESK_JAVA_OPTS", "");
        if (gcLog != null) {
            opts = (opts + " -Xlog:gc,gc+heap+exit:file=" + gcLog.toAbsolutePath()).trim();
        }
        pb.environment().put("COPYDESK_JAVA_OPTS", opts);
        return pb;
    }
}
