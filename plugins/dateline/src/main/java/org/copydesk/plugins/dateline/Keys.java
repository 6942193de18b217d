package org.copydesk.plugins.dateline;

import java.text.Normalizer;
import java.util.Locale;

/** Lookup keys for the data tables: lower case, no accents, no dots, hyphens and runs of spaces as one space. */
final class Keys {
    private Keys() {
    }

    static String of(CharSequence text) {
        StringBuilder sb = new StringBuilder(text.length());
        boolean ascii = true;
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '.') {
                continue;
            }
            if (c == ' ' || c == '-' || c == '\u00A0' || c == '\t' || Character.isSpaceChar(c)) {
                space = sb.length() > 0;
                continue;
            }
            if (space) {
                sb.append(' ');
                space = false;
            }
            if (c == '\u2019' || c == '`') {
                c = '\'';
            }
            if (c > 127) {
                ascii = false;
            }
            sb.append(c);
        }
        String s = sb.toString();
        if (!ascii) {
            s = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        }
        return s.toLowerCase(Locale.ROOT);
    }

    /** Like {@link #of} without spaces at all, for abbreviations: "N. Y." = "NY". */
    static String compact(CharSequence text) {
        return of(text).replace(" ", "");
    }
}
