package org.copydesk.plugins.quotes;

import java.util.AbstractSet;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.NoSuchElementException;

/**
 * An immutable set of words for the finder's hot path, where much of the time goes into asking whether a token is in
 * one of some forty small word classes. {@link java.util.Set#of} answers with an integer division per probe and an
 * {@code equals} for every key it meets; this table is a power of two (a mask, no division), keeps each key's hash
 * beside it (a mismatch costs no {@code equals}) and is at most half full (short probes for the usual miss).
 */
final class WordSet extends AbstractSet<String> {
    private final String[] keys;
    private final int[] hashes;
    private final int mask;
    private final int size;

    WordSet(Collection<String> words) {
        LinkedHashSet<String> distinct = new LinkedHashSet<>(words);
        int capacity = WordTable.capacity(distinct.size());
        keys = new String[capacity];
        hashes = new int[capacity];
        mask = capacity - 1;
        size = distinct.size();
        for (String w : distinct) {
            int h = w.hashCode();
            int i = WordTable.spread(h) & mask;
            while (keys[i] != null) {
                i = (i + 1) & mask;
            }
            keys[i] = w;
            hashes[i] = h;
        }
    }

    @Override
    public boolean contains(Object o) {
        if (!(o instanceof String s)) {
            return false;
        }
        int h = s.hashCode();
        for (int i = WordTable.spread(h) & mask; ; i = (i + 1) & mask) {
            String k = keys[i];
            if (k == null) {
                return false;
            }
            if (hashes[i] == h && (k == s || k.equals(s))) {
                return true;
            }
        }
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public Iterator<String> iterator() {
        return new Iterator<>() {
            private int next = advance(0);

            private int advance(int from) {
                int i = from;
                while (i < keys.length && keys[i] == null) {
                    i++;
                }
                return i;
            }

            @Override
            public boolean hasNext() {
                return next < keys.length;
            }

            @Override
            public String next() {
                if (next >= keys.length) {
                    throw new NoSuchElementException();
                }
                String k = keys[next];
                next = advance(next + 1);
                return k;
            }
        };
    }
}
