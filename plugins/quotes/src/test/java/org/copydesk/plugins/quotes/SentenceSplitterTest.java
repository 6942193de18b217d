package org.copydesk.plugins.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {
    private final SentenceSplitter splitter = new SentenceSplitter();

    private List<int[]> split(String text) {
        Tokens t = Tokens.of(text);
        return splitter.split(t, new boolean[text.length() + 1], new boolean[text.length() + 1], new boolean[t.size()]);
    }

    @Test
    void sentencesEndAtAPeriodBeforeACapital() {
        List<int[]> s = split("The mayor spoke. Then the council voted. it went on, and on.");

        assertThat(s).extracting(r -> r[1] - r[0]).containsExactly(4, 12);
    }

    @Test
    void aRunawayParagraphOfLowerCaseClausesIsCutAtACommaOnceItIsLong() {
        // no period before a capital anywhere: before the cap this was one sentence of 12,000 tokens
        List<int[]> s = split("the plan would fail, and it costs too much, ".repeat(1_000));

        assertThat(s).hasSizeGreaterThan(20);
        assertThat(s).allSatisfy(r -> assertThat(r[1] - r[0]).isBetween(1, SentenceSplitter.SOFT_MAX_TOKENS + 6));
        assertThat(s.get(0)[0]).isZero();
        for (int k = 1; k < s.size(); k++) {
            assertThat(s.get(k)[0]).as("sentences follow each other").isEqualTo(s.get(k - 1)[1]);
        }
    }

    @Test
    void withoutCommasOrPeriodsTheHardCapCuts() {
        List<int[]> s = split("word ".repeat(5_000));

        assertThat(s).extracting(r -> r[1] - r[0]).containsExactly(SentenceSplitter.HARD_MAX_TOKENS,
                SentenceSplitter.HARD_MAX_TOKENS, SentenceSplitter.HARD_MAX_TOKENS, 5_000 - 3 * SentenceSplitter.HARD_MAX_TOKENS);
    }

    @Test
    void aLongNewsSentenceIsNotCut() {
        String sentence = "The senator, who had spoken for an hour about the budget, the roads, the schools and the "
                + "harbor, said on Tuesday that the vote, which was delayed twice, would be held next week.";

        assertThat(split(sentence)).hasSize(1);
    }
}
