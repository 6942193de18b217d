package org.copydesk.runtime.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
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
