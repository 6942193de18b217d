package org.copydesk.runtime.config;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** Suggestions for misspelt names, by edit distance. */
public final class DidYouMean {
    private DidYouMean() {
    }

    /** The closest known name, if it is close enough to be a likely typo. */
    public static Optional<String> closest(String given, Collection<String> known) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        String lower = given.toLowerCase(Locale.ROOT);
        for (String candidate : known) {
            int d = distance(lower, candidate.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                bestDistance = d;
                best = candidate;
            }
        }
        int allowed = Math.max(1, Math.min(3, given.length() / 3));
        boolean prefix = best != null && given.length() >= 3
                && (best.startsWith(lower) || lower.startsWith(best));
        return best != null && (bestDistance <= allowed || prefix) ? Optional.of(best) : Optional.empty();
    }

    /** "unknown X 'foo'; did you mean 'for'? (known: a, b, c)" */
    public static String describe(String what, String given, Collection<String> known) {
        return describe(what, given, "", known);
    }

    /** "unknown setting 'foo' for step 'x'; did you mean 'for'? (known: a, b, c)" */
    public static String describe(String what, String given, String context, Collection<String> known) {
        StringBuilder sb = new StringBuilder("unknown ").append(what).append(" '").append(given).append("'")
                .append(context);
        closest(given, known).ifPresent(s -> sb.append("; did you mean '").append(s).append("'?"));
        List<String> sorted = known.stream().sorted().collect(Collectors.toList());
        sb.append(sorted.isEmpty() ? " (none are known)" : " (known: " + String.join(", ", sorted) + ")");
        return sb.toString();
    }

    /** Damerau-style optimal string alignment distance (a swap of two neighbours counts as one edit). */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
