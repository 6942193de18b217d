package org.copydesk.plugins.quotes;

import java.util.Map;

/**
 * Open-addressing tables keyed by words (see {@link WordSet}): a map from words to values, immutable, with the same
 * layout (power-of-two size, at most half full, each key's hash kept beside it). Used for the lexicons that are
 * looked up once or more per token.
 */
final class WordTable<V> {
    private final String[] keys;
    private final int[] hashes;
    private final Object[] values;
    private final int mask;
    private final int size;
    /** The values again, indexed by {@link Vocabulary} number, for lookups by token. */
    private final Object[] byId;
    /** {@link Vocabulary#size()} once every key was numbered. */
    private final int known;

    WordTable(Map<String, ? extends V> entries) {
        int capacity = capacity(entries.size());
        keys = new String[capacity];
        hashes = new int[capacity];
        values = new Object[capacity];
        mask = capacity - 1;
        size = entries.size();
        int[] ids = new int[size];
        int maxId = -1;
        int n = 0;
        for (Map.Entry<String, ? extends V> e : entries.entrySet()) {
            String w = e.getKey();
            ids[n] = Vocabulary.register(w);
            maxId = Math.max(maxId, ids[n++]);
            int h = w.hashCode();
            int i = spread(h) & mask;
            while (keys[i] != null) {
                i = (i + 1) & mask;
            }
            keys[i] = w;
            hashes[i] = h;
            values[i] = e.getValue();
        }
        byId = new Object[maxId + 1];
        n = 0;
        for (Map.Entry<String, ? extends V> e : entries.entrySet()) {
            byId[ids[n++]] = e.getValue();
        }
        known = Vocabulary.size();
    }

    /** The value of token {@code i}'s lower-case form, or null: an array read for the tokens of any story. */
    @SuppressWarnings("unchecked")
    V get(Tokens t, int i) {
        if (known > t.vocabularySize) {
            return get(t.lower(i)); // built after the story was tokenized: its words may lack numbers there
        }
        int id = t.id[i];
        return id >= 0 && id < byId.length ? (V) byId[id] : null;
    }

    /** The value of a word, or null. */
    @SuppressWarnings("unchecked")
    V get(String word) {
        int h = word.hashCode();
        for (int i = spread(h) & mask; ; i = (i + 1) & mask) {
            String k = keys[i];
            if (k == null) {
                return null;
            }
            if (hashes[i] == h && (k == word || k.equals(word))) {
                return (V) values[i];
            }
        }
    }

    int size() {
        return size;
    }

    /** Values of every key, in no particular order. */
    @SuppressWarnings("unchecked")
    java.util.List<V> values() {
        java.util.List<V> out = new java.util.ArrayList<>(size);
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != null) {
                out.add((V) values[i]);
            }
        }
        return out;
    }

    /** A power of two at least twice the entries (and at least 8), so a miss ends after a few probes. */
    static int capacity(int entries) {
        int c = 8;
        while (c < entries * 2) {
            c <<= 1;
        }
        return c;
    }

    /** Mixes the high bits of a hash into the low ones the mask keeps. */
    static int spread(int h) {
        return h ^ (h >>> 16);
    }
}
