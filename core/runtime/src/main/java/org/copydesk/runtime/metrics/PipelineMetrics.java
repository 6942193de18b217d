package org.copydesk.runtime.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The meters of one pipeline, looked up once per stage and cached, so the hot path only increments. A pipeline run
 * outside the daemon (process, tests) uses {@link #none()}, backed by a throw-away registry.
 */
public final class PipelineMetrics {
    /** Outcome tag values. */
    public static final String OK = "ok";
    public static final String FAILED = "failed";
    public static final String DROPPED = "dropped";

    private final MeterRegistry registry;
    private final String pipeline;
    private final Map<String, Counter> counters = new ConcurrentHashMap<>();
    private final Map<String, Timer> timers = new ConcurrentHashMap<>();

    public PipelineMetrics(MeterRegistry registry, String pipeline) {
        this.registry = registry;
        this.pipeline = pipeline;
    }

    public static PipelineMetrics none() {
        return new PipelineMetrics(new SimpleMeterRegistry(), "none");
    }

    public MeterRegistry registry() {
        return registry;
    }

    public String pipeline() {
        return pipeline;
    }

    /** Counts a document (or, for the format, a payload) leaving a stage with an outcome. */
    public void count(String stage, String outcome, long n) {
        if (n <= 0) {
            return;
        }
        counters.computeIfAbsent(stage + '\0' + outcome, k -> Counter.builder("copydesk.documents")
                .description("Documents that left a stage, by outcome (for the format stage: payloads)")
                .tag("pipeline", pipeline).tag("stage", stage).tag("outcome", outcome)
                .register(registry)).increment(n);
    }

    /** Records how long a stage took for one document or payload. */
    public void time(String stage, long nanos) {
        timers.computeIfAbsent(stage, s -> Timer.builder("copydesk.stage.latency")
                .description("Time a stage spent on one document (format: one payload)")
                .tag("pipeline", pipeline).tag("stage", s)
                .publishPercentileHistogram()
                .register(registry)).record(nanos, java.util.concurrent.TimeUnit.NANOSECONDS);
    }

    /** Counts a letter kept in the dead-letter store. */
    public void deadLetter(String stage) {
        counters.computeIfAbsent("dlq\0" + stage, k -> Counter.builder("copydesk.dead.letters")
                .description("Payloads or documents kept in the dead-letter store")
                .tag("pipeline", pipeline).tag("stage", stage).register(registry)).increment();
    }
}
