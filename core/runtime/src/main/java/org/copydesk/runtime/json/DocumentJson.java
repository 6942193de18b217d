package org.copydesk.runtime.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.copydesk.api.Dateline;
import org.copydesk.api.Document;
import org.copydesk.api.Quote;
import org.copydesk.api.Source;
import org.copydesk.api.Translation;
import org.copydesk.api.Warning;

/**
 * Writes documents as the JSON contract names them ({@code document.schema.json} in the API). Streaming and
 * explicit, field by field, so the names cannot drift with a Java refactoring and no reflection runs per document.
 * Null fields are written as null, so every line has the same keys.
 */
public final class DocumentJson {
    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private DocumentJson() {
    }

    /** One JSON object followed by a newline, UTF-8. */
    public static byte[] toJsonLine(Document doc) {
        try (ByteArrayBuilder buffer = new ByteArrayBuilder(4096)) {
            try (JsonGenerator g = FACTORY.createGenerator(buffer, JsonEncoding.UTF8)) {
                write(doc, g);
            }
            buffer.append('\n');
            return buffer.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Appends lines for each document to one array, for one write call. */
    public static byte[] toJsonLines(List<Document> docs) {
        if (docs.size() == 1) {
            return toJsonLine(docs.get(0));
        }
        try (ByteArrayBuilder buffer = new ByteArrayBuilder(4096 * Math.max(1, docs.size()))) {
            for (Document d : docs) {
                buffer.write(toJsonLine(d));
            }
            return buffer.toByteArray();
        }
    }

    public static void write(Document d, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", d.id());
        g.writeStringField("uri", d.uri());
        Source s = d.source();
        g.writeObjectFieldStart("source");
        g.writeStringField("uri", s.uri());
        g.writeStringField("format", s.format());
        g.writeStringField("received", s.received().toString());
        g.writeEndObject();
        g.writeStringField("language", d.language());
        g.writeStringField("headline", d.headline());
        g.writeStringField("byline", d.byline());
        g.writeStringField("provider", d.provider());
        g.writeStringField("distributor", d.distributor());
        g.writeStringField("published", d.published());
        g.writeStringField("body", d.body());
        writeDateline(d.dateline(), g);
        g.writeArrayFieldStart("quotes");
        for (Quote q : d.quotes()) {
            writeQuote(q, g);
        }
        g.writeEndArray();
        g.writeObjectFieldStart("translations");
        for (Map.Entry<String, Translation> e : d.translations().entrySet()) {
            g.writeFieldName(e.getKey());
            writeTranslation(e.getValue(), g);
        }
        g.writeEndObject();
        g.writeArrayFieldStart("warnings");
        for (Warning w : d.warnings()) {
            g.writeStartObject();
            g.writeStringField("stage", w.stage());
            g.writeStringField("message", w.message());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeFieldName("meta");
        writeValue(d.meta(), g);
        g.writeEndObject();
    }

    private static void writeDateline(Dateline dl, JsonGenerator g) throws IOException {
        if (dl == null) {
            g.writeNullField("dateline");
            return;
        }
        g.writeObjectFieldStart("dateline");
        g.writeStringField("raw", dl.raw());
        g.writeNumberField("start", dl.start());
        g.writeNumberField("end", dl.end());
        g.writeStringField("city", dl.city());
        g.writeStringField("region", dl.region());
        g.writeStringField("region_name", dl.regionName());
        g.writeStringField("country", dl.country());
        g.writeStringField("date", dl.date());
        g.writeStringField("agency", dl.agency());
        g.writeStringField("agency_name", dl.agencyName());
        g.writeStringField("located", dl.located());
        g.writeEndObject();
    }

    private static void writeQuote(Quote q, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("text", q.text());
        g.writeNumberField("start", q.start());
        g.writeNumberField("end", q.end());
        g.writeArrayFieldStart("spans");
        for (Quote.Span span : q.spans()) {
            g.writeStartObject();
            g.writeNumberField("start", span.start());
            g.writeNumberField("end", span.end());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeStringField("kind", q.kind().jsonName());
        if (q.cue() == null) {
            g.writeNullField("cue");
        } else {
            g.writeObjectFieldStart("cue");
            g.writeStringField("text", q.cue().text());
            g.writeNumberField("start", q.cue().start());
            g.writeNumberField("end", q.cue().end());
            g.writeEndObject();
        }
        Quote.Speaker sp = q.speaker();
        if (sp == null) {
            g.writeNullField("speaker");
        } else {
            g.writeObjectFieldStart("speaker");
            g.writeStringField("text", sp.text());
            g.writeNumberField("start", sp.start());
            g.writeNumberField("end", sp.end());
            g.writeStringField("name", sp.name());
            g.writeStringField("type", sp.type().jsonName());
            g.writeStringField("role", sp.role());
            g.writeEndObject();
        }
        g.writeNumberField("confidence", q.confidence());
        g.writeEndObject();
    }

    private static void writeTranslation(Translation t, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("headline", t.headline());
        g.writeStringField("body", t.body());
        g.writeArrayFieldStart("quotes");
        for (Quote q : t.quotes()) {
            writeQuote(q, g);
        }
        g.writeEndArray();
        g.writeStringField("engine", t.engine());
        g.writeStringField("source_language", t.sourceLanguage());
        g.writeBooleanField("machine_translated", t.machineTranslated());
        g.writeEndObject();
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /**
     * Reads a document written by {@link #toJsonLine} (or pushed by another system in the same shape).
     *
     * @throws IllegalArgumentException naming the field at fault
     */
    public static Document read(byte[] json) throws IOException {
        JsonNode n = MAPPER.readTree(json);
        if (n == null || !n.isObject()) {
            throw new IllegalArgumentException("not a JSON object");
        }
        JsonNode src = n.path("source");
        if (!src.isObject() || !src.path("uri").isTextual()) {
            throw new IllegalArgumentException("field 'source.uri' is missing");
        }
        Instant received;
        try {
            received = src.hasNonNull("received") ? Instant.parse(src.get("received").asText()) : Instant.EPOCH;
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException("field 'source.received' is not an ISO-8601 instant: "
                    + src.get("received").asText());
        }
        Document d = new Document(new Source(src.get("uri").asText(), src.path("format").asText("json"), received));
        d.setId(text(n, "id")).setUri(text(n, "uri")).setLanguage(text(n, "language")).setHeadline(text(n, "headline"))
                .setByline(text(n, "byline")).setProvider(text(n, "provider")).setDistributor(text(n, "distributor"))
                .setPublished(text(n, "published")).setBody(text(n, "body"));
        JsonNode dl = n.path("dateline");
        if (dl.isObject()) {
            d.setDateline(new Dateline(dl.path("raw").asText(""), dl.path("start").asInt(0), dl.path("end").asInt(0),
                    text(dl, "city"), text(dl, "region"), text(dl, "region_name"), text(dl, "country"), text(dl, "date"),
                    text(dl, "agency"), text(dl, "agency_name"), text(dl, "located")));
        }
        List<Quote> quotes = new ArrayList<>();
        for (JsonNode q : n.path("quotes")) {
            quotes.add(quote(q));
        }
        d.setQuotes(quotes);
        n.path("translations").fields().forEachRemaining(e -> {
            JsonNode t = e.getValue();
            List<Quote> tq = new ArrayList<>();
            t.path("quotes").forEach(q -> tq.add(quote(q)));
            d.translations().put(e.getKey(), new Translation(text(t, "headline"), t.path("body").asText(""), tq,
                    t.path("engine").asText(""), t.path("source_language").asText(""),
                    t.path("machine_translated").asBoolean(true)));
        });
        for (JsonNode w : n.path("warnings")) {
            d.addWarning(w.path("stage").asText("?"), w.path("message").asText(""));
        }
        if (n.path("meta").isObject()) {
            d.meta().putAll(MAPPER.convertValue(n.get("meta"), new TypeReference<Map<String, Object>>() { }));
        }
        return d;
    }

    private static Quote quote(JsonNode q) {
        List<Quote.Span> spans = new ArrayList<>();
        q.path("spans").forEach(s -> spans.add(new Quote.Span(s.path("start").asInt(), s.path("end").asInt())));
        JsonNode c = q.path("cue");
        JsonNode sp = q.path("speaker");
        Quote.Kind kind;
        Quote.SpeakerType type;
        try {
            kind = Quote.Kind.valueOf(q.path("kind").asText("direct").toUpperCase(java.util.Locale.ROOT));
            type = Quote.SpeakerType.valueOf(sp.path("type").asText("unknown").toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("field 'quotes[].kind' or 'speaker.type' has an unknown value");
        }
        return new Quote(q.path("text").asText(""), q.path("start").asInt(), q.path("end").asInt(), spans, kind,
                c.isObject() ? new Quote.Cue(c.path("text").asText(""), c.path("start").asInt(), c.path("end").asInt()) : null,
                sp.isObject() ? new Quote.Speaker(sp.path("text").asText(""), sp.path("start").asInt(), sp.path("end").asInt(),
                        text(sp, "name"), type, text(sp, "role")) : null,
                q.path("confidence").asDouble(1.0));
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    /** JSON-like values of {@code meta}: maps, lists, strings, numbers, booleans, null; anything else as text. */
    private static void writeValue(Object v, JsonGenerator g) throws IOException {
        if (v == null) {
            g.writeNull();
        } else if (v instanceof Map<?, ?> map) {
            g.writeStartObject();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                g.writeFieldName(String.valueOf(e.getKey()));
                writeValue(e.getValue(), g);
            }
            g.writeEndObject();
        } else if (v instanceof Iterable<?> list) {
            g.writeStartArray();
            for (Object o : list) {
                writeValue(o, g);
            }
            g.writeEndArray();
        } else if (v instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) {
            g.writeNumber(((Number) v).longValue());
        } else if (v instanceof Number n) {
            g.writeNumber(n.doubleValue());
        } else {
            g.writeString(v.toString());
        }
    }
}
