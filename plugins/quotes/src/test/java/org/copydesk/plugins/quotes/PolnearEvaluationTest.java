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
        FLOORS.put("all content-overlap", 0.802);
        FLOORS.put("all content-exact+speaker", 0.553);
        FLOORS.put("all content+speaker", 0.727);
        FLOORS.put("all speaker", 0.793);
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
    }

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
