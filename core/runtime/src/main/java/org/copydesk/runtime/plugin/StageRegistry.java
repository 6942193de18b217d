package org.copydesk.runtime.plugin;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.copydesk.api.StageFactory;
import org.copydesk.runtime.config.StageKind;
import org.pf4j.PluginManager;
import org.pf4j.PluginState;
import org.pf4j.PluginWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every stage type that can be used in a pipeline, by kind and type name, with the plugin that contributes it.
 * Built from a plugin manager (the daemon and CLI) or from a plain list of factories (the testkit).
 */
public final class StageRegistry {
    private static final Logger LOG = LoggerFactory.getLogger(StageRegistry.class);
    /** The pseudo plugin id of stages built into the core. */
    public static final String CORE = "core";

    /** A registered factory and where it comes from. */
    public record Entry(StageKind kind, String type, StageFactory<?> factory, String pluginId, String pluginVersion) {
    }

    /** A problem met while registering, e.g. an extension that could not be created. */
    public record Problem(String pluginId, String message) {
    }

    private final Map<StageKind, Map<String, Entry>> entries = new EnumMap<>(StageKind.class);
    private final List<Problem> problems = new ArrayList<>();
    /** Where each plugin comes from (its JAR), for messages. */
    private final Map<String, String> where = new java.util.HashMap<>();

    private StageRegistry() {
        for (StageKind k : StageKind.values()) {
            entries.put(k, new TreeMap<>());
        }
    }

    /** A registry of exactly these factories, as if built into the core. */
    public static StageRegistry of(List<? extends StageFactory<?>> factories) {
        StageRegistry r = new StageRegistry();
        for (StageFactory<?> f : factories) {
            r.add(f, CORE, "");
        }
        return r;
    }

    /**
     * Collects the factories of the core (class path) and of every started plugin. An extension that fails to be
     * created is logged and skipped; the rest are registered.
     *
     * <p>When two provide the same kind and type, the first in this fixed order wins: the core, then the plugins by
     * folder in the plugin manager's root order (the installation's bundled folder, the configured plugin folder,
     * then {@code --plugins} folders), then by plugin id. The other is ignored with a warning naming both plugins
     * and their JARs. (PF4J lists plugins in hash order, so the winner used to depend on the ids: review 5, #16.)
     */
    public static StageRegistry fromPlugins(PluginManager manager, String coreVersion) {
        StageRegistry r = new StageRegistry();
        List<Path> roots = manager.getPluginsRoots().stream().map(p -> p.toAbsolutePath().normalize()).toList();
        List<PluginWrapper> started = new ArrayList<>(manager.getPlugins(PluginState.STARTED));
        started.sort(Comparator.comparingInt((PluginWrapper w) -> rootIndex(roots, w.getPluginPath()))
                .thenComparing(PluginWrapper::getPluginId));
        r.where.put(CORE, "built in");
        for (PluginWrapper plugin : started) {
            r.where.put(plugin.getPluginId(), String.valueOf(plugin.getPluginPath()));
        }
        for (StageKind kind : StageKind.values()) {
            r.collect(manager, kind, null, CORE, coreVersion);
            for (PluginWrapper plugin : started) {
                r.collect(manager, kind, plugin.getPluginId(), plugin.getPluginId(),
                        plugin.getDescriptor().getVersion());
            }
        }
        return r;
    }

    private static int rootIndex(List<Path> roots, Path jar) {
        Path p = jar == null ? null : jar.toAbsolutePath().normalize();
        for (int i = 0; p != null && i < roots.size(); i++) {
            if (p.startsWith(roots.get(i))) {
                return i;
            }
        }
        return roots.size();
    }

    private void collect(PluginManager manager, StageKind kind, String pluginIdOrNull, String pluginId, String version) {
        List<? extends Class<?>> classes;
        try {
            classes = manager.getExtensionClasses(kind.extensionPoint(), pluginIdOrNull);
        } catch (RuntimeException | LinkageError e) {
            problem(pluginId, "cannot list " + kind.word() + " extensions: " + e);
            return;
        }
        for (Class<?> cls : classes) {
            if (pluginIdOrNull == null && manager.whichPlugin(cls) != null) {
                continue; // a plugin's class, registered with its plugin
            }
            try {
                Object extension = manager.getExtensionFactory().create(cls);
                add((StageFactory<?>) extension, pluginId, version);
            } catch (RuntimeException | LinkageError e) {
                Throwable root = e;
                while (root.getCause() != null && root.getCause() != root) {
                    root = root.getCause();
                }
                problem(pluginId, kind.word() + " extension " + cls.getName() + " failed to start and is skipped: "
                        + root);
            }
        }
    }

    private void problem(String pluginId, String message) {
        LOG.error("Plugin '{}': {}", pluginId, message);
        problems.add(new Problem(pluginId, message));
    }

    private void add(StageFactory<?> factory, String pluginId, String version) {
        for (StageKind kind : StageKind.values()) {
            if (!kind.extensionPoint().isInstance(factory)) {
                continue;
            }
            String type = factory.type();
            Entry existing = entries.get(kind).get(type);
            if (existing != null) {
                String message = kind.word() + " type '" + type + "' is already provided by plugin '"
                        + existing.pluginId() + "' (" + where.getOrDefault(existing.pluginId(), "?") + "); this one ("
                        + where.getOrDefault(pluginId, "?") + ") is ignored. The core wins, then plugins by folder"
                        + " (bundled, configured, --plugins), then by plugin id";
                LOG.warn("Plugin '{}': {}", pluginId, message);
                problems.add(new Problem(pluginId, message));
                continue;
            }
            entries.get(kind).put(type, new Entry(kind, type, factory, pluginId, version));
        }
    }

    public Optional<Entry> find(StageKind kind, String type) {
        return Optional.ofNullable(entries.get(kind).get(type));
    }

    /** Known type names of a kind, sorted. */
    public List<String> types(StageKind kind) {
        return List.copyOf(entries.get(kind).keySet());
    }

    /** Every entry, by plugin id then kind. */
    public Map<String, List<Entry>> byPlugin() {
        Map<String, List<Entry>> result = new LinkedHashMap<>();
        for (StageKind kind : StageKind.values()) {
            for (Entry e : entries.get(kind).values()) {
                result.computeIfAbsent(e.pluginId(), k -> new ArrayList<>()).add(e);
            }
        }
        return result;
    }

    public List<Problem> problems() {
        return Collections.unmodifiableList(problems);
    }
}
