package org.copydesk.plugins.quotes;


/**
 * Finds the words that name a speaker around a cue: the subject before it ({@code the ministry} said), the name after
 * it ({@code said} Sen. John Smith, {@code according to} the Korean Central News Agency (KCNA)), or the subject of
 * the sentence (for {@code South Korea condemned ..., accusing ...}). Works on token ranges; stateless and
 * thread-safe.
 */
final class SpeakerFinder {
    private static final int MAX_WORDS = 9;
    private static final WordSet CUT = Words.set("to", "on", "at", "in", "with", "from", "by", "during", "over",
            "about", "into", "after", "before", "for");
    private static final WordSet INTRO = Words.set("in", "on", "at", "after", "before", "during", "earlier", "later",
            "last", "meanwhile", "separately", "speaking", "asked", "while", "when", "since", "despite", "following",
            "with", "without", "under", "as", "for", "by", "from", "addressing", "writing", "responding", "in",
            "back");
    private static final WordSet LEADING = Words.set("but", "and", "so", "yet", "meanwhile", "however", "still",
            "also", "now", "then", "instead", "indeed", "similarly", "separately", "even", "only", "just", "perhaps",
            "mostly", "largely", "nearly", "almost", "about", "roughly", "fully");

    private static final WordSet PREPOSITIONS = Words.set("for", "to", "in", "on", "of", "with", "about", "at",
            "by", "from", "into", "onto", "over", "under", "than", "like", "after", "before", "during", "against");

    /** Prepositions that end a subject when walking left: "with Trump yelling", "in which he declares". */
    private static final WordSet CHUNK_STOP = Words.set("with", "in", "on", "at", "by", "from", "to", "after",
            "before", "during", "against", "into", "than", "like", "without", "while", "despite");

    private static final WordSet TIME_PREPOSITIONS = Words.set("at", "in", "over", "during", "for");
    /** Heads of time phrases between a subject and its cue: at the time, in the past, over the years. */
    private static final WordSet TIME_OBJECTS = Words.set("time", "past", "years", "months", "weeks", "days",
            "hours", "moment", "general", "decades", "meantime", "end");
    /** The last word of an opening time phrase: Hours later, / Two days earlier, / Years ago,. */
    private static final WordSet TIME_ADVERBS = Words.set("later", "earlier", "ago", "afterward", "afterwards");
    /** US states (the last word of two-word ones), which datelines and places set off by commas. */
    private static final WordSet STATES = Words.set("alabama", "alaska", "arizona", "arkansas", "california",
            "colorado", "connecticut", "delaware", "florida", "georgia", "hawaii", "idaho", "illinois", "indiana",
            "iowa", "kansas", "kentucky", "louisiana", "maine", "maryland", "massachusetts", "michigan", "minnesota",
            "mississippi", "missouri", "montana", "nebraska", "nevada", "hampshire", "jersey", "mexico", "york",
            "carolina", "dakota", "ohio", "oklahoma", "oregon", "pennsylvania", "island", "tennessee", "texas", "utah",
            "vermont", "virginia", "washington", "wisconsin", "wyoming");
    private static final WordSet RELATIVE_PRONOUNS = Words.set("who", "whose", "which");
    private static final WordSet ONE = Words.set("one");
    /** Prepositions that end no speaker mention (a route, not a name): through, across, via. */
    private static final WordSet NOT_LAST = Words.set("through", "across", "via");
    /** How far back from the comma before a cue a relative clause may start. */
    private static final int RELATIVE_CLAUSE_TOKENS = 40;

    private static final WordSet BAD_LAST = Words.set("him", "her", "them", "me", "us", "it", "this", "that",
            "there", "what");
    private static final WordSet OBJECT_PRONOUNS = Words.set("him", "her", "them");

    private static final WordSet TIME_NAMES = Words.set("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "january", "february", "march", "april", "june", "july", "august", "september",
            "october", "november", "december", "today", "tonight", "yesterday", "morning", "evening", "night", "week");

    /** Words that stand alone for people in poll and survey reports ("others say", "half said"), and "another said". */
    private static final WordSet QUANTITY_SUBJECTS = Words.set("others", "another", "half", "most", "many", "some",
            "majority", "plurality", "none", "few", "several");
    /** Number words that start a share: "six in 10", "three of them". */
    private static final WordSet NUMBERS = Words.set("one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten");

    /** "two-thirds", "three-quarters": a share of a group as the subject. */
    private static boolean fraction(String w) {
        return w.indexOf('-') > 0 && (w.endsWith("thirds") || w.endsWith("quarters") || w.endsWith("fourths")
                || w.endsWith("fifths") || w.endsWith("third") || w.endsWith("quarter"));
    }

    private final SpeakerLexicon lex;

    SpeakerFinder(SpeakerLexicon lex) {
        this.lex = lex;
    }

    private static boolean npToken(Tokens t, int i) {
        if (t.quote[i] >= 0 || t.isMark(i)) {
            return false;
        }
        if (t.isWord(i)) {
            return true;
        }
        if (Words.POSSESSIVE_S.has(t, i)) {
            return true;
        }
        if (t.end[i] - t.start[i] != 1) {
            return false;
        }
        // a hyphen between spaces sets off an aside ("clear - Dayton said"); "%" ends a share ("42% say")
        char c = t.first(i);
        return c == '.' || c == '-' && !isDash(t, i) || c == '&' || c == '(' || c == ')' || c == '%';
    }

    private static final WordSet CONTRACTING_PRONOUNS = Words.set("he", "she", "who");

    /**
     * The "'s" of "he's said", "she's been saying", "who's called for": "has" or "is" after a pronoun, not a possessive
     * (not after "it" or "that": "it's said that ..." names no speaker).
     */
    static boolean contractedAuxiliary(Tokens t, int k, int lo) {
        return k - 1 >= lo && Words.POSSESSIVE_S.has(t, k) && CONTRACTING_PRONOUNS.has(t, k - 1);
    }

    /** A word that may stand between a subject and its verb: also, has, later, or an -ly adverb (jokingly). */
    boolean betweenSubjectAndVerb(Tokens t, int i) {
        return Words.BETWEEN.has(t, i) || t.endsWithLy(i) && t.end[i] - t.start[i] > 4 && !lex.isNoun(t, i);
    }

    /** The speaker chunk that ends just before the cue at {@code cue}, not reaching before {@code lo}; or null. */
    int[] before(Tokens t, int cue, int lo) {
        int k = skipGoOnTo(t, cue - 1, lo);
        while (k >= lo && t.quote[k] < 0 && (!t.isCapitalized(k) && betweenSubjectAndVerb(t, k)
                || contractedAuxiliary(t, k, lo))) {
            k--; // also, has, jokingly, angrily, he's
        }
        if (k >= lo && k >= 1 && t.isCapitalized(k) && Words.BETWEEN.has(t, k)
                && Words.ON.has(t, k - 1)) {
            k -= 2; // X on Monday said
        }
        if (k < lo) {
            return null;
        }
        if (t.isPunct(k, ',')) {
            int[] antecedent = beforeRelativeClause(t, k, lo);
            if (antecedent != null) {
                return antecedent;
            }
            int[] aged = nameBeforeAge(t, k, lo);
            if (aged != null) {
                return aged; // Cory James, 22, of Flint, Mich., said: the name, not the place or role after the age
            }
            // X, a spokesman for Y, said: skip the appositive
            int j = k - 1;
            while (j >= lo && !t.isPunct(j, ',') && k - j <= 16 && t.quote[j] < 0 && !t.isMark(j)) {
                j--;
            }
            int[] direct = k - 1 >= lo ? chunk(t, k - 1, lo) : null;
            if (j < lo || !t.isPunct(j, ',') || j - 1 < lo) {
                return direct; // X, said
            }
            int[] appositive = chunk(t, j - 1, lo);
            if (direct != null && appositive != null && nameAfterIntroPhrase(t, direct, appositive)) {
                // after winning Ohio in the primary, Gov. John Kasich (R-OH), said: the name between the commas is
                // the subject, the lower-case phrase before it closes an introductory phrase
                return direct;
            }
            if (appositive != null && placeInAppositive(t, appositive, lo)) {
                // X, a philanthropist from Monsey, New York, said: the comma was the place's own
                int i = appositive[0] - 2;
                while (i >= lo && !t.isPunct(i, ',') && k - i <= 24 && t.quote[i] < 0 && !t.isMark(i)) {
                    i--;
                }
                int[] outer = i - 1 >= lo && t.isPunct(i, ',') ? chunk(t, i - 1, lo) : null;
                if (outer != null) {
                    return outer;
                }
            }
            return appositive != null ? appositive : direct;
        }
        if (isDash(t, k)) {
            // X — including A, B and C — said: skip the aside between dashes
            int j = k - 1;
            while (j >= lo && !isDash(t, j) && k - j <= 20 && t.quote[j] < 0 && !t.isMark(j)) {
                j--;
            }
            return j - 1 >= lo && isDash(t, j) ? chunk(t, j - 1, lo) : null;
        }
        return beforeTimePhrase(t, chunk(t, k, lo), lo);
    }

    /**
     * Prepositions of place that tie a phrase to the noun before it: "voters in Iowa", "aides at the agency". Not
     * "from": "a banner from the workers saying" keeps "the workers" (train figures the same with or without it).
     */
    private static final WordSet PLACE_PREPOSITIONS = Words.set("in", "on", "at");

    /**
     * "Bus drivers in Dayton say", "several party leaders on the ground told": a mention found by walking left stops
     * at the preposition and holds only its object ({@code Dayton}), while the speaker is the noun phrase it
     * modifies. Returns the first token of that noun phrase, which the reported mention should start at (kept whole,
     * so an annotator's span on either part overlaps it), or -1. Only the reported mention changes, not the rules
     * that chose it; a chunk that holds a clause ("Kelly confronted him in the debate") is no such phrase.
     */
    int phraseBeforePlace(Tokens t, int from, int lo) {
        if (from - 2 < lo || !PLACE_PREPOSITIONS.has(t, from - 1) || t.isCapitalized(from - 1)
                || RELATIVE_PRONOUNS.has(t, from)) {
            return -1;
        }
        int[] head = chunk(t, from - 2, lo);
        return head == null || hasClauseWord(t, head) ? -1 : head[0];
    }

    /** A pronoun, an auxiliary or a negated verb in the chunk: it holds a clause, not a noun phrase. */
    private static boolean hasClauseWord(Tokens t, int[] chunk) {
        for (int i = chunk[0]; i < chunk[1]; i++) {
            if (Words.PRONOUNS.has(t, i) || BAD_LAST.has(t, i) || Words.BETWEEN.has(t, i) || t.endsWithNt(i)) {
                return true;
            }
        }
        return false;
    }

    /** Forms of "go" in "X went on to say": the aspectual verb before the cue's "on to". */
    private static final WordSet GO_FORMS = Words.set("go", "goes", "went", "gone", "going");

    /**
     * "She went on to say", "The email goes on to say": the cue is an infinitive after the aspectual "go on to", whose
     * subject is the speaker; without this the chunk before the cue took the verb in ("She went", "The email went").
     * Returns the token before "went", else {@code k} unchanged.
     */
    private static int skipGoOnTo(Tokens t, int k, int lo) {
        if (k - 2 >= lo && Words.TO.has(t, k) && Words.ON.has(t, k - 1) && GO_FORMS.has(t, k - 2)) {
            return k - 3;
        }
        return k;
    }

    /**
     * Trump at the time said, aides have in the past said: a time phrase between the subject and its cue is not the
     * speaker; the chunk before its preposition is (train: 4 speakers corrected, 1 wrong one changed for another
     * wrong one; dev unchanged; a rule for every prepositional phrase, "officials in Ohio say", lowered dev all
     * speaker F1 from 0.785 to 0.783). Returns {@code found} unless it is such a phrase with a chunk before it.
     */
    private int[] beforeTimePhrase(Tokens t, int[] found, int lo) {
        if (found == null || found[0] - 2 < lo || !TIME_PREPOSITIONS.has(t, found[0] - 1)
                || t.isCapitalized(found[0] - 1) || !TIME_OBJECTS.has(t, found[1] - 1)) {
            return found;
        }
        int j = found[0] - 2;
        while (j > lo && Words.BETWEEN.has(t, j) && !t.isCapitalized(j)) {
            j--; // aides have in the past said
        }
        int[] subject = chunk(t, j, lo);
        return subject != null ? subject : found;
    }

    /**
     * X, who lost her seat in Aurora, Colorado, in 2012, said: the subject is the name before a relative clause set
     * off by commas and ending at the comma before the cue ({@code comma}), not the last noun inside the clause, which
     * the appositive rule below takes when the clause has commas of its own (train: 16 speakers corrected, 5 others
     * changed for the worse). Also across a short aside before the clause: X, 58, who ..., said; X, meanwhile, who
     * ..., said. Null when there is no such clause.
     */
    private int[] beforeRelativeClause(Tokens t, int comma, int lo) {
        for (int m = comma - 2; m > lo && comma - m <= RELATIVE_CLAUSE_TOKENS; m--) {
            if (t.quote[m] >= 0 || t.isMark(m) || isDash(t, m)) {
                return null;
            }
            if (t.isPunct(m, ',') && RELATIVE_PRONOUNS.has(t, m + 1)) {
                int end = m - 1;
                if (end - 1 > lo && t.isPunct(end - 1, ',') && (t.startsWithDigit(end)
                        || LEADING.has(t, end))) {
                    end -= 2; // X, 58, who ...; X, meanwhile, who ...
                }
                return end >= lo ? chunk(t, end, lo) : null;
            }
        }
        return null;
    }

    /**
     * The name before an age set off by commas in the appositives that end at the comma {@code k} ("Jane Roe, 54,
     * a teacher from Dayton, said", "Tom Reed, 31, of Akron, Ohio, said"): a number of one to three digits between
     * commas right after a capitalized word and not before another number, at most {@link #AGE_WINDOW} tokens back,
     * no quotation between. Null when there is none.
     */
    private int[] nameBeforeAge(Tokens t, int k, int lo) {
        for (int i = k; i - 3 >= lo && k - i <= AGE_WINDOW; i--) {
            if (t.quote[i] >= 0 || t.isMark(i)) {
                return null;
            }
            if (t.isPunct(i, ',') && t.startsWithDigit(i - 1) && t.end[i - 1] - t.start[i - 1] <= 3
                    && !t.startsWithDigit(i + 1) // not a date: "Sept. 26, 2014,"
                    && t.isPunct(i - 2, ',') && t.isWord(i - 3) && t.isCapitalized(i - 3)) {
                return chunk(t, i - 3, lo);
            }
        }
        return null;
    }

    /** How far back from the comma before a cue an age appositive may start ({@link #nameBeforeAge}). */
    private static final int AGE_WINDOW = 16;

    /** A dash that sets off an aside: an em or en dash, "--", or a hyphen with space on both sides. */
    private static boolean isDash(Tokens t, int i) {
        if (t.isPunct(i, '-')) {
            int a = t.start[i] - 1;
            int b = t.end[i];
            return a >= 0 && b < t.text.length() && Words.isSpace(t.text.charAt(a)) && Words.isSpace(t.text.charAt(b));
        }
        return t.isPunct(i, '—') || t.isPunct(i, '–') || t.end[i] - t.start[i] == 2 && t.text.startsWith("--", t.start[i]);
    }

    /**
     * A chunk found between two commas before a cue that is a capitalized place after a preposition ("from
     * Monsey, New York,"): the commas belong to the place inside a longer appositive.
     */
    private static boolean placeInAppositive(Tokens t, int[] chunk, int lo) {
        int p = chunk[0] - 1;
        return p > lo && t.isWord(p) && !t.isCapitalized(p) && CHUNK_STOP.has(t, p)
                && t.isCapitalized(chunk[0]);
    }

    /**
     * Whether {@code name}, set off by commas right before a cue, is a proper name (capitalized first and last words,
     * no determiner) while the chunk before it is a lower-case common noun phrase ("the primary", "the debate"): then
     * the name is the subject and not an appositive of that phrase ("X, a spokesman, said" has it the other way round).
     */
    private static boolean nameAfterIntroPhrase(Tokens t, int[] name, int[] before) {
        int last = name[1] - 1;
        while (last > name[0] && !t.isWord(last)) {
            last--;
        }
        return t.isCapitalized(name[0]) && !Words.DETERMINERS.has(t, name[0]) && t.isCapitalized(last)
                && !t.isCapitalized(before[0]) && Words.DETERMINERS.has(t, before[0]);
    }

    /** The chunk ending at token {@code k} (inclusive), walking left to a boundary. */
    private int[] chunk(Tokens t, int k, int lo) {
        if (Words.WHO_WHICH.has(t, k)) {
            return new int[] {k, k + 1};
        }
        int end = k + 1;
        int s = k;
        while (s >= lo && npToken(t, s)) {
            boolean nameAnd = Words.AND.has(t, s) && s - 1 >= lo && s + 1 <= k && t.isWord(s - 1) && t.isCapitalized(s - 1)
                    && t.isCapitalized(s + 1) && ofBefore(t, s, lo);
            boolean ratio = Words.IN.has(t, s) && s - 1 >= lo && s + 1 <= k && t.startsWithDigit(s + 1)
                    && (t.startsWithDigit(s - 1) || NUMBERS.has(t, s - 1)); // six in 10
            if (!nameAnd && !ratio && (Words.BOUNDARY.has(t, s) || CHUNK_STOP.has(t, s) && !t.isCapitalized(s))) {
                break;
            }
            if (t.isPunct(s, '(')) {
                // only as part of a trailing (ACRONYM)
                if (end - s > 3) {
                    break;
                }
            }
            s--;
        }
        int from = s + 1;
        if (from >= end) {
            return null;
        }
        if (end - from > MAX_WORDS) {
            int cut = -1;
            for (int m = end - 1; m >= from; m--) {
                if (CUT.has(t, m) || (!t.isCapitalized(m) && (t.endsWithIng(m) || t.endsWithEd(m))
                        && !lex.isNoun(t, m))) {
                    cut = m;
                    break;
                }
            }
            if (cut < 0) {
                // Speaker of the House Rep. Paul Ryan (R-WI): keep the trailing name with its title
                int m = end;
                while (m > from && (t.isWord(m - 1) && (t.isCapitalized(m - 1) || lex.isTitle(t, m - 1))
                        || t.isPunct(m - 1, '(') || t.isPunct(m - 1, ')') || t.isPunct(m - 1, '.'))) {
                    m--;
                }
                if (m >= end) {
                    return null;
                }
                cut = m - 1;
            }
            from = cut + 1;
        }
        while (from < end && (LEADING.has(t, from) && !t.isCapitalized(from) || t.isPunct(from, ')'))) {
            from++;
        }
        if (valid(t, from, end)) {
            return new int[] {from, end};
        }
        // "When he returned he began by saying": the pronoun or name right before the cue
        if (Words.PRONOUNS.has(t, end - 1)) {
            return new int[] {end - 1, end};
        }
        int cap = end;
        while (cap > from && t.isWord(cap - 1) && t.isCapitalized(cap - 1)
                && !Words.NOT_NAME_START.has(t, cap - 1)) {
            cap--;
        }
        return cap < end && valid(t, cap, end) ? new int[] {cap, end} : null;
    }

    /**
     * True when an "of" stands among the capitalized words just left of {@code and}: "Minister of Electricity and
     * Water Faisal Al-Rashidi" is one title and name; "Smith and Jones" without it stays two.
     */
    private static boolean ofBefore(Tokens t, int and, int lo) {
        for (int m = and - 1; m >= lo && and - m <= 5; m--) {
            if (Words.OF.has(t, m)) {
                return true;
            }
            if (!t.isWord(m) || !t.isCapitalized(m)) {
                return false;
            }
        }
        return false;
    }

    /** The speaker named right after position {@code pos} (said X, according to X), not reaching {@code hi}. */
    int[] after(Tokens t, int pos, int hi) {
        int e = pos;
        int words = 0;
        while (e < hi && npToken(t, e) && words < MAX_WORDS) {
            if (e > pos && Words.RIGHT_BOUNDARY.has(t, e)
                    && !(Words.AND.has(t, e) && e + 1 < hi && t.isWord(e + 1) && (t.isCapitalized(e + 1)
                    || lex.isTitle(t, e + 1) || lex.isPersonNoun(t, e + 1)))) {
                break;
            }
            if (t.isPunct(e, '(')) {
                int close = e + 1;
                while (close < hi && close - e <= 4 && !t.isPunct(close, ')')) {
                    close++;
                }
                if (close < hi && t.isPunct(close, ')') && close - e <= 4) {
                    e = close + 1;
                    continue;
                }
                break;
            }
            if (t.isPunct(e, ')')) {
                break;
            }
            if (t.isWord(e)) {
                words++;
            }
            e++;
        }
        // a name ends with a word or a closing parenthesis
        while (e > pos && !t.isWord(e - 1) && !t.isPunct(e - 1, ')')) {
            e--;
        }
        if (e <= pos || Words.RIGHT_BOUNDARY.has(t, pos) && !t.isCapitalized(pos)) {
            return null;
        }
        return valid(t, pos, e) ? new int[] {pos, e} : null;
    }

    /** The subject at the start of the sentence [from, to), skipping a leading conjunction and an introductory phrase. */
    int[] subject(Tokens t, int from, int to) {
        int k = from;
        k = afterDateline(t, k, to);
        while (k < to && (LEADING.has(t, k) || t.isPunct(k, ','))) {
            k++;
        }
        if (k + 1 < to && t.endsWithLy(k) && t.end[k] - t.start[k] > 6
                && INTRO.has(t, k + 1)) {
            k++; // Immediately after the attacks, Trump ...
        }
        k = afterTimePhrase(t, k, to);
        if (k < to && (INTRO.has(t, k) || introParticiple(t, k))) {
            int c = k;
            while (c < to && c - k < 16 && !t.isPunct(c, ',') && t.quote[c] < 0) {
                c++;
            }
            if (c < to && t.isPunct(c, ',')) {
                k = c + 1;
                // At an event in Ames, Iowa, on Sunday, Mrs. Clinton ... / in San Bernardino, Calif., a voice ...:
                // the state after the place and a time phrase after it still belong to the introductory phrase
                int state = afterState(t, k, to);
                if (state > k) {
                    k = state;
                    if (k < to && INTRO.has(t, k) && !t.isCapitalized(k)) {
                        int d = k;
                        while (d < to && d - k < 6 && !t.isPunct(d, ',') && t.quote[d] < 0) {
                            d++;
                        }
                        if (d < to && t.isPunct(d, ',')) {
                            k = d + 1;
                        }
                    }
                }
            }
        }
        int e = k;
        while (e < to && e - k < MAX_WORDS && t.quote[e] < 0) {
            boolean ok = t.isWord(e) && (t.isCapitalized(e) || Words.DETERMINERS.has(t, e) || lex.isNoun(t, e)
                    || lex.isTitle(t, e) || Words.PRONOUNS.has(t, e) && e == k || titleAdjective(t, e, to))
                    || Words.POSSESSIVE_S.has(t, e)
                    || (Words.NAME_CONNECTORS.has(t, e) && e + 1 < to && t.isCapitalized(e + 1));
            if (!ok) {
                break;
            }
            if (Words.PRONOUNS.has(t, e) && e == k) {
                e++;
                break;
            }
            e++;
        }
        if (e < to && t.isPunct(e, '(')) {
            int close = e + 1;
            while (close < to && close - e <= 4 && !t.isPunct(close, ')')) {
                close++;
            }
            if (close < to && t.isPunct(close, ')')) {
                e = close + 1;
            }
        }
        return e > k && valid(t, k, e) ? new int[] {k, e} : null;
    }

    /**
     * The first token after a wire dateline left at the start of a sentence, or {@code k} when there is none:
     * {@code WASHINGTON — }, {@code WASHINGTON, Dec. 8 (UPI) — }, {@code ORLANDO, Fla. (Reuters) - },
     * {@code Philadelphia (AFP) – }. Up to ten capitalized words, digits, commas, periods and parentheses, then a
     * dash; the place must be in capitals or be followed by a date or an agency (a comma, a digit or a parenthesis),
     * so that a capitalized subject before a dash ({@code FBI Director James Comey — ...}) is not taken for one.
     */
    private static int afterDateline(Tokens t, int k, int to) {
        boolean capitals = true; // every word so far in capitals, as wire places are
        boolean dateOrAgency = false;
        for (int i = k; i < to && i - k <= 10 && t.quote[i] < 0; i++) {
            if (t.isPunct(i, '—') || t.isPunct(i, '–') || t.isPunct(i, '-')) {
                return i > k && (dateOrAgency || capitals) ? i + 1 : k;
            }
            boolean punct = t.isPunct(i, ',') || t.isPunct(i, '(') || t.isPunct(i, ')') || t.isPunct(i, '.');
            boolean digits = t.isWord(i) && t.startsWithDigit(i);
            if (!(punct || digits || t.isWord(i) && t.isCapitalized(i))) {
                return k;
            }
            capitals &= !dateOrAgency && t.isWord(i) && !digits && t.end[i] - t.start[i] > 2 && allCaps(t, i);
            dateOrAgency |= punct && !t.isPunct(i, '.') || digits;
        }
        return k;
    }

    /**
     * A lower-case adjective before a title inside a name (Former Republican presidential candidate Jeb Bush /
     * Republican Presidential hopeful Sen. Ted Cruz): an ending in -al, -ful, -ic or -ial, and a title or a
     * person noun right after it.
     */
    private boolean titleAdjective(Tokens t, int e, int to) {
        if (e + 1 >= to || e == 0 || !t.isWord(e - 1) || !t.isCapitalized(e - 1)) {
            return false;
        }
        if (t.end[e] - t.start[e] <= 4 || !(lex.isTitle(t, e + 1) || lex.isPersonNoun(t, e + 1))) {
            return false;
        }
        String w = t.lower(e);
        return w.endsWith("al") || w.endsWith("ful") || w.endsWith("ic");
    }

    /**
     * The token after an opening time phrase that ends in "later", "earlier" or "ago" and a comma (Hours later, /
     * Two days earlier, / Minutes later,), or {@code k} when there is none: the phrase is no subject.
     */
    private static int afterTimePhrase(Tokens t, int k, int to) {
        for (int i = k + 1; i < to && i - k <= 3; i++) {
            if (TIME_ADVERBS.has(t, i)) {
                return i + 1 < to && t.isPunct(i + 1, ',') ? i + 2 : k;
            }
            if (!t.isWord(i) || t.quote[i] >= 0) {
                return k;
            }
        }
        return k;
    }

    /**
     * The token after a US state set off by commas right after a place (Iowa, / New Hampshire, / Calif., / Fla.,),
     * or {@code k} when there is none.
     */
    private static int afterState(Tokens t, int k, int to) {
        if (k >= to || !t.isWord(k) || !t.isCapitalized(k)) {
            return k;
        }
        int j;
        if (STATES.has(t, k)) {
            j = k + 1;
        } else if (k + 1 < to && t.isWord(k + 1) && t.isCapitalized(k + 1) && STATES.has(t, k + 1)) {
            j = k + 2; // New Hampshire, North Carolina
        } else if (t.end[k] - t.start[k] <= 6 && t.text.charAt(t.end[k] - 1) == '.') {
            j = k + 1; // Calif., as one token
        } else if (k + 1 < to && t.isPunct(k + 1, '.') && t.end[k] - t.start[k] <= 5) {
            j = k + 2; // Calif . as two
        } else {
            return k;
        }
        return j + 1 < to && t.isPunct(j, ',') && t.isWord(j + 1) ? j + 1 : k;
    }

    /**
     * A capitalized participle opening the sentence and followed by a preposition or an adverb starts an introductory
     * phrase, not a name: Appearing before reporters, Ann Kyi said ... / Smiling broadly, she ... (a name ending in
     * -ing is followed by its verb or a comma: Manning said, Manning, the quarterback, said).
     */
    private static boolean introParticiple(Tokens t, int k) {
        if (!t.endsWithIng(k) || t.end[k] - t.start[k] <= 5 || !t.isCapitalized(k) || k + 1 >= t.size()
                || !t.isWord(k + 1)) {
            return false;
        }
        String next = t.lower(k + 1);
        return PREPOSITIONS.contains(next) || next.endsWith("ly") && !t.isCapitalized(k + 1);
    }

    /** Whether tokens [from, to) can name a speaker. */
    boolean valid(Tokens t, int from, int to) {
        if (from >= to || to - from > 14) {
            return false;
        }
        int words = 0;
        boolean capital = false;
        for (int i = from; i < to; i++) {
            if (t.quote[i] >= 0 || t.isMark(i)) {
                return false;
            }
            if (t.isWord(i)) {
                words++;
                capital |= t.isCapitalized(i) && !Words.NOT_NAME_START.has(t, i);
            }
        }
        if (words == 0) {
            return false;
        }
        if (PREPOSITIONS.has(t, from)) {
            return false;
        }
        int lastWord = to - 1;
        while (lastWord > from && !t.isWord(lastWord)) {
            lastWord--;
        }
        if (to - from == 1 && openingParticiple(t, from)) {
            return false;
        }
        if (to - from == 1) {
            return Words.PRONOUNS.has(t, from) || capital || lex.isNoun(t, from) || lex.isTitle(t, from)
                    || QUANTITY_SUBJECTS.has(t, from) || fraction(t.lower(from));
        }
        if (BAD_LAST.has(t, lastWord) && (to - from <= 2 || !OBJECT_PRONOUNS.has(t, lastWord))) {
            return false;
        }
        if (Words.BOUNDARY.has(t, lastWord) || Words.RIGHT_BOUNDARY.has(t, lastWord) && !t.isCapitalized(lastWord)
                || PREPOSITIONS.has(t, lastWord) || Words.DETERMINERS.has(t, lastWord) && !t.isCapitalized(lastWord)
                && !ONE.has(t, lastWord) || NOT_LAST.has(t, lastWord)) {
            return false;
        }
        boolean nounHead = (!t.endsWithLy(lastWord) && !Words.NOT_NAME_START.has(t, lastWord)
                && !Words.BETWEEN.has(t, lastWord) || lex.isNoun(t, lastWord) || t.isCapitalized(lastWord))
                && !TIME_NAMES.has(t, lastWord);
        boolean pluralHead = t.end[lastWord] - t.start[lastWord] > 3 && t.endsWithS(lastWord)
                && t.isWord(lastWord) && !t.startsWithDigit(lastWord) && to - from <= 4 && !nonPluralS(t, lastWord);
        boolean goodStart = pluralHead || NUMBERS.has(t, from) || capital && t.isCapitalized(from) || Words.DETERMINERS.has(t, from)
                || t.startsWithDigit(from) || lex.isNoun(t, from) || lex.isTitle(t, from)
                || t.isCapitalized(from);
        return nounHead && (goodStart || capital);
    }

    /**
     * "Facing mounting criticism, X ...", "Continuing to explain his view, X ...", "Contributing: A and B",
     * "Revealed: ...", "Hastily politicizing ...": a capitalized word in -ing, -ed or -ly (five letters or more)
     * that opens its sentence and is followed by a colon, a lower-case word in -ing, a preposition or a determiner
     * is an introductory participle, adverb or label, not a name ("Beijing said", "Kelly said" stay names). Train:
     * 14 predictions had such a speaker, none gold's; 5 of them now take another subject, 3 of those gold's.
     */
    private static boolean openingParticiple(Tokens t, int i) {
        if (!t.isCapitalized(i) || !(t.endsWithIng(i) || t.endsWithLy(i) || t.endsWithEd(i))
                || t.end[i] - t.start[i] < 5 || !sentenceStart(t, i)
                || i + 1 >= t.size() || t.paragraph[i + 1] != t.paragraph[i]) {
            return false;
        }
        int n = i + 1;
        return t.isPunct(n, ':') || t.isWord(n) && !t.isCapitalized(n) && (t.endsWithIng(n) || PREPOSITIONS.has(t, n)
                || Words.DETERMINERS.has(t, n));
    }

    /** Whether token {@code i} opens its paragraph or follows a sentence end. */
    private static boolean sentenceStart(Tokens t, int i) {
        return i == 0 || t.paragraph[i - 1] != t.paragraph[i] || t.isPunct(i - 1, '.') || t.isPunct(i - 1, '?')
                || t.isPunct(i - 1, '!');
    }

    /** Whether token {@code i} has no lower-case letter (NEW YORK), as its upper-casing would leave it unchanged. */
    private static boolean allCaps(Tokens t, int i) {
        for (int k = t.start[i]; k < t.end[i]; k++) {
            char c = t.text.charAt(k);
            if (Character.toUpperCase(c) != c) {
                return false;
            }
        }
        return true;
    }

    /** A word ending in -ss, -us or -is (boss, campus, analysis): its final s makes no plural. */
    private static boolean nonPluralS(Tokens t, int i) {
        char before = WordTable.lowerAscii(t.text.charAt(t.end[i] - 2));
        return before == 's' || before == 'u' || before == 'i';
    }
}
