package org.copydesk.plugins.dateline;

import java.util.Locale;
import java.util.Set;

/** Turns a place written in capitals ("ST. LOUIS", "RIO DE JANEIRO") into proper case ("St. Louis", "Rio de Janeiro"). */
final class ProperCase {
    private static final Set<String> PARTICLES = Set.of("de", "da", "do", "dos", "das", "del", "della", "di", "du",
            "des", "la", "le", "les", "of", "on", "upon", "am", "an", "der", "den", "en", "sur", "y", "e", "im", "al",
            "el");

    private ProperCase() {
    }

    static String of(String place) {
        boolean upper = false;
        boolean lower = false;
        for (int i = 0; i < place.length(); i++) {
            char c = place.charAt(i);
            upper |= Character.isUpperCase(c);
            lower |= Character.isLowerCase(c);
        }
        boolean rewrite = !(upper && lower); // all capitals or all lower case: rebuild the casing
        StringBuilder out = new StringBuilder(place.length());
        int wordIndex = 0;
        int i = 0;
        while (i < place.length()) {
            int j = i;
            while (j < place.length() && !isSeparator(place.charAt(j))) {
                j++;
            }
            String word = place.substring(i, j);
            out.append(rewrite ? recase(word, wordIndex == 0) : capitalizeIfNeeded(word, wordIndex == 0));
            if (j < place.length()) {
                out.append(place.charAt(j));
            }
            wordIndex++;
            i = j + 1;
        }
        return out.toString();
    }

    private static boolean isSeparator(char c) {
        return c == ' ' || c == '-' || c == '/' || c == '\u00A0';
    }

    private static String capitalizeIfNeeded(String word, boolean first) {
        if (word.isEmpty() || !Character.isLowerCase(word.charAt(0))) {
            return word;
        }
        if (!first && PARTICLES.contains(word)) {
            return word;
        }
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    private static String recase(String word, boolean first) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (lower.isEmpty() || (!first && PARTICLES.contains(lower))) {
            return lower;
        }
        StringBuilder sb = new StringBuilder(lower);
        sb.setCharAt(0, Character.toUpperCase(sb.charAt(0)));
        for (int k = 1; k < sb.length(); k++) {
            char prev = sb.charAt(k - 1);
            // D.C. / O'Hare / N'Djamena: a letter after a dot, or after a one-letter prefix and an apostrophe
            if (Character.isLetter(sb.charAt(k)) && (prev == '.'
                    || ((prev == '\'' || prev == '\u2019') && k == 2))) {
                sb.setCharAt(k, Character.toUpperCase(sb.charAt(k)));
            }
        }
        if (lower.length() > 3 && lower.startsWith("mc")) {
            sb.setCharAt(2, Character.toUpperCase(sb.charAt(2)));
        }
        return sb.toString();
    }
}
