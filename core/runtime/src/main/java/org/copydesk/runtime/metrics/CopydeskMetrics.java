package org.copydesk.runtime.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

/**
 * The daemon's meters, exposed in Prometheus text at {@code GET /metrics}. Names follow Micrometer conventions and
 * come out in Prometheus as {@code copydesk_documents_total{pipeline,stage,outcome}},
 * {@code copydesk_stage_latency_seconds{pipeline,stage}}, {@code copydesk_queue_depth{pipeline}},
 * {@code copydesk_dead_letters_total{pipeline,stage}}, {@code copydesk_pipeline_reloads_total}, plus JVM meters.
 */
public final class CopydeskMetrics {
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private JvmGcMetrics gc;

    public CopydeskMetrics() {
        new JvmMemoryMetrics().bindTo(registry);
        gc = new JvmGcMetrics();
        gc.bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
    }

    public MeterRegistry registry() {
        return registry;
    }

    /** Prometheus text exposition format. */
    public String scrape() {
        return registry.scrape();
    }

    public void close() {
        if (gc != null) {
            gc.close();
            gc = null;
        }
        registry.close();
    }
}
