package org.copydesk.testkit;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.copydesk.api.Document;
import org.copydesk.api.Payload;
import org.copydesk.api.Source;

/** Small builders of test input. */
public final class Payloads {
    /** A fixed time, so tests do not depend on the clock. */
    public static final Instant RECEIVED = Instant.parse("2025-04-28T09:30:00Z");

    private Payloads() {
    }

    public static Payload text(String text) {
        return new Payload(text.getBytes(StandardCharsets.UTF_8), "test:/story.txt", RECEIVED);
    }

    public static Payload bytes(byte[] bytes, String uri) {
        return new Payload(bytes, uri, RECEIVED);
    }

    /** A document as the {@code text} format would make it: body only, no headline. */
    public static Document document(String body) {
        Document d = new Document(new Source("test:/story.txt", "text", RECEIVED));
        d.setBody(body);
        d.setBodyOffset(0);
        return d;
    }
}
