package org.copydesk.plugins.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Paragraph-level filtering of the extracted text: link lists, furniture lines, the repeated headline, and date
 * lines, bylines and wire trailers at the start or end.
 */
final class ParagraphFilter {
    private ParagraphFilter() {
    }

    private static final java.util.regex.Pattern DATE_LINE = java.util.regex.Pattern.compile(
            "(?i).*(\\b\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4}\\b|\\b\\d{4}-\\d{2}-\\d{2}\\b|\\b\\d{1,2}:\\d{2}\\b|"
                    + "\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.? \\d{1,2},? \\d{4}\\b|"
                    + "\\b\\d{1,2}\\.? (jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.? \\d{4}\\b|"
                    + "\\b(updated|published|posted)\\b.*\\d).*");

    /** A photo caption: it ends in a picture credit ("(AP Photo/Jane Doe)", "Photo: X", "Getty Images"). */
    private static final java.util.regex.Pattern CAPTION = java.util.regex.Pattern.compile(
            "(?is)^.{0,300}(\\(\\s*(AP|AFP|EPA|Reuters|UPI|dpa|ANP|Xinhua)?\\s*(Photo|Image|Picture|Foto)s?\\s*(/|:|by\\b)[^()]{0,80}\\)"
                    + "|\\b(photo|image|picture)( credit)?:\\s*[^.]{0,80}|(via )?getty images|shutterstock|istock(photo)?)\\W*$");

    /** Credit and rights lines that close wire stories. */
    private static final java.util.regex.Pattern TRAILER = java.util.regex.Pattern.compile(
            "(?i)^(.{0,300}\\b(contributed|contributing) (to )?(this|the) (report|story|article)|"
                    + "(copyright|\u00a9|\\(c\\)) ?\\d{4}.{0,300}|.{0,200}all rights reserved\\b.{0,200})\\.?$");

    private static final java.util.regex.Pattern BY_LINE = java.util.regex.Pattern.compile(
            "^(?:[Bb]y|BY|[Vv]on|[Pp]ar|[Pp]or|[Dd]i|[Dd]oor)\\s+\\p{Lu}[\\p{L}.'\\-]*(?:\\s+\\p{Lu}[\\p{L}.'\\-]*){0,3}"
                    + "(?:\\s*(?:,|and|&|und|et|y|e)\\s*\\p{Lu}[\\p{L}.'\\-]*(?:\\s+\\p{Lu}[\\p{L}.'\\-]*){0,3})*"
                    + "(?:\\s*[,|\\u2014-]\\s*\\p{Lu}[^.]{0,40})?$");

    static List<String> filter(List<BlockText.Para> paragraphs, String headline, String byline) {
        List<String> out = new ArrayList<>();
        String h = headline == null ? null : headline.strip();
        int n = paragraphs.size();
        for (int i = 0; i < n; i++) {
            BlockText.Para para = paragraphs.get(i);
            String s = para.text().strip();
            if (s.isEmpty()) {
                continue;
            }
            if (h != null && s.equalsIgnoreCase(h)) {
                continue;
            }
            if (s.length() < 160 && Boilerplate.JUNK_LINE.matcher(s).matches()) {
                continue;
            }
            if (s.length() < 400 && CAPTION.matcher(s).matches()) {
                continue;
            }
            int words = s.split("\\s+").length;
            if (para.linkDensity() >= 0.5 && (para.links() >= 2 || words >= 4)) {
                continue;
            }
            boolean edge = i < 3 || i >= n - 2;
            if (i >= n - 2 && s.length() < 400 && TRAILER.matcher(s).matches()) {
                continue;
            }
            if (edge && s.length() < 80 && words <= 12 && DATE_LINE.matcher(s).matches()) {
                continue;
            }
            if (edge && words <= 12 && (BY_LINE.matcher(s).matches()
                    || (byline != null && (s.equalsIgnoreCase(byline) || byline.toLowerCase(Locale.ROOT)
                    .contains(s.toLowerCase(Locale.ROOT)) && s.length() >= 5)))) {
                continue;
            }
            out.add(s);
        }
        return out;
    }
}
