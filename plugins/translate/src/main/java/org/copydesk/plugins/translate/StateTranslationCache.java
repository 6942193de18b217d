package org.copydesk.plugins.translate;

import java.util.Optional;
import org.copydesk.api.StateStore;

/**
 * Translations kept in the stage's crash-safe state (the daemon's embedded store), so a story processed again,
 * even after a restart, costs no engine call. Bounded coarsely: when the map grows past its capacity it is emptied
 * and starts again (the store has no access order to evict by). Thread-safe, as the state map is.
 */
public final class StateTranslationCache implements TranslationCache {
    private final StateStore.StateMap map;
    private final long capacity;

    public StateTranslationCache(StateStore.StateMap map, long capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, was " + capacity);
        }
        this.map = map;
        this.capacity = capacity;
    }

    private static String key(Key key) {
        return key.engine() + '\u0000' + key.from() + '\u0000' + key.to() + '\u0000' + key.hash();
    }

    @Override
    public Optional<String> get(Key key) {
        return Optional.ofNullable(map.get(key(key)));
    }

    @Override
    public void put(Key key, String translation) {
        if (map.size() >= capacity) {
            map.clear();
        }
        map.put(key(key), translation);
    }
}
