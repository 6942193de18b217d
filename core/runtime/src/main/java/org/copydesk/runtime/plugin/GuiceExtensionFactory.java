package org.copydesk.runtime.plugin;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Module;
import com.google.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.pf4j.ExtensionFactory;
import org.pf4j.PluginManager;
import org.pf4j.PluginWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates extensions through Guice. Core extensions come from the root injector; each plugin gets an injector of its
 * own that binds every one of its extension classes explicitly, the core services (as the root's instances) and
 * the plugin's own module, when its Plugin class is a Guice {@link Module}. Nothing in the root injector refers to a
 * plugin's classes, so an unloaded plugin's class loader can be collected.
 * Extensions are singletons per injector, so a factory is made once per plugin, not on every lookup.
 */
public final class GuiceExtensionFactory implements ExtensionFactory {
    private static final Logger LOG = LoggerFactory.getLogger(GuiceExtensionFactory.class);

    private final Injector root;
    private final PluginManager pluginManager;
    private final Map<String, Injector> children = new ConcurrentHashMap<>();
    private final Map<Class<?>, Object> coreExtensions = new ConcurrentHashMap<>();

    public GuiceExtensionFactory(Injector root, PluginManager pluginManager) {
        this.root = root;
        this.pluginManager = pluginManager;
    }

    @Override
    public <T> T create(Class<T> extensionClass) {
        PluginWrapper plugin = pluginManager.whichPlugin(extensionClass);
        if (plugin == null) {
            return extensionClass.cast(coreExtensions.computeIfAbsent(extensionClass, root::getInstance));
        }
        Injector child = children.computeIfAbsent(plugin.getPluginId(), id -> childInjector(plugin));
        return child.getInstance(extensionClass);
    }

    /** Forgets a plugin's injector so its class loader can be freed after the plugin stops. */
    public void forget(String pluginId) {
        children.remove(pluginId);
    }

    private Injector childInjector(PluginWrapper plugin) {
        List<Class<?>> classes = new ArrayList<>();
        for (String name : pluginManager.getExtensionClassNames(plugin.getPluginId())) {
            try {
                classes.add(plugin.getPluginClassLoader().loadClass(name));
            } catch (ClassNotFoundException | LinkageError e) {
                LOG.error("Plugin '{}': extension class {} cannot be loaded: {}", plugin.getPluginId(), name, e.toString());
            }
        }
        List<Module> modules = new ArrayList<>();
        modules.add(new AbstractModule() {
            @Override
            protected void configure() {
                for (Class<?> c : classes) {
                    bind(c).in(Singleton.class);
                }
            }
        });
        if (plugin.getPlugin() instanceof Module pluginModule) {
            modules.add(pluginModule);
        }
        modules.add(CoreModule.exportsOf(root));
        // Not root.createChildInjector(...): a parent injector remembers the keys its children bind (its "blacklist")
        // and only forgets them lazily, which kept an unloaded plugin's class loader reachable. An injector of its own,
        // with the core services bound to the root's instances, is unreachable as soon as the plugin is forgotten.
        return Guice.createInjector(modules);
    }
}
