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
        if (!Files.isDirectory(root)) {
            return letters;
        }
        List<Path> dirs = new ArrayList<>();
        try (Stream<Path> s = Files.list(root)) {
            s.filter(Files::isDirectory).filter(d -> pipeline == null || d.getFileName().toString().equals(pipeline))
                    .sorted().forEach(dirs::add);
        }
        ObjectMapper mapper = new ObjectMapper();
        for (Path dir : dirs) {
            List<Path> errors;
            try (Stream<Path> s = Files.list(dir)) {
                errors = s.filter(p -> p.getFileName().toString().endsWith(".error.json")
                        && !p.getFileName().toString().startsWith(".")).sorted().toList();
            }
            for (Path e : errors) {
                String name = e.getFileName().toString();
                Path content = e.resolveSibling(name.substring(0, name.length() - ".error.json".length()));
                Map<String, Object> error;
                try {
                    error = mapper.readValue(e.toFile(), new TypeReference<Map<String, Object>>() { });
                } catch (IOException ex) {
                    error = Map.of("message", "unreadable .error.json: " + ex.getMessage());
                }
                letters.add(new Letter(dir.getFileName().toString(), content, e, error));
            }
        }
        return letters;
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
