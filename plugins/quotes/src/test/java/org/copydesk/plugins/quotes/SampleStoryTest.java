package org.copydesk.plugins.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.copydesk.api.Document;
import org.copydesk.api.Quote;
import org.copydesk.api.Settings;
import org.copydesk.api.Source;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The sample KUNA story against its hand annotation: every quote right, nothing extra. */
class SampleStoryTest {

    private static Path corpus() {
        String dir = System.getProperty("copydesk.corpora");
        Assumptions.assumeTrue(dir != null, "copydesk.corpora not set");
        Path wire = Path.of(dir, "wire");
        Assumptions.assumeTrue(Files.isRegularFile(wire.resolve("000_1c15fbd1cf3cc1bd.gold.json")),
                "sample story not available");
        return wire;
    }

    @Test
    void sampleStoryMatchesGold() throws Exception {
        Path wire = corpus();
        String body = SampleStory.body(wire.resolve("000_1c15fbd1cf3cc1bd.txt"));
        JsonNode gold = new ObjectMapper().readTree(wire.resolve("000_1c15fbd1cf3cc1bd.gold.json").toFile());
        assertThat(body).startsWith(gold.get("body_starts_with").asText()).endsWith(gold.get("body_ends_with").asText());

        // The gold annotates quotations (marks), not unmarked reported speech: the step runs with kinds direct, partial.
        Settings settings = new Settings(java.util.Map.of("kinds", List.of("direct", "partial")));
        Document doc = new Document(new Source("sample", "wire", Instant.EPOCH)).setBody(body);
        new QuotesStepFactory().create(null, settings).apply(doc);

        List<String> expected = new ArrayList<>();
        for (JsonNode q : gold.get("quotes")) {
            expected.add(q.get("kind").asText() + " | " + q.get("text").asText() + " | cue=" + q.get("cue").asText()
                    + " | " + q.get("speaker").get("text").asText() + " -> " + q.get("speaker").get("name").asText());
        }
        List<String> actual = new ArrayList<>();
        for (Quote q : doc.quotes()) {
            actual.add(q.kind().jsonName() + " | " + q.text() + " | cue=" + (q.cue() == null ? null : q.cue().text())
                    + " | " + (q.speaker() == null ? null : q.speaker().text() + " -> " + q.speaker().name()));
            assertThat(body.substring(q.start(), q.end())).startsWith(q.text().substring(0, Math.min(20, q.text().length())));
            assertThat(q.cue() == null || body.substring(q.cue().start(), q.cue().end()).equals(q.cue().text())).isTrue();
            assertThat(q.speaker() == null
                    || body.substring(q.speaker().start(), q.speaker().end()).equals(q.speaker().text())).isTrue();
        }
        System.out.println("EVAL quotes sample-story " + actual.size() + " quotes, " + expected.size() + " in gold, "
                + actual.stream().filter(expected::contains).count() + " exactly right");
        assertThat(actual).containsExactlyElementsOf(expected);
    }
}
