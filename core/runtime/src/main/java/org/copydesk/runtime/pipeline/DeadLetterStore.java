package org.copydesk.runtime.pipeline;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.copydesk.runtime.config.Secrets;

/**
 * Keeps what failed for a human: {@code <data>/dead-letter/<pipeline>/<time>-<n>-<name>} holds the original bytes
 * (or the document as JSON when a step failed), and {@code <same>.error.json} says where and why: pipeline, stage,
 * plugin and version, source, received (when the payload first came in), message, stack, time, attempts. The
 * content is written before the error file and each through a temporary file, so a crash never leaves a
 * half-written letter. Values taken from the environment
 * ({@link Secrets}) are written as {@value Secrets#MASK} in both files: a feed URL's {@code ?key=} in the source,
 * the message and the stack, and wherever the content repeats it.
 */
public final class DeadLetterStore {
    private static final JsonFactory JSON = new JsonFactory();
    private static final ObjectMapper READER = new ObjectMapper();
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'").withZone(ZoneOffset.UTC);

    private final Path root;
    private final Clock clock;
    private final AtomicLong sequence = new AtomicLong();

    /** @param dataRoot the daemon's data folder; letters go under {@code dead-letter/} */
    public DeadLetterStore(Path dataRoot, Clock clock) {
        this.root = dataRoot.resolve("dead-letter");
        this.clock = clock;
    }

    public Path root() {
        return root;
    }

    /**
     * Stores one letter.
     *
     * @param name    a file name hint (the source file name); made safe here
     * @param content the original bytes, or the failed document as JSON
     * @return the path of the stored content
     */
    public Path put(String pipeline, StageFailure failure, String sourceUri, String name, byte[] content, int attempts)
            throws IOException {
        return put(pipeline, failure, sourceUri, name, content, attempts, null, Map.of());
    }

    /**
     * Stores one letter with the payload's media type and transport attributes, so a replay hands the format the
     * same payload (a feed's selected items, a followed page's feed fields).
     */
    public Path put(String pipeline, StageFailure failure, String sourceUri, String name, byte[] content, int attempts,
                    String contentType, Map<String, String> attributes) throws IOException {
        return put(pipeline, failure, sourceUri, null, name, content, attempts, contentType, attributes);
    }

    /**
     * As above, with when the payload first came in ({@code received}, may be null), so that a replay keeps it as the
     * documents' {@code source.received}: it became the replay time, and a wire story without a year in its dateline
     * replayed a year later got the wrong year.
     */
    public Path put(String pipeline, StageFailure failure, String sourceUri, java.time.Instant received, String name,
                    byte[] content, int attempts, String contentType, Map<String, String> attributes)
            throws IOException {
        Path dir = Files.createDirectories(root.resolve(pipeline));
        String base = STAMP.format(clock.instant()) + "-" + sequence.incrementAndGet() + "-"
                + safe(Secrets.redact(name)); // the name comes from the URL: its ?key= too
        Path contentFile = dir.resolve(base);
        Path tmp = dir.resolve("." + base + ".tmp");
        Files.write(tmp, Secrets.redact(content));
        Files.move(tmp, contentFile, StandardCopyOption.ATOMIC_MOVE);
        Path errorFile = dir.resolve(base + ".error.json");
        Path errorTmp = dir.resolve("." + base + ".error.json.tmp");
        try (OutputStream out = Files.newOutputStream(errorTmp);
             JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("pipeline", pipeline);
            g.writeStringField("stage", failure.stage());
            g.writeStringField("plugin", failure.pluginId());
            g.writeStringField("plugin_version", failure.pluginVersion());
            g.writeStringField("source", Secrets.redact(sourceUri));
            g.writeStringField("document_id", failure.document() == null ? null : failure.document().id());
            g.writeStringField("content", contentFile.getFileName().toString());
            g.writeStringField("message", Secrets.redact(failure.message()));
            g.writeStringField("error", failure.error().getClass().getName());
            g.writeStringField("stack", Secrets.redact(stack(failure.error())));
            g.writeStringField("time", clock.instant().toString());
            g.writeNumberField("attempts", attempts);
            if (received != null) {
                g.writeStringField("received", received.toString());
            }
            g.writeStringField("content_type", contentType);
            g.writeObjectFieldStart("attributes");
            for (Map.Entry<String, String> a : new java.util.TreeMap<>(attributes).entrySet()) {
                g.writeStringField(a.getKey(), Secrets.redact(a.getValue()));
            }
            g.writeEndObject();
            g.writeEndObject();
        }
        Files.move(errorTmp, errorFile, StandardCopyOption.ATOMIC_MOVE);
        return contentFile;
    }

    /** One stored letter: its content file and what its .error.json says. */
    public record Letter(String pipeline, Path content, Path errorFile, Map<String, Object> error) {
    }

    /** Letters of one pipeline (or all when null), oldest first. */
    public List<Letter> list(String pipeline) throws IOException {
        List<Letter> letters = new ArrayList<>();
        for (Entry e : entries(pipeline)) {
            letters.add(read(e));
        }
        return letters;
    }

    /**
     * One stored letter known by its files only, not read: listing 30,000 letters by name takes milliseconds, reading
     * them all took a second (review 5, finding 20).
     */
    public record Entry(String pipeline, Path errorFile) {
        /** The letter's content file. */
        public Path content() {
            String name = errorFile.getFileName().toString();
            return errorFile.resolveSibling(name.substring(0, name.length() - ".error.json".length()));
        }
    }

    /**
     * The entries newest first by when they were kept: a letter's name is {@code <UTC time>-<sequence>-<name>}, so by
     * time, then by sequence as a number (the 10th letter of one millisecond after the 9th), then pipeline. Each
     * name is split once, not at every comparison.
     */
    public static List<Entry> newestFirst(List<Entry> entries) {
        record Keyed(String time, long sequence, Entry entry) {
        }
        List<Keyed> keyed = new ArrayList<>(entries.size());
        for (Entry e : entries) {
            String[] parts = e.errorFile().getFileName().toString().split("-", 3);
            long sequence = 0;
            try {
                sequence = parts.length == 3 ? Long.parseLong(parts[1]) : 0;
            } catch (NumberFormatException ex) {
                // not a name this store made: ordered by its time part alone
            }
            keyed.add(new Keyed(parts[0], sequence, e));
        }
        keyed.sort(java.util.Comparator.comparing(Keyed::time).thenComparingLong(Keyed::sequence)
                .thenComparing(k -> k.entry().pipeline()).reversed());
        return keyed.stream().map(Keyed::entry).toList();
    }

    /** The letters of one pipeline (or all when null) by their files, without reading them: by pipeline, oldest first. */
    public List<Entry> entries(String pipeline) throws IOException {
        List<Entry> entries = new ArrayList<>();
        if (!Files.isDirectory(root)) {
            return entries;
        }
        List<Path> dirs = new ArrayList<>();
        try (Stream<Path> s = Files.list(root)) {
            s.filter(Files::isDirectory).filter(d -> pipeline == null || d.getFileName().toString().equals(pipeline))
                    .sorted().forEach(dirs::add);
        }
        for (Path dir : dirs) {
            entries.addAll(entriesOf(dir));
        }
        return entries;
    }

    /** One pipeline folder's listing, with the folder's modification time when it was taken. */
    private record Listing(java.nio.file.attribute.FileTime modified, List<Entry> entries) {
    }

    private final Map<Path, Listing> listings = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * One pipeline folder's entries, oldest first. Kept while the folder's modification time (which every letter
     * kept, replayed or purged changes) stays the same; a folder changed in the last two seconds is always listed
     * again, since a change within the file system's clock tick may not move the time.
     */
    private List<Entry> entriesOf(Path dir) throws IOException {
        java.nio.file.attribute.FileTime modified = Files.getLastModifiedTime(dir);
        Listing cached = listings.get(dir);
        boolean settled = modified.toMillis() < System.currentTimeMillis() - 2000;
        if (cached != null && settled && cached.modified().equals(modified)) {
            return cached.entries();
        }
        List<Entry> entries = new ArrayList<>();
        String pipeline = dir.getFileName().toString();
        try (Stream<Path> s = Files.list(dir)) {
            s.filter(p -> p.getFileName().toString().endsWith(".error.json")
                    && !p.getFileName().toString().startsWith(".")).sorted()
                    .forEach(e -> entries.add(new Entry(pipeline, e)));
        }
        List<Entry> listed = List.copyOf(entries);
        if (settled) {
            listings.put(dir, new Listing(modified, listed));
        } else {
            listings.remove(dir);
        }
        return listed;
    }

    /** Reads one letter's .error.json; an unreadable one says so in its message. */
    public Letter read(Entry e) {
        Map<String, Object> error;
        try {
            error = READER.readValue(e.errorFile().toFile(), new TypeReference<Map<String, Object>>() { });
        } catch (IOException ex) {
            error = Map.of("message", "unreadable .error.json: " + ex.getMessage());
        }
        return new Letter(e.pipeline(), e.content(), e.errorFile(), error);
    }

    private static String safe(String name) {
        String s = name == null ? "payload" : name.replaceAll("[^A-Za-z0-9._-]", "_");
        if (s.startsWith(".")) {
            s = "_" + s.substring(1);
        }
        return s.isEmpty() ? "payload" : s.length() > 80 ? s.substring(s.length() - 80) : s;
    }

    private static String stack(Throwable t) {
        StringWriter w = new StringWriter();
        t.printStackTrace(new PrintWriter(w));
        return w.toString();
    }
}
