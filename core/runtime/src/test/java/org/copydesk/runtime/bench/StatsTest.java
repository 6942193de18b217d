package org.copydesk.runtime.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class StatsTest {
    private static final long S = 1_000_000_000L;

    @Test
    void sustainedRateIsTheMedianSecondOfTheSecondHalfSoWarmUpDoesNotCount() {
        // 10 s: 100 lines a second for the first 5 s (warming up), then 1000, 1200, 900, 1000, 1100
        int[] perSecond = {100, 100, 100, 100, 100, 1000, 1200, 900, 1000, 1100};
        long[] nanos = new long[Arrays.stream(perSecond).sum() + 1];
        int i = 0;
        for (int s = 0; s < perSecond.length; s++) {
            for (int k = 0; k < perSecond[s]; k++) {
                nanos[i++] = s * S + k * (S / perSecond[s]);
            }
        }
        nanos[i] = 10 * S + 5; // one line in the last, partial second: left out
        assertThat(Stats.sustainedRate(nanos, nanos.length)).isEqualTo(1000.0);
        // the whole-run rate is far lower: the point of the figure
        assertThat(nanos.length / 10.0).isLessThan(600);
    }

    @Test
    void tooShortARunHasNoSustainedRate() {
        long[] nanos = {0, S / 2, S, 2 * S, 3 * S};
        assertThat(Stats.sustainedRate(nanos, nanos.length)).isNaN();
        assertThat(Stats.sustainedRate(new long[0], 0)).isNaN();
    }
}
