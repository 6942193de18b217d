package org.copydesk.runtime.daemon;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.copydesk.runtime.Bootstrap;
import org.copydesk.runtime.plugin.CopydeskPluginManager;
import org.pf4j.PluginState;
import org.pf4j.PluginWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the loaded plugins in step with the plugin folders. A new JAR is loaded and started, and pipelines waiting
 * for its types start. A replaced JAR stops the pipelines that use the plugin, unloads the old plugin (closing its
 * class loader), loads the new one and restarts them. A removed JAR stops its pipelines and unloads the plugin. A
 * plugin that fails to load or start is logged and left out; everything else keeps running.
 */
final class PluginFolderWatcher {
    private static final Logger LOG = LoggerFactory.getLogger(PluginFolderWatcher.class);

    private record Stamp(long size, long modified) {
    }

    private final Bootstrap core;
    private final PipelineSupervisor supervisor;
    private final List<Path> folders;
    private final Map<Path, Stamp> known = new HashMap<>();
    /** Test hook: runs inside the swap, after the pipelines using the plugins stopped and before the unload. */
    Runnable afterStop = () -> {
    };
    /** Test hook: runs inside the swap, after the unload and before the load. */
    Runnable afterUnload = () -> {
    };
    /** Runs after every change of the plugins (the daemon refreshes the plugin gauges). */
    private final Runnable afterChange;

    PluginFolderWatcher(Bootstrap core, PipelineSupervisor supervisor) {
        this(core, supervisor, () -> {
        });
    }

    PluginFolderWatcher(Bootstrap core, PipelineSupervisor supervisor, Runnable afterChange) {
        this.afterChange = afterChange;
        this.core = core;
        this.supervisor = supervisor;
        this.folders = core.pluginRoots();
        known.putAll(scan());
    }

    List<Path> folders() {
        return folders;
    }

    /** Compares the folders with what is loaded and applies the difference; null when nothing changed. */
    synchronized PipelineSupervisor.SwapResult check() {
        Map<Path, Stamp> now = scan();
        if (now.equals(known)) {
            return null;
        }
        CopydeskPluginManager pm = core.pluginManager();
        Set<Path> removed = new LinkedHashSet<>(known.keySet());
        removed.removeAll(now.keySet());
        Set<Path> changed = new LinkedHashSet<>();
        Set<Path> added = new LinkedHashSet<>();
        now.forEach((path, stamp) -> {
            Stamp before = known.get(path);
            if (before == null) {
                added.add(path);
            } else if (!before.equals(stamp)) {
                changed.add(path);
            }
        });
        // Plugins to unload: those whose JAR changed or went away.
        Set<String> unloading = new LinkedHashSet<>();
        for (Path p : union(removed, changed)) {
            PluginWrapper w = byPath(pm, p);
            if (w != null) {
                unloading.add(w.getPluginId());
            }
        }
        // The whole swap runs as one step under the supervisor's lock: a reconcile from the pipelines folder's
        // watcher (its own thread, every poll) must not rebuild a stopped pipeline on the old registry between the
        // stop and the refresh, or it would run on the plugin being unloaded (review 5, finding 1).
        // JARs added that loaded: a second copy of a loaded plugin, left out, is not "added" (review 7, F10)
        int[] addedLoaded = {0};
        PipelineSupervisor.SwapResult result = supervisor.swapPlugins(unloading, () -> core.changePlugins(() -> {
            afterStop.run();
            for (String id : unloading) {
                LOG.info("Unloading plugin '{}'", id);
                try {
                    pm.unloadPlugin(id);
                } catch (RuntimeException e) {
                    LOG.error("Plugin '{}' failed to unload cleanly: {}", id, e.toString());
                }
            }
            afterUnload.run();
            removed.forEach(pm::forgetFailed);
            for (Path p : union(changed, added)) {
                try {
                    String id = pm.loadPlugin(p);
                    PluginState state = pm.startPlugin(id);
                    LOG.info("Loaded plugin '{}' from {}: {}", id, p.getFileName(), state);
                    if (added.contains(p)) {
                        addedLoaded[0]++;
                    }
                } catch (CopydeskPluginManager.ReportedPluginException e) {
                    // one WARN line and a failed row already
                } catch (RuntimeException | LinkageError e) {
                    LOG.error("Plugin JAR {} cannot be loaded and is left out: {}", p, e.getMessage());
                }
            }
            if (!unloading.isEmpty()) {
                retryFailed(pm, union(changed, added));
            }
            known.clear();
            known.putAll(now);
            core.refreshRegistry();
        }));
        afterChange.run();
        LOG.info("Plugins changed (added {}, replaced {}, removed {}): {} pipeline(s) restarted, {} started, {} stopped",
                addedLoaded[0], changed.size(), removed.size(), result.restarted(), result.started(), result.stopped());
        return result;
    }

    /**
     * A plugin was unloaded: the JARs that were left out meanwhile are tried again, since the reason may be gone.
     * Copying a new build in beside the old one and then deleting the old one left the new one refused as a second
     * copy of a loaded plugin for good, and its pipelines invalid until a restart (review 9).
     */
    private static void retryFailed(CopydeskPluginManager pm, Set<Path> justTried) {
        Set<Path> tried = new java.util.HashSet<>();
        justTried.forEach(p -> tried.add(p.toAbsolutePath().normalize()));
        for (CopydeskPluginManager.FailedJar f : pm.failedJars()) {
            Path jar = f.jar();
            if (tried.contains(jar.toAbsolutePath().normalize()) || !java.nio.file.Files.isRegularFile(jar)) {
                continue;
            }
            try {
                String id = pm.loadPlugin(jar);
                PluginState state = pm.startPlugin(id);
                LOG.info("Loaded plugin '{}' from {}, left out before ({}): {}", id, jar.getFileName(), f.reason(),
                        state);
            } catch (CopydeskPluginManager.ReportedPluginException e) {
                // still refused: one WARN line and a failed row again
            } catch (RuntimeException | LinkageError e) {
                LOG.error("Plugin JAR {} cannot be loaded and is left out: {}", jar, e.getMessage());
            }
        }
    }

    private static Set<Path> union(Set<Path> a, Set<Path> b) {
        Set<Path> u = new LinkedHashSet<>(a);
        u.addAll(b);
        return u;
    }

    private static PluginWrapper byPath(CopydeskPluginManager pm, Path jar) {
        for (PluginWrapper w : pm.getPlugins()) {
            if (Objects.equals(w.getPluginPath().toAbsolutePath().normalize(), jar.toAbsolutePath().normalize())) {
                return w;
            }
        }
        return null;
    }

    private Map<Path, Stamp> scan() {
        Map<Path, Stamp> result = new HashMap<>();
        for (Path folder : folders) {
            try (Stream<Path> s = Files.list(folder)) {
                for (Path p : s.filter(f -> f.getFileName().toString().endsWith(".jar")).toList()) {
                    try {
                        result.put(p, new Stamp(Files.size(p), Files.getLastModifiedTime(p).toMillis()));
                    } catch (IOException e) {
                        // vanished while listing
                    }
                }
            } catch (IOException e) {
                LOG.debug("cannot list plugin folder {}: {}", folder, e.toString());
            }
        }
        return result;
    }
}
