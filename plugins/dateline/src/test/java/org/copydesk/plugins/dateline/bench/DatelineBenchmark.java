package org.copydesk.plugins.dateline.bench;

import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.copydesk.api.Document;
import org.copydesk.api.Source;
import org.copydesk.plugins.dateline.DatelineParser;
import org.copydesk.plugins.dateline.DatelineStep;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * Cost of the dateline step per story. Run from the command line (see the plugin's README):
 * {@code java -cp ... org.openjdk.jmh.Main -f 1 -wi 3 -i 5 DatelineBenchmark}.
 *
 * <p>{@code step} runs the whole step on a fresh document in turn for each of a dozen stories in different styles
 * (and two without a dateline), so the figure is the average cost of one story including removal from the body;
 * {@code detect} is the parser alone on the same texts.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class DatelineBenchmark {
    private static final String TAIL = " South Korea condemned, Monday, North Korea's first public admission of sending"
            + " troops to Russia in support of its war against Ukraine, accusing Pyongyang of \"mocking\" the"
            + " international community.\n\nThe ministry added that the dispatch of troops was a grave violation.";
    private static final String[] STORIES = {
        "(MENAFN- Kuwait News Agency (KUNA)) TOKYO, April 28 (KUNA) --" + TAIL,
        "    SALVADOR, Feb 26 -" + TAIL,
        "    PORTLAND, Maine, March 13 -\n    " + TAIL,
        "WASHINGTON (AP) —" + TAIL,
        "KYIV, Ukraine (AP) —" + TAIL,
        "PARIS, 28 avril 2025 (AFP) -" + TAIL,
        "Madrid, 3 may (EFE).-" + TAIL,
        "ROMA, 15 MAG - (ANSA) -" + TAIL,
        "MOSCOW, June 12. /TASS/." + TAIL,
        "ISLAMABAD, Sept. 14 (APP):" + TAIL,
        "SAN JUAN, Puerto Rico —" + TAIL,
        "New Delhi, Apr 28 (PTI)" + TAIL,
        "President Joe Biden said Tuesday that" + TAIL,
        "NATO, the 32-member alliance, said" + TAIL,
    };
    private static final Source SOURCE = new Source("bench", "text", Instant.parse("2025-04-28T10:00:00Z"));

    private final DatelineStep step = DatelineStep.withDefaults();
    private final DatelineParser parser = DatelineParser.standard();
    private int next;

    @Benchmark
    public Document step() {
        String story = STORIES[next++ % STORIES.length];
        return step.apply(new Document(SOURCE).setBody(story).setPublished("2025-04-28T09:00:00Z"));
    }

    @Benchmark
    public Object detect() {
        return parser.detect(STORIES[next++ % STORIES.length]);
    }
}
