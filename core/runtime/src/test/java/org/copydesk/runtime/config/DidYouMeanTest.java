package org.copydesk.runtime.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DidYouMeanTest {
    private final List<String> steps = List.of("dateline", "quotes", "translate");

    @Test
    void suggestsTyposAndTranspositions() {
        assertThat(DidYouMean.closest("datline", steps)).contains("dateline");
        assertThat(DidYouMean.closest("qoutes", steps)).contains("quotes");
        assertThat(DidYouMean.closest("Translate", steps)).contains("translate");
    }

    @Test
    void doesNotSuggestUnrelatedNames() {
        assertThat(DidYouMean.closest("xyz", steps)).isEmpty();
        assertThat(DidYouMean.closest("sentiment", steps)).isEmpty();
    }

    @Test
    void describeListsKnownNames() {
        assertThat(DidYouMean.describe("step type", "qoutes", steps))
                .isEqualTo("unknown step type 'qoutes'; did you mean 'quotes'? (known: dateline, quotes, translate)");
    }
}
