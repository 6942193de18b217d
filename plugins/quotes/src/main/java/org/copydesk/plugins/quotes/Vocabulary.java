package org.copydesk.plugins.quotes;

import java.util.HashMap;
import java.util.Map;

/**
 * Numbers every word of every lexicon ({@link WordSet}, {@link WordTable}) once, for the whole JVM. {@link Tokens}
 * looks each token up here once, when a story is cut into tokens; after that, "is token {@code i} in word class X",
 * asked dozens of times per token by the finder's rules, is one array read
 * ({@link WordSet#has(Tokens, int)}, {@link WordTable#get(Tokens, int)}) instead of a hash lookup of the token's
 * string in each class.
 *
 * <p>Words are only ever added (by lexicons as they are built), never removed or renumbered. A lexicon built after a
 * story was tokenized may hold words that story's tokens could not be numbered by; {@link #size()} tells them
 * apart (see {@link WordSet#has(Tokens, int)}). Thread-safe: registration is synchronized, and lookups read an
 * immutable {@link Snapshot} that is rebuilt, once, after words were added.
 */
final class Vocabulary {
    private static final Map<String, Integer> IDS = new HashMap<>(); // guarded by Vocabulary.class
    private static volatile int size;
    private static volatile Snapshot snapshot = new Snapshot(Map.of());

    private Vocabulary() {
    }

    /** The word's number, giving it the next one if it has none. */
    static synchronized int register(String word) {
        Integer id = IDS.get(word);
        if (id == null) {
            id = size;
            IDS.put(word, id);
            size = id + 1;
        }
        return id;
    }

    /** How many words are numbered: every word with a number below this was registered before this call. */
    static int size() {
        return size;
    }

    /** The words numbered so far, for lookups without locking. */
    static Snapshot snapshot() {
        Snapshot s = snapshot;
        if (s.count == size) {
            return s;
        }
        synchronized (Vocabulary.class) {
            if (snapshot.count != size) {
                snapshot = new Snapshot(IDS);
            }
            return snapshot;
        }
    }

    /**
     * The numbered words at one moment, as an open-addressing table (power-of-two size, at most half full, hashes
     * beside the keys) that can also be asked about a stretch of a text without making a string of it first.
     */
    static final class Snapshot {
        /** How many words it holds: all with numbers below this. */
        final int count;
        private final String[] words;
        private final int[] hashes;
        private final int[] ids;
        private final int mask;

        private Snapshot(Map<String, Integer> entries) {
            count = entries.size();
            int capacity = WordTable.capacity(count);
            words = new String[capacity];
            hashes = new int[capacity];
            ids = new int[capacity];
            mask = capacity - 1;
            for (Map.Entry<String, Integer> e : entries.entrySet()) {
                int h = e.getKey().hashCode();
                int i = WordTable.spread(h) & mask;
                while (words[i] != null) {
                    i = (i + 1) & mask;
                }
                words[i] = e.getKey();
                hashes[i] = h;
                ids[i] = e.getValue();
            }
        }

        /** The word's number, or -1. */
        int id(String word) {
            int slot = slot(word.hashCode(), word, null, 0, 0);
            return slot < 0 ? -1 : ids[slot];
        }

        /** What {@link #slotOfLowerAscii} returns for a stretch of text that is not all ASCII. */
        static final int NOT_ASCII = -2;

        /**
         * The slot of the lower-case form of {@code text[from, to)}: what
         * {@code id(text.substring(from, to).toLowerCase(Locale.ROOT))} finds, without the two strings; -1 when the
         * vocabulary lacks it, {@link #NOT_ASCII} when the stretch is not all ASCII (ask {@link #id(String)}).
         */
        int slotOfLowerAscii(String text, int from, int to) {
            int h = 0;
            for (int k = from; k < to; k++) {
                char c = text.charAt(k);
                if (c >= 128) {
                    return NOT_ASCII;
                }
                h = 31 * h + lowerAscii(c);
            }
            return slot(h, null, text, from, to);
        }

        int id(int slot) {
            return ids[slot];
        }

        String word(int slot) {
            return words[slot];
        }

        private int slot(int h, String word, String text, int from, int to) {
            for (int i = WordTable.spread(h) & mask; ; i = (i + 1) & mask) {
                String k = words[i];
                if (k == null) {
                    return -1;
                }
                if (hashes[i] == h && (word != null ? k.equals(word) : sameLowerAscii(k, text, from, to))) {
                    return i;
                }
            }
        }

        private static boolean sameLowerAscii(String word, String text, int from, int to) {
            if (word.length() != to - from) {
                return false;
            }
            for (int k = 0; k < word.length(); k++) {
                if (word.charAt(k) != lowerAscii(text.charAt(from + k))) {
                    return false;
                }
            }
            return true;
        }

        private static char lowerAscii(char c) {
            return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        }
    }
}
