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

/** The last N document ids an output wrote, oldest forgotten first. Not thread-safe: the output synchronises. */
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

    /** Whether the id is among the recent ones (a null id never is). */
    boolean contains(String id) {
        return id != null && ids.contains(id);
    }

    /** @return true when the id was not among the recent ones (and is now) */
    boolean add(String id) {
        if (id == null || ids.contains(id)) {
            return id == null;
        }
        ids.add(id);
        order.addLast(id);
        if (order.size() > capacity) {
            ids.remove(order.removeFirst());
        }
        return true;
    }

    /** Reads the ids of the file's last lines (about 4 KB per line allowed, read from the end). */
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
            String id = idOf(line);
            if (id != null) {
                add(id);
            }
        }
    }

    /** The top-level "id" of a JSON line (the writer puts it first), or null. */
    private static String idOf(String line) {
        try (JsonParser p = JSON.createParser(line)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                if (name.equals("id")) {
                    return value == JsonToken.VALUE_STRING ? p.getText() : null;
                }
                p.skipChildren();
            }
        } catch (IOException e) {
            return null;
        }
        return null;
    }
}
