package org.copydesk.plugins.dateline;

import java.util.Locale;
import java.util.Set;

/** Character tests and skips the dateline scanner uses. */
final class Chars {
    private Chars() {
    }

    static String firstWord(String place) {
        int e = 0;
        while (e < place.length() && Character.isLetter(place.charAt(e))) {
            e++;
        }
        return place.substring(0, e).toLowerCase(Locale.ROOT);
    }

    /** Capitals or title case: every word starts with a capital letter, except particles after the first. */
    static boolean strictCase(String text, boolean place) {
        boolean wordStart = true;
        int wordIndex = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\u00A0') {
                wordStart = true;
                i++;
                continue;
            }
            if (wordStart) {
                wordStart = false;
                if (!Character.isUpperCase(c)) {
                    int e = i;
                    while (e < text.length() && Character.isLetter(text.charAt(e))) {
                        e++;
                    }
                    String w = text.substring(i, e);
                    boolean particle = wordIndex > 0 && place && PLACE_PARTICLES.contains(w);
                    if (!particle) {
                        return false;
                    }
                }
                wordIndex++;
            }
            i++;
        }
        return true;
    }


    static final Set<String> PLACE_PARTICLES = Set.of("de", "da", "do", "dos", "das", "del", "della",
            "di", "du", "des", "la", "le", "les", "of", "on", "upon", "am", "an", "der", "den", "en", "sur", "y",
            "e", "im", "al", "el");

    static boolean isAllCaps(String text) {
        boolean letter = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letter |= Character.isLetter(c);
        }
        return letter;
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** A space within a line: ASCII, tab, no-break and the other Unicode spaces. */
    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u00A0' || c == '\u2007' || c == '\u202F' || c == '\u2009'
                || c == '\u2002' || c == '\u2003';
    }

    static boolean isWhitespace(char c) {
        return isSpace(c) || c == '\n' || c == '\r' || c == '\f' || Character.isWhitespace(c);
    }

    static int skipSpaces(String t, int p, int limit) {
        while (p < limit && isSpace(t.charAt(p))) {
            p++;
        }
        return p;
    }

    static int skipWhitespace(String t, int p, int limit) {
        while (p < limit && (isWhitespace(t.charAt(p)) || t.charAt(p) == '\uFEFF')) {
            p++;
        }
        return p;
    }
}
