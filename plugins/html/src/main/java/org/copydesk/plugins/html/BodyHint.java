package org.copydesk.plugins.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Uses a page's JSON-LD {@code articleBody} (the publisher's own statement of the article text) to check the DOM
 * extraction. When the hint is complete (about as long as the extraction or longer), extracted paragraphs that share
 * almost nothing with it are dropped as furniture; when the extraction holds under half of the hint's text, the hint
 * replaces it. Paragraph structure comes from the DOM wherever possible.
 */
final class BodyHint {
    static final int MIN_HINT_TOKENS = 50;

    private BodyHint() {
    }

    static List<String> apply(List<String> paragraphs, String articleBody) {
        if (articleBody == null) {
            return paragraphs;
        }
        String hint = org.jsoup.Jsoup.parseBodyFragment(articleBody).text();
        int hintTokens = Shingles.tokens(hint).size();
        if (hintTokens < MIN_HINT_TOKENS) {
            return paragraphs;
        }
        String extracted = String.join("\n", paragraphs);
        int extractedTokens = Shingles.tokens(extracted).size();
        double[] m = Shingles.match(hint, extracted);
        double recallOfHint = m[0] + m[2] == 0 ? 0 : m[0] / (m[0] + m[2]);
        if (extractedTokens < hintTokens / 2 || recallOfHint < 0.5) {
            return split(articleBody);
        }
        if (hintTokens < extractedTokens * 0.8) {
            return paragraphs; // the hint may be a truncated teaser: keep the DOM text
        }
        Map<String, Integer> hintShingles = Shingles.of(hint, 4);
        String hintWords = " " + String.join(" ", Shingles.tokens(hint)) + " ";
        List<String> kept = new ArrayList<>();
        for (String p : paragraphs) {
            List<String> tokens = Shingles.tokens(p);
            if (tokens.isEmpty()) {
                continue;
            }
            if (tokens.size() < 4) {
                if (hintWords.contains(" " + String.join(" ", tokens) + " ")) {
                    kept.add(p);
                }
                continue;
            }
            Map<String, Integer> ps = Shingles.of(p, 4);
            int inHint = 0;
            int total = 0;
            for (Map.Entry<String, Integer> e : ps.entrySet()) {
                total += e.getValue();
                if (hintShingles.containsKey(e.getKey())) {
                    inHint += e.getValue();
                }
            }
            if (inHint / (double) total >= 0.3) {
                kept.add(p);
            }
        }
        return kept.isEmpty() ? paragraphs : kept;
    }

    private static List<String> split(String articleBody) {
        String text = articleBody.contains("<") ? String.join("\n\n", html(articleBody)) : articleBody;
        List<String> out = new ArrayList<>();
        for (String p : text.split("\\n\\s*\\n|\\r?\\n")) {
            String s = p.replaceAll("[\\s\\u00a0]+", " ").strip();
            if (!s.isEmpty()) {
                out.add(s);
            }
        }
        return out;
    }

    private static List<String> html(String fragment) {
        List<BlockText.Para> paras = new ArrayList<>();
        BlockText.paragraphs(org.jsoup.Jsoup.parseBodyFragment(fragment).body(), paras);
        return paras.stream().map(BlockText.Para::text).toList();
    }
}
