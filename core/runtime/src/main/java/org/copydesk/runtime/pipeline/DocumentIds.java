package org.copydesk.runtime.pipeline;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.copydesk.api.Document;

/**
 * Gives a document without a source id a stable one: a SHA-256 of its source URI and content (headline and body as
 * the format produced them), so the same story read twice gets the same id and outputs can deduplicate.
 */
final class DocumentIds {
    private DocumentIds() {
    }

    static void assign(Document doc) {
        if (doc.id() != null && !doc.id().isBlank()) {
            return;
        }
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(doc.source().uri().getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            if (doc.headline() != null) {
                sha.update(doc.headline().getBytes(StandardCharsets.UTF_8));
            }
            sha.update((byte) 0);
            sha.update(doc.body().getBytes(StandardCharsets.UTF_8));
            doc.setId(HexFormat.of().formatHex(sha.digest(), 0, 16));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
