package org.copydesk.plugins.quotes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Numbers every word of every lexicon ({@link WordSet}, {@link WordTable}) once, for the whole JVM, and gives every
 * {@link WordSet} a bit. {@link Tokens} looks each token up here once, when a story is cut into tokens, and keeps its
 * number and the bits of the sets that hold it; after that, "is token {@code i} in word class X", asked dozens of
 * times per token by the finder's rules, is one read of the token's own bits ({@link WordSet#has(Tokens, int)}) or one
 * array read by number ({@link WordTable#get(Tokens, int)}) instead of a hash lookup of the token's string.
 *
 * <p>Words and sets are only ever added (by lexicons as they are built), never removed or renumbered. A lexicon built
 * after a story was tokenized may hold words, or be a set, that story's tokens know nothing of; {@link #size()} and
 * the snapshot's {@link Snapshot#version} tell them apart (see {@link WordSet#has(Tokens, int)}). Thread-safe:
 * registration is synchronized, and lookups read an immutable {@link Snapshot} that is rebuilt, once, after words or
 * sets were added.
 */
final class Vocabulary {
    private static final Map<String, Integer> IDS = new HashMap<>(); // guarded by Vocabulary.class
    /** By word number, the bits of the sets holding the word (null: none); guarded by Vocabulary.class. */
    private static final List<long[]> SET_BITS = new ArrayList<>();
    private static int sets; // guarded by Vocabulary.class
    private static volatile int size;
    /** Grows with every word and every set added: a snapshot of an older version lacks some. */
    private static volatile int version;
    private static volatile Snapshot snapshot = new Snapshot(Map.of(), List.of(), 0, 0);

    private Vocabulary() {
    }

    /** The word's number, giving it the next one if it has none. */
    static synchronized int register(String word) {
        Integer id = IDS.get(word);
        if (id == null) {
            id = size;
            IDS.put(word, id);
            size = id + 1;
            version++;
        }
        return id;
    }

    /**
     * Numbers the words of a new set and gives the set the next bit. Returns the bit and the version from which
     * snapshots know it: {@code {bit, version}}.
     */
    static synchronized int[] registerSet(Collection<String> words) {
        int bit = sets++;
        int word = bit >>> 6;
        for (String w : words) {
            int id = register(w);
            while (SET_BITS.size() <= id) {
                SET_BITS.add(null);
            }
            long[] b = SET_BITS.get(id);
            if (b == null || b.length <= word) {
                b = b == null ? new long[word + 1] : Arrays.copyOf(b, word + 1);
                SET_BITS.set(id, b);
            }
            b[word] |= 1L << (bit & 63);
        }
        version++;
        return new int[] {bit, version};
    }

    /** How many words are numbered: every word with a number below this was registered before this call. */
    static int size() {
        return size;
    }

    /** The words and sets registered so far, for lookups without locking. */
    static Snapshot snapshot() {
        Snapshot s = snapshot;
        if (s.version == version) {
            return s;
        }
        synchronized (Vocabulary.class) {
            if (snapshot.version != version) {
                snapshot = new Snapshot(IDS, SET_BITS, sets, version);
            }
            return snapshot;
        }
    }

    /**
     * The numbered words and the sets at one moment: a {@link WordTable} from word to number that can also be asked
     * about a stretch of a text without making a string of it first ({@link WordTable#slotOfLowerAscii}), and each
     * word's set bits.
     */
    static final class Snapshot {
        /** How many words it holds: all with numbers below this. */
        final int count;
        /** The {@link Vocabulary} version it was made at: it knows every set registered at or before it. */
        final int version;
        /** Longs of set bits per word: {@code bits[id * setWords + bit / 64]}. */
        final int setWords;
        private final long[] bits;
        private final WordTable<Integer> ids;

        private Snapshot(Map<String, Integer> entries, List<long[]> setBits, int sets, int version) {
            count = entries.size();
            this.version = version;
            setWords = Math.max(1, (sets + 63) >>> 6);
            bits = new long[count * setWords];
            for (int id = 0; id < setBits.size() && id < count; id++) {
                long[] b = setBits.get(id);
                if (b != null) {
                    System.arraycopy(b, 0, bits, id * setWords, b.length);
                }
            }
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

        /** Copies the set bits of word {@code id} to {@code out[at, at + setWords)}. */
        void copyBits(int id, long[] out, int at) {
            System.arraycopy(bits, id * setWords, out, at, setWords);
        }
    }
}
