package org.copydesk.runtime.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Medians, percentiles and number formatting for the benchmark tables. */
final class Stats {
    private Stats() {
    }

    /** Median of the values that are not NaN; NaN when there are none. */
    static double median(List<Double> values) {
        List<Double> v = new ArrayList<>();
        for (Double d : values) {
            if (d != null && !d.isNaN()) {
                v.add(d);
            }
        }
        if (v.isEmpty()) {
            return Double.NaN;
        }
        v.sort(null);
        int n = v.size();
        return n % 2 == 1 ? v.get(n / 2) : (v.get(n / 2 - 1) + v.get(n / 2)) / 2;
    }

    /** Nearest-rank percentile (0 < p <= 100) of sorted values; NaN for none. */
    static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    /**
     * The rate a run sustains once warmed up: lines are counted in whole seconds from the first line on (the last,
     * partial second left out), and the median count of the second half of those seconds is returned. The first
     * half holds the JIT compiler's warm-up, which on two cores takes many seconds; NaN for runs shorter than 4 s.
     *
     * @param sortedNanos when each line was seen, sorted; only the first {@code n} are used
     */
    static double sustainedRate(long[] sortedNanos, int n) {
        if (n < 2) {
            return Double.NaN;
        }
        long first = sortedNanos[0];
        int seconds = (int) ((sortedNanos[n - 1] - first) / 1_000_000_000L);
        if (seconds < 4) {
            return Double.NaN;
        }
        int[] perSecond = new int[seconds];
        for (int i = 0; i < n; i++) {
            int s = (int) ((sortedNanos[i] - first) / 1_000_000_000L);
            if (s < seconds) {
                perSecond[s]++;
            }
        }
        List<Double> late = new ArrayList<>();
        for (int s = seconds / 2; s < seconds; s++) {
            late.add((double) perSecond[s]);
        }
        return median(late);
    }

    static long[] sortedCopy(long[] values, int length) {
        long[] copy = Arrays.copyOf(values, length);
        Arrays.sort(copy);
        return copy;
    }

    /** A number with a sensible number of digits; {@code n/a} for NaN. */
    static String fmt(double v) {
        if (Double.isNaN(v)) {
            return "n/a";
        }
        double a = Math.abs(v);
        if (a >= 1000) {
            return String.format(Locale.ROOT, "%.0f", v);
        }
        if (a >= 100) {
            return String.format(Locale.ROOT, "%.1f", v);
        }
        if (a >= 1) {
            return String.format(Locale.ROOT, "%.2f", v);
        }
        return String.format(Locale.ROOT, "%.3f", v);
    }

    static double mib(long bytes) {
        return bytes < 0 ? Double.NaN : bytes / (1024.0 * 1024.0);
    }
}
