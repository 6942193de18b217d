package org.copydesk.runtime.cli;

import org.copydesk.runtime.CopydeskVersion;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level command: {@code copydesk <command>}. */
// scope INHERIT: every subcommand answers --help (and --version); 'copydesk dlq --help' said "Unknown option"
// (review 7, F13)
@Command(name = "copydesk", mixinStandardHelpOptions = true, versionProvider = CopydeskCommand.Version.class,
        scope = CommandLine.ScopeType.INHERIT,
        description = "Turns incoming news stories into structured documents through plugin pipelines.",
        subcommands = {RunCommand.class, ProcessCommand.class, ValidateCommand.class, PluginsCommand.class,
                DlqCommand.class, StateCommand.class, org.copydesk.runtime.bench.BenchCommand.class,
                CommandLine.HelpCommand.class})
final class CopydeskCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"copydesk " + CopydeskVersion.get()};
        }
    }
}
