package org.copydesk.plugins.dateline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * False positives on {@code polnear/dev.jsonl}: US political news articles (2015-16), which seldom open a
 * paragraph with a dateline.
 *
 * <p>Every body paragraph of every article (one row per article: the file repeats an article once per annotator;
 * paragraphs are the text's non-blank lines; the first line is the headline and is left out) is given to the
 * detector as if it were the start of a body. Reported: the share of paragraphs where a dateline is found, and the
 * share of false ones: found in a paragraph not in {@link #TRUE_DATELINES}, the paragraphs that do open with a real
 * dateline (checked by hand: {@code WASHINGTON (AP) —}, {@code BRUSSELS -}, {@code FAIRVIEW, W.Va. -} and the like,
 * named by article and paragraph index, no text copied). The target is below 0.5% false positives.
 */
class PolnearFalsePositiveTest {
    /** article#paragraph (0 = first body paragraph) of paragraphs that really open with a dateline. */
    static final Set<String> TRUE_DATELINES = Set.of(
            "breitbart_2016-09-26_green-party-candidate-jill-stein#0",
            "breitbart_2016-09-28_mary-j-blige-sings-to-hillary-cl#0",
            "breitbart_2016-09-30_the-latest-trump-urges-supporter#0",
            "breitbart_2016-10-03_the-latest-trump-s-leaked-taxes-#0",
            "breitbart_2016-10-04_bill-clinton-calls-obamacare-cra#0",
            "huff-post_2016-09-16_black-lawmakers-rip-donald-trump#0",
            "huff-post_2016-09-27_hillary-clinton-goes-after-donal#0",
            "nyt_2016-09-08_obama-on-climate-change-the-tren#3",
            "nyt_2016-09-12_visa-program-up-for-renewal-amid#3",
            "nyt_2016-09-25_obama-says-african-american-muse#0",
            "nyt_2016-10-02_a-curious-plan-to-fight-climate-#4",
            "wash-post_2016-09-08_virginian-could-make-history-aga#0",
            "wash-post_2016-09-18_e-u-leaders-weigh-plans-for-grea#1",
            "wash-post_2016-09-25_phone-video-is-first-public-look#2",
            "wash-post_2016-09-26_charlotte-struggles-to-return-to#1");

    @Test
    void falsePositivesOnPolnearDev() throws Exception {
        List<JsonNode> rows = Corpora.jsonLines(Corpora.file("polnear/dev.jsonl"));
        DatelineParser parser = DatelineParser.standard();
        Set<String> seen = new HashSet<>();
        int paragraphs = 0;
        int found = 0;
        int falseFound = 0;
        List<String> hits = new ArrayList<>();
        for (JsonNode row : rows) {
            String article = row.get("article").asText();
            if (!seen.add(article)) {
                continue;
            }
            String[] lines = row.get("text").asText().split("\n");
            int index = -1;
            boolean headline = true;
            for (String line : lines) {
                if (line.isBlank()) {
                    continue;
                }
                if (headline) {
                    headline = false;
                    continue;
                }
                index++;
                paragraphs++;
                DatelineMatch m = parser.detect(line);
                if (m != null) {
                    found++;
                    String id = article + "#" + index;
                    boolean real = TRUE_DATELINES.contains(id);
                    falseFound += real ? 0 : 1;
                    hits.add((real ? "true  " : "FALSE ") + id + " " + line.substring(m.start(), m.end()));
                }
            }
        }
        System.out.println("EVAL dateline polnear-dev found=" + Corpora.pct(found, paragraphs)
                + " false-positive=" + Corpora.pct(falseFound, paragraphs));
        hits.forEach(h -> System.out.println("EVAL dateline polnear-dev hit: " + h));
        assertThat(100.0 * falseFound / paragraphs).as("false positive %").isLessThan(0.5);
        assertThat(100.0 * found / paragraphs).as("found %, real datelines included").isLessThan(1.5);
    }
}
