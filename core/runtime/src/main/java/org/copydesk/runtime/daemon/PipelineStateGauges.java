package org.copydesk.runtime.daemon;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code copydesk_pipeline_state{pipeline,file,state}}: for each pipeline file, one series per state, 1 for the
 * state it is in and 0 for the others (as kube-state-metrics gives a pod's phase), so that an invalid or failed
 * pipeline can be alerted on ({@code /health/ready} does not count invalid files). The series of a file are
 * registered once and read the current state when scraped; they are removed when the file goes. Registering a
 * new set of rows at every change (a Micrometer MultiGauge with overwrite) removed and re-added every series, and
 * a scrape in between missed them (review 8).
 */
final class PipelineStateGauges {
    private final MeterRegistry registry;
    /** The current state of each file, by file name; read by the gauges. */
    private volatile Map<String, ManagedPipeline.State> current = Map.of();
    /** The gauges of each file and the pipeline name they carry. */
    private final Map<String, Registered> registered = new HashMap<>();

    private record Registered(String pipeline, List<Gauge> gauges) {
    }

    PipelineStateGauges(MeterRegistry registry) {
        this.registry = registry;
    }

    synchronized void update(List<ManagedPipeline> now) {
        Map<String, ManagedPipeline.State> next = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        for (ManagedPipeline m : now) {
            String file = m.file().getFileName().toString();
            next.put(file, m.state());
            names.put(file, m.name() == null ? "" : m.name());
        }
        current = Map.copyOf(next);
        for (String file : new ArrayList<>(registered.keySet())) {
            Registered r = registered.get(file);
            if (!names.containsKey(file) || !names.get(file).equals(r.pipeline())) {
                r.gauges().forEach(registry::remove);
                registered.remove(file);
            }
        }
        names.forEach((file, pipeline) -> registered.computeIfAbsent(file, f -> register(f, pipeline)));
    }

    private Registered register(String file, String pipeline) {
        List<Gauge> gauges = new ArrayList<>();
        for (ManagedPipeline.State state : ManagedPipeline.State.values()) {
            gauges.add(Gauge.builder("copydesk.pipeline.state", () -> current.get(file) == state ? 1 : 0)
                    .description("1 for the state each pipeline file is in, 0 for the others")
                    .tags("pipeline", pipeline, "file", file, "state", state.name().toLowerCase(Locale.ROOT))
                    .strongReference(true).register(registry));
        }
        return new Registered(pipeline, gauges);
    }
}
