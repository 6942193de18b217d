package org.copydesk.fetch;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The rules of one robots.txt (RFC 9309) for one user agent: the group naming the agent's product token, else the
 * {@code *} group; the longest matching Allow/Disallow path wins, Allow on a tie; {@code *} and a closing {@code $}
 * are understood.
 */
public final class RobotsRules {
    static final RobotsRules ALLOW_ALL = new RobotsRules(List.of());
    static final RobotsRules DISALLOW_ALL = new RobotsRules(List.of(new Rule(false, "/")));

    private record Rule(boolean allow, String pattern) {
    }

    private final List<Rule> rules;

    private RobotsRules(List<Rule> rules) {
        this.rules = rules;
    }

    /** @param userAgent the full User-Agent; its product token (text before the first '/') names the group */
    static RobotsRules parse(String text, String userAgent) {
        String token = userAgent.split("[/\\s]", 2)[0].toLowerCase(Locale.ROOT);
        List<Rule> own = new ArrayList<>();
        List<Rule> star = new ArrayList<>();
        boolean ownFound = false;
        boolean starFound = false;
        List<String> agents = new ArrayList<>();
        boolean inRules = false;
        List<Rule> current = new ArrayList<>();
        for (String raw : (text + "\nuser-agent: __end__\n").split("\r\n|\r|\n")) {
            String line = raw.replaceFirst("#.*", "").strip();
            int colon = line.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).strip();
            if (key.equals("user-agent")) {
                if (inRules) {
                    for (String agent : agents) {
                        if (agent.equals("*")) {
                            star.addAll(current);
                            starFound = true;
                        } else if (!token.isEmpty() && agent.toLowerCase(Locale.ROOT).equals(token)) {
                            own.addAll(current);
                            ownFound = true;
                        }
                    }
                    agents = new ArrayList<>();
                    current = new ArrayList<>();
                    inRules = false;
                }
                agents.add(value);
            } else if (key.equals("allow") || key.equals("disallow")) {
                inRules = true;
                if (!value.isEmpty()) {
                    current.add(new Rule(key.equals("allow"), value));
                }
            }
        }
        return new RobotsRules(ownFound ? own : starFound ? star : List.of());
    }

    /** @param pathAndQuery the URL's raw path (and query), e.g. {@code /news/a?x=1} */
    boolean allows(String pathAndQuery) {
        String path = pathAndQuery == null || pathAndQuery.isEmpty() ? "/" : pathAndQuery;
        Rule best = null;
        for (Rule rule : rules) {
            if (matches(rule.pattern(), path) && (best == null || rule.pattern().length() > best.pattern().length()
                    || rule.pattern().length() == best.pattern().length() && rule.allow())) {
                best = rule;
            }
        }
        return best == null || best.allow();
    }

    private static boolean matches(String pattern, String path) {
        boolean anchored = pattern.endsWith("$");
        String p = anchored ? pattern.substring(0, pattern.length() - 1) : pattern;
        return match(p, 0, path, 0, anchored);
    }

    private static boolean match(String p, int pi, String s, int si, boolean anchored) {
        while (pi < p.length()) {
            char c = p.charAt(pi);
            if (c == '*') {
                for (int k = si; k <= s.length(); k++) {
                    if (match(p, pi + 1, s, k, anchored)) {
                        return true;
                    }
                }
                return false;
            }
            if (si >= s.length() || s.charAt(si) != c) {
                return false;
            }
            pi++;
            si++;
        }
        return !anchored || si == s.length();
    }
}
