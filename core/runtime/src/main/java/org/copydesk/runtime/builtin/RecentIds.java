package org.copydesk.runtime.builtin;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.Set;

/**
 * The last N documents an output wrote, each remembered as its id and a hash of its content (headline and body),
 * oldest forgotten first. A document with a remembered id but other content (an updated page, a corrected story)
 * is new. Not thread-safe: the output synchronises.
 */
final class RecentIds {
    private static final JsonFactory JSON = new JsonFactory();
    private final int capacity;
    private final ArrayDeque<String> order = new ArrayDeque<>();
    private final Set<String> ids = new HashSet<>();

    RecentIds(int capacity) {
        this.capacity = capacity;
    }

    boolean enabled() {
        return capacity > 0;
    }

    /** The key a document is remembered by: its id and a hash of its headline and body; null without an id. */
    static String key(String id, String headline, String body) {
        if (id == null) {
            return null;
        }
        try {
            java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
            sha.update((headline == null ? "\u0001" : headline).getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update((body == null ? "\u0001" : body).getBytes(StandardCharsets.UTF_8));
            return id + "\n" + java.util.Base64.getEncoder().withoutPadding().encodeToString(sha.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }

    /** Whether the key is among the recent ones (a null key never is). */
    boolean contains(String key) {
        return key != null && ids.contains(key);
    }

    /** @return true when the key was not among the recent ones (and is now) */
    boolean add(String key) {
        if (key == null || ids.contains(key)) {
            return key == null;
        }
        ids.add(key);
        order.addLast(key);
        if (order.size() > capacity) {
            ids.remove(order.removeFirst());
        }
        return true;
    }

    /** Reads the keys of the file's last lines (about 4 KB per line allowed, read from the end). */
    void loadTail(Path file) throws IOException {
        if (!Files.exists(file) || Files.size(file) == 0) {
            return;
        }
        long want = Math.min(Files.size(file), (long) capacity * 4096);
        byte[] tail = new byte[(int) Math.min(want, 64L * 1024 * 1024)];
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
            raf.seek(raf.length() - tail.length);
            raf.readFully(tail);
        }
        String text = new String(tail, StandardCharsets.UTF_8);
        int start = tail.length == Files.size(file) ? 0 : text.indexOf('\n') + 1; // skip a partial first line
        for (String line : text.substring(start).split("\n")) {
            String key = keyOf(line);
            if (key != null) {
                add(key);
            }
        }
    }

    /** The key of a JSON line: its top-level "id", "headline" and "body", as {@link #key} makes it; or null. */
    private static String keyOf(String line) {
        String id = null;
        String headline = null;
        String body = null;
        try (JsonParser p = JSON.createParser(line)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                String text = value == JsonToken.VALUE_STRING ? p.getText() : null;
                switch (name) {
                    case "id" -> id = text;
                    case "headline" -> headline = text;
                    case "body" -> body = text;
                    default -> p.skipChildren();
                }
            }
        } catch (IOException e) {
            return null;
        }
        return key(id, headline, body);
    }
}
