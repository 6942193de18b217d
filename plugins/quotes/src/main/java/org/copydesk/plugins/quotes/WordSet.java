package org.copydesk.plugins.quotes;

import java.util.AbstractSet;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An immutable set of words for the finder's hot path, where much of the time goes into asking whether a token is in
 * one of some eighty small word classes. A token is asked by {@link #has(Tokens, int)}: each set has a bit, and each
 * token carries the bits of the sets holding its word ({@link Vocabulary}), so the answer is one read of the token's
 * own bits. A string is asked by {@link #contains(Object)}: {@link java.util.Set#of} answers with an integer division
 * per probe and an {@code equals} for every key it meets; this set keeps a {@link WordTable} (power-of-two size, each
 * key's hash kept beside it, at most half full), so a lookup is a mask, a comparison of hashes and, on a match only,
 * one {@code equals}.
 */
final class WordSet extends AbstractSet<String> {
    private final WordTable<Boolean> table;
    private final List<String> words;
    /** This set's bit in a token's set bits ({@link Tokens#inSet}): which long, and the bit in it. */
    private final int bitWord;
    private final long bitMask;
    /** The {@link Vocabulary} version from which snapshots, and the tokens cut with them, know this set. */
    private final int version;

    WordSet(Collection<String> words) {
        Map<String, Boolean> entries = new LinkedHashMap<>();
        for (String w : words) {
            entries.put(w, Boolean.TRUE);
        }
        // the words get their numbers and this set its bit here; the table only answers strings, so it needs no
        // array by number of its own (a numbered table would add one of about 2,700 entries per set)
        this.table = WordTable.unnumbered(entries);
        this.words = List.copyOf(entries.keySet());
        int[] registered = Vocabulary.registerSet(this.words);
        bitWord = registered[0] >>> 6;
        bitMask = 1L << (registered[0] & 63);
        version = registered[1];
    }

    /**
     * Whether token {@code i}'s lower-case form is in the set: one read of the token's own set bits (see
     * {@link Vocabulary}), unless the set is newer than the story's tokens. Kept small (with the fallback a call of
     * its own) so that the JIT inlines it wherever the rules ask it: the lookup by number in each set's own table,
     * which it replaces, spread the rules' reads over every set's array.
     */
    boolean has(Tokens t, int i) {
        return version <= t.setsVersion ? t.inSet(i, bitWord, bitMask) : hasByString(t, i);
    }

    /** A set newer than the story's tokens: by the token's string. */
    private boolean hasByString(Tokens t, int i) {
        return table.get(t.lower(i)) != null;
    }

    /** Whether the lower-case form of the ASCII stretch {@code text[from, to)}, of {@code hash}, is in the set. */
    boolean containsLowerAscii(String text, int from, int to, int hash) {
        return table.slotOfLowerAscii(text, from, to, hash) >= 0;
    }

    @Override
    public boolean contains(Object o) {
        return o instanceof String s && table.get(s) != null;
    }

    @Override
    public int size() {
        return words.size();
    }

    @Override
    public Iterator<String> iterator() {
        return words.iterator();
    }
}
