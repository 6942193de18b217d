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
        this(entries, true);
    }

    /**
     * A table whose keys get no {@link Vocabulary} number here: the vocabulary's own {@link Vocabulary.Snapshot},
     * which cannot number its words by itself, and a {@link WordSet}, whose words are numbered with its bit. Lookups
     * by token always go by the token's string.
     */
    static <V> WordTable<V> unnumbered(Map<String, ? extends V> entries) {
        return new WordTable<>(entries, false);
    }

    private WordTable(Map<String, ? extends V> entries, boolean numbered) {
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
            if (numbered) {
                ids[n] = Vocabulary.register(w);
                maxId = Math.max(maxId, ids[n++]);
            }
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
        if (numbered) {
            n = 0;
            for (Map.Entry<String, ? extends V> e : entries.entrySet()) {
                byId[ids[n++]] = e.getValue();
            }
        }
        known = numbered ? Vocabulary.size() : Integer.MAX_VALUE; // unnumbered: get(Tokens, i) goes by string
    }

    /**
     * The value of token {@code i}'s lower-case form, or null: an array read for the tokens of any story. A token
     * without a number is absent, unless this table was built after the story was tokenized (its words may lack
     * numbers there; numbers never change, so a numbered token is always right): then it goes by the token's string.
     * The string lookup is a call of its own that only that rare case reaches, so that the JIT's compiled code of
     * this method stays small enough to be inlined where the rules ask it (it was not, at about 200 call sites,
     * while the lookup was compiled into it).
     */
    @SuppressWarnings("unchecked")
    V get(Tokens t, int i) {
        int id = t.id[i];
        if (id >= 0) {
            Object[] v = byId;
            return id < v.length ? (V) v[id] : null;
        }
        return t.vocabularySize < known ? byString(t, i) : null;
    }

    private V byString(Tokens t, int i) {
        return get(t.lower(i));
    }

    /** The value of a word, or null. */
    @SuppressWarnings("unchecked")
    V get(String word) {
        int slot = slot(word.hashCode(), word, null, 0, 0);
        return slot < 0 ? null : (V) values[slot];
    }

    /** What {@link #lowerAsciiHash} returns for a stretch of text that is not all ASCII. */
    static final int NOT_ASCII = -2;

    /**
     * The slot of the lower-case form of the all-ASCII {@code text[from, to)} whose {@link #lowerAsciiHash} is
     * {@code hash}: where {@code get(text.substring(from, to).toLowerCase(Locale.ROOT))} would find it, without the two
     * strings; -1 when the table lacks it. See {@link #key}, {@link #value}.
     */
    int slotOfLowerAscii(String text, int from, int to, int hash) {
        return slot(hash, null, text, from, to);
    }

    /**
     * The {@link String#hashCode} that the lower-case form of {@code text[from, to)} would have, or {@link #NOT_ASCII}
     * when the stretch is not all ASCII. (An ASCII stretch whose hash happens to be {@code NOT_ASCII} is looked up by
     * its string instead: slower, never wrong.)
     */
    static int lowerAsciiHash(String text, int from, int to) {
        int h = 0;
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (c >= 128) {
                return NOT_ASCII;
            }
            h = 31 * h + lowerAscii(c);
        }
        return h;
    }

    /** The key in a slot {@link #slotOfLowerAscii} found. */
    String key(int slot) {
        return keys[slot];
    }

    /** The value in a slot {@link #slotOfLowerAscii} found. */
    @SuppressWarnings("unchecked")
    V value(int slot) {
        return (V) values[slot];
    }

    /** The slot of {@code word}, or of the lower-cased {@code text[from, to)} when word is null; -1 when absent. */
    private int slot(int h, String word, String text, int from, int to) {
        for (int i = spread(h) & mask; ; i = (i + 1) & mask) {
            String k = keys[i];
            if (k == null) {
                return -1;
            }
            if (hashes[i] == h && (word != null ? k == word || k.equals(word) : sameLowerAscii(k, text, from, to))) {
                return i;
            }
        }
    }

    private static boolean sameLowerAscii(String key, String text, int from, int to) {
        if (key.length() != to - from) {
            return false;
        }
        for (int k = 0; k < key.length(); k++) {
            if (key.charAt(k) != lowerAscii(text.charAt(from + k))) {
                return false;
            }
        }
        return true;
    }

    static char lowerAscii(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
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
