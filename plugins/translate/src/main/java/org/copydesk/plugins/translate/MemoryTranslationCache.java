package org.copydesk.plugins.translate;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** A bounded in-memory cache that forgets the least recently used translation first. Thread-safe. */
public final class MemoryTranslationCache implements TranslationCache {
    private final int capacity;
    private final Map<Key, String> entries;

    public MemoryTranslationCache(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, was " + capacity);
        }
        this.capacity = capacity;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, String> eldest) {
                return size() > MemoryTranslationCache.this.capacity;
            }
        };
    }

    @Override
    public synchronized Optional<String> get(Key key) {
        return Optional.ofNullable(entries.get(key));
    }

    @Override
    public synchronized void put(Key key, String translation) {
        entries.put(key, translation);
    }

    public synchronized int size() {
        return entries.size();
    }
}
