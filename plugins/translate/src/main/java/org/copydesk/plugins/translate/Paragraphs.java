package org.copydesk.plugins.translate;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A body cut into paragraphs (separated by blank lines) and the whitespace between them, so that a translated body
 * keeps the original's structure exactly.
 *
 * @param texts      the paragraphs, without surrounding whitespace
 * @param starts     offset of each paragraph in the body
 * @param separators whitespace before each paragraph, then the trailing whitespace: {@code texts.size() + 1} items
 */
public record Paragraphs(List<String> texts, List<Integer> starts, List<String> separators) {
    /**
     * The {@code (?<!\s)} lets a match start only where a run of white space starts, where the leftmost match
     * started anyway: without it, {@code find()} retried from every space of a long run inside a line, quadratic
     * (35 s for 200 KB of spaces, review).
     */
    private static final Pattern BLANK_LINE = Pattern.compile("(?<!\\s)\\s*\\n[ \\t\\x0B\\f\\r]*\\n\\s*");

    public static Paragraphs of(String body) {
        List<String> texts = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        List<String> separators = new ArrayList<>();
        int leading = 0;
        while (leading < body.length() && Character.isWhitespace(body.charAt(leading))) {
            leading++;
        }
        int trailing = body.length();
        while (trailing > leading && Character.isWhitespace(body.charAt(trailing - 1))) {
            trailing--;
        }
        separators.add(body.substring(0, leading));
        Matcher m = BLANK_LINE.matcher(body).region(leading, trailing);
        int at = leading;
        while (m.find()) {
            texts.add(body.substring(at, m.start()));
            starts.add(at);
            separators.add(m.group());
            at = m.end();
        }
        if (at < trailing) {
            texts.add(body.substring(at, trailing));
            starts.add(at);
        }
        separators.add(body.substring(trailing));
        if (texts.isEmpty()) {
            return new Paragraphs(List.of(), List.of(), List.of(body));
        }
        return new Paragraphs(List.copyOf(texts), List.copyOf(starts), List.copyOf(separators));
    }

    /** Index of the paragraph holding {@code offset}, or -1. */
    public int indexAt(int offset) {
        for (int i = texts.size() - 1; i >= 0; i--) {
            if (offset >= starts.get(i)) {
                return offset <= starts.get(i) + texts.get(i).length() ? i : -1;
            }
        }
        return -1;
    }

    /** The same structure with other paragraph texts (translations), in order. */
    public Paragraphs with(List<String> newTexts) {
        if (newTexts.size() != texts.size()) {
            throw new IllegalArgumentException(newTexts.size() + " texts for " + texts.size() + " paragraphs");
        }
        List<Integer> newStarts = new ArrayList<>();
        int at = 0;
        for (int i = 0; i < newTexts.size(); i++) {
            at += separators.get(i).length();
            newStarts.add(at);
            at += newTexts.get(i).length();
        }
        return new Paragraphs(List.copyOf(newTexts), List.copyOf(newStarts), separators);
    }

    /** The body: separators and paragraphs joined. */
    public String join() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < texts.size(); i++) {
            sb.append(separators.get(i)).append(texts.get(i));
        }
        sb.append(separators.get(separators.size() - 1));
        return sb.toString();
    }
}
