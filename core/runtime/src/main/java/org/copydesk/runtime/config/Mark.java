package org.copydesk.runtime.config;

/**
 * A position in a configuration file, 1-based as editors show it.
 *
 * @param file   the file as the user named it
 * @param line   1-based line
 * @param column 1-based column
 */
public record Mark(String file, int line, int column) {
    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
