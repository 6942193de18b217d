package org.copydesk.plugins.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Word 4-gram shingles over {@code \w+} tokens, as in the article-extraction benchmark's metric; also used to compare
 * extracted paragraphs with a page's JSON-LD {@code articleBody}.
 */
final class Shingles {
    private static final Pattern TOKEN = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

    private Shingles() {
    }

    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    /** Shingle counts; a text of fewer than n tokens is one shingle of all its tokens (none when empty). */
    static Map<String, Integer> of(String text, int n) {
        List<String> tokens = tokens(text);
        Map<String, Integer> counts = new HashMap<>();
        int last = Math.max(1, tokens.size() - n + 1);
        for (int i = 0; i < last; i++) {
            List<String> gram = tokens.subList(i, Math.min(tokens.size(), i + n));
            if (!gram.isEmpty()) {
                counts.merge(String.join("\u0001", gram), 1, Integer::sum);
            }
        }
        return counts;
    }

    /** {tp, fp, fn} of a prediction against the truth, normalised to sum 1 (the benchmark's per-page figures). */
    static double[] match(String truth, String predicted) {
        Map<String, Integer> t = of(truth, 4);
        Map<String, Integer> p = of(predicted, 4);
        double tp = 0;
        double fp = 0;
        double fn = 0;
        java.util.Set<String> keys = new java.util.HashSet<>(t.keySet());
        keys.addAll(p.keySet());
        for (String k : keys) {
            int tc = t.getOrDefault(k, 0);
            int pc = p.getOrDefault(k, 0);
            tp += Math.min(tc, pc);
            fp += Math.max(0, pc - tc);
            fn += Math.max(0, tc - pc);
        }
        double s = tp + fp + fn;
        return s > 0 ? new double[] {tp / s, fp / s, fn / s} : new double[] {0, 0, 0};
    }
}
