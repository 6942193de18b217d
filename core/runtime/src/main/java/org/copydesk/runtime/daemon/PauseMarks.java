package org.copydesk.runtime.daemon;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import org.copydesk.api.StateStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The pipeline files an operator paused, kept in the daemon's state store so that a pause outlives a restart and an
 * edit of the file: an operator who pauses a pipeline because its source misbehaves does not want it back after a
 * routine restart (as a paused Kafka Connect connector stays paused). The marks are file names in the pipelines
 * folder, one entry, one per line; a write that fails is logged and the mark holds in memory until the daemon stops.
 * Not thread-safe: the supervisor calls it under its lock.
 */
final class PauseMarks {
    private static final Logger LOG = LoggerFactory.getLogger(PauseMarks.class);
    private static final String KEY = "files";

    private final StateStore store;
    private final StateStore.StateMap map;
    private final Set<String> files = new TreeSet<>();

    /** @param store the daemon's state, or null to keep the marks in memory only */
    PauseMarks(StateStore store) {
        this.store = store;
        this.map = store == null ? null : store.map("paused");
        String stored = map == null ? null : map.get(KEY);
        if (stored != null && !stored.isEmpty()) {
            files.addAll(Arrays.asList(stored.split("\n")));
        }
    }

    boolean has(Path file) {
        return files.contains(name(file));
    }

    void add(Path file) {
        if (files.add(name(file))) {
            write();
        }
    }

    void remove(Path file) {
        if (files.remove(name(file))) {
            write();
        }
    }

    /** Forgets the marks of files that are gone (deleted while the daemon ran or while it was down). */
    void retainOnly(Collection<Path> present) {
        Set<String> names = new TreeSet<>();
        present.forEach(p -> names.add(name(p)));
        if (files.retainAll(names)) {
            write();
        }
    }

    private static String name(Path file) {
        return file.getFileName().toString();
    }

    private void write() {
        if (map == null) {
            return;
        }
        try {
            if (files.isEmpty()) {
                map.remove(KEY);
            } else {
                map.put(KEY, String.join("\n", files));
            }
            store.commit();
        } catch (RuntimeException e) {
            LOG.warn("Cannot save which pipelines are paused ({}): the pause holds until Copydesk stops", e.toString());
        }
    }
}
