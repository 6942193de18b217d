package org.copydesk.runtime.plugin;

import com.google.inject.Injector;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.pf4j.CompoundPluginRepository;
import org.pf4j.DefaultPluginManager;
import org.pf4j.DefaultPluginFactory;
import org.pf4j.ExtensionFactory;
import org.pf4j.JarPluginLoader;
import org.pf4j.JarPluginRepository;
import org.pf4j.Plugin;
import org.pf4j.PluginClassLoader;
import org.pf4j.PluginDescriptor;
import org.pf4j.PluginFactory;
import org.pf4j.PluginLoader;
import org.pf4j.PluginRepository;
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
