package org.copydesk.runtime.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the shape of a pipeline file (the contract in the README):
 *
 * <pre>
 * name: kuna-wire
 * input: {type: directory, path: ./inbox, format: wire}
 * steps: [{type: dateline}, {type: quotes}]
 * outputs: [{type: jsonl, path: ./outbox/stories.jsonl}]
 * </pre>
 *
 * <p>{@code format} may also be a map with {@code type} and the format's own settings. Optional extensions:
 * {@code description}, {@code workers}.
 */
public final class PipelineParser {
    public static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final Set<String> TOP_KEYS = Set.of("name", "description", "input", "steps", "outputs", "workers");
    private static final int DEFAULT_WORKERS = 2;

    private final YamlReader reader;
    private final StageCheck stageCheck;

    /**
     * Checks the stages of a file whose shape is wrong (types, settings), so that their errors are reported together
     * with the shape errors: a missing 'input' used to hide an unknown output type until the next run (review 5,
     * finding 20).
     */
    @FunctionalInterface
    public interface StageCheck {
        /** Adds the errors of the given stages (the ones that could be read) to {@code errors}. */
        void check(String pipeline, List<StageSpec> stages, List<ConfigError> errors);
    }

    public PipelineParser(YamlReader reader) {
        this(reader, (pipeline, stages, errors) -> { });
    }

    public PipelineParser(YamlReader reader, StageCheck stageCheck) {
        this.reader = reader;
        this.stageCheck = stageCheck;
    }

    public PipelineDefinition parse(Path file) throws ConfigException {
        return parse(file, reader.read(file));
    }

    public PipelineDefinition parse(Path file, ConfigNode root) throws ConfigException {
        List<ConfigError> errors = new ArrayList<>();
        if (!(root instanceof ConfigNode.MapNode map)) {
            throw new ConfigException(new ConfigError(root.mark(),
                    "a pipeline file must be a map with name, input, steps and outputs; found " + root.kind()));
        }
        for (ConfigNode.Entry e : map.entries().values()) {
            if (!TOP_KEYS.contains(e.key())) {
                errors.add(new ConfigError(e.keyMark(), DidYouMean.describe("pipeline key", e.key(), TOP_KEYS)));
            }
        }
        String name = requiredText(map, "name", errors);
        if (name != null && !NAME.matcher(name).matches()) {
            errors.add(new ConfigError(map.get("name").mark(),
                    "pipeline name '" + name + "' must use only a-z, 0-9 and '-' (and not start with '-')"));
        }
        String description = optionalText(map, "description", errors);
        int workers = DEFAULT_WORKERS;
        ConfigNode workersNode = map.get("workers");
        if (workersNode != null) {
            String w = workersNode instanceof ConfigNode.Scalar s ? s.value() : null;
            try {
                workers = Integer.parseInt(w == null ? "" : w.trim());
                if (workers < 1 || workers > 64) {
                    throw new NumberFormatException();
                }
            } catch (NumberFormatException e) {
                errors.add(new ConfigError(workersNode.mark(), "workers must be a whole number from 1 to 64, "
                        + (workersNode instanceof ConfigNode.Scalar s && s.value() != null ? "not " + s.shown()
                        : "found " + workersNode.kind())));
            }
        }

        StageSpec input = null;
        StageSpec format = null;
        ConfigNode inputNode = map.get("input");
        if (inputNode == null) {
            errors.add(new ConfigError(map.mark(), "missing 'input' (where stories come from, e.g. type: directory)"));
        } else {
            input = stage(StageKind.INPUT, "input", inputNode, Set.of("format"), errors);
            if (inputNode instanceof ConfigNode.MapNode inputMap) {
                ConfigNode formatNode = inputMap.get("format");
                if (formatNode == null) {
                    errors.add(new ConfigError(inputNode.mark(), "missing 'format' in input (how to read each payload,"
                            + " e.g. format: wire)"));
                } else {
                    format = formatStage(formatNode, errors);
                }
            }
        }
        List<StageSpec> steps = list(StageKind.STEP, "steps", map, false, errors);
        List<StageSpec> outputs = list(StageKind.OUTPUT, "outputs", map, true, errors);
        if (!errors.isEmpty()) {
            List<StageSpec> stages = new ArrayList<>();
            for (StageSpec s : Arrays.asList(input, format)) {
                if (s != null) {
                    stages.add(s);
                }
            }
            stages.addAll(steps);
            stages.addAll(outputs);
            stageCheck.check(name, stages, errors);
            errors.sort(Comparator.comparingInt((ConfigError e) -> e.mark().line())
                    .thenComparingInt(e -> e.mark().column()));
            throw new ConfigException(errors);
        }
        return new PipelineDefinition(name, file, description, input, format, steps, outputs, workers);
    }

    /** Reads {@code format: wire} or {@code format: {type: wire, ...}}. */
    public static StageSpec formatStage(ConfigNode node, List<ConfigError> errors) {
        if (node instanceof ConfigNode.Scalar s) {
            if (s.value() == null || s.value().isBlank()) {
                errors.add(new ConfigError(node.mark(), "'format' must name a format, e.g. wire"));
                return null;
            }
            return new StageSpec(StageKind.FORMAT, "input.format", s.value().trim(), s.mark(), s.mark(), Map.of());
        }
        return stage(StageKind.FORMAT, "input.format", node, Set.of(), errors);
    }

    private static List<StageSpec> list(StageKind kind, String key, ConfigNode.MapNode map, boolean required,
                                        List<ConfigError> errors) {
        List<StageSpec> result = new ArrayList<>();
        ConfigNode node = map.get(key);
        if (node == null || (node instanceof ConfigNode.Scalar s && s.value() == null)) {
            if (required) {
                errors.add(new ConfigError(map.mark(), "missing '" + key + "' (a list of at least one " + kind.word()
                        + ", e.g. - type: jsonl)"));
            }
            return result;
        }
        if (!(node instanceof ConfigNode.ListNode list)) {
            errors.add(new ConfigError(node.mark(), "'" + key + "' must be a list (each item starting with '- type:'),"
                    + " found " + node.kind()));
            return result;
        }
        if (required && list.items().isEmpty()) {
            errors.add(new ConfigError(node.mark(), "'" + key + "' must have at least one " + kind.word()));
        }
        for (int i = 0; i < list.items().size(); i++) {
            StageSpec spec = stage(kind, key + "[" + i + "]", list.items().get(i), Set.of(), errors);
            if (spec != null) {
                result.add(spec);
            }
        }
        return result;
    }

    private static StageSpec stage(StageKind kind, String label, ConfigNode node, Set<String> alsoReserved,
                                   List<ConfigError> errors) {
        if (!(node instanceof ConfigNode.MapNode map)) {
            errors.add(new ConfigError(node.mark(), label + " must be a map with 'type' and its settings, found "
                    + node.kind()));
            return null;
        }
        ConfigNode typeNode = map.get("type");
        if (!(typeNode instanceof ConfigNode.Scalar t) || t.value() == null || t.value().isBlank()) {
            errors.add(new ConfigError(typeNode == null ? map.mark() : typeNode.mark(),
                    label + " needs 'type' (which " + kind.word() + " to use)"));
            return null;
        }
        Map<String, ConfigNode.Entry> settings = new LinkedHashMap<>(map.entries());
        settings.remove("type");
        alsoReserved.forEach(settings::remove);
        return new StageSpec(kind, label, t.value().trim(), t.mark(), map.mark(), settings);
    }

    private static String requiredText(ConfigNode.MapNode map, String key, List<ConfigError> errors) {
        ConfigNode node = map.get(key);
        if (node == null) {
            errors.add(new ConfigError(map.mark(), "missing '" + key + "'"));
            return null;
        }
        return text(key, node, errors);
    }

    private static String optionalText(ConfigNode.MapNode map, String key, List<ConfigError> errors) {
        ConfigNode node = map.get(key);
        return node == null ? null : text(key, node, errors);
    }

    private static String text(String key, ConfigNode node, List<ConfigError> errors) {
        if (node instanceof ConfigNode.Scalar s && s.value() != null) {
            return s.value();
        }
        errors.add(new ConfigError(node.mark(), "'" + key + "' must be a single value, found " + node.kind()));
        return null;
    }
}
