package org.copydesk.runtime.config;

import java.util.List;
import java.util.stream.Collectors;

/** Every problem found in one or more configuration files, reported together. */
public final class ConfigException extends Exception {
    private final List<ConfigError> errors;

    public ConfigException(List<ConfigError> errors) {
        super(errors.stream().map(ConfigError::toString).collect(Collectors.joining("\n")));
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("a ConfigException needs at least one error");
        }
        this.errors = List.copyOf(errors);
    }

    public ConfigException(ConfigError error) {
        this(List.of(error));
    }

    public List<ConfigError> errors() {
        return errors;
    }
}
