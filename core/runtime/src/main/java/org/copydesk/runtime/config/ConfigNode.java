package org.copydesk.runtime.config;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A configuration value with the place it came from. Scalars stay text: the declared type of the setting decides
 * how they are read, so YAML 1.1's implicit booleans, octals and sexagesimals never apply.
 */
public sealed interface ConfigNode permits ConfigNode.Scalar, ConfigNode.MapNode, ConfigNode.ListNode {
    Mark mark();

    /** A short word for messages: "a text value", "a map", "a list". */
    String kind();

    /** Plain Java form: String (or null for YAML null), Map, List. */
    Object toPlain();

    /**
     * A scalar.
     *
     * @param value     its text, or null for an explicit YAML null ({@code ~}, {@code null}, empty)
     * @param sensitive true when the text came from an environment variable: never echo it in messages or logs
     */
    record Scalar(String value, Mark mark, boolean sensitive) implements ConfigNode {
        @Override
        public String kind() {
            return "a single value";
        }

        @Override
        public Object toPlain() {
            return value;
        }

        /** The value as it may appear in a message. */
        public String shown() {
            return sensitive ? "(value from the environment)" : "'" + value + "'";
        }
    }

    /** A map in file order; keys are text. */
    record MapNode(Map<String, Entry> entries, Mark mark) implements ConfigNode {
        public MapNode {
            entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
        }

        public ConfigNode get(String key) {
            Entry e = entries.get(key);
            return e == null ? null : e.value();
        }

        @Override
        public String kind() {
            return "a map";
        }

        @Override
        public Object toPlain() {
            Map<String, Object> plain = new LinkedHashMap<>();
            entries.forEach((k, v) -> plain.put(k, v.value().toPlain()));
            return plain;
        }
    }

    /** A key of a map with where the key stands. */
    record Entry(String key, Mark keyMark, ConfigNode value) {
    }

    /** A list. */
    record ListNode(List<ConfigNode> items, Mark mark) implements ConfigNode {
        public ListNode {
            items = List.copyOf(items);
        }

        @Override
        public String kind() {
            return "a list";
        }

        @Override
        public Object toPlain() {
            List<Object> plain = new ArrayList<>();
            items.forEach(i -> plain.add(i.toPlain()));
            return plain;
        }
    }
}
