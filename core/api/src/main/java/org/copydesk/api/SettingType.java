package org.copydesk.api;

/**
 * The value types a {@link Setting} can declare. YAML scalars are read as text and converted by the core according
 * to this type, so YAML 1.1 surprises cannot happen ({@code no} stays the string {@code "no"} for a STRING setting).
 */
public enum SettingType {
    /** Any text. */
    STRING,
    /** One of the setting's {@link Setting#allowedValues()}. */
    ENUM,
    /** A 32-bit integer, optionally bounded by {@link Setting#min()}/{@link Setting#max()}. */
    INTEGER,
    /** A decimal number, optionally bounded. */
    DECIMAL,
    /** {@code true} or {@code false} (only those two words). */
    BOOLEAN,
    /** A duration: {@code 500ms}, {@code 10s}, {@code 5m}, {@code 2h}, {@code 1d} or ISO-8601 {@code PT10S}. */
    DURATION,
    /** A file system path; relative paths resolve against the working directory. */
    PATH,
    /** An absolute URI. */
    URI,
    /** A list of strings; a single scalar is taken as a list of one. */
    STRING_LIST,
    /**
     * Nested YAML (maps, lists, scalars as strings) passed through as {@code Map<String,Object>},
     * {@code List<Object>} and {@code String}; the stage checks its shape itself.
     */
    STRUCTURE
}
