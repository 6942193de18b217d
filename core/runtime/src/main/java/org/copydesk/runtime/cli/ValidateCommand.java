package org.copydesk.runtime.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.copydesk.runtime.Bootstrap;
import org.copydesk.runtime.config.ConfigError;
import org.copydesk.runtime.config.ConfigException;
import org.copydesk.runtime.config.DaemonConfig;
import org.copydesk.runtime.config.Mark;
import org.copydesk.runtime.config.PipelineDefinition;
import org.copydesk.runtime.pipeline.ValidatedPipeline;
import org.copydesk.runtime.pipeline.ValidatedStage;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code copydesk validate FILE...}: checks pipeline files against the installed plugins. */
@Command(name = "validate", description = "Check pipeline files (or folders of them) without running anything."
        + " Exit 0 when all are valid, 2 otherwise.")
final class ValidateCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Pipeline files, or folders of *.yaml files.")
    List<Path> files;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        DaemonConfig config = common.loadConfig(err);
        if (config == null) {
            return ExitCodes.USAGE;
        }
        int[] problems = {0};
        List<Path> expanded = expand(files, err, problems);
        int invalid = problems[0];
        // pipeline name -> the first file given that uses it: the daemon runs the first and refuses the others, so
        // validate must not say ok to them (review 7, F3)
        Map<String, Path> names = new HashMap<>();
        try (Bootstrap core = Bootstrap.start(config, common.pluginFolders)) {
            for (Path file : expanded) {
                List<ConfigError> errors = new ArrayList<>();
                try {
                    PipelineDefinition def = core.pipelineParser().parse(file);
                    Path first = names.putIfAbsent(def.name(), file);
                    if (first != null && !same(first, file)) {
                        names.put(def.name(), first);
                        errors.add(new ConfigError(new Mark(file.toString(), 1, 1), "pipeline name '" + def.name()
                                + "' is already used by " + first + "; the daemon runs only one of them: give each"
                                + " pipeline its own name"));
                    }
                    try {
                        ValidatedPipeline vp = core.assembler().validate(def);
                        if (errors.isEmpty()) {
                            out.println(file + ": ok: pipeline '" + def.name() + "': " + summary(vp));
                        }
                    } catch (ConfigException e) {
                        errors.addAll(e.errors());
                    }
                } catch (ConfigException e) {
                    errors.addAll(e.errors());
                }
                if (!errors.isEmpty()) {
                    invalid++;
                    CommonOptions.printErrors(err, new ConfigException(errors));
                }
            }
        }
        out.flush();
        err.flush();
        return invalid == 0 ? ExitCodes.OK : ExitCodes.USAGE;
    }

    private static boolean same(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
        }
    }

    private static String summary(ValidatedPipeline vp) {
        String steps = vp.steps().stream().map(s -> s.spec().type()).collect(Collectors.joining(" -> "));
        String outputs = vp.outputs().stream().map(ValidatedStage::name).collect(Collectors.joining(", "));
        return vp.input().name() + " -> format '" + vp.format().spec().type() + "'"
                + (steps.isEmpty() ? "" : " -> " + steps) + " -> " + outputs;
    }

    /**
     * Files as given; folders become their *.yaml files, sorted. A folder with no *.yaml file, or one that cannot be
     * listed, is a problem (counted in {@code problems[0]}): validating nothing said nothing and exited 0 (review 5,
     * finding 19). A *.yml file is named as ignored, since the daemon reads only *.yaml files.
     */
    static List<Path> expand(List<Path> given, PrintWriter err, int[] problems) {
        List<Path> result = new ArrayList<>();
        for (Path p : given) {
            if (Files.isDirectory(p)) {
                List<Path> yaml = new ArrayList<>();
                try (Stream<Path> s = Files.list(p)) {
                    for (Path f : s.filter(f -> !f.getFileName().toString().startsWith(".")).sorted().toList()) {
                        String name = f.getFileName().toString();
                        if (name.endsWith(".yaml")) {
                            yaml.add(f);
                        } else if (name.endsWith(".yml")) {
                            err.println(f + ": ignored: pipeline files end in .yaml, and the daemon does not read this"
                                    + " one either; rename it to " + name.substring(0, name.length() - 4) + ".yaml");
                        }
                    }
                } catch (IOException e) {
                    err.println(p + ": cannot list folder: " + e.getMessage());
                    problems[0]++;
                    continue;
                }
                if (yaml.isEmpty()) {
                    err.println(p + ": no pipeline files (*.yaml) in this folder");
                    problems[0]++;
                }
                result.addAll(yaml);
            } else {
                if (p.getFileName() != null && p.getFileName().toString().endsWith(".yml")) {
                    err.println(p + ": note: the daemon reads only *.yaml files from its pipelines folder; name it "
                            + p.getFileName().toString().replaceFirst("\\.yml$", ".yaml") + " there");
                }
                result.add(p);
            }
        }
        return result;
    }
}
