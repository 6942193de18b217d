package org.copydesk.plugins.html;

import java.util.ArrayList;
import java.util.List;

/**
 * Uses a page's JSON-LD {@code articleBody} (the publisher's own statement of the article text) to check the DOM
 * extraction: when the extraction holds under half of the hint's words, or under half of its shingles, the extraction
 * missed the article (a script-rendered page, a wrong container) and the hint's text replaces it.
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
        // The hint is not used to filter the extraction: publishers leave embedded posts, subheadings and
        // lists out of it that readers (and the benchmark's annotators) count as article text.
        return paragraphs;
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
