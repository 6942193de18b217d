package org.copydesk.runtime.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** Options every command shares. */
final class CommonOptions {
    @Option(names = "--config", paramLabel = "FILE",
            description = "Daemon configuration (default: $COPYDESK_CONFIG, else ./config/copydesk.yaml, else the"
                    + " installation's).")
    Path config;

    @Option(names = "--plugins", paramLabel = "DIR", description = "An extra folder of plugin JARs (repeatable).")
    List<Path> pluginFolders = new ArrayList<>();
}
