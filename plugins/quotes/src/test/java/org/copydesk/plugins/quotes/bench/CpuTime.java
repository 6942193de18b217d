package org.copydesk.plugins.quotes.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import org.copydesk.api.Document;
import org.copydesk.api.Settings;
import org.copydesk.api.Source;
import org.copydesk.api.Step;
import org.copydesk.plugins.quotes.QuotesStepFactory;

/**
 * Supplement to {@link QuotesBenchmark} for a machine shared with other work: stories per second of CPU time of
 * this thread (so other processes competing for the cores do not count). {@code java ... CpuTime [seconds]}.
 */
public final class CpuTime {
    public static void main(String[] args) throws Exception {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 10;
        Step step = new QuotesStepFactory().create(null, Settings.empty());
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long sink = 0;
        for (int round = 0; round < 3; round++) {
            long cpu0 = mx.getCurrentThreadCpuTime();
            long n = 0;
            long bytes = 0;
            while (mx.getCurrentThreadCpuTime() - cpu0 < (long) (seconds * 1e9)) {
                for (int k = 0; k < 100; k++) {
                    String body = QuotesBenchmark.STORIES[(int) (n++ & 1)];
                    bytes += body.length();
                    Document d = new Document(new Source("bench", "text", java.time.Instant.EPOCH)).setBody(body);
                    sink += step.apply(d).quotes().size();
                }
            }
            double cpu = (mx.getCurrentThreadCpuTime() - cpu0) / 1e9;
            System.out.printf(java.util.Locale.ROOT, "round %d: %d stories (avg %d chars) in %.2f s CPU = %.0f stories per CPU-second%n",
                    round, n, bytes / n, cpu, n / cpu);
        }
        System.out.println("(checksum " + sink + ")");
    }
}
