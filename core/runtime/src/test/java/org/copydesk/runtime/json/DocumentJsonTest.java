package org.copydesk.runtime.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.copydesk.api.Document;
import org.copydesk.api.Quote;
import org.copydesk.api.Source;
import org.junit.jupiter.api.Test;

/** The JSON Lines framing: one object per line, each line ending in a newline, read back as it was written. */
class DocumentJsonTest {
    private static Document story(int n) {
        Document d = new Document(new Source("/in/" + n + ".txt", "wire", Instant.parse("2025-04-28T09:30:00Z")));
        d.setId("id-" + n).setHeadline("Headline " + n).setBody("“Curly,” he said. \"Straight\" and\nnew line " + n);
        d.setQuotes(List.of(new Quote("Curly", 1, 6, null, Quote.Kind.DIRECT, new Quote.Cue("said", 12, 16),
                new Quote.Speaker("he", 9, 11, "he", Quote.SpeakerType.PERSON, null), 0.9)));
        return d;
    }

    @Test
    void oneDocumentIsOneLineEndingInANewline() {
        String line = new String(DocumentJson.toJsonLine(story(1)), StandardCharsets.UTF_8);
        assertThat(line).startsWith("{\"id\":\"id-1\"").endsWith("}\n");
        assertThat(line.indexOf('\n')).isEqualTo(line.length() - 1);
    }

    @Test
    void severalDocumentsAreTheirLinesInOrderWithNothingBetween() throws Exception {
        List<Document> docs = new ArrayList<>();
        StringBuilder oneByOne = new StringBuilder();
        for (int n = 0; n < 3; n++) {
            docs.add(story(n));
            oneByOne.append(new String(DocumentJson.toJsonLine(story(n)), StandardCharsets.UTF_8));
        }
        String lines = new String(DocumentJson.toJsonLines(docs), StandardCharsets.UTF_8);
        assertThat(lines).isEqualTo(oneByOne.toString());
        String[] split = lines.split("\n", -1);
        assertThat(split).hasSize(4);
        assertThat(split[3]).isEmpty();
        for (int n = 0; n < 3; n++) {
            Document back = DocumentJson.read(split[n].getBytes(StandardCharsets.UTF_8));
            assertThat(back.id()).isEqualTo("id-" + n);
            assertThat(back.body()).isEqualTo(docs.get(n).body());
            assertThat(back.quotes()).hasSize(1);
            assertThat(back.quotes().get(0).speaker().text()).isEqualTo("he");
            assertThat(back.quotes().get(0).cue().start()).isEqualTo(12);
        }
    }

    @Test
    void noDocumentsIsNoBytes() {
        assertThat(DocumentJson.toJsonLines(List.of())).isEmpty();
    }
}
