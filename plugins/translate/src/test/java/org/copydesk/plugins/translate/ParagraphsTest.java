package org.copydesk.plugins.translate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParagraphsTest {
    @Test
    void splitsOnBlankLinesAndJoinsBackExactly() {
        String body = "\n  First para\nsame para.\n\n\nSecond.  \n \nThird.\n";
        Paragraphs p = Paragraphs.of(body);
        assertThat(p.texts()).containsExactly("First para\nsame para.", "Second.", "Third.");
        assertThat(p.join()).isEqualTo(body);
        assertThat(p.starts().get(1)).isEqualTo(body.indexOf("Second."));
        assertThat(p.indexAt(body.indexOf("same"))).isZero();
        assertThat(p.indexAt(body.indexOf("Third"))).isEqualTo(2);
        assertThat(p.indexAt(body.indexOf("\n\n\n") + 1)).isEqualTo(-1);
    }

    @Test
    void withOtherTextsKeepsTheSeparatorsAndMovesTheOffsets() {
        Paragraphs p = Paragraphs.of("One.\n\nTwo.").with(List.of("Uno y más.", "Dos."));
        assertThat(p.join()).isEqualTo("Uno y más.\n\nDos.");
        assertThat(p.starts()).containsExactly(0, 12);
    }

    @Test
    void emptyBody() {
        assertThat(Paragraphs.of("").texts()).isEmpty();
        assertThat(Paragraphs.of("  ").join()).isEqualTo("  ");
    }

    /** A long run of spaces inside a line made the blank-line search quadratic (35 s for 200 KB, review). */
    @Test
    void longRunOfSpacesInsideALine() {
        String spaces = " ".repeat(200_000);
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            String body = "First paragraph x" + spaces + "y.";
            assertThat(Paragraphs.of(body).texts()).containsExactly(body);
            String two = "First" + spaces + "end.\n" + spaces + "\n\nSecond.";
            Paragraphs p = Paragraphs.of(two);
            assertThat(p.texts()).containsExactly("First" + spaces + "end.", "Second.");
            assertThat(p.separators().get(1)).isEqualTo("\n" + spaces + "\n\n");
            assertThat(p.join()).isEqualTo(two);
        });
    }
}
