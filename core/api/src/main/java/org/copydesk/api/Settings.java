package org.copydesk.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The validated, converted settings of one stage. The core builds it after checking every value against the
 * stage's declared {@link Setting}s; a factory only reads it.
 */
public final class Settings {
    private final Map<String, Object> values;

    /** @param values converted values by setting name; settings not given are absent (their default applies) */
    public Settings(Map<String, Object> values) {
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public static Settings empty() {
        return new Settings(Map.of());
    }

    /** The value given in the pipeline, else the setting's default (which may be null). */
    public <T> T get(Setting<T> setting) {
        Objects.requireNonNull(setting, "setting");
        Object value = values.get(setting.name());
        if (value == null) {
            return setting.defaultValue();
        }
        @SuppressWarnings("unchecked")
        T typed = (T) value;
        return typed;
    }

    /** True when the pipeline gave this setting explicitly. */
    public boolean isSet(Setting<?> setting) {
        return values.containsKey(setting.name());
    }

    /** The explicitly given values by name. */
    public Map<String, Object> asMap() {
        return values;
    }

    @Override
    public String toString() {
        return "Settings" + values.keySet();
    }
}
