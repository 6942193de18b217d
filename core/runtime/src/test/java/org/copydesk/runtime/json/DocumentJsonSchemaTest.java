package org.copydesk.runtime.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.copydesk.api.Dateline;
import org.copydesk.api.Document;
import org.copydesk.api.Quote;
import org.copydesk.api.Source;
import org.copydesk.api.Translation;
import org.junit.jupiter.api.Test;

/** The writer and the schema in the API must agree: every output line is checked against the schema. */
class DocumentJsonSchemaTest {
    static final ObjectMapper MAPPER = new ObjectMapper();

    /** The schema of the document contract, from the API artifact. */
    public static JsonSchema schema() throws Exception {
        try (InputStream in = Document.class.getResourceAsStream("document.schema.json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
    }

    @Test
    void minimalDocumentIsValidAndHasEveryKey() throws Exception {
        Document d = new Document(new Source("/in/a.txt", "wire", Instant.parse("2025-04-28T09:30:00Z")));
        d.setId("abc");
        JsonNode json = MAPPER.readTree(DocumentJson.toJsonLine(d));
        assertThat(schema().validate(json)).isEmpty();
        assertThat(json.get("dateline").isNull()).isTrue();
        assertThat(json.get("source").get("received").asText()).isEqualTo("2025-04-28T09:30:00Z");
    }

    @Test
    void fullDocumentUsesTheContractNames() throws Exception {
        Document d = new Document(new Source("/in/a.txt", "wire", Instant.EPOCH));
        d.setId("abc").setHeadline("H").setBody("Body \"quoted\" text.").setLanguage("en").setProvider("KUNA")
                .setDistributor("MENAFN").setPublished("2025-04-28");
        d.setDateline(new Dateline("TOKYO, April 28 (KUNA) --", 10, 35, "Tokyo", null, null, "Japan", "2025-04-28",
                "KUNA", "Kuwait News Agency", "Tokyo, Japan"));
        Quote q = new Quote("quoted", 6, 12, null, Quote.Kind.PARTIAL, new Quote.Cue("said", 0, 4),
                new Quote.Speaker("The ministry", 0, 12, "South Korean Foreign Ministry", Quote.SpeakerType.ORGANIZATION,
                        null), 0.9);
        d.setQuotes(List.of(q));
        d.translations().put("es", new Translation("H", "Cuerpo", List.of(q), "apertium eng-spa", "en", true));
        d.addWarning("dateline", "no year");
        d.meta().put("subjects", List.of("politics", Map.of("n", 1)));
        JsonNode json = MAPPER.readTree(DocumentJson.toJsonLine(d));
        Set<ValidationMessage> problems = schema().validate(json);
        assertThat(problems).isEmpty();
        assertThat(json.get("dateline").get("agency_name").asText()).isEqualTo("Kuwait News Agency");
        assertThat(json.get("quotes").get(0).get("speaker").get("type").asText()).isEqualTo("organization");
        assertThat(json.get("quotes").get(0).get("kind").asText()).isEqualTo("partial");
        assertThat(json.get("translations").get("es").get("machine_translated").asBoolean()).isTrue();
        assertThat(json.get("translations").get("es").get("source_language").asText()).isEqualTo("en");
    }

    @Test
    void schemaRejectsRenamedFields() throws Exception {
        JsonNode bad = MAPPER.readTree("{\"id\":\"a\",\"source\":{\"uri\":\"x\",\"format\":\"wire\",\"received\":\"2025-01-01T00:00:00Z\"},"
                + "\"body\":\"\",\"dateline\":null,\"quotes\":[],\"translations\":{},\"warnings\":[],\"meta\":{},\"title\":\"x\"}");
        assertThat(schema().validate(bad)).isNotEmpty();
    }
}
