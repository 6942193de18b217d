package org.copydesk.api;

import java.time.Instant;
import java.util.Objects;

/**
 * Where a document's bytes came from.
 *
 * @param uri      the file path or URL the bytes were read from
 * @param format   the format type that parsed them, e.g. {@code wire}
 * @param received when they arrived; for files the file's modification time. A dead letter replayed later keeps it
 * @param replayed when {@code copydesk dlq replay} sent them through again, else null
 */
public record Source(String uri, String format, Instant received, Instant replayed) {
    public Source {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(received, "received");
    }

    /** Bytes read for the first time (not replayed). */
    public Source(String uri, String format, Instant received) {
        this(uri, format, received, null);
    }

    /** This source, marked as replayed at that time. */
    public Source replayedAt(Instant when) {
        return new Source(uri, format, received, when);
    }
}
