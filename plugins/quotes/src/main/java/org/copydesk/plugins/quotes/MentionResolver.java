package org.copydesk.plugins.quotes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.copydesk.api.Quote.Speaker;
import org.copydesk.api.Quote.SpeakerType;

/**
 * Turns a speaker mention into a {@link Speaker}: the fullest name the story gives, its type and role. Pronouns
 * ({@code he}, {@code she}, {@code it}, {@code they}, {@code who}) and nominal mentions ({@code the ministry},
 * {@code the spokesman}) resolve to the most recent compatible full mention; surnames and short forms ({@code Trump},
 * {@code The Post}) to the longest earlier name that ends with them; acronyms ({@code KCNA}) to the name they were
 * defined beside ({@code Korean Central News Agency (KCNA)}) or whose initials they are. A title before a name goes
 * to {@code role}. The resolver itself is thread-safe; {@link #start} makes the per-document state.
 */
final class MentionResolver {

    /** Prepositions after a title that make the mention a description, not a name: a spokesman for X. */
    private static final WordSet TITLE_PREPOSITIONS = Words.set("for", "at", "with", "to", "from",
            "in", "on");

    /** Abbreviated titles and the noun a later mention uses for them: Sen. -> the senator, Gov. -> the governor. */
    private static final java.util.Map<String, String> TITLE_ABBREVIATIONS = java.util.Map.ofEntries(
            java.util.Map.entry("sen.", "senator"), java.util.Map.entry("gov.", "governor"),
            java.util.Map.entry("rep.", "representative"), java.util.Map.entry("gen.", "general"),
            java.util.Map.entry("lt.", "lieutenant"), java.util.Map.entry("pres.", "president"),
            java.util.Map.entry("sec.", "secretary"), java.util.Map.entry("atty.", "attorney"),
            java.util.Map.entry("amb.", "ambassador"), java.util.Map.entry("adm.", "admiral"),
            java.util.Map.entry("capt.", "captain"), java.util.Map.entry("sgt.", "sergeant"),
            java.util.Map.entry("col.", "colonel"), java.util.Map.entry("maj.", "major"),
            java.util.Map.entry("rev.", "reverend"), java.util.Map.entry("prof.", "professor"),
            java.util.Map.entry("supt.", "superintendent"), java.util.Map.entry("cmdr.", "commander"));
    private static final java.util.Set<String> GENERIC_ORG = Words.set("company", "firm", "group", "organization",
            "organisation", "corporation", "bank", "airline", "carrier", "network", "newspaper", "union", "agency");
    private static final java.util.Set<String> CORPORATE = Words.set("inc", "inc.", "corp", "corp.", "co", "co.",
            "ltd", "ltd.", "llc", "plc", "ag", "sa", "nv", "group", "holdings", "company");

    private static final WordSet ARTICLES = Words.set("a", "an", "the");
    /** "that" as a mention: the relative pronoun of a message that said "...", resolved like who and which. */
    private static final WordSet RELATIVE_THAT = Words.THAT;

    /** Words that make an appositive a clause rather than a title: Reed, the man who ... */
    private static final java.util.Set<String> CLAUSE_OPENERS = Words.set("who", "whom", "whose", "which", "that");

    private final SpeakerLexicon lex;

    MentionResolver(SpeakerLexicon lex) {
        this.lex = lex;
    }

    /** A mention taken apart. */
    record Parsed(String text, String name, String role, SpeakerType type, String acronym, List<String> nameWords,
                  boolean pronoun, boolean nominal, String head, boolean definite) {
    }

    /** Something a later mention may refer to. */
    private record Salient(int position, String name, String role, SpeakerType type, List<String> words,
                           boolean speaker, boolean subject, boolean plural) {
    }

    Session start(Tokens t, boolean[] sentenceStart) {
        return new Session(t, sentenceStart);
    }

    /** Per-document state: the names seen so far, the speakers resolved so far. */
    final class Session {
        private final Tokens t;
        private final List<Salient> salient = new ArrayList<>();

        /**
         * The searches for an antecedent or a fuller name walk back over at most the last {@value #LOOKBACK} mentions.
         * No news story comes near that many; without the bound a body of thousands of mentions (a runaway paragraph,
         * a book pasted into one story) cost the square of their number, minutes for a few megabytes.
         */
        private static final int LOOKBACK = 1000;

        private int oldestSearched() {
            return Math.max(0, salient.size() - LOOKBACK);
        }
        private final Map<String, Salient> acronyms = new HashMap<>();
        /** Token of a name followed by an appositive with a title: John Reed, a spokesman for the governor. */
        private final Map<Integer, String> appositiveRoles = new HashMap<>();

        private Session(Tokens t, boolean[] sentenceStart) {
            this.t = t;
            collectNames(sentenceStart);
        }

        private void collectNames(boolean[] sentenceStart) {
            int n = t.size();
            int i = 0;
            int sentenceFirst = 0;
            while (i < n) {
                if (sentenceStart[i]) {
                    sentenceFirst = i;
                }
                if (t.quote[i] >= 0 || !t.isWord(i) || !t.isCapitalized(i) || Words.NOT_NAME_START.has(t, i)) {
                    i++;
                    continue;
                }
                int s = i;
                int e = i + 1;
                while (e < n && t.quote[e] < 0 && t.paragraph[e] == t.paragraph[s]) {
                    if (t.isWord(e) && t.isCapitalized(e)) {
                        e++;
                    } else if (Words.NAME_CONNECTORS.has(t, e) && e + 1 < n && t.isWord(e + 1)
                            && t.isCapitalized(e + 1) && t.quote[e + 1] < 0) {
                        e += 2;
                    } else {
                        break;
                    }
                }
                int from = s;
                if (s > 0 && t.quote[s - 1] < 0 && lex.isTitle(t, s - 1) && !t.isCapitalized(s - 1)) {
                    // Government spokesman Ali Hassan: the title and what qualifies it make the role
                    from = s - 1;
                    while (from > 0 && t.quote[from - 1] < 0 && t.paragraph[from - 1] == t.paragraph[s]
                            && s - from < 6 && (lex.isTitle(t, from - 1) || t.isWord(from - 1)
                            && t.isCapitalized(from - 1) && !Words.NOT_NAME_START.has(t, from - 1))) {
                        from--;
                    }
                }
                Parsed p = parse(t, from, e);
                if (p.name() != null && !p.name().isEmpty()) {
                    boolean subject = s - sentenceFirst <= 1;
                    String role = p.role();
                    if (role == null) {
                        role = appositiveRole(e);
                        if (role != null) {
                            appositiveRoles.put(s, role);
                        }
                    }
                    Salient sal = new Salient(s, p.name(), role, p.type(), p.nameWords(), false, subject, false);
                    salient.add(sal);
                    // NAME (ACR)
                    if (e + 2 < n && t.isPunct(e, '(') && t.isPunct(e + 2, ')') && isAcronym(t.raw(e + 1))) {
                        acronyms.put(t.raw(e + 1), sal);
                    }
                }
                i = e;
            }
        }

        /**
         * The title phrase of an appositive right after a name ending before token {@code e}, without its article
         * (John Reed, a spokesman for the governor, ... -> spokesman for the governor; Mary Cole, the city's mayor, ...
         * -> city's mayor), so that a later "the spokesman" or "the mayor" finds the name; null when the appositive
         * has no title or person noun, or is a clause (who ..., which ...).
         */
        private String appositiveRole(int e) {
            int n = t.size();
            if (e + 2 >= n || !t.isPunct(e, ',') || !ARTICLES.has(t, e + 1) || t.quote[e + 1] >= 0) {
                return null;
            }
            int from = e + 2;
            int end = from;
            boolean title = false;
            while (end < n && end - from < 10 && t.quote[end] < 0 && t.paragraph[end] == t.paragraph[e]
                    && (t.isWord(end) || Words.POSSESSIVE_S.has(t, end))) {
                String w = t.lower(end);
                if (CLAUSE_OPENERS.contains(w)) {
                    return null;
                }
                title |= lex.isTitle(w) || lex.isPersonNoun(w);
                end++;
            }
            boolean closed = end < n && (t.isPunct(end, ',') || t.isPunct(end, '.') || t.isPunct(end, ';'));
            return title && closed && end > from ? t.text.substring(t.start[from], t.end[end - 1]) : null;
        }

        /** Resolves the mention in tokens [from, to). */
        Speaker resolve(int from, int to) {
            Parsed p = parse(t, from, to);
            int start = t.start[from];
            int end = t.end[to - 1];
            String name = p.name();
            String role = p.role() != null ? p.role() : appositiveRoles.get(from);
            SpeakerType type = p.type();
            Salient target = null;
            if (p.pronoun()) {
                target = pronounTarget(p.head(), from);
                if (target == null) {
                    name = null;
                }
            } else if (p.nominal()) {
                if (p.definite()) {
                    target = nominalTarget(p.head(), from);
                    // the Florida senator and Republican presidential candidate: another title word of the mention
                    for (int k = p.nameWords().size() - 2; target == null && k >= 0; k--) {
                        String w = p.nameWords().get(k);
                        if (TITLE_PREPOSITIONS.contains(w) || w.equals("of")) {
                            break; // the spokesman for the harbor board: the board is not the spokesman
                        }
                        if (lex.isTitle(w) || lex.isPersonNoun(w)) {
                            target = nominalTarget(w, from);
                        }
                    }
                }
            } else {
                if (p.acronym() != null && !acronyms.containsKey(p.acronym())) {
                    acronyms.put(p.acronym(), new Salient(from, name, role, SpeakerType.ORGANIZATION, p.nameWords(),
                            true, false, false));
                }
                target = fullerName(p, from);
            }
            if (target != null) {
                name = target.name();
                if (role == null) {
                    role = target.role();
                }
                if (type == SpeakerType.UNKNOWN || p.pronoun() || p.nominal()) {
                    type = target.type() == SpeakerType.UNKNOWN ? type : target.type();
                }
            }
            if (type == SpeakerType.UNKNOWN && !p.pronoun() && !p.nominal() && p.nameWords().size() == 1
                    && name != null && !isAcronym(name)) {
                type = SpeakerType.PERSON; // a speaker named by one capitalized word is mostly a surname: Trump said
            }
            boolean plural = p.nominal() && p.head() != null && p.head().endsWith("s") && !p.head().endsWith("ss");
            if (p.pronoun() && "they".equals(p.head())) {
                plural = true;
            }
            if (name != null) {
                List<String> words = target != null ? target.words() : p.nameWords();
                insertInTextOrder(new Salient(from, name, role, type, words, true, true, plural));
            }
            return new Speaker(t.text.substring(start, end), start, end, name, type, role);
        }

        /**
         * Adds a resolved speaker where its mention stands: the searches walk {@link #salient} back from the end and
         * take the first entry before the mention, so the list must stay in text order ("John Smith said ... Peter
         * Brown arrived ... He said": he is Peter Brown, although John Smith was resolved later).
         */
        private void insertInTextOrder(Salient s) {
            int k = salient.size();
            while (k > 0 && salient.get(k - 1).position() > s.position()) {
                k--;
            }
            salient.add(k, s);
        }

        private Salient pronounTarget(String pronoun, int before) {
            if (pronoun.equals("that")) {
                return null; // a message that said: its antecedent is a thing, seldom a salient speaker
            }
            if (pronoun.equals("who") || pronoun.equals("which")) {
                // X, who said ...: the name just before the comma
                for (int k = salient.size() - 1; k >= oldestSearched(); k--) {
                    Salient s = salient.get(k);
                    if (s.position() < before && before - s.position() <= 12) {
                        return s;
                    }
                }
                return null;
            }
            for (int k = salient.size() - 1; k >= oldestSearched(); k--) {
                Salient s = salient.get(k);
                if (s.position() >= before || !(s.speaker() || s.subject())) {
                    continue;
                }
                switch (pronoun) {
                    case "he", "she", "i" -> {
                        if (s.type() == SpeakerType.PERSON && !s.plural()) {
                            return s;
                        }
                    }
                    case "it" -> {
                        if (s.type() == SpeakerType.ORGANIZATION) {
                            return s;
                        }
                    }
                    default -> { // they, we
                        if (s.type() == SpeakerType.ORGANIZATION || s.plural()) {
                            return s;
                        }
                    }
                }
            }
            return null;
        }

        private Salient nominalTarget(String head, int before) {
            boolean org = lex.isOrgNoun(head) || lex.isOrgWord(head);
            boolean person = lex.isPersonNoun(head) || lex.isTitle(head);
            if (!org && !person) {
                return null;
            }
            for (int k = salient.size() - 1; k >= oldestSearched(); k--) {
                Salient s = salient.get(k);
                if (s.position() >= before) {
                    continue;
                }
                if (s.words().contains(head) && !(s.words().size() == 1)) {
                    return s;
                }
                if (person && s.type() == SpeakerType.PERSON && s.role() != null && roleHas(s.role(), head)) {
                    return s;
                }
            }
            if (org && GENERIC_ORG.contains(head)) {
                // the company, the firm: the last organization that spoke or was a subject
                for (int k = salient.size() - 1; k >= oldestSearched(); k--) {
                    Salient s = salient.get(k);
                    if (s.position() < before && s.type() == SpeakerType.ORGANIZATION && (s.speaker() || s.subject())
                            && s.words().size() > 1 && !lex.isPlace(String.join(" ", s.words()))) {
                        return s;
                    }
                }
            }
            return null;
        }

        /** The role names the head noun, written out or abbreviated: Sen. Marco Rubio is "the senator". */
        private static boolean roleHas(String role, String head) {
            String lower = role.toLowerCase(Locale.ROOT);
            if (lower.contains(head)) {
                return true;
            }
            for (String w : lower.split("[\\s\u00a0]+")) {
                if (head.equals(TITLE_ABBREVIATIONS.get(w))) {
                    return true;
                }
            }
            return false;
        }

        private Salient fullerName(Parsed p, int before) {
            List<String> w = p.nameWords();
            if (w.isEmpty()) {
                return null;
            }
            if (w.size() == 1 && isAcronym(p.name())) {
                Salient a = acronyms.get(p.name());
                if (a != null) {
                    return a;
                }
                for (int k = salient.size() - 1; k >= oldestSearched(); k--) {
                    Salient s = salient.get(k);
                    if (s.position() < before && initials(s.words()).equals(p.name().toLowerCase(Locale.ROOT))) {
                        return s;
                    }
                }
                return null;
            }
            Salient best = null;
            for (int k = salient.size() - 1; k >= oldestSearched(); k--) {
                Salient s = salient.get(k);
                if (s.position() >= before || s.words().size() <= w.size()) {
                    continue;
                }
                List<String> sw = s.words();
                if (sw.contains("and") && !w.contains("and")) {
                    continue; // "Wilcox and Beruff" is not the full name of Beruff
                }
                boolean suffix = sw.subList(sw.size() - w.size(), sw.size()).equals(w);
                // Texas Instruments -> Texas Instruments Inc
                boolean company = sw.subList(0, w.size()).equals(w)
                        && CORPORATE.containsAll(sw.subList(w.size(), sw.size()));
                if ((suffix || company) && (best == null || sw.size() > best.words().size())) {
                    best = s;
                }
            }
            return best;
        }
    }

    private static String initials(List<String> words) {
        StringBuilder b = new StringBuilder();
        for (String w : words) {
            if (!w.isEmpty() && !Words.NAME_CONNECTORS.contains(w) && !w.equals("the")) {
                b.append(w.charAt(0));
            }
        }
        return b.toString();
    }

    static boolean isAcronym(String s) {
        if (s.length() < 2 || s.length() > 8) {
            return false;
        }
        int upper = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isUpperCase(c)) {
                upper++;
            } else if (c != '.' && c != '&' && !Character.isDigit(c)) {
                return false;
            }
        }
        return upper >= 2;
    }

    /** Takes the mention in tokens [from, to) apart. */
    Parsed parse(Tokens t, int from, int to) {
        String text = t.text.substring(t.start[from], t.end[to - 1]);
        if (to - from == 1 && (Words.PRONOUNS.has(t, from) || RELATIVE_THAT.has(t, from))) {
            String pr = t.lower(from);
            SpeakerType type = switch (pr) {
                case "he", "she", "i" -> SpeakerType.PERSON;
                case "it" -> SpeakerType.ORGANIZATION;
                default -> SpeakerType.UNKNOWN;
            };
            return new Parsed(text, null, null, type, null, List.of(), true, false, pr, false);
        }
        // trailing parenthetical: (KCNA), (R-Texas)
        String acronym = null;
        int end = to;
        if (end - from >= 3 && t.isPunct(end - 1, ')')) {
            int open = end - 2;
            while (open > from && !t.isPunct(open, '(')) {
                open--;
            }
            if (open > from) {
                if (open + 2 == end - 1 && isAcronym(t.raw(open + 1))) {
                    acronym = t.raw(open + 1);
                }
                end = open;
            }
        }
        int s = from;
        boolean definite = false;
        while (s < end - 1 && (Words.DETERMINERS.has(t, s) || lex.isHonorific(t, s))) {
            definite |= t.lower(s).equals("the") || t.lower(s).equals("this") || t.lower(s).equals("that");
            s++;
        }
        if (s < end && Words.DETERMINERS.has(t, s) && s == end - 1) {
            return new Parsed(text, text, null, SpeakerType.UNKNOWN, acronym, List.of(), false, true, t.lower(s), false);
        }
        int last = end - 1;
        while (last > s && !t.isWord(last)) {
            last--;
        }
        boolean honorific = false;
        for (int k = from; k < end; k++) {
            honorific |= lex.isHonorific(t, k);
        }
        if (t.startsWithDigit(last)) {
            // a share of those polled: "six in 10", "42%": the whole mention is the name
            String name = t.text.substring(t.start[s], t.end[end - 1]);
            return new Parsed(text, name, null, SpeakerType.UNKNOWN, acronym, List.of(), false, true, t.lower(last),
                    definite);
        }
        if (!t.isCapitalized(last) && t.isWord(last) && !t.startsWithDigit(last)) {
            // nominal: the ministry, one Trump campaign source, officials
            String head = t.lower(last);
            SpeakerType type = lex.isPersonNoun(t, last) || lex.isTitle(t, last) ? SpeakerType.PERSON
                    : lex.isOrgNoun(t, last) || lex.isOrgWord(t, last) ? SpeakerType.ORGANIZATION : SpeakerType.UNKNOWN;
            String name = t.text.substring(t.start[s], t.end[last]);
            List<String> words = new ArrayList<>();
            for (int k = s; k <= last; k++) {
                words.add(t.lower(k));
            }
            return new Parsed(text, name, null, type, acronym, words, false, true, head, definite);
        }
        // proper name, maybe with a title or a role phrase before it
        int nameStart = s;
        int titleEnd = -1;
        for (int k = s; k < last; k++) {
            if (lex.isTitle(t, k) || Words.POSSESSIVE_S.has(t, k)) {
                boolean capAfter = false;
                for (int m = k + 1; m <= last; m++) {
                    if (t.isWord(m) && t.isCapitalized(m) && !lex.isTitle(t, m)) {
                        capAfter = true;
                        break;
                    }
                }
                if (capAfter && lex.isTitle(t, k)) {
                    titleEnd = k;
                }
            }
        }
        if (titleEnd >= 0 && titleEnd + 1 < last && t.lower(titleEnd + 1).equals("of")) {
            // "Minister of Electricity and Water Faisal Al-Rashidi": what the title is "of" belongs to the role;
            // the name is the last two capitalized words (one when only one is left).
            int nameFrom = last;
            int words = 0;
            for (int m = last; m > titleEnd + 2 && words < 2; m--) {
                if (t.isWord(m) && t.isCapitalized(m)) {
                    words++;
                    nameFrom = m;
                    while (nameFrom - 2 > titleEnd + 1 && t.isPunct(nameFrom - 1, '-')) {
                        nameFrom -= 2; // Al-Rashidi is one word
                    }
                    m = nameFrom;
                } else if (!t.isPunct(m, '.')) {
                    break;
                }
            }
            if (words > 0 && nameFrom > titleEnd + 2) {
                titleEnd = nameFrom - 1;
            }
            nameStart = titleEnd + 1;
        } else if (titleEnd >= 0 && titleEnd + 1 < last && TITLE_PREPOSITIONS.has(t, titleEnd + 1)) {
            // a spokesman for committee Democrats: a title and whom it serves, no person's name
            String head = t.lower(titleEnd);
            List<String> words = new ArrayList<>();
            for (int k = s; k <= last; k++) {
                if (t.isWord(k)) {
                    words.add(t.lower(k));
                }
            }
            return new Parsed(text, t.text.substring(t.start[s], t.end[last]), null, SpeakerType.PERSON, acronym,
                    words, false, true, head, false);
        } else if (titleEnd >= 0) {
            nameStart = titleEnd + 1;
        } else {
            // lower-case role words before the name: political scientist Christopher Wlezien
            int k = last;
            while (k > s && (t.isCapitalized(k - 1) || Words.NAME_CONNECTORS.has(t, k - 1)
                    || t.isPunct(k - 1, '.') || t.isPunct(k - 1, '-'))) {
                k--;
            }
            while (k < last && Words.NAME_CONNECTORS.has(t, k)) {
                k++;
            }
            boolean lowerBefore = false;
            for (int m = s; m < k; m++) {
                lowerBefore |= t.isWord(m) && !t.isCapitalized(m);
            }
            if (lowerBefore && !Words.POSSESSIVE_S.has(t, k - 1) && !Words.NAME_CONNECTORS.has(t, k - 1)) {
                nameStart = k;
                titleEnd = k - 1;
            }
        }
        while (nameStart < last && lex.isHonorific(t, nameStart)) {
            nameStart++;
        }
        String role = null;
        if (titleEnd >= s) {
            int rs = s;
            while (rs <= titleEnd && lex.isHonorific(t, rs)) {
                rs++;
            }
            if (rs <= titleEnd) {
                role = t.text.substring(t.start[rs], t.end[titleEnd]);
            }
        }
        String name = t.text.substring(t.start[nameStart], t.end[last]);
        List<String> words = new ArrayList<>();
        boolean orgWord = false;
        for (int k = nameStart; k <= last; k++) {
            if (t.isWord(k)) {
                String w = t.lower(k);
                words.add(w);
                orgWord |= lex.isOrgWord(t, k);
            }
        }
        String lowerName = name.toLowerCase(Locale.ROOT);
        SpeakerType type;
        if (orgWord || lex.isPlace(lowerName) || isAcronym(name) || acronym != null) {
            type = SpeakerType.ORGANIZATION;
        } else if (role != null || honorific) {
            type = SpeakerType.PERSON;
        } else if (words.size() >= 2 && words.size() <= 4) {
            type = SpeakerType.PERSON;
        } else {
            type = SpeakerType.UNKNOWN;
        }
        return new Parsed(text, name, role, type, acronym, words, false, false, words.isEmpty() ? null
                : words.get(words.size() - 1), definite);
    }
}
