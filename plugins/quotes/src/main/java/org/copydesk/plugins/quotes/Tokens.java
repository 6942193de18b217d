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
    int[] start = new int[64];
    int[] end = new int[64];
    String[] lower = new String[64];
    /** The {@link Vocabulary} number of each token's lower-case form, or -1 when no lexicon holds the word. */
    int[] id = new int[64];
    /** The words numbered when the story was tokenized; lexicons built later fall back to strings. */
    private final Vocabulary.Snapshot vocabulary = Vocabulary.snapshot();
    /** How many words {@link #vocabulary} holds (see {@link WordTable#get(Tokens, int)}). */
    final int vocabularySize = vocabulary.count;
    /** Index of the top-level quote whose content holds the token, or -1. Filled in by the finder. */
    int[] quote;
    /** Paragraph index of each token. */
    int[] paragraph;

    private static final java.util.Set<String> ABBREVIATIONS = Words.set("mr", "mrs", "ms", "dr", "sen", "rep",
            "gov", "gen", "lt", "col", "st", "jr", "sr", "inc", "corp", "co", "ltd", "no", "vs", "jan", "feb", "mar",
            "apr", "aug", "sep", "sept", "oct", "nov", "dec", "prof", "rev", "capt", "sgt", "maj", "adm", "pres",
            "atty", "ft", "mt", "hon", "messrs", "gens", "reps", "sens", "supt", "cmdr", "dept", "univ", "ave", "blvd",
            "etc", "approx", "est", "fig", "vol", "op", "ed");

    private Tokens(String text) {
        this.text = text;
    }

    int size() {
        return size;
    }

    String lower(int i) {
        return lower[i];
    }

    String raw(int i) {
        return text.substring(start[i], end[i]);
    }

    char first(int i) {
        return text.charAt(start[i]);
    }

    boolean isWord(int i) {
        return letterOrDigit(text.charAt(start[i]));
    }

    boolean isCapitalized(int i) {
        char c = text.charAt(start[i]);
        return c < 128 ? c >= 'A' && c <= 'Z' : Character.isUpperCase(c);
    }

    /** {@link Character#isLetterOrDigit(char)} with a table for ASCII, where almost every character of a story is. */
    static boolean letterOrDigit(char c) {
        return c < 128 ? ASCII_LETTER_OR_DIGIT[c] : Character.isLetterOrDigit(c);
    }

    private static final boolean[] ASCII_LETTER_OR_DIGIT = new boolean[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII_LETTER_OR_DIGIT[c] = Character.isLetterOrDigit(c);
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

    private void add(int s, int e) {
        if (size == start.length) {
            int n = size * 2;
            start = Arrays.copyOf(start, n);
            end = Arrays.copyOf(end, n);
            lower = Arrays.copyOf(lower, n);
            id = Arrays.copyOf(id, n);
        }
        start[size] = s;
        end[size] = e;
        int slot = vocabulary.slotOfLowerAscii(text, s, e);
        if (slot >= 0) {
            lower[size] = vocabulary.word(slot); // most tokens are lexicon words: no new string for them
            id[size] = vocabulary.id(slot);
        } else {
            String w = lowerCase(text, s, e);
            lower[size] = w;
            // an ASCII word the vocabulary lacks is not in it as a string either; only other words need a look
            id[size] = slot == Vocabulary.Snapshot.NOT_ASCII ? vocabulary.id(w) : -1;
        }
        size++;
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

    static Tokens of(String text) {
        Tokens t = new Tokens(text);
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (Words.isSpace(c)) {
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
            while (i < n) {
                char d = text.charAt(i);
                if (letterOrDigit(d)) {
                    i++;
                } else if ((d == '-' || d == '.' || d == '&' || d == ',') && i + 1 < n
                        && letterOrDigit(text.charAt(i + 1))
                        && (d != ',' || (Character.isDigit(text.charAt(i - 1)) && Character.isDigit(text.charAt(i + 1))))
                        && (d != '.' || Character.isLetter(text.charAt(i + 1)) == Character.isLetter(text.charAt(i - 1)))) {
                    i++;
                } else if ((d == '\'' || d == '’') && i + 1 < n && Character.isLetter(text.charAt(i + 1))
                        && !(i + 2 <= n && (text.charAt(i + 1) == 's' || text.charAt(i + 1) == 'S')
                        && (i + 2 >= n || !letterOrDigit(text.charAt(i + 2))))) {
                    i++; // don't, O'Brien; not the possessive
                } else {
                    break;
                }
            }
            // abbreviation period: Sen. Mr. U.S. J.
            if (i < n && text.charAt(i) == '.') {
                String w = text.substring(s, i).toLowerCase(Locale.ROOT);
                boolean initial = i - s == 1 && Character.isUpperCase(text.charAt(s));
                boolean dotted = w.indexOf('.') > 0;
                if (initial || dotted || ABBREVIATIONS.contains(w)) {
                    i++;
                }
            }
            t.add(s, i);
        }
        t.quote = new int[t.size];
        Arrays.fill(t.quote, -1);
        t.paragraph = new int[t.size];
        return t;
    }
}
