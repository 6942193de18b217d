package org.copydesk.plugins.quotes;

import java.util.ArrayList;
import java.util.List;
import org.copydesk.api.Quote.Span;

/**
 * Finds quotation marks and pairs them: {@code "..."}, {@code “...”}, {@code «...»}, {@code „...“}, NYT-style
 * {@code ''...''} at the top level; {@code ‘...’}, {@code '...'} and {@code ‚...‘} inside them. Apostrophes are not
 * marks ({@code Korea's}, {@code '90s}, {@code rock 'n' roll}, {@code Clintons'}). A quote still open at the end of
 * a paragraph continues into the next paragraph when that one opens with a quotation mark (the newspaper convention
 * for quotes of several paragraphs); otherwise it ends with its paragraph. Stateless and thread-safe.
 */
final class QuotationMarkScanner {

    private static final int DOUBLE = 0;
    private static final int SINGLE = 1;

    /** One open quote on the scanner's stack. */
    private static final class Open {
        final int family;
        final char mark;
        final int open;
        int contentStart;
        final List<Span> parts = new ArrayList<>(1);

        Open(int family, char mark, int open, int contentStart) {
            this.family = family;
            this.mark = mark;
            this.open = open;
            this.contentStart = contentStart;
        }
    }

    /**
     * @param text       the body
     * @param paragraphs paragraph ranges in order
     * @return every quote found, top-level and nested, ordered by opening mark
     */
    List<MarkedQuote> scan(String text, List<Span> paragraphs) {
        List<MarkedQuote> out = new ArrayList<>();
        List<Open> stack = new ArrayList<>(4);
        for (int p = 0; p < paragraphs.size(); p++) {
            Span para = paragraphs.get(p);
            int i = para.start();
            if (!stack.isEmpty()) {
                // continuing a quote of the previous paragraph: skip the repeated opening mark
                int len = doubleMarkAt(text, i);
                i += len;
                stack.get(0).contentStart = i;
            }
            while (i < para.end()) {
                char c = text.charAt(i);
                if (c > '\'' && c < '«') {
                    i++; // letters, digits, most punctuation: no mark lies between ' (U+0027) and « (U+00AB)
                    continue;
                }
                int len = 1;
                switch (c) {
                    case '"', '\'', '“', '”', '„', '«', '»', '‘', '’', '‚' -> {
                        len = handle(text, para, i, stack, out);
                    }
                    default -> {
                    }
                }
                i += len;
            }
            // end of paragraph: nested quotes never continue
            while (stack.size() > 1) {
                stack.remove(stack.size() - 1);
            }
            if (!stack.isEmpty() && stack.get(0).family == SINGLE) {
                stack.clear(); // an unclosed top-level single quote was an apostrophe
            }
            if (!stack.isEmpty()) {
                Open o = stack.get(0);
                addPart(text, o, o.contentStart, para.end());
                boolean continues = p + 1 < paragraphs.size() && doubleMarkAt(text, paragraphs.get(p + 1).start()) > 0
                        && !o.parts.isEmpty() && !startsLowerCase(text, o.parts.get(0));
                if (!continues) {
                    stack.clear();
                    if (!o.parts.isEmpty()) {
                        out.add(new MarkedQuote(o.open, -1, List.copyOf(o.parts), 0));
                    }
                }
            }
        }
        out.sort((a, b) -> Integer.compare(a.open(), b.open()));
        return out;
    }

    /** Length of the opening double mark at {@code i} (1, or 2 for {@code ''}), 0 when there is none. */
    private static int doubleMarkAt(String text, int i) {
        if (i >= text.length()) {
            return 0;
        }
        char c = text.charAt(i);
        if (c == '"' || c == '“' || c == '„' || c == '«' || c == '”') {
            return 1;
        }
        if (c == '\'' && i + 1 < text.length() && text.charAt(i + 1) == '\'') {
            return 2;
        }
        return 0;
    }

    private int handle(String text, Span para, int i, List<Open> stack, List<MarkedQuote> out) {
        char c = text.charAt(i);
        char prev = i > para.start() ? text.charAt(i - 1) : ' ';
        boolean twoApostrophes = c == '\'' && i + 1 < para.end() && text.charAt(i + 1) == '\'';
        int len = twoApostrophes ? 2 : 1;
        char next = i + len < para.end() ? text.charAt(i + len) : ' ';
        Open top = stack.isEmpty() ? null : stack.get(stack.size() - 1);
        Open outer = stack.isEmpty() ? null : stack.get(0);

        if (c == '"' || twoApostrophes || c == '“' || c == '”' || c == '„' || c == '«' || c == '»') {
            if (outer != null && outer.family == SINGLE) {
                return len; // double marks inside a top-level single quote: ignored
            }
            boolean closer;
            if (outer == null) {
                closer = false;
                if ((c == '"' || twoApostrophes) && !isSpaceOrStart(prev) && (Words.isSpace(next) || next == ' ')
                        && i > para.start()) {
                    return len; // France." He said: an orphan closing mark, not an opening one
                }
                if (c == '”' || c == '»') {
                    // a closing mark with nothing open: ignore unless it plainly opens (sloppy typography)
                    if (!(isSpaceOrStart(prev) && isWordChar(next))) {
                        return len;
                    }
                }
            } else if (c == '“') {
                // „...“ closes with “; otherwise “ closes only when it plainly ends a word (sloppy typography)
                closer = outer.mark == '„' || (!isSpaceOrStart(prev) && !isWordChar(next));
            } else if (c == '«' || c == '„') {
                closer = false;
            } else {
                closer = true;
            }
            if (closer) {
                stack.clear(); // an unclosed nested quote inside it is not a quote
                addPart(text, outer, outer.contentStart, i);
                if (!outer.parts.isEmpty()) {
                    out.add(new MarkedQuote(outer.open, i, List.copyOf(outer.parts), 0));
                }
            } else if (outer == null) {
                stack.add(new Open(DOUBLE, c, i, i + len));
            }
            // an opening double mark inside a double quote: ignored
            return len;
        }

        // single marks: inside a double quote; at the top level only curly ‘...’ with a closing ’ in the paragraph
        if (outer == null) {
            if (c == '‘' && opensSingle(text, i, prev, para)) {
                stack.add(new Open(SINGLE, c, i, i + 1));
            }
            return 1;
        }
        boolean topIsSingle = top != null && top.family == SINGLE;
        if (topIsSingle && (c == '’' || c == '\'' || (c == '‘' && top.mark == '‚'))
                && !Words.isSpace(prev) && !Character.isLetterOrDigit(next)) {
            stack.remove(stack.size() - 1);
            Span part = trimmed(text, top.contentStart, i);
            if (part != null) {
                out.add(new MarkedQuote(top.open, i, List.of(part), stack.size()));
            }
            return 1;
        }
        if ((c == '‘' || c == '\'' || c == '‚') && !topIsSingle && opensSingle(text, i, prev, para)) {
            stack.add(new Open(SINGLE, c, i, i + 1));
        }
        return 1;
    }

    /** True when a single mark at {@code i} opens a quote rather than being an apostrophe. */
    private static boolean opensSingle(String text, int i, char prev, Span para) {
        if (!(isSpaceOrStart(prev) || prev == '"' || prev == '“' || prev == '(' || prev == '—' || prev == '-'
                || prev == '«' || prev == '„')) {
            return false;
        }
        int j = i + 1;
        if (j >= para.end()) {
            return false;
        }
        char n = text.charAt(j);
        if (!Character.isLetterOrDigit(n)) {
            return false;
        }
        if (Character.isDigit(n)) {
            return false; // '90s
        }
        // elisions: 'n', 'em, 'til, 'cause, 'tis, 'twas
        int k = j;
        while (k < para.end() && Character.isLetter(text.charAt(k))) {
            k++;
        }
        String word = text.substring(j, k).toLowerCase(java.util.Locale.ROOT);
        if (word.equals("n") || word.equals("em") || word.equals("til") || word.equals("cause") || word.equals("tis")
                || word.equals("twas") || word.equals("bout") || word.equals("round")) {
            return false;
        }
        // must have a plausible closing mark later in the paragraph
        for (int m = k; m < para.end(); m++) {
            char c = text.charAt(m);
            if ((c == '’' || c == '\'' || c == '‘') && !Words.isSpace(text.charAt(m - 1))
                    && (m + 1 >= para.end() || !Character.isLetterOrDigit(text.charAt(m + 1)))) {
                return true;
            }
            if (c == '"' || c == '”') {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether the quoted words begin with a lower-case letter: a fragment, not a full sentence. The newspaper convention
     * leaves the closing mark off only a paragraph that ends in a quoted full sentence (AP style); a fragment still open
     * at the end of its paragraph lost its closing mark, and the next paragraph's opening mark begins a new quote (train:
     * the 3 such fragments we carried on are each split there by PolNeAR).
     */
    private static boolean startsLowerCase(String text, Span part) {
        for (int i = part.start(); i < part.end(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                return Character.isLowerCase(c);
            }
        }
        return false;
    }

    private static void addPart(String text, Open o, int from, int to) {
        Span s = trimmed(text, from, to);
        if (s != null) {
            o.parts.add(s);
        }
    }

    private static Span trimmed(String text, int from, int to) {
        while (from < to && Words.isSpace(text.charAt(from))) {
            from++;
        }
        while (to > from && Words.isSpace(text.charAt(to - 1))) {
            to--;
        }
        return to > from ? new Span(from, to) : null;
    }

    private static boolean isSpaceOrStart(char c) {
        return Words.isSpace(c) || c == '(' || c == '[' || c == '—' || c == '–' || c == ':';
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '‘' || c == '\'' || c == '.' || c == '$';
    }
}
