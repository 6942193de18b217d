package org.copydesk.runtime.cli;

import java.util.concurrent.Callable;
import org.copydesk.runtime.config.DaemonConfig;
import org.copydesk.runtime.daemon.Daemon;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code copydesk run}: the daemon. */
@Command(name = "run", description = "Run every pipeline in the configured folder until SIGTERM.")
final class RunCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        DaemonConfig config = common.loadConfig(spec.commandLine().getErr());
        if (config == null) {
            return ExitCodes.USAGE;
        }
        return new Daemon(config, common.pluginFolders).runUntilStopped();
    }
}
