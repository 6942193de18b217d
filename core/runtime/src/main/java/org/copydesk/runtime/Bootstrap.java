package org.copydesk.runtime;

import com.google.inject.Guice;
import com.google.inject.Injector;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;
import org.copydesk.runtime.config.ConfigException;
import org.copydesk.runtime.config.DaemonConfig;
import org.copydesk.runtime.config.PipelineParser;
import org.copydesk.runtime.config.YamlReader;
import org.copydesk.runtime.pipeline.PipelineAssembler;
import org.copydesk.runtime.pipeline.SourceHealthBoard;
import org.copydesk.runtime.plugin.CopydeskPluginManager;
import org.copydesk.runtime.plugin.CoreModule;
import org.copydesk.runtime.plugin.StageRegistry;
import org.copydesk.runtime.state.MvStateStore;
import org.pf4j.PluginWrapper;

/**
 * Puts the core together: configuration, the root injector, the plugin manager over the bundled and the extra
 * plugin folders, and the registry of stage types. Closing it stops and unloads the plugins.
 */
public final class Bootstrap implements AutoCloseable {
    /** System property naming the installation folder (set by bin/copydesk). */
    public static final String HOME_PROPERTY = "copydesk.home";

    private final DaemonConfig config;
    private final YamlReader yamlReader;
    private final Injector injector;
    private final CopydeskPluginManager pluginManager;
    private volatile StageRegistry registry;
    private final Clock clock;
    private final SourceHealthBoard sourceHealth;
    /**
     * Held for writing while plugins are unloaded and loaded at run time, for reading by whoever lists them (the admin
     * API, the plugin gauges): PF4J's plugin map is a plain HashMap, and a list taken halfway through a swap would
     * show a replaced plugin as gone.
     */
    private final ReentrantReadWriteLock pluginsLock = new ReentrantReadWriteLock();

    private Bootstrap(DaemonConfig config, List<Path> pluginRoots, Clock clock) {
        this.config = config;
        this.clock = clock;
        this.sourceHealth = new SourceHealthBoard(clock);
        this.yamlReader = new YamlReader();
        this.injector = Guice.createInjector(new CoreModule(clock));
        this.pluginManager = new CopydeskPluginManager(pluginRoots, injector, CopydeskVersion.get());
        pluginManager.loadPlugins();
        pluginManager.startPlugins();
        this.registry = StageRegistry.fromPlugins(pluginManager, CopydeskVersion.get());
    }

    /** Starts the core with a configuration and any extra plugin folders. */
    public static Bootstrap start(DaemonConfig config, List<Path> extraPluginFolders) {
        Set<Path> roots = new LinkedHashSet<>();
        String home = System.getProperty(HOME_PROPERTY);
        if (home != null) {
            roots.add(Path.of(home, "plugins"));
        }
        roots.add(config.plugins());
        roots.addAll(extraPluginFolders);
        List<Path> existing = new ArrayList<>();
        Set<Path> real = new LinkedHashSet<>();
        for (Path p : roots) {
            try {
                if (Files.isDirectory(p) && real.add(p.toRealPath())) {
                    existing.add(p);
                }
            } catch (IOException e) {
                // unreadable folder: treated as absent
            }
        }
        return new Bootstrap(config, existing, Clock.systemUTC());
    }

    /**
     * Finds the configuration: the explicit file, else {@code $COPYDESK_CONFIG}, else {@code config/copydesk.yaml}
     * under the working directory, else under the installation folder, else built-in defaults.
     */
    public static DaemonConfig loadConfig(Path explicit) throws ConfigException {
        YamlReader reader = new YamlReader();
        if (explicit != null) {
            return DaemonConfig.read(explicit, reader);
        }
        String env = System.getenv("COPYDESK_CONFIG");
        if (env != null && !env.isBlank()) {
            return DaemonConfig.read(Path.of(env), reader);
        }
        Path local = Path.of("config", "copydesk.yaml");
        if (Files.isRegularFile(local)) {
            return DaemonConfig.read(local, reader);
        }
        String home = System.getProperty(HOME_PROPERTY);
        if (home != null && Files.isRegularFile(Path.of(home, "config", "copydesk.yaml"))) {
            return DaemonConfig.read(Path.of(home, "config", "copydesk.yaml"), reader);
        }
        return DaemonConfig.defaults();
    }

    public DaemonConfig config() {
        return config;
    }

    public Clock clock() {
        return clock;
    }

    public StageRegistry registry() {
        return registry;
    }

    public List<PluginWrapper> plugins() {
        return readPlugins(pluginManager::getPlugins);
    }

    /** Reads the loaded plugins (and the registry) as one consistent view: before or after a change, never during. */
    public <T> T readPlugins(Supplier<T> read) {
        return readPlugins(read, PLUGINS_READ_WAIT);
    }

    /** How long a reader waits for a plugin change in progress before {@link PluginsBusyException}. */
    static final java.time.Duration PLUGINS_READ_WAIT = java.time.Duration.ofSeconds(5);

    /**
     * As {@link #readPlugins(Supplier)}, waiting at most {@code wait} for a change in progress: a plugin whose start
     * hangs holds the change, and the admin API's threads, which also answer the health checks, must not all wait
     * behind it (review 8).
     *
     * @throws PluginsBusyException when the change did not end in time
     */
    public <T> T readPlugins(Supplier<T> read, java.time.Duration wait) {
        try {
            if (!pluginsLock.readLock().tryLock(wait.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
                throw new PluginsBusyException();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PluginsBusyException();
        }
        try {
            return read.get();
        } finally {
            pluginsLock.readLock().unlock();
        }
    }

    /** Plugins are being loaded or unloaded and the change did not end in time: ask again. */
    public static final class PluginsBusyException extends RuntimeException {
        PluginsBusyException() {
            super("plugins are being changed; try again");
        }
    }

    /** Runs a change of the loaded plugins (unload, load, registry refresh) as one step for {@link #readPlugins}. */
    public void changePlugins(Runnable change) {
        pluginsLock.writeLock().lock();
        try {
            change.run();
        } finally {
            pluginsLock.writeLock().unlock();
        }
    }

    public List<Path> pluginRoots() {
        return pluginManager.getPluginsRoots();
    }

    /** The root injector of core services. */
    public Injector injector() {
        return injector;
    }

    /** The plugin manager, for the daemon's plugin folder watcher. */
    public CopydeskPluginManager pluginManager() {
        return pluginManager;
    }

    /** Rebuilds the registry after plugins were loaded or unloaded at run time. */
    public synchronized StageRegistry refreshRegistry() {
        registry = StageRegistry.fromPlugins(pluginManager, CopydeskVersion.get());
        return registry;
    }

    public PipelineParser pipelineParser() {
        return new PipelineParser(yamlReader, (pipeline, stages, errors) -> assembler().checkStages(pipeline, stages,
                errors));
    }

    /** An assembler whose stages keep state in memory (validate, process). */
    public PipelineAssembler assembler() {
        return new PipelineAssembler(registry, config.data(), clock);
    }

    /** An assembler whose stages keep state in the given store and report failing sources (the daemon). */
    public PipelineAssembler assembler(MvStateStore state) {
        return new PipelineAssembler(registry, config.data(), clock, state, sourceHealth);
    }

    /** The failing sources (feeds, URLs) inputs report, by pipeline. */
    public SourceHealthBoard sourceHealth() {
        return sourceHealth;
    }

    @Override
    public void close() {
        pluginManager.stopPlugins();
        pluginManager.unloadPlugins();
    }
}
