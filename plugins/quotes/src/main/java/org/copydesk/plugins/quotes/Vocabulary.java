package org.copydesk.plugins.quotes;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Numbers every word of every lexicon ({@link WordSet}, {@link WordTable}) once, for the whole JVM. {@link Tokens}
 * looks each token up here once, when a story is cut into tokens; after that, "is token {@code i} in word class X",
 * asked dozens of times per token by the finder's rules, is one array read
 * ({@link WordSet#has(Tokens, int)}, {@link WordTable#get(Tokens, int)}) instead of a hash lookup of the token's string in each class.
 *
 * <p>Words are only ever added (by lexicons as they are built), never removed or renumbered. A lexicon built after a
 * story was tokenized may hold words that story's tokens could not be numbered by; {@link #size()} tells them
 * apart (see {@link WordSet#has(Tokens, int)}). Thread-safe.
 */
final class Vocabulary {
    private static final Map<String, Integer> IDS = new ConcurrentHashMap<>();
    private static volatile int size;

    private Vocabulary() {
    }

    /** The word's number, giving it the next one if it has none. */
    static int register(String word) {
        Integer id = IDS.get(word);
        if (id != null) {
            return id;
        }
        synchronized (Vocabulary.class) {
            id = IDS.get(word);
            if (id == null) {
                id = size;
                IDS.put(word, id);
                size = id + 1; // published after the word, so size() never counts a word get() cannot see yet
            }
            return id;
        }
    }

    /** The word's number, or -1 when no lexicon holds it. */
    static int get(String word) {
        Integer id = IDS.get(word);
        return id == null ? -1 : id;
    }

    /** How many words are numbered: every word with a number below this was registered before this call. */
    static int size() {
        return size;
    }
}
