package org.copydesk.plugins.quotes;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts tokens into sentences: at paragraph breaks and after {@code . ? !} followed by a capital, a digit or an opening
 * quotation mark, but never inside a quotation (a quote of three sentences and its attribution stay one unit) and
 * not after abbreviations ({@code Sen.}, {@code Mr.}). Stateless and thread-safe.
 */
final class SentenceSplitter {

    private static final WordSet STARTERS = Words.set("the", "he", "she", "it", "they", "we", "i", "but", "and",
            "in", "a", "an", "this", "that", "his", "her", "their", "its", "mr.", "mrs.", "ms.", "according", "on",
            "at", "as", "after", "while", "when", "if", "there", "some", "many", "one", "two", "those", "these");

    /**
     * @param opening per character of the body, true where an opening quotation mark of a top-level quote stands
     * @param closing per character, true where a closing mark stands
     * @return sentences as {@code {fromToken, toToken}} (end exclusive), in order
     */
    List<int[]> split(Tokens t, boolean[] opening, boolean[] closing, boolean[] cue) {
        List<int[]> out = new ArrayList<>();
        int n = t.size();
        int from = 0;
        for (int i = 0; i < n; i++) {
            if (i > from && t.paragraph[i] != t.paragraph[i - 1]) {
                out.add(new int[] {from, i});
                from = i;
            }
            if (i + 1 >= n || t.paragraph[i + 1] != t.paragraph[i]) {
                continue;
            }
            if (overLong(t, from, i)) {
                out.add(new int[] {from, i + 1});
                from = i + 1;
                continue;
            }
            boolean endMark = false;
            if (t.quote[i] < 0) {
                char c = t.text.charAt(t.end[i] - 1);
                int len = t.end[i] - t.start[i];
                if (len == 1 && (c == '.' || c == '?' || c == '!' || c == '…')) {
                    endMark = !(c == '.' && t.isPunct(i + 1, '.'));
                } else if (len > 1 && c == '.' && t.isWord(i) && t.text.indexOf('.', t.start[i]) < t.end[i] - 1) {
                    // U.S. at the end of a sentence: only before a typical sentence opener
                    // or before a quotation mark that opens a capitalized sentence: Mic.com. "You have ..."
                    endMark = STARTERS.has(t, i + 1) && t.isCapitalized(i + 1)
                            || opening[t.start[i + 1]] && i + 2 < n && t.isCapitalized(i + 2);
                } else if (closing[t.start[i]]) {
                    // ." or ?" : the quote ended a sentence
                    int before = t.start[i] - 1;
                    while (before >= 0 && Words.isSpace(t.text.charAt(before))) {
                        before--;
                    }
                    char b = before >= 0 ? t.text.charAt(before) : ' ';
                    endMark = b == '.' || b == '?' || b == '!' || b == '…';
                }
            }
            if (!endMark) {
                continue;
            }
            int j = i + 1;
            while (j < n && t.paragraph[j] == t.paragraph[i] && (t.isPunct(j, ')') || closing[t.start[j]])
                    && t.quote[j] < 0) {
                j++;
            }
            if (j >= n || t.paragraph[j] != t.paragraph[i]) {
                continue;
            }
            char f = t.first(j);
            boolean starts = Character.isUpperCase(f) || Character.isDigit(f) || opening[t.start[j]]
                    || f == '(' || f == '—' || f == '-';
            if (starts && closing[t.start[i]] && Character.isUpperCase(f)) {
                // "...?" Sanders asked. : the attribution after a quote belongs to it
                boolean period = i > 0 && t.isPunct(i - 1, '.') || t.text.charAt(Math.max(0, t.start[i] - 1)) == '.';
                for (int k = j; k < n && k - j < 16 && t.paragraph[k] == t.paragraph[j]; k++) {
                    if (cue[k] && k > j && k - j >= 8 && !t.isPunct(k - 1, ',')) {
                        break; // further away only a cue after an appositive: "...?" Miller, a retired worker, said
                    }
                    if (cue[k] && k > j) {
                        // after ." only a bare attribution belongs to the quote ("...." Kasich said.), not a
                        // sentence of its own (."  Kasich said he would have fired him.)
                        starts = period && !bareTail(t, k + 1, n);
                        break;
                    }
                    if (!t.isWord(k) && !Words.POSSESSIVE_S.has(t, k) && !t.isPunct(k, ',')) {
                        break;
                    }
                }
                if (starts && !period) {
                    // "...?" Hannity pressed. : a name and a past-tense verb outside the lexicon, then the end
                    int k = j;
                    while (k < n && k - j < 4 && t.isWord(k) && t.isCapitalized(k)) {
                        k++;
                    }
                    int e = k + 1 < n && Words.VERB_PARTICLES.has(t, k + 1) ? k + 2 : k + 1; // hollered back.
                    starts = !(k > j && e < n && t.isWord(k) && !t.isCapitalized(k) && t.endsWithEd(k)
                            && (t.isPunct(e, '.') || t.isPunct(e, ',')));
                }
            }
            if (starts) {
                out.add(new int[] {from, j});
                from = j;
                i = j - 1;
            }
        }
        if (from < n) {
            out.add(new int[] {from, n});
        }
        return out;
    }


    /**
     * Tokens after which a sentence is cut at the next comma, semicolon or end mark outside a quotation, whatever
     * follows it. News sentences are far shorter (the cap changes no output on PolNeAR's train and dev files); it is
     * for text with no sentence end the splitter accepts, a paragraph of thousands of lower-case clauses, where rules
     * that look back over a sentence's attributions grew with its square (a 1 MB paragraph took 12 s, 5 MB more than
     * 9 minutes) and the recursion over chained {@code and he added that ...} clauses overflowed the stack.
     */
    static final int SOFT_MAX_TOKENS = 400;
    /** Tokens after which a sentence is cut wherever it is, inside a quotation too (a paragraph-long unclosed quote). */
    static final int HARD_MAX_TOKENS = 4 * SOFT_MAX_TOKENS;

    /** Whether the sentence [from, i] is long enough to end after token {@code i}. */
    private static boolean overLong(Tokens t, int from, int i) {
        int length = i + 1 - from;
        if (length >= HARD_MAX_TOKENS) {
            return true;
        }
        return length >= SOFT_MAX_TOKENS && t.quote[i] < 0 && (t.isPunct(i, ',') || t.isPunct(i, ';')
                || t.isPunct(i, '.') || t.isPunct(i, '?') || t.isPunct(i, '!'));
    }

    private static final WordSet CLAUSE_WORDS = Words.set("that", "he", "she", "it", "they", "we", "i", "you",
            "a", "an", "his", "her", "their", "its", "this", "there");

    /**
     * After a cue: at most seven tokens, none a word that would start a clause or an object, then the sentence, the
     * paragraph or the text ends (a body whose last attribution has no period: {@code "We won." Kasich said on Sunday}).
     */
    private static boolean bareTail(Tokens t, int from, int n) {
        int k = from;
        for (; k < n && k - from <= 6; k++) {
            if (t.paragraph[k] != t.paragraph[from - 1]) {
                return true;
            }
            if (t.isPunct(k, '.') || t.isPunct(k, '!') || t.isPunct(k, '?')) {
                return true;
            }
            if (t.isPunct(k, ',')) {
                continue; // "He said, twice, that ..." goes on
            }
            if (!t.isWord(k) || CLAUSE_WORDS.has(t, k)) {
                return false;
            }
        }
        return k >= n;
    }
}
