package org.copydesk.plugins.translate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.copydesk.api.Quote;
import org.junit.jupiter.api.Test;

class QuoteAlignerTest {
    private static Quote quote(String body, String text) {
        int at = body.indexOf(text);
        return new Quote(text, at, at + text.length(), null, Quote.Kind.DIRECT, null,
                new Quote.Speaker("Sheikh Ahmad", body.indexOf("Sheikh Ahmad"), body.indexOf("Sheikh Ahmad") + 12,
                        "Sheikh Ahmad", Quote.SpeakerType.PERSON, null), 0.8);
    }

    @Test
    void foundWordForWordInItsParagraph() {
        String body = "Intro.\n\n\"We are ready,\" Sheikh Ahmad said.";
        String translated = "Introducción.\n\n\"Estamos listos,\" Sheikh Ahmad dijo.";
        List<Quote> out = QuoteAligner.align(List.of(quote(body, "We are ready")), List.of("Estamos listos"),
                Paragraphs.of(body), Paragraphs.of(translated));
        Quote q = out.get(0);
        assertThat(translated.substring(q.start(), q.end())).isEqualTo("Estamos listos").isEqualTo(q.text());
        assertThat(q.speaker().start()).isEqualTo(translated.indexOf("Sheikh Ahmad"));
        assertThat(q.confidence()).isEqualTo(0.8);
        assertThat(q.cue()).isNull();
    }

    @Test
    void otherwiseTheSameNumberedQuotedPassage() {
        String body = "He said \"a\" and «we are ready to go» today.";
        String translated = "Dijo «un» y «estamos listos para ir» hoy.";
        List<Quote> out = QuoteAligner.align(List.of(quote(body, "we are ready to go")),
                List.of("estamos preparados para ir"), Paragraphs.of(body), Paragraphs.of(translated));
        Quote q = out.get(0);
        assertThat(q.text()).isEqualTo("estamos listos para ir");
        assertThat(translated.substring(q.start(), q.end())).isEqualTo(q.text());
        assertThat(q.speaker().start()).isEqualTo(-1);
    }

    @Test
    void notFoundGetsAnEmptySpanAtItsParagraphAndLessConfidence() {
        String body = "One.\n\nHe said we are ready.";
        String translated = "Uno.\n\nDijo que estamos a punto.";
        List<Quote> out = QuoteAligner.align(List.of(quote(body, "we are ready")), List.of("estamos listos"),
                Paragraphs.of(body), Paragraphs.of(translated));
        Quote q = out.get(0);
        assertThat(q.text()).isEqualTo("estamos listos");
        assertThat(q.start()).isEqualTo(q.end()).isEqualTo(translated.indexOf("Dijo"));
        assertThat(q.confidence()).isEqualTo(0.4);
    }

    @Test
    void quotedPassages() {
        assertThat(QuoteAligner.quoted("a \"b c\" d “e” f « g »")).containsExactly(
                new Quote.Span(3, 6), new Quote.Span(11, 12), new Quote.Span(18, 19));
    }
}
