package org.copydesk.runtime.config;

/** One problem in a configuration file, with where it is. */
public record ConfigError(Mark mark, String message) {
    @Override
    public String toString() {
        return mark + ": " + message;
    }
}
