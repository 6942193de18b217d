package org.copydesk.plugins.translate;

import java.util.ArrayList;
import java.util.List;
import org.copydesk.api.Quote;

/**
 * Places translated quotes in the translated body. A quote is looked for, in order:
 * <ol>
 *   <li>as its own translation, word for word (first letter in either case, closing full stop optional), in the
 *   translated paragraph that holds it, then anywhere;</li>
 *   <li>for a quote inside quotation marks, as the same-numbered quoted passage of the translated paragraph, when
 *   that paragraph has as many quoted passages as the original (the quote's text is then that passage, so text
 *   and offsets agree);</li>
 *   <li>otherwise it keeps its own translation and gets an empty span at the start of its translated paragraph
 *   ({@code start == end}: not located), with half its confidence.</li>
 * </ol>
 * Speakers keep name, type and role; their mention becomes the translated mention, with its offsets, when that (or
 * the original mention) is found in the translated body; otherwise the original mention with offsets -1. Cues are dropped (their words are the original language's).
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
        return align(quotes, translated, java.util.Collections.nCopies(quotes.size(), null), source, target);
    }

    /**
     * @param speakers each quote's speaker mention translated (null where there is none or it was not translated):
     *                 the translated mention is looked for first, then the original one
     */
    public static List<Quote> align(List<Quote> quotes, List<String> translated, List<String> speakers,
                                    Paragraphs source, Paragraphs target) {
        String body = target.join();
        List<Quote> out = new ArrayList<>(quotes.size());
        for (int i = 0; i < quotes.size(); i++) {
            out.add(place(quotes.get(i), translated.get(i), speakers.get(i), source, target, body));
        }
        return out;
    }

    private static Quote place(Quote q, String text, String speakerText, Paragraphs source, Paragraphs target,
                               String body) {
        int p = source.indexAt(q.start());
        int from = p < 0 ? 0 : target.starts().get(p);
        int to = p < 0 ? body.length() : from + target.texts().get(p).length();
        Quote.Speaker speaker = relocate(q.speaker(), speakerText, body, from, to);
        for (String candidate : variants(text.strip())) {
            int at = find(body, candidate, from, to);
            if (at >= 0) {
                return new Quote(candidate, at, at + candidate.length(), null, q.kind(), null, speaker,
                        q.confidence());
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

    /** The text, then with its first letter in the other case, then without a closing full stop. */
    private static List<String> variants(String text) {
        List<String> out = new ArrayList<>();
        if (text.isEmpty()) {
            return out;
        }
        out.add(text);
        char first = text.charAt(0);
        char other = Character.isUpperCase(first) ? Character.toLowerCase(first) : Character.toUpperCase(first);
        if (other != first) {
            out.add(other + text.substring(1));
        }
        if (text.length() > 1 && text.endsWith(".")) {
            String cut = text.substring(0, text.length() - 1);
            out.add(cut);
            if (other != first) {
                out.add(other + cut.substring(1));
            }
        }
        return out;
    }

    /** First occurrence within [from, to), else anywhere, else -1. */
    private static int find(String body, String text, int from, int to) {
        int at = body.indexOf(text, from);
        if (at >= 0 && at + text.length() <= to) {
            return at;
        }
        return body.indexOf(text);
    }

    private static Quote.Speaker relocate(Quote.Speaker s, String translated, String body, int from, int to) {
        if (s == null) {
            return null;
        }
        List<String> candidates = new ArrayList<>();
        if (translated != null && !translated.isBlank()) {
            candidates.addAll(variants(translated.strip()));
        }
        candidates.addAll(variants(s.text()));
        for (String c : candidates) {
            int at = find(body, c, from, to);
            if (at >= 0) {
                return new Quote.Speaker(c, at, at + c.length(), s.name(), s.type(), s.role());
            }
        }
        return new Quote.Speaker(s.text(), -1, -1, s.name(), s.type(), s.role());
    }
}
