package org.copydesk.runtime.state;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.copydesk.api.StateStore;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreException;

/**
 * All stage state in one H2 MVStore file ({@code <data>/state/copydesk.mv.db}): an embedded, crash-safe
 * (copy-on-write, append-only chunks) and maintained store. Changes are committed automatically about once a
 * second and on close; a stage can commit at once. A stage's maps are named {@code <pipeline>/<stage>/<map>}, so
 * stages never see each other's state.
 */
public final class MvStateStore implements AutoCloseable {
    /** Where the store lives under the data folder. */
    public static Path file(Path data) {
        return data.resolve("state").resolve("copydesk.mv.db");
    }

    private final MVStore store;
    private final String where;

    private MvStateStore(MVStore store, String where) {
        this.store = store;
        this.where = where;
    }

    /** Opens (or creates) the store file; a corrupt, locked or unreadable file is a clear error, never a silent reset. */
    public static MvStateStore open(Path file) throws StateStoreException {
        boolean existed = Files.exists(file);
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            MVStore s = new MVStore.Builder().fileName(file.toString()).compress().open();
            s.setAutoCommitDelay(1000);
            return new MvStateStore(s, file.toString());
        } catch (MVStoreException | IllegalStateException | IOException e) {
            String reason = e.getMessage() == null ? e.toString() : e.getMessage();
            if (reason.contains("locked")) {
                throw new StateStoreException("state store " + file + " is in use by another Copydesk process (" + reason
                        + "); stop it first, or give this one another data folder", e, true);
            }
            if (org.copydesk.runtime.FileErrors.isFileSystemProblem(e)) {
                removeIfBegunEmpty(file, existed);
                // permissions, a full or read-only disk, a file where the folder should be: nothing wrong with the
                // store itself, and moving it aside (state reset) would not help
                throw new StateStoreException("state store " + file + " cannot be opened: "
                        + org.copydesk.runtime.FileErrors.describe(e) + ". Nothing was changed. "
                        + fileSystemAdvice(e, file), e);
            }
            throw new StateStoreException("state store " + file + " cannot be opened: " + reason + ". Nothing was"
                    + " changed. 'copydesk state check' describes it; 'copydesk state reset' moves it aside (to"
                    + " copydesk.mv.db.broken-<time>) and starts empty, which forgets feed positions, seen items and"
                    + " caches", e);
        }
    }

    /**
     * Removes a store file this open created and left empty (a full disk can), so that "nothing was changed" holds.
     * Only an empty file that did not exist before: a file another process created meanwhile has content or a lock.
     */
    private static void removeIfBegunEmpty(Path file, boolean existed) {
        try {
            if (!existed && Files.isRegularFile(file) && Files.size(file) == 0) {
                Files.delete(file);
            }
        } catch (IOException | RuntimeException ignored) {
            // the message the caller throws still holds for the store itself
        }
    }

    /** What to do about a file-system refusal, by its reason. */
    private static String fileSystemAdvice(Exception e, Path file) {
        String system = org.copydesk.runtime.FileErrors.systemReason(e);
        Path folder = file.toAbsolutePath().getParent();
        if ("No space left on device".equals(system) || "Disk quota exceeded".equals(system)) {
            return "Free some space on the disk that holds " + folder + " and start again";
        }
        if ("Read-only file system".equals(system)) {
            return folder + " is on a read-only file system: give Copydesk a data folder it can write";
        }
        if ("Too many open files".equals(system)) {
            return "The process ran out of file handles: raise its limit (LimitNOFILE in the service unit)";
        }
        return "The user running Copydesk (" + System.getProperty("user.name") + ") must be able to create and write "
                + folder + " and the data folder above it: check their owner and permissions";
    }

    /** A store that lives only as long as the process: for one-shot runs and tests. */
    public static MvStateStore inMemory() {
        return new MvStateStore(new MVStore.Builder().open(), "memory");
    }

    /** The state of one stage. */
    public StateStore forStage(String pipeline, String stage) {
        return withPrefix(pipeline + "/" + stage + "/");
    }

    /**
     * The daemon's own state (which pipelines an operator paused). Its maps start with {@code _daemon/}, which no
     * stage's can: pipeline names start with a letter or digit.
     */
    public StateStore forDaemon() {
        return withPrefix("_daemon/");
    }

    private StateStore withPrefix(String prefix) {
        return new StateStore() {
            @Override
            public StateMap map(String name) {
                MVMap<String, String> map = store.openMap(prefix + name);
                return new StateMap() {
                    @Override
                    public String get(String key) {
                        return map.get(key);
                    }

                    @Override
                    public String put(String key, String value) {
                        return map.put(key, value);
                    }

                    @Override
                    public String putIfAbsent(String key, String value) {
                        return map.putIfAbsent(key, value);
                    }

                    @Override
                    public String remove(String key) {
                        return map.remove(key);
                    }

                    @Override
                    public boolean containsKey(String key) {
                        return map.containsKey(key);
                    }

                    @Override
                    public long size() {
                        return map.sizeAsLong();
                    }

                    @Override
                    public void clear() {
                        map.clear();
                    }
                };
            }

            @Override
            public void commit() {
                store.commit();
            }
        };
    }

    /** Every map with its entry count, by name. */
    public Map<String, Long> describe() {
        Map<String, Long> result = new TreeMap<>();
        for (String name : store.getMapNames()) {
            result.put(name, store.openMap(name).sizeAsLong());
        }
        return result;
    }

    public String where() {
        return where;
    }

    @Override
    public void close() {
        if (!store.isClosed()) {
            store.close();
        }
    }
}
