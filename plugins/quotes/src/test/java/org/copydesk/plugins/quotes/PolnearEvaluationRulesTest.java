package org.copydesk.plugins.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The evaluation's own rules on invented strings (the corpus is not needed). */
class PolnearEvaluationRulesTest {

    @Test
    void aSpanInsideDoubledApostrophesIsDirect() {
        String text = "He said: ''The port will reopen,'' and left.";
        int start = text.indexOf("''");
        int end = text.indexOf("''", start + 2) + 2;
        assertThat(PolnearEvaluation.doubledApostrophes(text, start, end)).isTrue();
    }

    @Test
    void aSpanThatLeavesOutOneApostropheOfTheMarkIsStillInsideIt() {
        String text = "He said: ''The port will reopen,'' and left.";
        int start = text.indexOf("''");
        int end = text.indexOf("''", start + 2) + 1; // stops between the two apostrophes of the closing mark
        assertThat(PolnearEvaluation.doubledApostrophes(text, start, end)).isTrue();
        assertThat(PolnearEvaluation.doubledApostrophes(text, start + 1, end + 1)).isTrue();
    }

    @Test
    void aSpanWithOnlyOneMarkOrAnApostropheIsNotInsideDoubledApostrophes() {
        String text = "He said ''the port will reopen soon, and the Smiths' boats will sail.";
        int start = text.indexOf("''");
        int end = text.indexOf("Smiths'") + 7;
        assertThat(PolnearEvaluation.doubledApostrophes(text, start, end)).isFalse();
        String plain = "The port's owners will reopen it.";
        assertThat(PolnearEvaluation.doubledApostrophes(plain, 0, plain.length())).isFalse();
    }
}
