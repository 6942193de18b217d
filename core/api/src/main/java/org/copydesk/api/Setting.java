package org.copydesk.api;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A declared setting of a stage: name, type, default, whether it is required, and a description. Factories hold
 * their settings as typed constants and read validated values with {@link Settings#get(Setting)}:
 *
 * <pre>{@code
 * static final Setting<Path> PATH = Setting.path("path").required().describedAs("Folder to watch.");
 * static final Setting<Duration> SETTLE = Setting.duration("settle", Duration.ofSeconds(1))
 *         .describedAs("How long a file must stay unchanged before it is read.");
 * }</pre>
 *
 * <p>Instances are immutable; each {@code with}-style method returns a copy.
 *
 * @param <T> the Java type of the converted value
 */
public final class Setting<T> {
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]*");

    private final String name;
    private final SettingType type;
    private final Class<T> valueClass;
    private final T defaultValue;
    private final boolean required;
    private final String description;
    private final List<String> allowedValues;
    private final Double min;
    private final Double max;

    private Setting(String name, SettingType type, Class<T> valueClass, T defaultValue, boolean required,
                    String description, List<String> allowedValues, Double min, Double max) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("setting name must match " + NAME + ": " + name);
        }
        this.name = name;
        this.type = Objects.requireNonNull(type);
        this.valueClass = valueClass;
        this.defaultValue = defaultValue;
        this.required = required;
        this.description = description == null ? "" : description;
        this.allowedValues = allowedValues == null ? List.of() : List.copyOf(allowedValues);
        this.min = min;
        this.max = max;
    }

    private static <T> Setting<T> of(String name, SettingType type, Class<T> cls, T def) {
        return new Setting<>(name, type, cls, def, false, "", List.of(), null, null);
    }

    public static Setting<String> string(String name) { return of(name, SettingType.STRING, String.class, null); }
    public static Setting<String> string(String name, String def) { return of(name, SettingType.STRING, String.class, def); }

    /** A string that must be one of {@code values}; the first is not implied as default. */
    public static Setting<String> oneOf(String name, String def, String... values) {
        if (def != null && !Arrays.asList(values).contains(def)) {
            throw new IllegalArgumentException("default " + def + " is not one of " + Arrays.toString(values));
        }
        return new Setting<>(name, SettingType.ENUM, String.class, def, false, "", Arrays.asList(values), null, null);
    }

    public static Setting<Integer> integer(String name, Integer def) { return of(name, SettingType.INTEGER, Integer.class, def); }
    public static Setting<Double> decimal(String name, Double def) { return of(name, SettingType.DECIMAL, Double.class, def); }
    public static Setting<Boolean> bool(String name, boolean def) { return of(name, SettingType.BOOLEAN, Boolean.class, def); }
    public static Setting<Duration> duration(String name, Duration def) { return of(name, SettingType.DURATION, Duration.class, def); }
    public static Setting<Path> path(String name) { return of(name, SettingType.PATH, Path.class, null); }
    public static Setting<Path> path(String name, Path def) { return of(name, SettingType.PATH, Path.class, def); }
    public static Setting<URI> uri(String name) { return of(name, SettingType.URI, URI.class, null); }

    @SuppressWarnings("unchecked")
    public static Setting<List<String>> stringList(String name, List<String> def) {
        return of(name, SettingType.STRING_LIST, (Class<List<String>>) (Class<?>) List.class, def == null ? null : List.copyOf(def));
    }

    public static Setting<Object> structure(String name) { return of(name, SettingType.STRUCTURE, Object.class, null); }

    /** This setting, required: validation fails when the pipeline does not give it. */
    public Setting<T> required() {
        return new Setting<>(name, type, valueClass, null, true, description, allowedValues, min, max);
    }

    public Setting<T> describedAs(String text) {
        return new Setting<>(name, type, valueClass, defaultValue, required, text, allowedValues, min, max);
    }

    /** Bounds for INTEGER and DECIMAL settings (inclusive; null for unbounded); durations use the overload below. */
    public Setting<T> range(Number lowest, Number highest) {
        if (type != SettingType.INTEGER && type != SettingType.DECIMAL) {
            throw new IllegalStateException("range applies to numbers, not " + type);
        }
        return new Setting<>(name, type, valueClass, defaultValue, required, description, allowedValues,
                lowest == null ? null : lowest.doubleValue(), highest == null ? null : highest.doubleValue());
    }

    /**
     * Bounds for DURATION settings (inclusive; null for unbounded), kept as seconds in {@link #min()} and
     * {@link #max()}: e.g. {@code range(Duration.ofSeconds(1), null)} for a wait that 0s would turn into a busy loop.
     * A negative duration is refused for every DURATION setting.
     */
    public Setting<T> range(Duration lowest, Duration highest) {
        if (type != SettingType.DURATION) {
            throw new IllegalStateException("a range of durations applies to durations, not " + type);
        }
        return new Setting<>(name, type, valueClass, defaultValue, required, description, allowedValues,
                lowest == null ? null : lowest.toMillis() / 1000.0, highest == null ? null : highest.toMillis() / 1000.0);
    }

    public String name() { return name; }
    public SettingType type() { return type; }
    public Class<T> valueClass() { return valueClass; }
    /** The value used when the pipeline gives none; null if there is none. */
    public T defaultValue() { return defaultValue; }
    public boolean isRequired() { return required; }
    public String description() { return description; }
    /** For ENUM settings, the allowed values; otherwise empty. */
    public List<String> allowedValues() { return allowedValues; }
    public Double min() { return min; }
    public Double max() { return max; }

    @Override
    public String toString() {
        return name + " (" + type.name().toLowerCase(java.util.Locale.ROOT) + (required ? ", required" : "")
                + (defaultValue != null ? ", default " + defaultValue : "") + ")";
    }
}
