package org.copydesk.plugins.translate;

import java.util.ArrayList;
import java.util.List;
import org.copydesk.api.Quote;

/**
 * Places translated quotes in the translated body. A quote is looked for, in order:
 * <ol>
 *   <li>as its own translation, word for word, in the translated paragraph that holds it (then anywhere);</li>
 *   <li>for a quote inside quotation marks, as the same-numbered quoted passage of the translated paragraph, when
 *   that paragraph has as many quoted passages as the original (the quote's text is then that passage, so text
 *   and offsets agree);</li>
 *   <li>otherwise it keeps its own translation and gets an empty span at the start of its translated paragraph
 *   ({@code start == end}: not located), with half its confidence.</li>
 * </ol>
 * Speakers keep name, type and role; their offsets point at the mention in the translated body when it is found
 * there unchanged, else are -1. Cues are dropped (their words are the original language's).
 */
public final class QuoteAligner {
    private static final String OPENING = "\"“«„";
    private static final String CLOSING = "\"”»“";

    private QuoteAligner() {
    }

    /**
     * @param quotes      the document's quotes, offsets into the original body
     * @param translated  each quote's translated text, in the same order
     * @param source      the original body's paragraphs
     * @param target      the translated body's paragraphs
     */
    public static List<Quote> align(List<Quote> quotes, List<String> translated, Paragraphs source,
                                    Paragraphs target) {
        String body = target.join();
        List<Quote> out = new ArrayList<>(quotes.size());
        for (int i = 0; i < quotes.size(); i++) {
            out.add(place(quotes.get(i), translated.get(i), source, target, body));
        }
        return out;
    }

    private static Quote place(Quote q, String text, Paragraphs source, Paragraphs target, String body) {
        int p = source.indexAt(q.start());
        int from = p < 0 ? 0 : target.starts().get(p);
        int to = p < 0 ? body.length() : from + target.texts().get(p).length();
        Quote.Speaker speaker = relocate(q.speaker(), body, from, to);
        String trimmed = text.strip();
        if (!trimmed.isEmpty()) {
            int at = body.indexOf(trimmed, from);
            if (at < 0 || at + trimmed.length() > to) {
                at = body.indexOf(trimmed);
            }
            if (at >= 0) {
                return new Quote(trimmed, at, at + trimmed.length(), null, q.kind(), null, speaker, q.confidence());
            }
        }
        if (p >= 0) {
            List<Quote.Span> spans = byQuotationMarks(q, source, target, p);
            if (!spans.isEmpty()) {
                StringBuilder joined = new StringBuilder();
                for (Quote.Span s : spans) {
                    joined.append(joined.length() == 0 ? "" : " ").append(body, s.start(), s.end());
                }
                return new Quote(joined.toString(), spans.get(0).start(), spans.get(spans.size() - 1).end(), spans,
                        q.kind(), null, speaker, q.confidence());
            }
        }
        return new Quote(text, from, from, null, q.kind(), null, speaker, q.confidence() / 2);
    }

    private static List<Quote.Span> byQuotationMarks(Quote q, Paragraphs source, Paragraphs target, int p) {
        int sourceStart = source.starts().get(p);
        List<Quote.Span> sourceSegments = quoted(source.texts().get(p));
        List<Quote.Span> targetSegments = quoted(target.texts().get(p));
        if (sourceSegments.isEmpty() || sourceSegments.size() != targetSegments.size()) {
            return List.of();
        }
        int targetStart = target.starts().get(p);
        List<Quote.Span> spans = new ArrayList<>();
        for (Quote.Span span : q.spans()) {
            int k = -1;
            for (int j = 0; j < sourceSegments.size(); j++) {
                Quote.Span seg = sourceSegments.get(j);
                if (span.start() - sourceStart < seg.end() && span.end() - sourceStart > seg.start()) {
                    k = j;
                    break;
                }
            }
            if (k < 0) {
                return List.of();
            }
            Quote.Span t = targetSegments.get(k);
            spans.add(new Quote.Span(targetStart + t.start(), targetStart + t.end()));
        }
        return spans;
    }

    /** The passages inside quotation marks, without the marks and surrounding spaces; offsets into {@code text}. */
    static List<Quote.Span> quoted(String text) {
        List<Quote.Span> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int open = OPENING.indexOf(text.charAt(i));
            if (open < 0) {
                i++;
                continue;
            }
            char close = CLOSING.charAt(open);
            int end = text.indexOf(close, i + 1);
            if (end < 0) {
                break;
            }
            int s = i + 1;
            int e = end;
            while (s < e && Character.isWhitespace(text.charAt(s))) {
                s++;
            }
            while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            if (e > s) {
                out.add(new Quote.Span(s, e));
            }
            i = end + 1;
        }
        return out;
    }

    private static Quote.Speaker relocate(Quote.Speaker s, String body, int from, int to) {
        if (s == null) {
            return null;
        }
        int at = body.indexOf(s.text(), from);
        if (at < 0 || at + s.text().length() > to) {
            at = body.indexOf(s.text());
        }
        int end = at < 0 ? -1 : at + s.text().length();
        return new Quote.Speaker(s.text(), at, end, s.name(), s.type(), s.role());
    }
}
