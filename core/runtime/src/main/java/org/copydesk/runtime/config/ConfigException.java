package org.copydesk.runtime.config;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/** Every problem found in one or more configuration files, reported together. */
public final class ConfigException extends Exception {
    private final List<ConfigError> errors;

    /** The errors are kept in file, line and column order (review 7, F9: they came in the order they were found). */
    public ConfigException(List<ConfigError> errors) {
        this(sorted(errors), true);
    }

    private ConfigException(List<ConfigError> sorted, boolean ignored) {
        super(sorted.stream().map(ConfigError::toString).collect(Collectors.joining("\n")));
        if (sorted.isEmpty()) {
            throw new IllegalArgumentException("a ConfigException needs at least one error");
        }
        this.errors = sorted;
    }

    private static final Comparator<ConfigError> ORDER = Comparator.comparing(ConfigError::mark,
            Comparator.nullsFirst(Comparator.comparing(Mark::file, Comparator.nullsFirst(Comparator.<String>naturalOrder()))
                    .thenComparingInt(Mark::line).thenComparingInt(Mark::column)));

    private static List<ConfigError> sorted(List<ConfigError> errors) {
        List<ConfigError> copy = new ArrayList<>(errors);
        copy.sort(ORDER); // stable: errors at one place keep the order they were found in
        return List.copyOf(copy);
    }

    public ConfigException(ConfigError error) {
        this(List.of(error));
    }

    public List<ConfigError> errors() {
        return errors;
    }
}
