package org.copydesk.plugins.dateline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.copydesk.api.Dateline;
import org.copydesk.api.Document;
import org.copydesk.api.Source;
import org.junit.jupiter.api.Test;

/**
 * The hand-annotated sample story in {@code wire/} (a KUNA story distributed by MENAFN), given to the step as the
 * {@code text} format gives it: first line the headline, the rest the body, credit and dateline still in it.
 */
class WireSampleEvaluationTest {
    @Test
    void sampleStoryMatchesItsAnnotation() throws Exception {
        Path text = Corpora.file("wire/000_1c15fbd1cf3cc1bd.txt");
        JsonNode gold = new ObjectMapper().readTree(Corpora.file("wire/000_1c15fbd1cf3cc1bd.gold.json").toFile());
        String source = Files.readString(text, StandardCharsets.UTF_8);
        int bodyStart = source.indexOf('\n') + 1;
        Document doc = new Document(new Source(text.toString(), "text", Instant.parse("2025-04-28T12:00:00Z")))
                .setBody(source.substring(bodyStart)).setBodyOffset(bodyStart);

        DatelineStep.withDefaults().apply(doc);

        Dateline d = doc.dateline();
        JsonNode g = gold.get("dateline");
        assertThat(d.raw()).isEqualTo(g.get("raw").asText());
        assertThat(source.substring(d.start(), d.end())).isEqualTo(d.raw());
        assertThat(d.city()).isEqualTo(g.get("city").asText());
        assertThat(d.country()).isEqualTo(g.get("country").asText());
        assertThat(d.date()).isEqualTo(String.format("2025-%02d-%02d", g.get("month").asInt(), g.get("day").asInt()));
        assertThat(d.agency()).isEqualTo(g.get("agency").asText());
        assertThat(doc.distributor()).isEqualTo(gold.get("distributor").asText());
        assertThat(doc.provider()).isEqualTo(gold.get("provider").asText());
        assertThat(doc.body()).startsWith(gold.get("body_starts_with").asText());
        System.out.println("EVAL dateline wire-sample ok: " + d.raw() + " -> " + d.located() + " " + d.date());
    }
}
