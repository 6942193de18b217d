package org.copydesk.plugins.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * PolNeAR dev set: prints precision, recall and F1 of every metric (see {@link PolnearEvaluation} for the exact
 * definitions) and fails when a figure drops below what the finder reached when this test was last tuned (floors
 * are set a little under the measured values; they are not the targets, which are reported in the README).
 */
class PolnearEvaluationTest {

    /** Measured F1 minus a small margin. */
    private static final Map<String, Double> FLOORS = new LinkedHashMap<>();

    static {
        FLOORS.put("direct content-exact", 0.908);
        FLOORS.put("direct content-overlap", 0.935);
        FLOORS.put("direct content-exact+speaker", 0.884);
        FLOORS.put("direct content+speaker", 0.903);
        FLOORS.put("direct speaker", 0.922);
        FLOORS.put("direct-as-labelled content-overlap", 0.880);
        FLOORS.put("all content-exact", 0.567);
        FLOORS.put("all content-overlap", 0.805);
        FLOORS.put("all content-exact+speaker", 0.553);
        FLOORS.put("all content+speaker", 0.731);
        FLOORS.put("all speaker", 0.795);
    }

    @Test
    void polnearDev() throws Exception {
        String dir = System.getProperty("copydesk.corpora");
        Assumptions.assumeTrue(dir != null, "copydesk.corpora not set");
        Path dev = Path.of(dir, "polnear", "dev.jsonl");
        Assumptions.assumeTrue(Files.isRegularFile(dev), "PolNeAR dev set not available at " + dev);

        PolnearEvaluation ev = PolnearEvaluation.run(dev, QuoteFinder.standard(), false);
        ev.summary("polnear-dev").forEach(System.out::println);

        assertThat(ev.articles).isEqualTo(84);
        FLOORS.forEach((metric, floor) -> assertThat(ev.f1(metric)).as(metric).isGreaterThanOrEqualTo(floor));
        // the confidence is a probability: its deciles hold what they say (MAX_ECE), and it separates (MAX_BRIER)
        assertThat(ev.expectedCalibrationError()).as("expected calibration error").isLessThan(MAX_ECE);
        assertThat(ev.brier()).as("Brier score").isLessThan(MAX_BRIER);
    }

    /**
     * The most expected calibration error (confidence deciles, {@link PolnearEvaluation#expectedCalibrationError}) the
     * dev quotes may show. Measured 0.0262 on dev (train, where the model was fitted: 0.0133). A sample of dev's size
     * shows some error from chance alone: 84 articles drawn from train (2,000 draws, articles kept whole, since
     * quotes of one article are not independent) give a median of 0.0253, a 95th percentile of 0.0379 and a 99th of
     * 0.0444. The bound lies above those: 0.05. The hand-set confidence of the earlier rounds shows 0.0591 on dev
     * (0.0354 on train), so a model fitted to other labels, or features that no longer mean what they did when it
     * was fitted, lands above it.
     */
    static final double MAX_ECE = 0.05;
    /**
     * The most Brier score (mean squared distance between confidence and label) the dev quotes may show. Measured
     * 0.1223 on dev (0.1327 on train); the hand-set confidence of the earlier rounds scores 0.1366 on dev (0.1505 on
     * train), always predicting the train mean about 0.20. Like the F1 floors, the bound guards the figure measured
     * here (84-article draws from train spread with a standard deviation of 0.0074) and lies under the hand-set
     * confidence's: the confidence must keep telling right quotes from wrong ones.
     */
    static final double MAX_BRIER = 0.135;

    /**
     * The articles of train and dev that several people annotated: the annotators against each other (what the
     * metrics can measure at best) printed beside the finder on the same articles. Only printed and checked for
     * shape: the figures are a yardstick for the targets, not something to tune to.
     */
    @Test
    void annotatorAgreement() throws Exception {
        String dir = System.getProperty("copydesk.corpora");
        Assumptions.assumeTrue(dir != null, "copydesk.corpora not set");
        Path train = Path.of(dir, "polnear", "train.jsonl");
        Path dev = Path.of(dir, "polnear", "dev.jsonl");
        Assumptions.assumeTrue(Files.isRegularFile(train) && Files.isRegularFile(dev), "PolNeAR not available");

        PolnearEvaluation[] ev = PolnearEvaluation.agreement(java.util.List.of(train, dev), QuoteFinder.standard());
        ev[0].summary("polnear-multi-annotated annotators").forEach(System.out::println);
        ev[1].summary("polnear-multi-annotated finder").forEach(System.out::println);

        assertThat(ev[0].articles).isEqualTo(18); // 16 in train, 2 in dev
        assertThat(ev[1].articles).isEqualTo(18);
        // every ordered pair is scored both ways, so what one annotator misses the other has extra
        ev[0].results.forEach((metric, c) -> assertThat(c.precision()).as(metric)
                .isCloseTo(c.recall(), org.assertj.core.data.Offset.offset(1e-9)));
    }
}
