package org.copydesk.runtime.plugin;

import java.util.List;

/**
 * Packages that plugins must share with the host rather than load themselves. A second copy of any of these inside
 * a plugin breaks class identity: the extension point would be "loaded twice" and nothing found (PF4J
 * troubleshooting), Guice fails with ArrayStoreException (pf4j#610), SLF4J with LinkageError (pf4j#604). The plugin
 * class loader therefore always asks the host for them, even when a plugin JAR bundles them by mistake.
 */
final class SharedPackages {
    static final List<String> PREFIXES = List.of(
            "org.copydesk.api.",
            "org.pf4j.",
            "com.google.inject.",
            "jakarta.inject.",
            "javax.inject.",
            "org.aopalliance.",
            "org.slf4j.",
            "ch.qos.logback.");

    private SharedPackages() {
    }

    static boolean isShared(String className) {
        for (String prefix : PREFIXES) {
            if (className.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /** Class-file path form, for checking what a plugin archive contains. */
    static boolean isSharedEntry(String entryName) {
        if (!entryName.endsWith(".class")) {
            return false;
        }
        return isShared(entryName.replace('/', '.'));
    }
}
