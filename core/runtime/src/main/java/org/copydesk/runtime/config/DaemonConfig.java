package org.copydesk.runtime.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The daemon's own configuration ({@code copydesk.yaml}). Relative paths resolve against the working directory,
 * like every path in a pipeline file.
 *
 * @param file      where it was read from (null for defaults)
 * @param pipelines folder of pipeline files; every {@code *.yaml} in it runs
 * @param plugins   extra plugin folder (the bundled plugins in {@code <home>/plugins} are always loaded)
 * @param data      state and dead letters
 * @param adminHost admin API address
 * @param adminPort admin API port (0 picks a free one; -1 turns the admin API off)
 * @param adminToken bearer token the admin API requires (write {@code ${COPYDESK_ADMIN_TOKEN}}); required when the
 *                   host is not a loopback address
 */
public record DaemonConfig(Path file, Path pipelines, Path plugins, Path data, String adminHost, int adminPort,
                           String adminToken) {
    private static final Set<String> KEYS = Set.of("pipelines", "plugins", "data", "admin");
    private static final Set<String> ADMIN_KEYS = Set.of("host", "port", "token");

    public DaemonConfig(Path file, Path pipelines, Path plugins, Path data, String adminHost, int adminPort) {
        this(file, pipelines, plugins, data, adminHost, adminPort, null);
    }

    public static DaemonConfig defaults() {
        return new DaemonConfig(null, Path.of("config/pipelines"), Path.of("data/plugins"), Path.of("data"),
                "127.0.0.1", 8686, null);
    }

    /** Not secret-safe: the token is left out. */
    @Override
    public String toString() {
        return "DaemonConfig[file=" + file + ", pipelines=" + pipelines + ", plugins=" + plugins + ", data=" + data
                + ", admin=" + adminHost + ":" + adminPort + (adminToken == null ? "" : ", token=(set)") + "]";
    }

    public static DaemonConfig read(Path file, YamlReader reader) throws ConfigException {
        ConfigNode root = reader.read(file);
        DaemonConfig d = defaults();
        List<ConfigError> errors = new ArrayList<>();
        if (!(root instanceof ConfigNode.MapNode map)) {
            throw new ConfigException(new ConfigError(root.mark(), "copydesk.yaml must be a map, found " + root.kind()));
        }
        Path pipelines = d.pipelines();
        Path plugins = d.plugins();
        Path data = d.data();
        String host = d.adminHost();
        int port = d.adminPort();
        String token = null;
        for (ConfigNode.Entry e : map.entries().values()) {
            switch (e.key()) {
                case "pipelines" -> pipelines = path(e, errors, pipelines);
                case "plugins" -> plugins = path(e, errors, plugins);
                case "data" -> data = path(e, errors, data);
                case "admin" -> {
                    if (!(e.value() instanceof ConfigNode.MapNode admin)) {
                        errors.add(new ConfigError(e.value().mark(), "'admin' must be a map with host and port"));
                        continue;
                    }
                    for (ConfigNode.Entry a : admin.entries().values()) {
                        if (!ADMIN_KEYS.contains(a.key())) {
                            errors.add(new ConfigError(a.keyMark(), DidYouMean.describe("admin key", a.key(), ADMIN_KEYS)));
                        } else if (!(a.value() instanceof ConfigNode.Scalar s) || s.value() == null) {
                            errors.add(new ConfigError(a.value().mark(), "admin." + a.key() + " must be a single value"));
                        } else if (a.key().equals("host")) {
                            host = s.value().trim();
                        } else if (a.key().equals("token")) {
                            token = s.value().isBlank() ? null : s.value().trim();
                        } else {
                            try {
                                port = Integer.parseInt(s.value().trim());
                                if (port < -1 || port > 65535) {
                                    throw new NumberFormatException();
                                }
                            } catch (NumberFormatException ex) {
                                errors.add(new ConfigError(s.mark(), "admin.port must be a port number 0..65535 (or -1 for no admin API), not "
                                        + s.shown()));
                            }
                        }
                    }
                }
                default -> errors.add(new ConfigError(e.keyMark(), DidYouMean.describe("key", e.key(), KEYS)));
            }
        }
        if (!errors.isEmpty()) {
            throw new ConfigException(errors);
        }
        return new DaemonConfig(file, pipelines, plugins, data, host, port, token);
    }

    private static Path path(ConfigNode.Entry e, List<ConfigError> errors, Path fallback) {
        if (e.value() instanceof ConfigNode.Scalar s && s.value() != null && !s.value().isBlank()) {
            return Path.of(s.value().trim());
        }
        errors.add(new ConfigError(e.value().mark(), "'" + e.key() + "' must be a folder path"));
        return fallback;
    }
}
