package org.copydesk.plugins.wire;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.copydesk.api.Dateline;
import org.copydesk.api.Document;
import org.copydesk.api.Format;
import org.copydesk.api.FormatException;
import org.copydesk.api.Payload;
import org.copydesk.api.Source;

/**
 * Agency wire copy as it arrives in files: a headline line; optionally a distributor credit such as
 * {@code (MENAFN- Kuwait News Agency (KUNA))}; a dateline such as {@code TOKYO, April 28 (KUNA) --}; paragraphs; an
 * end marker such as {@code (end)}. The dateline is split off with a deliberately simple rule (an agency in
 * parentheses followed by a dash or colon, or a capitalised place followed by a dash) and left unparsed for the
 * {@code dateline} step, which also finds the datelines this rule misses.
 */
final class WireFormat implements Format {
    /** {@code TOKYO, April 28 (KUNA) --}, {@code Madrid, 3 may (EFE).-}, {@code ISLAMABAD, Sept. 14 (APP):} */
    private static final Pattern AGENCY_DATELINE = Pattern.compile(
            "^[A-Z][^\\n()\"“”]{0,80}?\\(\\s*[A-Za-z][A-Za-z-]{1,15}\\s*\\)\\s*(?:--|—|–|-|_|:|\\.-)(?=\\s)");
    /** {@code SALVADOR, Feb 26 -}, {@code SAN JOSE, Calif., -}, {@code WASHINGTON --} */
    private static final Pattern CAPS_DATELINE = Pattern.compile(
            "^[A-Z][A-Z.'’]+(?: [A-Z.'’]+){0,4}(?:, [A-Z][A-Za-z0-9.'’ ]{1,30}){0,2},?\\s+(?:--|—|–|-|_)(?=\\s)");
    /**
     * {@code (end)}, {@code (END)} with an optional desk code after it, at the very end. The {@code (?<!\s)} lets a
     * match start only where a run of white space starts (where the leftmost match started anyway): without it,
     * {@code find()} retried from every space of a long run, quadratic, 19 s for 200 KB of spaces (review).
     */
    private static final Pattern END_MARKER = Pattern.compile(
            "(?<!\\s)\\s*\\(\\s*end\\s*\\)(?:\\s+[a-z]{1,4}(?:\\.[a-z]{1,4})*)?\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern CREDIT_SPLIT = Pattern.compile("^([A-Za-z][\\w.&' ]{0,30}?)\\s*-\\s*(\\S.*)$");

    private final String formatName;

    WireFormat(String formatName) {
        this.formatName = formatName;
    }

    @Override
    public List<Document> parse(Payload payload) throws FormatException {
        String text = TextDecoder.decode(payload.bytes());
        List<Paragraphs.Paragraph> paragraphs = new ArrayList<>(Paragraphs.split(text, 0));
        if (paragraphs.isEmpty()) {
            throw new FormatException("empty file (only white space)");
        }
        String headline = paragraphs.remove(0).text();
        if (paragraphs.isEmpty()) {
            throw new FormatException("no body: the file has only a headline line");
        }
        Document doc = new Document(new Source(payload.sourceUri(), formatName, payload.received()));
        doc.setHeadline(headline);

        Paragraphs.Paragraph first = paragraphs.get(0);
        String lead = first.text();
        int leadStart = first.start();
        int cut = creditEnd(lead);
        if (cut > 0) {
            String inside = lead.substring(1, cut - 1).strip();
            Matcher m = CREDIT_SPLIT.matcher(inside);
            if (m.matches()) {
                doc.setDistributor(m.group(1).strip());
                doc.setProvider(m.group(2).strip());
            } else {
                doc.setProvider(inside);
            }
            int skip = skipSpaces(lead, cut);
            leadStart = sourceAt(text, leadStart, lead, skip);
            lead = lead.substring(skip);
        }
        Matcher dl = AGENCY_DATELINE.matcher(lead);
        if (!dl.find()) {
            dl = CAPS_DATELINE.matcher(lead);
            if (!dl.find()) {
                dl = null;
            }
        }
        if (dl != null && dl.end() < lead.length()) {
            // A dateline can run over a line break of a wrapped, indented paragraph ("NEW YORK, Feb 26\n
            // (Reuters) -"), where the joined paragraph no longer lines up with the source: taking leadStart +
            // length gave offsets off by the indentation (review). Map the end through the source instead, and take
            // raw from the source so that raw is exactly source[start, end).
            int rawEnd = sourceAt(text, leadStart, lead, dl.end() - 1) + 1;
            String raw = text.substring(leadStart, rawEnd);
            doc.setDateline(Dateline.unparsed(raw, leadStart, rawEnd));
            int skip = skipSpaces(lead, dl.end());
            leadStart = sourceAt(text, leadStart, lead, skip);
            lead = lead.substring(skip);
        }
        paragraphs.set(0, new Paragraphs.Paragraph(lead, leadStart));

        int lastIndex = paragraphs.size() - 1;
        Paragraphs.Paragraph last = paragraphs.get(lastIndex);
        Matcher end = END_MARKER.matcher(last.text());
        if (end.find()) {
            String kept = last.text().substring(0, end.start());
            if (kept.isBlank()) {
                paragraphs.remove(lastIndex);
            } else {
                paragraphs.set(lastIndex, new Paragraphs.Paragraph(kept, last.start()));
            }
        }
        paragraphs.removeIf(p -> p.text().isBlank());
        if (paragraphs.isEmpty()) {
            throw new FormatException("no body: nothing after the headline, credit and dateline");
        }
        doc.setBody(Paragraphs.join(paragraphs));
        doc.setBodyOffset(paragraphs.get(0).start());
        return List.of(doc);
    }

    /** If the paragraph opens with a parenthesised credit, the index after its closing parenthesis; else 0. */
    private static int creditEnd(String lead) {
        if (!lead.startsWith("(")) {
            return 0;
        }
        int depth = 0;
        for (int i = 0; i < Math.min(lead.length(), 120); i++) {
            char c = lead.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
                if (depth == 0) {
                    // "(end)"-like or a one-word aside is not a credit; a credit names someone.
                    return i >= 4 ? i + 1 : 0;
                }
            }
        }
        return 0;
    }

    /**
     * The offset in {@code text} of {@code para.charAt(index)}, a character that is not white space, where
     * {@code para} is a paragraph (lines stripped and joined with one space) starting at {@code paraStart}. Only white
     * space differs between the two, so the character is the source's non-white character of the same rank.
     */
    static int sourceAt(String text, int paraStart, String para, int index) {
        if (index >= para.length()) {
            return paraStart + index; // past the paragraph: nothing to line up (not reached by the callers)
        }
        int rank = 0;
        for (int i = 0; i < index; i++) {
            if (!Character.isWhitespace(para.charAt(i))) {
                rank++;
            }
        }
        for (int i = paraStart; i < text.length(); i++) {
            if (!Character.isWhitespace(text.charAt(i)) && rank-- == 0) {
                return i;
            }
        }
        return text.length();
    }

    private static int skipSpaces(String s, int from) {
        int i = from;
        while (i < s.length() && (Character.isWhitespace(s.charAt(i)) || s.charAt(i) == '\u00A0')) {
            i++;
        }
        return i;
    }
}
