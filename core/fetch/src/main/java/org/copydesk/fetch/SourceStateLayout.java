package org.copydesk.fetch;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How a plugin stores a {@link SourceState} as JSON: which fields it keeps, under which keys, in which order. It
 * exists because the plugins wrote the same facts under different names before the state was shared (the
 * {@code rss} input's {@code next_poll}, the {@code http-fetch} input's {@code next_attempt}); each plugin keeps its
 * own layout so that a daemon upgraded in place reads what its previous version wrote, and writes the same. A field
 * without a key is not stored and reads as empty or zero. Immutable.
 */
public final class SourceStateLayout {
    /** The facts a {@link SourceState} holds. */
    public enum Field {
        ETAG, LAST_MODIFIED, LAST_SUCCESS, LAST_ATTEMPT, NEXT_ATTEMPT, FAILURES, TOTAL_FAILURES, LAST_ERROR, FINISHED
    }

    private final Map<Field, String> keys = new EnumMap<>(Field.class);
    private final List<Field> order = new ArrayList<>();

    private SourceStateLayout() {
    }

    /**
     * A layout from field-key pairs, in the order the keys are written:
     * {@code of(Map.entry(Field.ETAG, "etag"), Map.entry(Field.NEXT_ATTEMPT, "next_poll"), ...)}.
     *
     * @throws IllegalArgumentException if a field or a key is given twice
     */
    @SafeVarargs
    public static SourceStateLayout of(Map.Entry<Field, String>... keys) {
        SourceStateLayout layout = new SourceStateLayout();
        Set<String> names = new HashSet<>();
        for (Map.Entry<Field, String> e : keys) {
            if (layout.keys.containsKey(e.getKey()) || !names.add(e.getValue())) {
                throw new IllegalArgumentException("field " + e.getKey() + " or key '" + e.getValue() + "' given twice");
            }
            layout.keys.put(e.getKey(), e.getValue());
            layout.order.add(e.getKey());
        }
        return layout;
    }

    /** The fields stored, in the order they are written. */
    List<Field> fields() {
        return order;
    }

    /** The JSON key of a field; {@code null} if it is not stored. */
    String key(Field field) {
        return keys.get(field);
    }
}
