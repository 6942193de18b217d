package org.copydesk.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The version of this build, from the filtered {@code version.properties}. */
public final class CopydeskVersion {
    private static final String VERSION = load();

    private CopydeskVersion() {
    }

    public static String get() {
        return VERSION;
    }

    private static String load() {
        try (InputStream in = CopydeskVersion.class.getResourceAsStream("version.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            String v = p.getProperty("version", "0.0.0");
            return v.startsWith("${") ? "0.0.0" : v;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
