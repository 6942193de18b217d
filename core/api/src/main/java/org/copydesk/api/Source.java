package org.copydesk.api;

import java.time.Instant;
import java.util.Objects;

/**
 * Where a document's bytes came from.
 *
 * @param uri      the file path or URL the bytes were read from
 * @param format   the format type that parsed them, e.g. {@code wire}
 * @param received when they arrived; for files the file's modification time
 */
public record Source(String uri, String format, Instant received) {
    public Source {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(received, "received");
    }
}
