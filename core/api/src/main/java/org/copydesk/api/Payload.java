package org.copydesk.api;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * A unit of raw input: the bytes of one file, HTTP response or message, and where they came from.
 *
 * @param bytes       the raw bytes (not copied: do not change them)
 * @param sourceUri   the file path or URL they came from
 * @param received    when they arrived; for files the file's modification time
 * @param contentType the media type (with charset) when the transport knows it, else null
 * @param attributes  transport details (HTTP headers, file name, ...); never null
 */
public record Payload(byte[] bytes, String sourceUri, Instant received, String contentType,
                      Map<String, String> attributes) {
    public Payload {
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(sourceUri, "sourceUri");
        Objects.requireNonNull(received, "received");
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
    }

    public Payload(byte[] bytes, String sourceUri, Instant received) {
        this(bytes, sourceUri, received, null, Map.of());
    }
}
