package org.copydesk.api;

/**
 * Crash-safe state of one stage (feed cursors and seen ids, caches, checkpoints), kept by the core in one embedded
 * store under the daemon's data folder. Each stage sees only its own maps. Changes are committed within about a
 * second; {@link #commit()} makes them durable now (call it before acknowledging work that depends on them).
 * Thread-safe.
 */
public interface StateStore {
    /** A map of this stage, created empty on first use. */
    StateMap map(String name);

    /** Makes every change so far durable. */
    void commit();

    /** String keys to string values (store JSON for structured values). Thread-safe. */
    interface StateMap {
        String get(String key);

        /** @return the previous value, or null */
        String put(String key, String value);

        /** @return the existing value, or null when this call stored {@code value} */
        String putIfAbsent(String key, String value);

        String remove(String key);

        boolean containsKey(String key);

        long size();

        /** Removes every entry. */
        void clear();
    }
}
