package org.copydesk.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModelTest {
    @Test
    void datelineBuilderKeepsWhatItDoesNotChange() {
        Dateline raw = Dateline.unparsed("TOKYO, April 28 (KUNA) --", 10, 35);
        Dateline parsed = raw.toBuilder().city("Tokyo").country("Japan").agency("KUNA").build();
        assertThat(parsed.raw()).isEqualTo("TOKYO, April 28 (KUNA) --");
        assertThat(parsed.start()).isEqualTo(10);
        assertThat(parsed.city()).isEqualTo("Tokyo");
        assertThat(parsed.date()).isNull();
        assertThatThrownBy(() -> Dateline.unparsed("x", 5, 2)).hasMessageContaining("bad dateline offsets");
    }

    @Test
    void quoteDefaultsToOneSpanAndChecksConfidence() {
        Quote q = new Quote("mocking", 100, 107, null, Quote.Kind.PARTIAL, null, null, 0.7);
        assertThat(q.spans()).containsExactly(new Quote.Span(100, 107));
        assertThat(q.kind().jsonName()).isEqualTo("partial");
        assertThatThrownBy(() -> new Quote("x", 0, 1, null, Quote.Kind.DIRECT, null, null, 1.5))
                .hasMessageContaining("confidence");
        Quote.Speaker s = new Quote.Speaker("It", 0, 2, "South Korean Foreign Ministry", Quote.SpeakerType.ORGANIZATION, null);
        assertThat(q.withSpeaker(s).speaker()).isEqualTo(s);
    }

    @Test
    void documentBodyIsNeverNullAndWarningsNameTheirStage() {
        Document d = new Document(new Source("/in/a.txt", "wire", Instant.EPOCH));
        d.setBody(null);
        assertThat(d.body()).isEmpty();
        d.addWarning("dateline", "no year for 'Feb 29'");
        assertThat(d.warnings()).containsExactly(new Warning("dateline", "no year for 'Feb 29'"));
        assertThatThrownBy(() -> d.warnings().clear()).isInstanceOf(UnsupportedOperationException.class);
        d.setQuotes(List.of());
        d.quotes().add(new Quote("a", 0, 1, null, Quote.Kind.DIRECT, null, null, 1));
        assertThat(d.quotes()).hasSize(1);
    }
}
