package org.copydesk.api;

/**
 * A payload this format cannot read. The message says why in words a person can act on ("empty file", "binary
 * data, not text"); the core adds which input it was.
 */
public class FormatException extends Exception {
    public FormatException(String reason) {
        super(reason);
    }

    public FormatException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
