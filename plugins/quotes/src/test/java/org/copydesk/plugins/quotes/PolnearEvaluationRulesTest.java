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

    @Test
    void annotatorsAreScoredAgainstEachOtherOnlyWhereSeveralAnnotatedAnArticle(@org.junit.jupiter.api.io.TempDir
            java.nio.file.Path dir) throws Exception {
        String text = "The mayor said the port will reopen. The union said the strike is over. Rain fell.";
        int port = text.indexOf("the port"); // content "the port will reopen", speaker "The mayor"
        int strike = text.indexOf("the strike"); // content "the strike is over", speaker "The union"
        String both = item(port, port + 20, 0, 9) + "," + item(strike, strike + 18, 37, 46);
        String one = item(port, port + 20, 0, 9);
        java.nio.file.Path file = dir.resolve("multi.jsonl");
        java.nio.file.Files.writeString(file, String.join("\n",
                line("a1", text, both), line("a1", text, one), line("solo", text, one)) + "\n");

        PolnearEvaluation[] ev = PolnearEvaluation.agreement(java.util.List.of(file), QuoteFinder.standard());

        PolnearEvaluation people = ev[0];
        assertThat(people.articles).isEqualTo(1); // "solo" has one annotator: nothing to compare
        assertThat(people.lines).isEqualTo(2); // both orders of the one pair
        // annotator 1 as gold: 1 of 2 found; annotator 2 as gold: 1 of 1 found with 2 predicted; halves summed
        PolnearEvaluation.Counts all = people.results.get("all content-exact");
        assertThat(all.tp).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(all.gold).isCloseTo(1.5, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(all.predicted).isCloseTo(1.5, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(people.f1("all speaker")).isCloseTo(2.0 / 3, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(ev[1].articles).isEqualTo(1);
        assertThat(ev[1].lines).isEqualTo(2); // the finder is scored against each annotator of the same article
    }

    @Test
    void aQuotesLabelIsTheShareOfAnnotatorsAgainstWhomItIsRightWithItsSpeaker() throws Exception {
        String text = "The mayor said the port will reopen. The union said the strike is over. Rain fell.";
        int port = text.indexOf("the port");
        int strike = text.indexOf("the strike");
        int rain = text.indexOf("Rain");
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        java.util.List<com.fasterxml.jackson.databind.JsonNode> annotators = java.util.List.of(
                json.readTree(line("a", text, item(port, port + 20, 0, 9) + "," + item(strike, strike + 18, 37, 46))),
                json.readTree(line("a", text, item(port, port + 20, 0, 9) + "," + item(strike, strike + 18, rain, rain + 4))));
        java.util.List<org.copydesk.api.Quote> quotes = QuoteFinder.standard().find(text, QuoteFinder.Options.all());
        assertThat(quotes).extracting(org.copydesk.api.Quote::text)
                .containsExactly("the port will reopen", "the strike is over");

        double[] labels = PolnearEvaluation.contentSpeakerLabels(annotators, text, quotes);

        // both annotators agree on the port's speaker; the second gives the strike to another mention
        assertThat(labels).containsExactly(new double[] {1.0, 0.5}, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void calibrationFiguresCompareConfidenceWithTheShareRightPerDecile() {
        PolnearEvaluation ev = new PolnearEvaluation(false, false);
        for (double label : new double[] {0, 0, 0, 1}) {
            ev.calibration.add(new double[] {0.25, label}); // a quarter right at 0.25: calibrated
        }
        assertThat(ev.expectedCalibrationError()).isCloseTo(0, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(ev.brier()).isCloseTo((3 * 0.0625 + 0.5625) / 4, org.assertj.core.data.Offset.offset(1e-12));
        ev.calibration.add(new double[] {0.95, 0});
        ev.calibration.add(new double[] {0.95, 0});
        // a second decile, 2 of 6 quotes, 0.95 off
        assertThat(ev.expectedCalibrationError()).isCloseTo(2 * 0.95 / 6, org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void quotesUnderAThresholdAreLeftOutOfItsScores(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        String text = "The mayor said the port will reopen. The union said the strike is over. Rain fell.";
        int port = text.indexOf("the port");
        java.nio.file.Path file = dir.resolve("one.jsonl");
        java.nio.file.Files.writeString(file, line("a", text, item(port, port + 20, 0, 9)) + "\n");
        double[] weights = new double[ConfidenceModel.SIZE];
        weights[ConfidenceModel.Feature.BIAS.ordinal()] = -2; // every quote at 0.12
        QuoteFinder unsure = new QuoteFinder(CueLexicon.standard(), SpeakerLexicon.standard(), CueRates.standard(),
                ConfidenceModel.of(weights));

        PolnearEvaluation ev = PolnearEvaluation.run(file, unsure, false);

        assertThat(ev.results.get("all content-overlap").predicted).isEqualTo(2);
        assertThat(ev.byThreshold.get(0.0).results.get("all content-overlap").predicted).isEqualTo(2);
        assertThat(ev.byThreshold.get(0.2).results.get("all content-overlap").predicted).isZero();
        assertThat(ev.calibration).hasSize(2);
    }

    private static String item(int start, int end, int speakerStart, int speakerEnd) {
        return "{\"start\":" + start + ",\"end\":" + end + ",\"speaker_start\":" + speakerStart
                + ",\"speaker_end\":" + speakerEnd + ",\"cue\":\"said\",\"quote_type\":\"indirect\"}";
    }

    private static String line(String article, String text, String items) {
        return "{\"article\":\"" + article + "\",\"text\":\"" + text + "\",\"quotes\":[" + items + "]}";
    }

    private static PolnearEvaluation.Counts counts(double tp, double predicted, double gold) {
        PolnearEvaluation.Counts c = new PolnearEvaluation.Counts();
        c.tp = tp;
        c.predicted = predicted;
        c.gold = gold;
        return c;
    }
}
