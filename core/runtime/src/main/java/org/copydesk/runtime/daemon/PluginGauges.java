package org.copydesk.runtime.daemon;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.copydesk.runtime.Bootstrap;
import org.copydesk.runtime.CopydeskVersion;
import org.copydesk.runtime.plugin.CopydeskPluginManager;
import org.copydesk.runtime.plugin.StageRegistry;
import org.pf4j.PluginWrapper;

/** Plugin states as a gauge ({@code copydesk_plugins{plugin,state}} = 1) and as JSON for the admin API. */
final class PluginGauges {
    private PluginGauges() {
    }

    /**
     * (Re)registers one gauge per plugin and per JAR that failed to load, dropping those of an earlier call: the
     * daemon calls it at start and after every plugin change, so a replaced, added or removed plugin shows.
     */
    static synchronized void register(MeterRegistry registry, Bootstrap core) {
        registry.find("copydesk.plugins").gauges().forEach(registry::remove);
        for (Map<String, Object> row : describe(core)) {
            if (!StageRegistry.CORE.equals(row.get("id"))) {
                Gauge.builder("copydesk.plugins", () -> 1.0).description("Installed plugins by state")
                        .tag("plugin", String.valueOf(row.get("id"))).tag("state", String.valueOf(row.get("state")))
                        .strongReference(true).register(registry);
            }
        }
    }

    static List<Map<String, Object>> describe(Bootstrap core) {
        return core.readPlugins(() -> rows(core));
    }

    private static List<Map<String, Object>> rows(Bootstrap core) {
        Map<String, List<StageRegistry.Entry>> byPlugin = core.registry().byPlugin();
        List<Map<String, Object>> result = new ArrayList<>();
        result.add(entry(StageRegistry.CORE, CopydeskVersion.get(), "STARTED", byPlugin.get(StageRegistry.CORE), null));
        for (PluginWrapper p : core.plugins()) {
            result.add(entry(p.getPluginId(), p.getDescriptor().getVersion(), p.getPluginState().toString(),
                    byPlugin.get(p.getPluginId()), p.getFailedException() == null ? null : p.getFailedException().toString()));
        }
        for (CopydeskPluginManager.FailedJar f : core.pluginManager().failedJars()) {
            Map<String, Object> m = entry(f.jar().getFileName().toString(), null, "FAILED", null, f.reason());
            m.put("jar", f.jar().toString());
            result.add(m);
        }
        for (StageRegistry.Problem problem : core.registry().problems()) {
            for (Map<String, Object> m : result) {
                if (m.get("id").equals(problem.pluginId())) {
                    @SuppressWarnings("unchecked")
                    List<String> problems = (List<String>) m.get("problems");
                    problems.add(problem.message());
                }
            }
        }
        return result;
    }

    private static Map<String, Object> entry(String id, String version, String state, List<StageRegistry.Entry> entries,
                                             String error) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("version", version);
        m.put("state", state);
        List<String> provides = new ArrayList<>();
        if (entries != null) {
            entries.forEach(e -> provides.add(e.kind().word() + ":" + e.type()));
        }
        m.put("provides", provides);
        m.put("error", error);
        m.put("problems", new ArrayList<String>());
        return m;
    }
}
