package org.copydesk.runtime.plugin;

import com.google.inject.Injector;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.pf4j.CompoundPluginRepository;
import org.pf4j.DefaultPluginManager;
import org.pf4j.DefaultPluginFactory;
import org.pf4j.ExtensionFactory;
import org.pf4j.JarPluginLoader;
import org.pf4j.JarPluginRepository;
import org.pf4j.Plugin;
import org.pf4j.PluginAlreadyLoadedException;
import org.pf4j.PluginClassLoader;
import org.pf4j.PluginDescriptor;
import org.pf4j.PluginFactory;
import org.pf4j.PluginLoader;
import org.pf4j.PluginRepository;
import org.pf4j.PluginRuntimeException;
import org.pf4j.PluginState;
import org.pf4j.PluginWrapper;
import org.pf4j.RuntimeMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * PF4J configured for Copydesk: plugins are JARs in one or more folders, loaded plugin-first except for the shared
 * API packages; extensions are made by Guice; a plugin without a Plugin-Class gets a do-nothing one; a plugin that
 * fails to load or start is logged and skipped (PF4J marks it FAILED) while the others keep working.
 */
public final class CopydeskPluginManager extends DefaultPluginManager {
    private static final Logger LOG = LoggerFactory.getLogger(CopydeskPluginManager.class);

    private final Injector rootInjector;
    private GuiceExtensionFactory guiceFactory;
    private final Map<Path, FailedJar> failedJars = new ConcurrentHashMap<>();

    /** A JAR in a plugin folder that could not be loaded, with why; shown by {@code plugins} and the admin API. */
    public record FailedJar(Path jar, String reason) {
    }

    /** A load failure already logged (one WARN line) and recorded: callers need not log it again. */
    public static final class ReportedPluginException extends PluginRuntimeException {
        public ReportedPluginException(String message, Throwable cause) {
            super(cause, "{}", message); // PF4J formats {} in the message: a path may hold anything
        }
    }

    public CopydeskPluginManager(List<Path> pluginRoots, Injector rootInjector, String systemVersion) {
        super(pluginRoots);
        this.rootInjector = rootInjector;
        setSystemVersion(systemVersion);
        setExactVersionAllowed(false);
        // A plugin that stops (or is unloaded) loses its injector, so nothing in the core pins its class loader.
        addPluginStateListener(event -> {
            if (event.getPluginState() != PluginState.STARTED && guiceFactory != null) {
                guiceFactory.forget(event.getPlugin().getPluginId());
            }
        });
    }

    /** JARs in the plugin folders that failed to load, in no particular order. */
    public List<FailedJar> failedJars() {
        return List.copyOf(failedJars.values());
    }

    /** Forgets a JAR's failure (it was removed from its folder). */
    public void forgetFailed(Path jar) {
        failedJars.remove(jar.toAbsolutePath().normalize());
    }

    /**
     * As PF4J's, but a JAR that cannot be loaded is one WARN line naming it and the reason (the stack trace at
     * DEBUG) and a {@link #failedJars() failed row}: a truncated JAR gave 58 lines of stack traces and was missing
     * from the plugins table (review 5, finding 20).
     */
    @Override
    public void loadPlugins() {
        for (Path root : getPluginsRoots()) {
            if (Files.notExists(root) || !Files.isDirectory(root)) {
                LOG.warn("No '{}' plugin folder", root);
            }
        }
        for (Path path : pluginRepository.getPluginPaths()) {
            try {
                loadPluginFromPath(path);
            } catch (ReportedPluginException e) {
                // logged and recorded where it happened
            } catch (PluginRuntimeException e) {
                LOG.error("Cannot load plugin '{}'", path, e);
            }
        }
        resolvePlugins();
    }

    @Override
    protected PluginWrapper loadPluginFromPath(Path pluginPath) {
        Path key = pluginPath.toAbsolutePath().normalize();
        failedJars.remove(key);
        String unreadable = unreadableJar(pluginPath);
        if (unreadable != null) {
            throw failed(key, "not a readable JAR: " + unreadable, null);
        }
        String duplicate = duplicateOf(pluginPath);
        if (duplicate != null) {
            throw failed(key, duplicate, null);
        }
        try {
            return super.loadPluginFromPath(pluginPath);
        } catch (PluginAlreadyLoadedException e) {
            throw e;
        } catch (PluginRuntimeException e) {
            throw failed(key, e.getMessage(), e);
        }
    }

    private ReportedPluginException failed(Path jar, String reason, Throwable cause) {
        failedJars.put(jar, new FailedJar(jar, reason));
        LOG.warn("Plugin JAR {} is left out: {}", jar, reason);
        if (cause != null) {
            LOG.debug("Plugin JAR {} failed to load", jar, cause);
        }
        return new ReportedPluginException("plugin JAR " + jar + " is left out: " + reason, cause);
    }

    /**
     * Why a JAR is a second copy of a plugin already loaded from another JAR, or null. PF4J's own message for this ran
     * over two lines and advised including "PluginVersion and PluginProvider in PluginId", wrong for a Copydesk user
     * (review 7, F10).
     */
    private String duplicateOf(Path jar) {
        String id;
        try {
            id = getPluginDescriptorFinder().find(jar).getPluginId();
        } catch (RuntimeException e) {
            return null; // PF4J reports a JAR without a usable descriptor itself
        }
        PluginWrapper loaded = id == null ? null : getPlugin(id);
        if (loaded == null || loaded.getPluginPath().toAbsolutePath().normalize()
                .equals(jar.toAbsolutePath().normalize())) {
            return null;
        }
        return "plugin id '" + id + "' is already loaded from " + loaded.getPluginPath() + "; to replace a plugin,"
                + " move the new JAR over the old one (mv NEW.jar " + loaded.getPluginPath() + "), and remove this copy";
    }

    /** Why a file cannot be read as a JAR (truncated, not a zip), or null when it can. */
    private static String unreadableJar(Path jar) {
        try (JarFile file = new JarFile(jar.toFile())) {
            file.getManifest();
            return null;
        } catch (IOException | SecurityException e) {
            return e.getMessage() == null ? e.toString() : e.getMessage();
        }
    }

    @Override
    public RuntimeMode getRuntimeMode() {
        return RuntimeMode.DEPLOYMENT;
    }

    @Override
    protected PluginRepository createPluginRepository() {
        CompoundPluginRepository repositories = new CompoundPluginRepository();
        // JARs only: a folder of sources or a stray directory is never mistaken for a plugin.
        repositories.add(new JarPluginRepository(getPluginsRoots()));
        return repositories;
    }

    @Override
    protected PluginLoader createPluginLoader() {
        return new JarPluginLoader(this) {
            @Override
            protected PluginClassLoader createPluginClassLoader(Path pluginPath, PluginDescriptor descriptor) {
                warnAboutSharedClasses(pluginPath, descriptor);
                return new CopydeskPluginClassLoader(pluginManager, descriptor, getClass().getClassLoader());
            }
        };
    }

    @Override
    protected ExtensionFactory createExtensionFactory() {
        // Called from the super constructor, before our fields are set: create lazily in getExtensionFactory().
        return null;
    }

    @Override
    public ExtensionFactory getExtensionFactory() {
        if (guiceFactory == null) {
            guiceFactory = new GuiceExtensionFactory(rootInjector, this);
        }
        return guiceFactory;
    }

    @Override
    protected PluginFactory createPluginFactory() {
        return new DefaultPluginFactory() {
            @Override
            public Plugin create(PluginWrapper pluginWrapper) {
                String cls = pluginWrapper.getDescriptor().getPluginClass();
                if (cls == null || cls.isBlank()) {
                    return new Plugin() {
                    };
                }
                return super.create(pluginWrapper);
            }
        };
    }

    /**
     * Stops every started plugin, last started first. PF4J 3.15.0's own stopPlugins() removes from the list it is
     * iterating and throws ConcurrentModificationException as soon as one plugin has started (pf4j#656).
     */
    @Override
    public void stopPlugins() {
        List<PluginWrapper> started = new ArrayList<>(getStartedPlugins());
        Collections.reverse(started);
        for (PluginWrapper plugin : started) {
            if (plugin.getPluginState() == PluginState.STARTED) {
                try {
                    stopPlugin(plugin.getPluginId());
                } catch (RuntimeException | LinkageError e) {
                    LOG.error("Plugin '{}' failed to stop: {}", plugin.getPluginId(), e.toString());
                }
            }
            if (guiceFactory != null) {
                guiceFactory.forget(plugin.getPluginId());
            }
        }
    }

    private static void warnAboutSharedClasses(Path pluginPath, PluginDescriptor descriptor) {
        try (JarFile jar = new JarFile(pluginPath.toFile())) {
            Enumeration<JarEntry> entries = jar.entries();
            while (entries.hasMoreElements()) {
                JarEntry e = entries.nextElement();
                if (SharedPackages.isSharedEntry(e.getName()) || e.getName().equals("logback.xml")) {
                    LOG.warn("Plugin '{}' ({}) bundles {}: the host's copy is used instead; build the plugin with the"
                            + " Copydesk API, PF4J, Guice and SLF4J in 'provided' scope and no logback",
                            descriptor.getPluginId(), pluginPath.getFileName(), e.getName());
                    return;
                }
            }
        } catch (IOException e) {
            LOG.debug("cannot inspect {}: {}", pluginPath, e.toString());
        }
    }
}
