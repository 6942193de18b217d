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

    @Test
    void theBootstrapIntervalHoldsTheFigureAndWidensWithArticlesThatDisagree() {
        java.util.List<PolnearEvaluation.Counts> same = new java.util.ArrayList<>();
        java.util.List<PolnearEvaluation.Counts> mixed = new java.util.ArrayList<>();
        for (int i = 0; i < 40; i++) {
            same.add(counts(8, 10, 10)); // every article: P = R = F1 = 0.8
            mixed.add(i % 2 == 0 ? counts(10, 10, 10) : counts(6, 10, 10)); // also 0.8 overall, 1.0 and 0.6 apart
        }
        double[] flat = PolnearEvaluation.interval(same, 500, 7);
        assertThat(flat[0]).isCloseTo(0.8, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(flat[1]).isCloseTo(0.8, org.assertj.core.data.Offset.offset(1e-9));
        double[] wide = PolnearEvaluation.interval(mixed, 500, 7);
        assertThat(wide[0]).isLessThan(0.78);
        assertThat(wide[1]).isGreaterThan(0.82);
        assertThat(wide[0]).isGreaterThan(0.6);
        assertThat(wide[1]).isLessThan(1.0);
        assertThat(PolnearEvaluation.interval(mixed, 500, 7)).containsExactly(wide); // the seed fixes it
    }

    private static PolnearEvaluation.Counts counts(double tp, double predicted, double gold) {
        PolnearEvaluation.Counts c = new PolnearEvaluation.Counts();
        c.tp = tp;
        c.predicted = predicted;
        c.gold = gold;
        return c;
    }
}
