package org.copydesk.runtime.plugin;

import org.pf4j.ClassLoadingStrategy;
import org.pf4j.PluginClassLoader;
import org.pf4j.PluginDescriptor;
import org.pf4j.PluginManager;

/** Plugin-first class loading, except for the {@link SharedPackages} which always come from the host. */
final class CopydeskPluginClassLoader extends PluginClassLoader {
    static {
        ClassLoader.registerAsParallelCapable();
    }

    CopydeskPluginClassLoader(PluginManager manager, PluginDescriptor descriptor, ClassLoader parent) {
        super(manager, descriptor, parent, ClassLoadingStrategy.PDA);
    }

    @Override
    protected boolean shouldDelegateToParent(String className) {
        return SharedPackages.isShared(className) || super.shouldDelegateToParent(className);
    }
}
