package org.copydesk.plugins.wire;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits story text into paragraphs, remembering where each starts in the text. Where the text has blank lines,
 * they separate paragraphs and the lines inside a paragraph (hard-wrapped copy) are joined with a space; where it
 * has none, every line is a paragraph (one paragraph per line, as many agencies send).
 */
final class Paragraphs {
    /** A paragraph's text and its offset in the source. */
    record Paragraph(String text, int start) {
    }

    private Paragraphs() {
    }

    static List<Paragraph> split(String text, int from) {
        boolean blankLines = hasBlankLine(text, from);
        List<Paragraph> result = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int currentStart = -1;
        int pos = from;
        while (pos <= text.length()) {
            int nl = text.indexOf('\n', pos);
            int end = nl < 0 ? text.length() : nl;
            String line = text.substring(pos, end);
            String trimmed = line.strip();
            if (trimmed.isEmpty()) {
                flush(result, current, currentStart);
                current.setLength(0);
                currentStart = -1;
            } else {
                int lead = pos + (line.length() - line.stripLeading().length());
                if (!blankLines) {
                    result.add(new Paragraph(trimmed, lead));
                } else {
                    if (currentStart < 0) {
                        currentStart = lead;
                    } else {
                        current.append(' ');
                    }
                    current.append(trimmed);
                }
            }
            if (nl < 0) {
                break;
            }
            pos = nl + 1;
        }
        flush(result, current, currentStart);
        return result;
    }

    private static void flush(List<Paragraph> result, StringBuilder current, int start) {
        if (start >= 0 && current.length() > 0) {
            result.add(new Paragraph(current.toString(), start));
        }
    }

    private static boolean hasBlankLine(String text, int from) {
        int first = -1;
        int pos = from;
        while (pos < text.length()) {
            int nl = text.indexOf('\n', pos);
            int end = nl < 0 ? text.length() : nl;
            boolean blank = text.substring(pos, end).isBlank();
            if (!blank && first < 0) {
                first = pos;
            } else if (blank && first >= 0 && nl >= 0) {
                // a blank line after some text and before more text
                int next = nl + 1;
                while (next < text.length() && text.charAt(next) == '\n') {
                    next++;
                }
                // The first blank line after text decides: a later one would only see a suffix of the same rest.
                // Going on scanned and copied the rest for every trailing blank line, quadratic (review).
                return next < text.length() && !text.substring(next).isBlank();
            }
            if (nl < 0) {
                break;
            }
            pos = nl + 1;
        }
        return false;
    }

    static String join(List<Paragraph> paragraphs) {
        StringBuilder sb = new StringBuilder();
        for (Paragraph p : paragraphs) {
            if (sb.length() > 0) {
                sb.append("\n\n");
            }
            sb.append(p.text());
        }
        return sb.toString();
    }
}
