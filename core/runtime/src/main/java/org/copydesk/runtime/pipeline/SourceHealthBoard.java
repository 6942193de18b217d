package org.copydesk.runtime.pipeline;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.copydesk.api.SourceHealth;

/**
 * The sources (feeds, URLs) that inputs report failing, by pipeline: what {@code GET /api/pipelines} lists under
 * {@code failing_sources} and the metrics {@code copydesk_source_failures_total{pipeline}} and
 * {@code copydesk_sources_failing{pipeline}} count. A source leaves the list at its next good read, and a pipeline's
 * list is emptied when it starts again (its input reports afresh). Thread-safe.
 */
public final class SourceHealthBoard {
    /** A failing source: since when, how many reads in a row failed, and the last reason. */
    public record Failing(String source, Instant since, long failures, String lastError, Instant lastFailure) {
    }

    private final Clock clock;
    private final Map<String, Map<String, Failing>> byPipeline = new ConcurrentHashMap<>();
    private volatile MeterRegistry registry;
    /**
     * One gauge per pipeline that has reported a failure, registered once and read when scraped (it reads 0 once its
     * sources recover), removed when the pipeline's sources are forgotten. A MultiGauge re-registered at every
     * failed read removed and re-added its series, and a scrape in between missed them (review 8).
     */
    private final Map<String, Gauge> gauges = new ConcurrentHashMap<>();

    public SourceHealthBoard(Clock clock) {
        this.clock = clock;
    }

    /** Counts into these metrics from now on (the daemon's registry). */
    public synchronized void bindTo(MeterRegistry registry) {
        this.registry = registry;
        byPipeline.keySet().forEach(this::gauge);
    }

    /** What a pipeline's stages report to. */
    public SourceHealth forPipeline(String pipeline) {
        return new SourceHealth() {
            @Override
            public void failed(String source, String reason) {
                if (source != null) { // a plugin's mistake must not end its input thread
                    record(pipeline, source, reason == null ? "" : reason);
                }
            }

            @Override
            public void succeeded(String source) {
                Map<String, Failing> sources = byPipeline.get(pipeline);
                if (source != null && sources != null) {
                    sources.remove(org.copydesk.runtime.config.Secrets.redact(source));
                }
            }
        };
    }

    private void record(String pipeline, String rawSource, String rawReason) {
        // a feed URL may hold a ${ENV} secret: kept and shown masked, like every log line
        String source = org.copydesk.runtime.config.Secrets.redact(rawSource);
        String reason = org.copydesk.runtime.config.Secrets.redact(rawReason);
        Instant now = clock.instant();
        byPipeline.computeIfAbsent(pipeline, p -> new ConcurrentHashMap<>()).merge(source,
                new Failing(source, now, 1, reason, now),
                (old, fresh) -> new Failing(source, old.since(), old.failures() + 1, reason, now));
        MeterRegistry r = registry;
        if (r != null) {
            r.counter("copydesk.source.failures", "pipeline", pipeline).increment();
            gauge(pipeline);
        }
    }

    private void gauge(String pipeline) {
        MeterRegistry r = registry;
        if (r != null) {
            gauges.computeIfAbsent(pipeline, p -> Gauge.builder("copydesk.sources.failing", () -> {
                Map<String, Failing> sources = byPipeline.get(p);
                return sources == null ? 0 : sources.size();
            }).description("Sources (feeds, URLs) whose last read failed, by pipeline").tag("pipeline", p)
                    .strongReference(true).register(r));
        }
    }

    /** The pipeline's failing sources, the longest failing first. */
    public List<Failing> failing(String pipeline) {
        Map<String, Failing> sources = byPipeline.get(pipeline);
        if (sources == null) {
            return List.of();
        }
        List<Failing> list = new ArrayList<>(sources.values());
        list.sort(Comparator.comparing(Failing::since).thenComparing(Failing::source));
        return list;
    }

    /**
     * Keeps only these pipelines' sources: a pipeline paused, stopped for a removed plugin, renamed or deleted reads
     * nothing, so its sources are not failing any more (review 8: they stayed until a restart).
     */
    public void retainOnly(java.util.Set<String> running) {
        if (byPipeline.keySet().retainAll(running)) {
            dropGauges();
        }
    }

    /** Forgets a pipeline's sources: it was stopped, or starts again and its input reports afresh. */
    public void forget(String pipeline) {
        if (byPipeline.remove(pipeline) != null) {
            dropGauges();
        }
    }

    private void dropGauges() {
        MeterRegistry r = registry;
        for (String pipeline : new java.util.ArrayList<>(gauges.keySet())) {
            if (!byPipeline.containsKey(pipeline)) {
                Gauge g = gauges.remove(pipeline);
                if (g != null && r != null) {
                    r.remove(g);
                }
            }
        }
    }
}
