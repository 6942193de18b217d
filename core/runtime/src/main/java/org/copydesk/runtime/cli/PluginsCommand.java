package org.copydesk.runtime.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.copydesk.api.Setting;
import org.copydesk.runtime.Bootstrap;
import org.copydesk.runtime.CopydeskVersion;
import org.copydesk.runtime.config.DaemonConfig;
import org.copydesk.runtime.config.StageKind;
import org.copydesk.runtime.plugin.CopydeskPluginManager;
import org.copydesk.runtime.plugin.StageRegistry;
import org.pf4j.PluginWrapper;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code copydesk plugins}: every plugin with its version, state and stage types; {@code --docs} for settings. */
@Command(name = "plugins", description = "List plugins with version, state and the stage types they provide.")
final class PluginsCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Option(names = "--docs", description = "Print Markdown documentation of every stage type and its settings.")
    boolean docs;

    @Option(names = "--plugin", paramLabel = "ID", description = "With --docs: only this plugin's stage types (core for"
            + " the built-in ones).")
    String onlyPlugin;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        DaemonConfig config = common.loadConfig(spec.commandLine().getErr());
        if (config == null) {
            return ExitCodes.USAGE;
        }
        try (Bootstrap core = Bootstrap.start(config, common.pluginFolders)) {
            if (docs) {
                printDocs(core.registry(), out, onlyPlugin);
                return ExitCodes.OK;
            }
            Map<String, List<StageRegistry.Entry>> byPlugin = core.registry().byPlugin();
            out.printf("%-16s %-10s %-9s %s%n", "PLUGIN", "VERSION", "STATE", "PROVIDES");
            out.printf("%-16s %-10s %-9s %s%n", StageRegistry.CORE, CopydeskVersion.get(), "STARTED",
                    describe(byPlugin.get(StageRegistry.CORE)));
            for (PluginWrapper p : core.plugins()) {
                String provides = describe(byPlugin.get(p.getPluginId()));
                if (p.getFailedException() != null) {
                    provides = "error: " + p.getFailedException();
                }
                out.printf("%-16s %-10s %-9s %s%n", p.getPluginId(), p.getDescriptor().getVersion(),
                        p.getPluginState(), provides);
            }
            for (CopydeskPluginManager.FailedJar f : core.pluginManager().failedJars()) {
                out.printf("%-16s %-10s %-9s %s%n", f.jar().getFileName(), "-", "FAILED", "error: " + f.reason());
            }
            for (StageRegistry.Problem problem : core.registry().problems()) {
                out.println("problem: plugin '" + problem.pluginId() + "': " + problem.message());
            }
            out.flush();
        }
        return ExitCodes.OK;
    }

    private static String describe(List<StageRegistry.Entry> entries) {
        if (entries == null || entries.isEmpty()) {
            return "-";
        }
        Map<String, List<String>> byKind = new TreeMap<>();
        for (StageRegistry.Entry e : entries) {
            byKind.computeIfAbsent(e.kind().word(), k -> new java.util.ArrayList<>()).add(e.type());
        }
        return byKind.entrySet().stream().map(e -> e.getKey() + ": " + String.join(", ", e.getValue()))
                .collect(Collectors.joining("; "));
    }

    /** A default as a person writes it in YAML: {@code 1s}, not {@code PT1S}; lists in brackets. */
    static String shown(Object value) {
        if (value instanceof java.time.Duration d) {
            long ms = d.toMillis();
            if (ms % 86_400_000 == 0) {
                return ms / 86_400_000 + "d";
            } else if (ms % 3_600_000 == 0) {
                return ms / 3_600_000 + "h";
            } else if (ms % 60_000 == 0) {
                return ms / 60_000 + "m";
            } else if (ms % 1000 == 0) {
                return ms / 1000 + "s";
            }
            return ms + "ms";
        }
        if (value instanceof List<?> list) {
            return "[" + list.stream().map(String::valueOf).collect(Collectors.joining(", ")) + "]";
        }
        return String.valueOf(value);
    }

    /** The type column: the type, its allowed values or its bounds (integer, 1..64; duration, at least 1s). */
    static String typeText(Setting<?> s) {
        if (!s.allowedValues().isEmpty()) {
            return "one of " + String.join(", ", s.allowedValues());
        }
        String t = s.type().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        boolean duration = s.type() == org.copydesk.api.SettingType.DURATION;
        String lo = s.min() == null ? null : bound(s.min(), duration);
        String hi = s.max() == null ? null : bound(s.max(), duration);
        if (lo != null && hi != null) {
            return t + ", " + lo + ".." + hi;
        }
        if (lo != null) {
            return t + ", at least " + lo;
        }
        return hi == null ? t : t + ", at most " + hi;
    }

    private static String bound(double v, boolean seconds) {
        if (!seconds) {
            return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
        }
        long ms = Math.round(v * 1000);
        if (ms % 3_600_000 == 0 && ms > 0) {
            return ms / 3_600_000 + "h";
        }
        if (ms % 60_000 == 0 && ms > 0) {
            return ms / 60_000 + "m";
        }
        return ms % 1000 == 0 ? ms / 1000 + "s" : ms + "ms";
    }

    /** Documentation from the same metadata that validates settings, so the two cannot disagree. */
    static void printDocs(StageRegistry registry, PrintWriter out, String onlyPlugin) {
        for (StageKind kind : StageKind.values()) {
            for (String type : registry.types(kind)) {
                StageRegistry.Entry e = registry.find(kind, type).orElseThrow();
                if (onlyPlugin != null && !onlyPlugin.equals(e.pluginId())) {
                    continue;
                }
                out.println("### " + kind.word() + " `" + type + "` (plugin `" + e.pluginId() + "`)");
                out.println();
                if (!e.factory().description().isEmpty()) {
                    out.println(e.factory().description());
                    out.println();
                }
                if (e.factory().settings().isEmpty()) {
                    out.println("No settings.");
                } else {
                    out.println("| setting | type | default | description |");
                    out.println("|---|---|---|---|");
                    for (Setting<?> s : e.factory().settings()) {
                        String t = typeText(s);
                        String def = s.isRequired() ? "required" : s.defaultValue() == null ? ""
                                : "`" + shown(s.defaultValue()) + "`";
                        out.println("| `" + s.name() + "` | " + t + " | " + def + " | "
                                + s.description().replace("|", "\\|") + " |");
                    }
                }
                out.println();
            }
        }
        out.flush();
    }
}
