package org.copydesk.api;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
    STRUCTURE;

    private static final Pattern DURATION_TEXT = Pattern.compile("(\\d+)\\s*(ms|s|m|h|d)");

    /**
     * The longest {@link #DURATION} there is: ten years. Longer values (999999999999999d) overflow where they are
     * added to a clock or turned into nanoseconds.
     */
    public static final Duration MAX_DURATION = Duration.ofDays(3650);

    /** A text that reads as a duration longer than {@link #MAX_DURATION}. */
    public static final class DurationTooLongException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        DurationTooLongException(String text) {
            super("longer than " + MAX_DURATION.toDays() + " days: " + text);
        }
    }

    /**
     * Reads a {@link #DURATION} as the core reads duration settings, for a stage that reads durations from its own
     * structures (a {@link #STRUCTURE} setting): {@code 500ms}, {@code 10s}, {@code 5m}, {@code 2h}, {@code 1d} or
     * ISO-8601 {@code PT10S}.
     *
     * @throws DurationTooLongException when longer than {@link #MAX_DURATION}
     * @throws IllegalArgumentException when the text is no duration
     */
    public static Duration parseDuration(String text) {
        Duration d;
        Matcher m = DURATION_TEXT.matcher(text.toLowerCase(Locale.ROOT));
        try {
            if (m.matches()) {
                long n = Long.parseLong(m.group(1));
                d = switch (m.group(2)) {
                    case "ms" -> Duration.ofMillis(n);
                    case "s" -> Duration.ofSeconds(n);
                    case "m" -> Duration.ofMinutes(n);
                    case "h" -> Duration.ofHours(n);
                    default -> Duration.ofDays(n);
                };
            } else if (text.toUpperCase(Locale.ROOT).startsWith("P")) {
                d = Duration.parse(text.toUpperCase(Locale.ROOT));
            } else {
                throw new IllegalArgumentException("not a duration: " + text);
            }
        } catch (ArithmeticException | NumberFormatException e) {
            throw new DurationTooLongException(text); // digits beyond a long, or days beyond Duration's range
        }
        if (d.compareTo(MAX_DURATION) > 0) {
            throw new DurationTooLongException(text);
        }
        return d;
    }
}
