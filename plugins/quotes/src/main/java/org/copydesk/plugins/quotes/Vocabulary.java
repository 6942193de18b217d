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
     * The numbered words at one moment: a {@link WordTable} from word to number that can also be asked about a stretch
     * of a text without making a string of it first ({@link WordTable#slotOfLowerAscii}).
     */
    static final class Snapshot {
        /** How many words it holds: all with numbers below this. */
        final int count;
        private final WordTable<Integer> ids;

        private Snapshot(Map<String, Integer> entries) {
            count = entries.size();
            ids = WordTable.unnumbered(entries);
        }

        /** The word's number, or -1. */
        int id(String word) {
            Integer id = ids.get(word);
            return id == null ? -1 : id;
        }

        /**
         * See {@link WordTable#slotOfLowerAscii}: the slot of the ASCII stretch of that {@link WordTable#lowerAsciiHash},
         * or -1 when no lexicon holds the word.
         */
        int slotOfLowerAscii(String text, int from, int to, int hash) {
            return ids.slotOfLowerAscii(text, from, to, hash);
        }

        int id(int slot) {
            return ids.value(slot);
        }

        String word(int slot) {
            return ids.key(slot);
        }
    }
}
