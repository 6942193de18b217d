package org.copydesk.plugins.quotes;

import java.util.Arrays;
import java.util.Locale;

/**
 * The body cut into word and punctuation tokens, with offsets. Words keep inner hyphens, apostrophes and the periods of
 * abbreviations ({@code Jong-un}, {@code don't}, {@code U.S.}, {@code Sen.}); a possessive {@code 's} is a token of
 * its own. Built per document by {@link #of(String)}; not shared between threads.
 */
final class Tokens {
    final String text;
    int size;
    int[] start;
    int[] end;
    /** Each token's lower-case form; made on first use ({@link #lower}) for words no lexicon holds. */
    private String[] lower;
    /** The {@link Vocabulary} number of each token's lower-case form, or -1 when no lexicon holds the word. */
    int[] id;
    /** The words numbered when the story was tokenized; lexicons built later fall back to strings. */
    private final Vocabulary.Snapshot vocabulary = Vocabulary.snapshot();
    /** How many words {@link #vocabulary} holds (see {@link WordTable#get(Tokens, int)}). */
    final int vocabularySize = vocabulary.count;
    /** The {@link Vocabulary} version of {@link #vocabulary}: the tokens know the sets of that version or older. */
    final int setsVersion = vocabulary.version;
    /** Longs of set bits per token. */
    private final int setWords = vocabulary.setWords;
    /** The bits of the {@link WordSet}s holding each token's lower-case form: {@code bits[i * setWords + word]}. */
    private long[] bits;
    /** Index of the top-level quote whose content holds the token, or -1. Filled in by the finder. */
    int[] quote;
    /** Paragraph index of each token. */
    int[] paragraph;
    /**
     * What the rules ask of every token again and again, worked out once when it is cut: {@link #WORD},
     * {@link #CAPITALIZED}, {@link #DIGIT_FIRST} and the lower-case endings {@link #ING}, {@link #ED}, {@link #LY},
     * {@link #S}, {@link #NT} ({@code n't} or {@code n’t}). One array read each instead of reading the text (and
     * making a lower-case string for the endings).
     */
    private byte[] flags;

    private static final byte WORD = 1;
    private static final byte CAPITALIZED = 2;
    private static final byte DIGIT_FIRST = 4;
    private static final byte ING = 8;
    private static final byte ED = 16;
    private static final byte LY = 32;
    private static final byte S = 64;
    private static final byte NT = (byte) 0x80;

    private static final WordSet ABBREVIATIONS = Words.set("mr", "mrs", "ms", "dr", "sen", "rep",
            "gov", "gen", "lt", "col", "st", "jr", "sr", "inc", "corp", "co", "ltd", "no", "vs", "jan", "feb", "mar",
            "apr", "aug", "sep", "sept", "oct", "nov", "dec", "prof", "rev", "capt", "sgt", "maj", "adm", "pres",
            "atty", "ft", "mt", "hon", "messrs", "gens", "reps", "sens", "supt", "cmdr", "dept", "univ", "ave", "blvd",
            "etc", "approx", "est", "fig", "vol", "op", "ed");

    /** Titles abbreviated only in title case: "Sec. Kerry", "Amb. Rice", while "the SEC." ends its sentence. */
    private static final WordSet TITLE_CASE_ABBREVIATIONS = Words.set("sec", "amb");

    private Tokens(String text) {
        this.text = text;
        int capacity = Math.max(64, text.length() / 4); // news prose has a token for every 5 or 6 characters
        start = new int[capacity];
        end = new int[capacity];
        lower = new String[capacity];
        id = new int[capacity];
        flags = new byte[capacity];
        bits = new long[capacity * setWords];
    }

    /** Whether token {@code i} is in the set of that bit (see {@link WordSet#has(Tokens, int)}). */
    boolean inSet(int i, int word, long mask) {
        return (bits[i * setWords + word] & mask) != 0;
    }

    int size() {
        return size;
    }

    String lower(int i) {
        String w = lower[i];
        if (w == null) {
            w = lowerCase(text, start[i], end[i]);
            lower[i] = w;
        }
        return w;
    }

    String raw(int i) {
        return text.substring(start[i], end[i]);
    }

    char first(int i) {
        return text.charAt(start[i]);
    }

    /** The token starts with a letter or digit. */
    boolean isWord(int i) {
        return (flags[i] & WORD) != 0;
    }

    /** The token starts with an upper-case letter. */
    boolean isCapitalized(int i) {
        return (flags[i] & CAPITALIZED) != 0;
    }

    /** The token starts with a digit ({@link Character#isDigit(char)}). */
    boolean startsWithDigit(int i) {
        return (flags[i] & DIGIT_FIRST) != 0;
    }

    /** {@code lower(i).endsWith("ing")}, without making the string. */
    boolean endsWithIng(int i) {
        return (flags[i] & ING) != 0;
    }

    /** {@code lower(i).endsWith("ed")}. */
    boolean endsWithEd(int i) {
        return (flags[i] & ED) != 0;
    }

    /** {@code lower(i).endsWith("ly")}. */
    boolean endsWithLy(int i) {
        return (flags[i] & LY) != 0;
    }

    /** {@code lower(i).endsWith("n't") || lower(i).endsWith("n’t")}. */
    boolean endsWithNt(int i) {
        return (flags[i] & NT) != 0;
    }

    /** {@code lower(i).endsWith("s")}. */
    boolean endsWithS(int i) {
        return (flags[i] & S) != 0;
    }

    /** {@link Character#isLetterOrDigit(char)} with a table for ASCII, where almost every character of a story is. */
    static boolean letterOrDigit(char c) {
        return c < 128 ? (ASCII[c] & LETTER_OR_DIGIT) != 0 : Character.isLetterOrDigit(c);
    }

    private static boolean space(char c) {
        return c < 128 ? (ASCII[c] & SPACE) != 0 : Words.isSpace(c);
    }

    private static boolean letter(char c) {
        return c < 128 ? (ASCII[c] & LETTER) != 0 : Character.isLetter(c);
    }

    private static boolean digit(char c) {
        return c < 128 ? (ASCII[c] & DIGIT) != 0 : Character.isDigit(c);
    }

    // Character classes of ASCII, one table read each: the tokenizer asks about every character of the story.
    private static final byte SPACE = 1;
    private static final byte LETTER_OR_DIGIT = 2;
    private static final byte LETTER = 4;
    private static final byte DIGIT = 8;
    private static final byte[] ASCII = new byte[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII[c] = (byte) ((Words.isSpace(c) ? SPACE : 0) | (Character.isLetterOrDigit(c) ? LETTER_OR_DIGIT : 0)
                    | (Character.isLetter(c) ? LETTER : 0) | (Character.isDigit(c) ? DIGIT : 0));
        }
    }

    boolean isPunct(int i, char c) {
        return end[i] - start[i] == 1 && text.charAt(start[i]) == c;
    }

    /** The token's only character is a quotation mark (or it is {@code ''}). */
    boolean isMark(int i) {
        char c = text.charAt(start[i]);
        int len = end[i] - start[i];
        if (len == 2) {
            return c == '\'' && text.charAt(start[i] + 1) == '\'';
        }
        if (len == 1 && (c == '’' || c == '\'') && start[i] > 0 && Character.isLetter(text.charAt(start[i] - 1))
                && quote[i] < 0) {
            return false; // Cross’ speech: an apostrophe
        }
        return len == 1 && (c == '"' || c == '“' || c == '”' || c == '„' || c == '«' || c == '»' || c == '‘'
                || c == '’' || c == '‚' || c == '\'');
    }

    /** First token whose start is at or after {@code offset}. */
    int tokenAt(int offset) {
        int lo = 0;
        int hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (start[mid] < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Adds the token {@code text[s, e)}. */
    private void add(int s, int e) {
        add(s, e, WordTable.lowerAsciiHash(text, s, e));
    }

    /**
     * Adds the token {@code text[s, e)} whose lower-case ASCII hash ({@link WordTable#lowerAsciiHash}) is known, or
     * is {@link WordTable#NOT_ASCII} for a token with other characters.
     */
    private void add(int s, int e, int hash) {
        if (size == start.length) {
            resize(size * 2);
        }
        start[size] = s;
        end[size] = e;
        char c = text.charAt(s);
        int f = c < 128 ? (c >= 'A' && c <= 'Z' ? CAPITALIZED : 0) : Character.isUpperCase(c) ? CAPITALIZED : 0;
        if (letterOrDigit(c)) {
            f |= WORD;
        }
        if (c < 128 ? (ASCII[c] & DIGIT) != 0 : Character.isDigit(c)) {
            f |= DIGIT_FIRST;
        }
        if (hash == WordTable.NOT_ASCII) {
            String w = lowerCase(text, s, e);
            lower[size] = w;
            id[size] = vocabulary.id(w);
            if (id[size] >= 0) {
                vocabulary.copyBits(id[size], bits, size * setWords);
            }
            f |= (w.endsWith("ing") ? ING : 0) | (w.endsWith("ed") ? ED : 0) | (w.endsWith("ly") ? LY : 0)
                    | (w.endsWith("s") ? S : 0) | (w.endsWith("n't") || w.endsWith("n’t") ? NT : 0);
        } else {
            f |= endings(text, s, e);
            int slot = vocabulary.slotOfLowerAscii(text, s, e, hash);
            if (slot >= 0) {
                lower[size] = vocabulary.word(slot); // most tokens are lexicon words: no new string for them
                id[size] = vocabulary.id(slot);
                vocabulary.copyBits(id[size], bits, size * setWords);
            } else {
                // an ASCII word the vocabulary lacks is not in it as a string either; its string is made if asked
                id[size] = -1;
            }
        }
        flags[size] = (byte) f;
        size++;
    }

    /** The ending flags of the ASCII token {@code text[s, e)}, case ignored. */
    private static int endings(String text, int s, int e) {
        int len = e - s;
        char last = WordTable.lowerAscii(text.charAt(e - 1));
        if (last == 's') {
            return S;
        }
        if (len < 2) {
            return 0;
        }
        char before = WordTable.lowerAscii(text.charAt(e - 2));
        if (last == 'd') {
            return before == 'e' ? ED : 0;
        }
        if (last == 'y') {
            return before == 'l' ? LY : 0;
        }
        if (last == 't') {
            return before == '\'' && len >= 3 && WordTable.lowerAscii(text.charAt(e - 3)) == 'n' ? NT : 0;
        }
        return last == 'g' && before == 'n' && len >= 3 && WordTable.lowerAscii(text.charAt(e - 3)) == 'i' ? ING : 0;
    }

    /** {@code text.substring(s, e).toLowerCase(Locale.ROOT)} with one allocation instead of two for ASCII words. */
    private static String lowerCase(String text, int s, int e) {
        boolean upper = false;
        for (int k = s; k < e; k++) {
            char c = text.charAt(k);
            if (c >= 128) {
                return text.substring(s, e).toLowerCase(Locale.ROOT);
            }
            upper |= c >= 'A' && c <= 'Z';
        }
        if (!upper) {
            return text.substring(s, e);
        }
        char[] out = new char[e - s];
        for (int k = s; k < e; k++) {
            char c = text.charAt(k);
            out[k - s] = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        }
        return new String(out);
    }

    /**
     * Whether the period after the word {@code text[s, e)} belongs to it: after an initial ({@code J.}), a dotted word
     * ({@code U.S}) or a listed abbreviation ({@code Sen}). {@code hash} is the word's lower-case ASCII hash.
     */
    private static boolean abbreviation(String text, int s, int e, boolean ascii, int hash) {
        if (e - s == 1 && Character.isUpperCase(text.charAt(s))) {
            return true;
        }
        for (int k = s + 1; k < e; k++) {
            if (text.charAt(k) == '.') {
                return true;
            }
        }
        if (!ascii) {
            return ABBREVIATIONS.contains(text.substring(s, e).toLowerCase(Locale.ROOT));
        }
        return ABBREVIATIONS.containsLowerAscii(text, s, e, hash) || Character.isUpperCase(text.charAt(s))
                && Character.isLowerCase(text.charAt(e - 1)) && TITLE_CASE_ABBREVIATIONS.containsLowerAscii(text, s, e, hash);
    }

    /** Every per-token array at room for {@code n} tokens. */
    private void resize(int n) {
        start = Arrays.copyOf(start, n);
        end = Arrays.copyOf(end, n);
        lower = Arrays.copyOf(lower, n);
        id = Arrays.copyOf(id, n);
        flags = Arrays.copyOf(flags, n);
        bits = Arrays.copyOf(bits, n * setWords);
    }

    /**
     * Cuts the arrays to the tokens there are. They keep spare room for speed, so a rule that asks for a token past the
     * last one reads an empty token instead of failing; {@link #of} calls this under {@code assert}, so that the
     * tests (run with assertions) fail on such an index and production pays nothing.
     */
    private boolean trimmed() {
        resize(size);
        return true;
    }

    static Tokens of(String text) {
        Tokens t = new Tokens(text);
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (space(c)) {
                i++;
                continue;
            }
            if (!letterOrDigit(c)) {
                if (c == '\'' && i + 1 < n && text.charAt(i + 1) == '\'') {
                    t.add(i, i + 2);
                    i += 2;
                } else if ((c == '\'' || c == '’') && i + 1 < n && (text.charAt(i + 1) == 's' || text.charAt(i + 1) == 'S')
                        && (i + 2 >= n || !letterOrDigit(text.charAt(i + 2))) && i > 0
                        && letterOrDigit(text.charAt(i - 1))) {
                    t.add(i, i + 2); // possessive 's
                    i += 2;
                } else {
                    t.add(i, i + 1);
                    i++;
                }
                continue;
            }
            int s = i;
            int h = 0; // the lower-case ASCII hash of the word so far, as WordTable.lowerAsciiHash makes it
            boolean ascii = true;
            while (i < n) {
                char d = text.charAt(i);
                if (letterOrDigit(d)) {
                    i++;
                } else if ((d == '-' || d == '.' || d == '&' || d == ',') && i + 1 < n
                        && letterOrDigit(text.charAt(i + 1))
                        && (d != ',' || (digit(text.charAt(i - 1)) && digit(text.charAt(i + 1))))
                        && (d != '.' || letter(text.charAt(i + 1)) == letter(text.charAt(i - 1)))) {
                    i++;
                } else if ((d == '\'' || d == '’') && i + 1 < n && letter(text.charAt(i + 1))
                        && !(i + 2 <= n && (text.charAt(i + 1) == 's' || text.charAt(i + 1) == 'S')
                        && (i + 2 >= n || !letterOrDigit(text.charAt(i + 2))))) {
                    i++; // don't, O'Brien; not the possessive
                } else {
                    break;
                }
                ascii &= d < 128;
                h = 31 * h + WordTable.lowerAscii(d);
            }
            // abbreviation period: Sen. Mr. U.S. J.
            if (i < n && text.charAt(i) == '.' && abbreviation(text, s, i, ascii, h)) {
                h = 31 * h + '.';
                i++;
            }
            t.add(s, i, ascii ? h : WordTable.NOT_ASCII);
        }
        t.quote = new int[t.size];
        Arrays.fill(t.quote, -1);
        t.paragraph = new int[t.size];
        assert t.trimmed(); // with assertions on (the tests), a token index past the last token fails
        return t;
    }
}
