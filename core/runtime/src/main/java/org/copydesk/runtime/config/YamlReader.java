package org.copydesk.runtime.config;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads a YAML file into {@link ConfigNode}s that remember their file, line and column.
 *
 * <p>Only SnakeYAML's composer runs (nodes, never objects), with a {@link SafeConstructor} configured for the same
 * limits in case anyone constructs. Duplicate keys and non-standard tags are errors; aliases, nesting depth and size
 * are limited. Scalars keep their text; {@code ${ENV}} references are resolved here.
 */
public final class YamlReader {
    private static final int MAX_BYTES = 4 * 1024 * 1024;
    private static final Set<String> STANDARD_TAGS = Set.of(Tag.STR.getValue(), Tag.INT.getValue(),
            Tag.FLOAT.getValue(), Tag.BOOL.getValue(), Tag.NULL.getValue(), Tag.MAP.getValue(), Tag.SEQ.getValue(),
            Tag.TIMESTAMP.getValue());

    private final EnvInterpolator interpolator;

    public YamlReader(EnvInterpolator interpolator) {
        this.interpolator = interpolator;
    }

    public YamlReader() {
        this(EnvInterpolator.ofSystem());
    }

    /** Reads a file; every problem is a {@link ConfigException} naming the file. */
    public ConfigNode read(Path file) throws ConfigException {
        String name = file.toString();
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new ConfigException(new ConfigError(new Mark(name, 1, 1),
                        "file is larger than " + MAX_BYTES / 1024 / 1024 + " MB; is it really a configuration file?"));
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ConfigException(new ConfigError(new Mark(name, 1, 1), "file not found"));
        } catch (IOException e) {
            throw new ConfigException(new ConfigError(new Mark(name, 1, 1), "cannot read file: " + e));
        }
        return read(name, bytes);
    }

    public ConfigNode read(String name, byte[] bytes) throws ConfigException {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ConfigException(new ConfigError(new Mark(name, 1, 1),
                    "not a UTF-8 text file (binary data or another encoding)"));
        }
        if (text.indexOf('\0') >= 0) {
            throw new ConfigException(new ConfigError(new Mark(name, 1, 1), "not a text file (contains NUL bytes)"));
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return parse(name, text);
    }

    public ConfigNode parse(String name, String text) throws ConfigException {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(20);
        options.setNestingDepthLimit(40);
        options.setCodePointLimit(MAX_BYTES);
        options.setAllowRecursiveKeys(false);
        options.setTagInspector(tag -> false);
        Yaml yaml = new Yaml(new SafeConstructor(options));
        Node root;
        try {
            root = yaml.compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            org.yaml.snakeyaml.error.Mark m = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            Mark mark = m == null ? new Mark(name, 1, 1) : new Mark(name, m.getLine() + 1, m.getColumn() + 1);
            String problem = e.getProblem() == null ? e.getMessage() : e.getProblem();
            String context = e.getContext() == null ? "" : " (" + e.getContext() + ")";
            String indentation = m == null ? null : indentation(text, problem, m.getLine(), m.getColumn());
            throw new ConfigException(new ConfigError(mark, "YAML syntax error: "
                    + (indentation != null ? indentation : problem + context)));
        } catch (YAMLException e) {
            throw new ConfigException(new ConfigError(new Mark(name, 1, 1), "YAML error: " + e.getMessage()));
        }
        if (root == null) {
            throw new ConfigException(new ConfigError(new Mark(name, 1, 1), "file is empty"));
        }
        List<ConfigError> errors = new ArrayList<>();
        ConfigNode node = convert(name, root, errors);
        if (!errors.isEmpty()) {
            throw new ConfigException(errors);
        }
        return node;
    }

    /**
     * SnakeYAML's "expected &lt;block end&gt;, but found '&lt;block mapping start&gt;' (while parsing a block
     * collection)" for a line indented differently from the keys of its block, said for people (review 7, F8): the
     * line, its column and the column of the keys above it. Null when the error is another one.
     *
     * @param line   0-based line of the problem
     * @param column 0-based column of the problem
     */
    static String indentation(String text, String problem, int line, int column) {
        if (problem == null || !problem.startsWith("expected <block end>, but found")) {
            return null;
        }
        String[] lines = text.split("\r?\n|\r", -1);
        if (line >= lines.length) {
            return null;
        }
        for (int i = line - 1; i >= 0; i--) {
            String above = lines[i];
            String content = above.strip();
            if (content.isEmpty() || content.startsWith("#")) {
                continue;
            }
            int keyColumn = above.indexOf(content);
            if (keyColumn > column && content.startsWith("- ") && !content.contains(": ") && !content.endsWith(":")) {
                continue; // an item of a list of values under a key (feeds: - url): no keys to line up with
            }
            // "- type: jsonl": the item's keys start after the dash
            while (keyColumn < above.length() && above.charAt(keyColumn) == '-' && keyColumn + 1 < above.length()
                    && above.charAt(keyColumn + 1) == ' ') {
                keyColumn += 2;
                while (keyColumn < above.length() && above.charAt(keyColumn) == ' ') {
                    keyColumn++;
                }
            }
            if (keyColumn == column) {
                return null; // not an indentation problem after all
            }
            return "line " + (line + 1) + " is indented differently from the keys of its block: it starts at column "
                    + (column + 1) + " (" + column + " space(s)), the keys above it (line " + (i + 1) + ") at column "
                    + (keyColumn + 1) + " (" + keyColumn + " space(s)); indent it like the keys it belongs with";
        }
        return null;
    }

    private ConfigNode convert(String name, Node node, List<ConfigError> errors) {
        Mark mark = mark(name, node);
        String tag = node.getTag().getValue();
        if (!STANDARD_TAGS.contains(tag)) {
            errors.add(new ConfigError(mark, "YAML tag '" + tag + "' is not allowed; write plain values"));
        }
        if (node instanceof ScalarNode scalar) {
            boolean plainNull = scalar.getTag().equals(Tag.NULL) && scalar.isPlain();
            if (plainNull) {
                return new ConfigNode.Scalar(null, mark, false);
            }
            EnvInterpolator.Result r = interpolator.interpolate(scalar.getValue());
            if (r.missingVariable() != null) {
                errors.add(new ConfigError(mark, "environment variable '" + r.missingVariable()
                        + "' is not set (write ${" + r.missingVariable() + ":-default} to give a default)"));
            }
            return new ConfigNode.Scalar(r.value(), mark, r.usedEnvironment());
        }
        if (node instanceof SequenceNode seq) {
            List<ConfigNode> items = new ArrayList<>();
            for (Node item : seq.getValue()) {
                items.add(convert(name, item, errors));
            }
            return new ConfigNode.ListNode(items, mark);
        }
        MappingNode map = (MappingNode) node;
        Map<String, ConfigNode.Entry> entries = new LinkedHashMap<>();
        for (NodeTuple tuple : map.getValue()) {
            Node keyNode = tuple.getKeyNode();
            Mark keyMark = mark(name, keyNode);
            if (!(keyNode instanceof ScalarNode keyScalar)) {
                errors.add(new ConfigError(keyMark, "a map key must be a plain name, not " + describe(keyNode)));
                continue;
            }
            String key = keyScalar.getValue();
            if (key.equals("<<")) {
                errors.add(new ConfigError(keyMark, "YAML merge keys ('<<') are not supported; repeat the settings"));
                continue;
            }
            ConfigNode value = convert(name, tuple.getValueNode(), errors);
            ConfigNode.Entry previous = entries.get(key);
            if (previous != null) {
                errors.add(new ConfigError(keyMark, "duplicate key '" + key + "' (first at line "
                        + previous.keyMark().line() + ")"));
                continue;
            }
            entries.put(key, new ConfigNode.Entry(key, keyMark, value));
        }
        return new ConfigNode.MapNode(entries, mark);
    }

    private static String describe(Node node) {
        return node instanceof MappingNode ? "a map" : node instanceof SequenceNode ? "a list" : "a value";
    }

    private static Mark mark(String name, Node node) {
        org.yaml.snakeyaml.error.Mark m = node.getStartMark();
        return m == null ? new Mark(name, 1, 1) : new Mark(name, m.getLine() + 1, m.getColumn() + 1);
    }
}
