package org.copydesk.runtime.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.copydesk.runtime.Bootstrap;
import org.copydesk.runtime.config.ConfigError;
import org.copydesk.runtime.config.ConfigException;
import org.copydesk.runtime.config.DaemonConfig;
import picocli.CommandLine.Option;

/** Options every command shares. */
final class CommonOptions {
    @Option(names = "--config", paramLabel = "FILE",
            description = "Daemon configuration (default: $COPYDESK_CONFIG, else ./config/copydesk.yaml, else the"
                    + " installation's).")
    Path config;

    @Option(names = "--plugins", paramLabel = "DIR", description = "An extra folder of plugin JARs (repeatable).")
    List<Path> pluginFolders = new ArrayList<>();

    /** The daemon configuration these options point at, or null after printing its errors. */
    DaemonConfig loadConfig(PrintWriter err) {
        try {
            return Bootstrap.loadConfig(config);
        } catch (ConfigException e) {
            printErrors(err, e);
            return null;
        }
    }

    /** Every error as {@code file:line:column: message}, one per line. */
    static void printErrors(PrintWriter err, ConfigException e) {
        for (ConfigError error : e.errors()) {
            err.println(error);
        }
        err.flush();
    }
}
