package org.copydesk.plugins.quotes;

import static org.copydesk.plugins.quotes.QuoteFinder.FRAME_WORDS;
import static org.copydesk.plugins.quotes.QuoteFinder.LEADING_CONJUNCTIONS;
import static org.copydesk.plugins.quotes.QuoteFinder.singular;

import java.util.List;
import org.copydesk.api.Quote.Kind;
import org.copydesk.api.Quote.Span;
import org.copydesk.plugins.quotes.QuoteFinder.Found;
import org.copydesk.plugins.quotes.QuoteFinder.Source;

/**
 * The reported-speech rules of one body: attributions by listed and learned cue verbs, passive questions, raising
 * verbs and passives, "according to" sources, participle chains, mixed quotes (reported speech around a partial
 * quote), and the "X said:" lead-in that introduces the quote paragraph after it. One instance per
 * {@link QuoteFinder.Run}: it shares the run's tokens, cue per token, sentences and list of found quotes (it adds
 * its attributions to that list), and calls the few attribution helpers of the run it needs; the run calls its
 * entry points once per sentence and reads the lead-in.
 */
final class ReportedSpeech {

    private static final WordSet ADDRESSEES = Words.set("reporters", "him", "her", "them", "us", "me", "journalists", "supporters",
                        "the", "a", "an", "audience", "crowd", "lawmakers", "voters");
    private static final WordSet TIME_WORDS = Words.set("monday", "tuesday", "wednesday", "thursday", "friday",
                    "saturday", "sunday", "yesterday", "today", "tonight", "recently", "repeatedly", "again",
                    "also", "publicly", "privately", "earlier", "later", "previously");
    private static final WordSet NOT_CLAUSE_START = Words.set("in", "on", "at", "during", "to", "of", "for", "by", "with", "about", "and", "or",
                    "as", "from", "into", "over", "up", "out", "off", "down");
    /** Words before "that" that are not verbs of saying or thinking. */
    private static final WordSet NOT_THAT_VERBS = Words.set("is", "was", "has", "does", "so", "such", "as", "less",
            "unless", "thus", "this", "was", "its", "his", "hers", "ours", "yours", "theirs", "means", "ensured",
            "ensures", "years", "days", "times", "things", "ways", "is", "was", "has", "does", "needs", "needed",
            "happened", "happens", "seems", "seemed", "appears", "appeared", "given", "provided", "assuming",
            "except", "besides", "perhaps", "plus", "reasons", "facts", "fact", "news", "ideas", "hopes", "claims",
            "reports", "concerns", "fears", "signs", "suggestions", "allegations", "charges", "assumed");
    /** First words of "Label: text" lines that are not speakers. */
    private static final WordSet LABELS = Words.set("update", "updated", "note", "editor", "editors", "photo",
            "video", "related", "source", "sources", "q", "a", "read", "watch", "see", "also", "correction", "full",
            "text", "abstract", "warning", "click", "follow", "share", "more", "advertisement", "listen", "image",
            "credit", "caption", "by", "transcript", "update:", "breaking", "exclusive", "analysis", "opinion",
            "background", "context", "disclosure", "subscribe", "results", "sign", "latest");

    /** Words before a passive "asked": "when asked whether", "was asked about". */
    private static final WordSet PASSIVE_BEFORE_ASKED = Words.set("when", "after", "if", "being", "was", "were",
            "is", "are", "been", "once", "until", "before", "as");
    /** Adverbs between those words and "asked" ("was also asked"); after a subject they leave it active. */
    private static final WordSet ADVERBS_BEFORE_ASKED = Words.set("repeatedly", "later", "again", "also");
    /** A set of one word: the question rule looks at every token, and a set answers without its lower-case string. */
    private static final WordSet ASKED = Words.set("asked");
    private static final WordSet AND_BUT = Words.set("and", "but");
    /** Words that start the question after a passive "asked": whether, if, about, why. */
    private static final WordSet QUESTION_START = Words.set("whether", "if", "about", "why", "what", "how", "who",
            "when", "where", "which", "whom");

    /** A first preposition after a learned cue verb that belongs to the cue: pointed to, talked about. */
    private static final WordSet PARTICLES = Words.set("to", "about", "for", "on", "with", "against", "of", "at",
            "into", "in", "over", "from", "by", "up", "out");
    /** The learned rate from which a verb after a speaking subject counts as a cue (fallback rule). */
    static final double LEARNED_MIN_RATE = 0.25;
    /** The learned rate from which the verb after "seems to" is the subject's act ({@code raisedAct}). */
    static final double RAISED_ACT_MIN_RATE = 0.5;
    /** The learned rate from which a verb after a name counts as a cue. */
    static final double NAME_MIN_RATE = 0.2;
    /**
     * The lowest learned rate of a candidate cue verb ({@link #candidates}): the floor of {@code cue-rates.txt}. A
     * candidate is emitted only when the learned confidence keeps it ({@link QuoteFinder#CANDIDATE_MIN_CONFIDENCE}).
     */
    static final double CANDIDATE_MIN_RATE = 0.15;
    /**
     * The learned rate from which a verb after a relative "that" has it as its speaker (train, all speaker and
     * content+speaker F1: 0.5 raised both, 0.7 neither).
     */
    static final double RELATIVE_THAT_MIN_RATE = 0.5;
    /** The learned rate from which a verb with its own subject starts a second attribution inside a content. */
    static final double SECOND_MIN_RATE = 0.5;
    /** Reported speech after a listed cue may be a single word: "declined to comment", "denied it". */
    static final int SAID_MIN_WORDS = 1;

    private static final WordSet BE_FORMS = Words.set("is", "are", "was", "were", "be", "been", "being", "'s",
            "’s");
    private static final WordSet IRREGULAR_PARTICIPLES = Words.set("seen", "known", "thought", "said", "shown",
            "told", "held", "understood");
    /** Raising verbs: "X seems to ..." is the writer's attribution of the whole clause, without a source. */
    private static final WordSet RAISING_VERBS = Words.set("seem", "seems", "seemed", "appear", "appears",
            "appeared");
    /** What follows a raised passive cue: expected to, seen as, charged with. */
    private static final WordSet RAISED_COMPLEMENT = Words.set("to", "as", "with", "of");

    /** Aspectual and conative verbs: "X tried to show", "X continues to insist" attribute by the later verb. */
    private static final WordSet CATENATIVES = Words.set("try", "tries", "tried", "trying", "attempt", "attempts",
            "attempted", "attempting", "continue", "continues", "continued", "continuing", "begin", "begins",
            "began", "beginning", "start", "starts", "started", "starting", "went", "go", "goes", "going");

    /** Object pronouns and possessives after "to": pointed to him, referring to his plan. */
    private static final WordSet OBJECT_WORDS = Words.set("him", "her", "them", "us", "me", "his", "its",
            "their", "our", "my", "your", "what", "how", "whether", "why", "where", "when", "who", "which");

    /** First words of an introductory subordinate clause: "While X said A, B". */
    private static final WordSet SUBORDINATORS = Words.set("while", "as", "although", "though", "when", "because",
            "if", "since", "after", "before", "whereas", "unless", "once", "until", "whether", "even");
    /** Words between a subject and a learned cue verb besides Words.BETWEEN: have since balked, both supported. */
    private static final WordSet EXTRA_BETWEEN = Words.set("since", "both", "all", "each", "themselves",
            "mostly", "largely", "broadly", "generally", "strongly", "long", "increasingly", "still", "no", "longer");

    private static final WordSet CHUNK_PREPOSITIONS = Words.set("of", "by", "for", "from", "with", "on",
            "conducted", "released", "published", "taken");

    /** How far after a cue its "that" may stand, past the circumstances: said in an interview on Fox News that. */
    static final int THAT_WINDOW = 14;
    /** Pronouns that open a clause: "said on Friday he met ...". */
    private static final WordSet SUBJECT_PRONOUNS = Words.set("he", "she", "they", "we", "i", "it", "there");

    /** Words after which a cue form is a noun: the plan, these comments. */
    private static final WordSet NOUN_DETERMINERS = Words.set("the", "a", "an", "these", "those", "whose");
    /** "no overt mention", "no workplace retirement plan": a determiner before a noun. */
    private static final WordSet NO = Words.set("no");
    /** Possessive pronouns: "his remarks" is a noun, "his claim that ..." his attribution. */
    private static final WordSet POSSESSIVES = Words.set("his", "her", "their", "its", "my", "our", "your");
    /** Endings of adjectives between a determiner and a noun: his opening remarks, the latest comments. */
    private static final List<String> ADJECTIVE_ENDINGS = List.of("ing", "al", "ent", "est", "ive", "ous", "ic",
            "ful", "ary");
    /** Numbers and quantifiers before a plural: the 16 states, a few states, many states. */
    private static final WordSet NUMBER_WORDS = Words.set("two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "dozen", "few", "many", "several", "other", "more", "fewer", "some", "both");

    /**
     * Link words before the subject of an attribution that starts a clause of its own inside a content: "X said A
     * and Y said B", "..., while Y argued B", "..., even as Y warned B" (train, each alone: all F1 figures up or
     * unchanged; "when", "until" and a colon lowered one, "so", "since", "before", "yet", "despite" and "whereas"
     * gave nothing or +0.0001, and are left out).
     */
    private static final WordSet CLAUSE_LINKS = Words.set("and", "but", "while", "as", "after", "though",
            "although", "even", "because");
    /**
     * The learned rate from which a verb starts an attribution of its own inside a content (see above). Train, all
     * F1 with rates 0.5 / 0.6 / 0.7 / 0.8: content-exact 0.5357 / 0.5369 / 0.5372 / 0.5369, content+speaker
     * 0.6880 / 0.6886 / 0.6885 / 0.6882, speaker 0.7636 / 0.7640 / 0.7639 / 0.7636 (listed cues alone 0.5367,
     * 0.6879, 0.7635).
     */
    static final double INNER_MIN_RATE = 0.7;

    /** First words of a non-restrictive relative clause that ends an attributed content: ", which begins Monday". */
    private static final WordSet ASIDE_START = Words.set("which", "who", "whose");
    /** The relative pronoun of a group that speaks inside a content: "compared with 23 percent who said ...". */
    private static final WordSet WHO = Words.set("who");
    /** The preposition of a stance that belongs to its cue: "warned against", "pushed back against". */
    private static final WordSet AGAINST = Words.set("against");
    /** Adverbs (besides those in -ly) between a cue and its "that": "said, however, that", "said only that". */
    private static final WordSet THAT_ADVERBS = Words.set("however", "though", "instead", "only", "twice", "again",
            "also", "still");
    /** A quantity word alone as the subject of those polled: "half said", "others say". */
    private static final WordSet QUANTITY_SUBJECTS = Words.set("half", "most", "many", "others", "majority");
    /** Words before a share of those polled: "more than 4 in 10", "nearly half", "about a third". */
    private static final WordSet APPROXIMATORS = Words.set("more", "fewer", "less", "than", "nearly", "almost",
            "about", "roughly", "just", "only", "over", "a");
    /** "compared with" / "compared to": the comparison that brings in a second group in poll reports. */
    private static final WordSet COMPARED = Words.set("compared");
    private static final WordSet COMPARED_LINK = Words.set("with", "to");
    /** Words that open a second clause after a comma: but, and, while, whereas, which, who. */
    private static final WordSet SECOND_CLAUSE_START = Words.set("but", "and", "while", "whereas", "which", "who");

    /** Cues below this weight never start reported speech on their own. */
    static final double INDIRECT_MIN_WEIGHT = 0.5;

    private final QuoteFinder.Run run;
    private final Tokens t;
    private final CueLexicon.Entry[] cueAt;
    private final List<int[]> sentences;
    private final List<Found> found;
    private final CueRates rates;
    private final SpeakerLexicon lex;
    private final SpeakerFinder speakers;
    private double[] learnedRates;   // learnedRate per token, computed on first use
    int[] leadIn;            // "X said:" at the end of the last paragraph: {cueFrom, cueTo, spkFrom, spkTo}
    int leadInParagraph = -1;
    private boolean candidateMode; // while {@link #candidates} runs: lower rates, and what it adds is a candidate

    ReportedSpeech(QuoteFinder.Run run, CueRates rates, SpeakerLexicon lex, SpeakerFinder speakers) {
        this.run = run;
        this.t = run.t;
        this.cueAt = run.cueAt;
        this.sentences = run.sentences;
        this.found = run.found;
        this.rates = rates;
        this.lex = lex;
        this.speakers = speakers;
    }

    /**
     * A passive question: "Asked (on Monday) (by X) whether ..., Y said ...", "..., he said when asked about X."
     * The question is an attribution of its own (the asker, named only after "by", is its speaker). Returns the
     * sentence range left for the other reported-speech rules: after the question's comma when the sentence
     * starts with it, else the whole sentence.
     */
    int[] askedClause(int s, int[] r) {
        for (int c = r[0]; c < r[1] - 1; c++) {
            if (!ASKED.has(t, c) || t.quote[c] >= 0) {
                continue;
            }
            int first = r[0];
            while (first < c && LEADING_CONJUNCTIONS.has(t, first)) {
                first++;
            }
            // "X, a columnist, asked Y whether ...": the comma closes the subject's appositive, the subject asks
            // (train: 2 speakers corrected, none lost)
            boolean passive = c == first || t.isPunct(c - 1, ',') && !subjectWithAppositive(r[0], c)
                    || passiveBeforeAsked(c, first);
            if (!passive) {
                continue;
            }
            int i = c + 1;
            int[] spk = null;
            int limit = Math.min(r[1], c + 12);
            // circumstances and the asker: "on Monday", "by reporters", "in an interview with X"
            while (i < limit && !QUESTION_START.has(t, i)) {
                if (t.quote[i] >= 0 || t.isMark(i) || t.isPunct(i, ',') || t.isPunct(i, '.')
                        && !t.isWord(i) || cueAt[i] != null && !t.lower(i).equals("about")) {
                    break;
                }
                if (t.lower(i).equals("by") && spk == null) {
                    int[] by = speakers.after(t, i + 1, limit);
                    if (by != null) {
                        spk = by;
                        i = by[1];
                        continue;
                    }
                }
                i++;
            }
            if (i >= limit || !QUESTION_START.has(t, i)) {
                continue;
            }
            int from = t.lower(i).equals("about") ? i + 1 : i;
            int to = from;
            while (to < r[1] && !(t.isPunct(to, ',') && t.quote[to] < 0 || t.isPunct(to, ';')
                    || t.isPunct(to, '.') && !t.isWord(to) && t.quote[to] < 0)) {
                to++;
            }
            if (to <= from || t.quote[from] >= 0) {
                continue;
            }
            Found f = addIndirect(s, from, to, c, from == i ? c + 1 : i + 1, spk, null, 0.8, 1);
            if (f == null) {
                continue;
            }
            if (c == first && to < r[1] && t.isPunct(to, ',')) {
                return new int[] {to + 1, r[1]};
            }
            return r;
        }
        return r;
    }

    /**
     * Whether the words before "asked" at {@code c} make it passive: "when asked", "was (also) asked", "Later asked";
     * not "He also asked if ...", whose subject asks (the passive reading gave a second, speakerless copy of the
     * question that took the gold match from the attributed one; train: 3 speakers corrected, none lost).
     */
    private boolean passiveBeforeAsked(int c, int first) {
        int k = c - 1;
        while (k >= first && ADVERBS_BEFORE_ASKED.has(t, k) && t.quote[k] < 0) {
            k--;
        }
        if (k < first) {
            return true;
        }
        return t.quote[k] < 0 && (PASSIVE_BEFORE_ASKED.has(t, k) || k < c - 1 && t.isPunct(k, ','));
    }

    void indirect(int s, int[] r) {
        int a = r[0];
        int b = r[1];
        int last = b - 1;
        while (last > a && !t.isWord(last) && t.quote[last] < 0 && !t.isMark(last)) {
            last--;
        }
        if (last - a < 4) {
            if (last - a >= 2) {
                subjectVerb(s, a, last + 1); // Scarborough retweeted it.
            }
            return;
        }
        // "Rubio: I Still Believe ...": the name before the colon, besides any cue inside its words
        boolean named = nameColon(s, a, last + 1);
        if (headline(s, a, last)) {
            return;
        }
        if (subordinateFirst(s, a, last)) {
            return;
        }
        // According to X, CONTENT.
        int first = a;
        while (first < last && (LEADING_CONJUNCTIONS.has(t, first)
                || t.isPunct(first, ','))) {
            first++;
        }
        CueLexicon.Entry e0 = cueAt[first];
        if (e0 != null && e0.cueClass() == CueLexicon.CueClass.PREP) {
            int[] spk = speakers.after(t, first + e0.length(), b);
            if (spk == null || spk[1] >= last || !t.isPunct(spk[1], ',')) {
                spk = longSource(first + e0.length(), last);
            }
            if (spk != null && spk[1] < last && t.isPunct(spk[1], ',')) {
                addIndirect(s, spk[1] + 1, last + 1, first, first + e0.length(), spk, null, e0.weight());
                return;
            }
        }
        // In a CNN poll, CONTENT.: a document or survey as the source
        if (t.lower(first).equals("in") && inSource(s, first, last)) {
            return;
        }
        // CONTENT, X said. / CONTENT, said X. / CONTENT, according to X.
        for (int c = last; c > a + 1 && last - c <= 40; c--) {
            CueLexicon.Entry e = cueAt[c];
            if (e == null || t.quote[c] >= 0 || e.weight() < 0.75 || e.participle()) {
                continue;
            }
            int cueEnd = c + e.length();
            if (e.cueClass() == CueLexicon.CueClass.PREP && !t.isPunct(c - 1, ',')
                    && trailingSource(s, a, c, cueEnd, last)) {
                return; // CONTENT according to X. / CONTENT - according to X.
            }
            if (t.isPunct(c - 1, ',') && e.cueClass() != CueLexicon.CueClass.PREP && subjectWithAppositive(a, c)) {
                continue; // "X, a teacher, says CONTENT": the subject order, read by the rules below
            }
            if (t.isPunct(c - 1, ',')) {
                int[] spk = speakers.after(t, cueEnd, b);
                if (spk != null && e.cueClass() == CueLexicon.CueClass.PREP && spk[1] < last
                        && t.isPunct(spk[1], ',') && restOfClause(spk[1] + 1, last + 1)
                        && !Words.DETERMINERS.has(t, spk[1] + 1)) {
                    // A, according to X, B: the content is both sides
                    addAround(s, a, c - 1, spk[1] + 1, last + 1, c, cueEnd, spk, e.weight());
                    return;
                }
                if (spk != null && (tailOk(spk[1], last + 1) || appositiveTail(spk[1], last + 1)
                        || e.cueClass() == CueLexicon.CueClass.PREP)) {
                    addIndirect(s, a, c - 1, c, cueEnd, spk, null, e.weight());
                    return;
                }
                continue;
            }
            if (e.cueClass() == CueLexicon.CueClass.PREP) {
                continue;
            }
            // ", he said." or ", he said, wiping his face."
            int frame = run.frameEnd(cueEnd, last + 1) + 1;
            boolean closes = tailOk(cueEnd, last + 1) || frame <= last && t.isPunct(frame, ',');
            if (!closes) {
                continue;
            }
            int[] spk = speakers.before(t, c, a);
            if (spk == null || spk[0] == 0 || !t.isPunct(spk[0] - 1, ',')) {
                int[] phrase = trailingSubject(a, c);
                spk = phrase != null ? phrase : spk;
            }
            if (spk != null && spk[0] > a + 1 && t.isPunct(spk[0] - 1, ',') && frame < last
                    && t.isPunct(frame, ',') && restOfClause(frame + 1, last + 1)) {
                // A, X said, B: the attribution stands inside its content
                addAround(s, a, spk[0] - 1, frame + 1, last + 1, c, cueEnd, spk, e.weight());
                return;
            }
            if (spk != null && spk[0] > a + 3 && t.isPunct(spk[0] - 1, ',')) {
                addIndirect(s, a, spk[0] - 1, c, cueEnd, spk, null, e.weight());
                return;
            }
        }
        if (passiveRaising(s, a, last + 1)) {
            return;
        }
        if (saidThat(s, a, last + 1, null)) {
            return;
        }
        if (verbThat(s, a, last + 1)) {
            return;
        }
        if (!named) {
            subjectVerb(s, a, last + 1);
        }
    }

    /**
     * Fallback "SOURCE VERB COMPLEMENT": a verb that is a learned cue ({@link CueRates}: a form annotators mark
     * as a cue at least {@link #LEARNED_MIN_RATE} of the time, alone or with its particle: "pointed to") after a
     * subject that can speak (a name, a pronoun, a person or organization noun): "The senator opposed the bill",
     * "Polls show a close race", "X is trying to show ...". Tried first for the sentence's subject and the verb
     * right after it, then for the first learned verb of the sentence with a speaking subject before it, or a
     * participle after a comma that takes the sentence's subject ("X campaigned in Ohio, hoping to ...").
     * The content is the verb's complement to the end of the clause, without the particle or "that".
     */
    private boolean subjectVerb(int s, int a, int end) {
        int[] subject = speakers.subject(t, a, end);
        if (subject != null && subjectMaySpeak(subject)) {
            int v = subject[1];
            while (v < end && auxiliary(v)) {
                v++;
            }
            if (learnedCue(s, v, end, subject)) {
                return true;
            }
        }
        boolean any = false;
        for (int v = a + 1; v < end - 1; v++) {
            if (!t.isWord(v) || t.isCapitalized(v) || t.quote[v] >= 0 || adverb(v) || functionWord(v)
                    || candidateMode && ownRate(v) < CANDIDATE_MIN_RATE // no string building per token
                    || learnedRate(v) < loopMinRate() || covered(s, v)) {
                continue;
            }
            int[] spk;
            if (t.endsWithIng(v) && run.afterComma(v)) {
                spk = subject;
            } else {
                int u = v;
                while (u - 1 > a && auxiliary(u - 1)) {
                    u--; // have since balked, both supported, doesn't support
                }
                spk = speakers.before(t, u, a);
                if (spk == null) {
                    spk = relativeThat(u, a, v);
                }
            }
            if (spk != null && (subjectMaySpeak(spk) || Words.THAT.has(t, spk[0])) && !covered(s, spk[0])
                    && learnedCue(s, v, end, spk)) {
                any = true; // go on after it: "He attacked Cruz in Iowa, questioning whether ..."
            }
        }
        return any;
    }

    /**
     * Whether a learned verb's subject may be its speaker: {@link #speakerLike}, and for a candidate also a noun phrase
     * that names something ("The Supreme Court's ruling legalized ...", "Frank's new book documents ..."): PolNeAR
     * marks documents, decisions and named bodies as sources. Not "The storm lashed ...": without a capitalized word
     * after its first, a noun phrase that is no person, organization or document word stays no speaker (train, five
     * folds: as good on all speaker and content+speaker F1 as any noun phrase).
     */
    private boolean subjectMaySpeak(int[] spk) {
        return speakerLike(spk) || candidateMode && namesSomething(spk);
    }

    /** A noun phrase that holds a capitalized word after its first ("the Supreme Court's ruling", "Frank's book"). */
    private boolean namesSomething(int[] spk) {
        for (int i = spk[0] + 1; i < spk[1]; i++) {
            if (t.isCapitalized(i)) {
                return true;
            }
        }
        return false;
    }

    /** The lowest learned rate the learned-verb loop of {@link #subjectVerb} looks at. */
    private double loopMinRate() {
        return candidateMode ? CANDIDATE_MIN_RATE : NAME_MIN_RATE;
    }

    /**
     * Candidate attributions, after every rule has read sentence {@code s}: the learned-verb fallback
     * ({@link #subjectVerb}) again, with verbs down to {@link #CANDIDATE_MIN_RATE} and a noun phrase that names something as subject
     * ({@link #subjectMaySpeak}),
     * where the content overlaps no quote or attribution of the sentence. What it adds is marked {@code candidate};
     * the output keeps a candidate only when its learned confidence reaches
     * {@link QuoteFinder#CANDIDATE_MIN_CONFIDENCE} (train: 1,080 candidates in 519 articles, right 36 % of the
     * time as content+speaker; the cut keeps 314 in 250 articles, right 55 %).
     */
    void candidates(int s, int[] r) {
        int a = r[0];
        int last = r[1] - 1;
        while (last > a && !t.isWord(last) && t.quote[last] < 0 && !t.isMark(last)) {
            last--;
        }
        if (last - a < 2 || !holdsCandidateVerb(a, last + 1)) {
            return;
        }
        candidateMode = true;
        try {
            subjectVerb(s, a, last + 1);
        } finally {
            candidateMode = false;
        }
    }

    /**
     * Whether [from, to) holds a lower-case word outside quotation marks whose own rate reaches
     * {@link #CANDIDATE_MIN_RATE}: without one the candidate pass has nothing to read. Array reads only, so that the
     * second pass costs little in the many sentences without a candidate verb.
     */
    private boolean holdsCandidateVerb(int from, int to) {
        for (int v = from + 1; v < to - 1; v++) {
            if (t.isWord(v) && !t.isCapitalized(v) && t.quote[v] < 0 && ownRate(v) >= CANDIDATE_MIN_RATE
                    && !functionWord(v)) { // "about", "for" have rates of their own
                return true;
            }
        }
        return false;
    }

    /**
     * The learned rate of the form at {@code v} alone, or its cue weight: {@link #learnedRate} without the
     * particle form, whose look-up builds a string.
     */
    private double ownRate(int v) {
        double rate = rates.rate(t, v);
        return cueAt[v] != null ? Math.max(rate, cueAt[v].weight()) : rate;
    }

    /**
     * Whether tokens [from, to) overlap the content of a quote or attribution of sentence {@code s}: a candidate
     * there would compete with it for the same annotated attribution.
     */
    private boolean overlapsFound(int s, int from, int to) {
        int start = t.start[from];
        int end = t.end[to - 1];
        for (int k = found.size() - 1; k >= 0 && found.get(k).sentence >= s; k--) {
            Found g = found.get(k);
            if (g.sentence == s && g.start() < end && start < g.spans.get(g.spans.size() - 1).end()) {
                return true;
            }
        }
        return false;
    }

    /**
     * "a new poll that shows ...", "an organization that endorsed Sanders": a relative "that" right after a noun or a
     * name and right before a learned cue verb of rate at least {@link #RELATIVE_THAT_MIN_RATE} (auxiliaries
     * between) is the speaker mention, as PolNeAR marks it (the finder takes "who" so already, and "that" for direct
     * quotes). Returns the "that" before {@code u}, or null.
     */
    private int[] relativeThat(int u, int a, int v) {
        if (u - 2 < a || !Words.THAT.has(t, u - 1) || t.quote[u - 1] >= 0 || !t.isWord(u - 2)
                || !(lex.isNoun(t, u - 2) || t.isCapitalized(u - 2)) || learnedRate(v) < RELATIVE_THAT_MIN_RATE) {
            return null;
        }
        return new int[] {u - 1, u};
    }

    /** A preposition, determiner, pronoun or conjunction: never a learned cue verb. */
    private boolean functionWord(int v) {
        return PARTICLES.has(t, v) || Words.DETERMINERS.has(t, v) || Words.PRONOUNS.has(t, v)
                || Words.BOUNDARY.has(t, v) || Words.RIGHT_BOUNDARY.has(t, v);
    }

    /** Whether token {@code v} already lies in the content or cue of an attribution of sentence {@code s}. */
    private boolean covered(int s, int v) {
        for (int k = found.size() - 1; k >= 0; k--) {
            Found g = found.get(k);
            if (g.sentence != s) {
                if (g.sentence < s) {
                    break;
                }
                continue;
            }
            if (v >= g.cueFrom && v < g.cueTo) {
                return true;
            }
            for (Span sp : g.spans) {
                if (t.start[v] >= sp.start() && t.start[v] < sp.end()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** What may stand between a subject and a learned cue verb: has, also, widely, since, doesn't, 's. */
    private boolean auxiliary(int v) {
        if (!t.isWord(v)) {
            return Words.POSSESSIVE_S.has(t, v) && v > 0 && Words.PRONOUNS.has(t, v - 1); // he's suggesting
        }
        return !t.isCapitalized(v) && (adverb(v) || EXTRA_BETWEEN.has(t, v) || t.endsWithNt(v));
    }

    /** An adverb or auxiliary that stands between a subject and its verb: also, has, widely. */
    private boolean adverb(int v) {
        return speakers.betweenSubjectAndVerb(t, v);
    }

    /** The learned rate of the verb at {@code v}: its own, with its particle, or the hand cue's weight. */
    private double learnedRate(int v) {
        if (learnedRates == null) {
            learnedRates = new double[t.size()];
            java.util.Arrays.fill(learnedRates, -1);
        }
        if (learnedRates[v] < 0) {
            learnedRates[v] = computeLearnedRate(v);
        }
        return learnedRates[v];
    }

    private double computeLearnedRate(int v) {
        double rate = rates.rate(t, v);
        if (cueAt[v] != null) {
            rate = Math.max(rate, cueAt[v].weight());
        }
        if (v + 1 < t.size() && PARTICLES.has(t, v + 1)) {
            rate = Math.max(rate, rates.rate(t.lower(v) + "_" + t.lower(v + 1)));
        }
        return rate;
    }

    /** Reported speech after the learned cue verb at {@code v} ("trying to show": the verb after "to"). */
    private boolean learnedCue(int s, int v, int end, int[] spk) {
        if (v >= end - 1 || !t.isWord(v) || t.isCapitalized(v) || t.quote[v] >= 0 || nounReading(v)
                || passive(v)) {
            return false;
        }
        int cue = v;
        double rate = learnedRate(v);
        double min = candidateMode ? CANDIDATE_MIN_RATE : nameSubject(spk) ? NAME_MIN_RATE : LEARNED_MIN_RATE;
        int inf = catenativeTo(v);
        boolean catenative = inf > v;
        if (!catenative && rate < min && v + 1 < end && t.lower(v + 1).equals("to")) {
            inf = v + 1; // "wants to show": the verb after "to" may be the cue
        }
        if (inf > v && inf + 1 < end && t.isWord(inf + 1) && !t.isCapitalized(inf + 1) && t.quote[inf + 1] < 0) {
            cue = inf + 1;
            rate = learnedRate(cue);
        } else if (catenative) {
            return false;
        }
        if (rate < min) {
            return false;
        }
        int from = cue + 1;
        if (from < end && PARTICLES.has(t, from) && !infinitive(from, end)) {
            from++; // the preposition is part of the cue (pointed to, complained about), not an infinitive
        }
        if (from < end && Words.THAT.has(t, from)) {
            from++;
        }
        int cueTo = from;
        int[] agent = passiveAgent(cue, from, end);
        if (agent != null) {
            spk = agent; // "a statement issued by the campaign": the agent, not the noun before the participle
        }
        from = afterCircumstances(from, end);
        if (from >= end || t.quote[from] >= 0 || t.isMark(from)) {
            return false;
        }
        int to = participleCut(from, end);
        // "X opposes A, but his team does see B": a clause with a speaker of its own ends the content
        int second = secondClause(from, to);
        if (second > 0) {
            to = second;
        }
        int relativeEnd = relativeClauseBeforeMainVerb(spk, from, to);
        if (relativeEnd > 0) {
            to = relativeEnd;
        }
        int next = coordinatedCue(from, to);
        Found f = addIndirect(s, from, next > 0 ? next : to, v, cueTo, spk, null, Math.min(rate, 0.6), 1);
        if (f != null) {
            f.learned = true;
        }
        if (f != null && relativeEnd > 0) {
            mainClauseAfterRelative(s, relativeEnd + 1, end, spk);
        }
        if (f != null && second > 0 && !saidThat(s, second + 1, end, null)) {
            subjectVerb(s, second + 1, end);
        }
        if (f != null && next > 0) {
            sameSubjectCue(s, next, to, spk); // "X complained about A but defended B": the same speaker
        }
        return f != null;
    }

    private static final WordSet BY = Words.set("by");
    /** What may follow a passive's agent as the rest of its content: accused by X of A, criticized by X for A. */
    private static final WordSet AGENT_COMPLEMENT = Words.set("of", "for", "as");
    /**
     * The learned rate from which a participle before "by" and a speaking agent is the agent's attribution
     * ({@link #passiveAgents}).
     */
    static final double PASSIVE_AGENT_MIN_RATE = 0.5;

    /**
     * Passive agents of a source's act ("Trump has been criticized by his rivals for ...", "The meeting was first
     * reported by Politico", "a practice criticized by civil rights groups"): a participle whose learned rate reaches
     * {@link #PASSIVE_AGENT_MIN_RATE}, adverbs allowed before "by", then a speaking agent. PolNeAR marks the agent as
     * the source and the passive subject (with a closing "for"/"of"/"as" phrase) as the content. Runs after the
     * other rules of sentence {@code s} and skips a participle or agent they already read.
     */
    void passiveAgents(int s, int[] r) {
        int a = r[0];
        int end = r[1];
        for (int b = a + 2; b < end - 1; b++) {
            if (!BY.has(t, b) || t.quote[b] >= 0) {
                continue;
            }
            int p = b - 1;
            while (p > a && !t.isCapitalized(p) && t.endsWithLy(p)) {
                p--; // favored strongly by
            }
            if (!t.isWord(p) || t.isCapitalized(p) || t.quote[p] >= 0
                    || !(t.endsWithEd(p) || IRREGULAR_PARTICIPLES.has(t, p))) {
                continue;
            }
            if (verbAfterBy(b + 1, end) || learnedRate(p) < PASSIVE_AGENT_MIN_RATE) {
                continue; // responded by attacking
            }
            int[] agent = passiveAgentChunk(b + 1, end);
            if (agent == null || readAlready(s, p, agent)) {
                continue;
            }
            int[] subject = passiveSubject(a, p);
            if (subject == null) {
                continue;
            }
            addPassive(s, subject, p, b + 1, agent, end);
        }
    }

    /**
     * The passive subject of the participle at {@code p}: the chunk before its form of "be" (auxiliaries and adverbs
     * between: "has long been"), or, without one, the noun phrase it modifies ("a practice criticized by",
     * "The bill, opposed by"); a relative "who"/"which"/"that" right before "be" stands for its antecedent, as
     * PolNeAR marks it. Null after "and"/"or" ("nominated by A and confirmed by B": the subject's) and after a
     * pronoun subject without "be" ("he stopped by").
     */
    private int[] passiveSubject(int a, int p) {
        int k = p - 1;
        while (k > a && adverb(k) && !BE_FORMS.has(t, k)) {
            k--;
        }
        if (k < a || t.quote[k] >= 0 || Words.AND_OR.has(t, k)) {
            return null;
        }
        if (BE_FORMS.has(t, k)) {
            k--;
            while (k > a && (adverb(k) || BE_FORMS.has(t, k))) {
                k--; // has been, will probably be
            }
        } else if (Words.PRONOUNS.has(t, k) || k == a) {
            return null;
        } else if (t.isPunct(k, ',') || isDashToken(k)) {
            k--; // The bill, opposed by House Republicans,
        }
        if (k < a || !t.isWord(k) && !Words.POSSESSIVE_S.has(t, k) || SUBORDINATORS.has(t, k)
                || OBJECT_WORDS.has(t, k) && !Words.WHO_WHICH.has(t, k)) {
            return null; // "as reported by X": the agent's content is the main clause; "of me": no noun phrase
        }
        if (Words.WHO_WHICH.has(t, k) || Words.THAT.has(t, k)) {
            return new int[] {k, k + 1};
        }
        int[] chunk = speakers.before(t, k + 1, a);
        return chunk != null ? chunk : nounPhraseBefore(a, k);
    }

    /**
     * The noun phrase that ends at token {@code k} ("Sanders' stridency", "the fallout of the downturn"), back to its
     * determiner or the clause start, at most 8 tokens: what the speaker chunks leave, since it cannot speak.
     */
    private int[] nounPhraseBefore(int a, int k) {
        if (!t.isWord(k)) {
            return null;
        }
        int i = k;
        while (i > a && k - i < 8 && !(Words.DETERMINERS.has(t, i) && !Words.THAT.has(t, i))
                && !POSSESSIVES.has(t, i) && nounPhraseToken(i - 1)) {
            i--;
        }
        return new int[] {i, k + 1};
    }

    /** A token that may stand inside a noun phrase before a passive: a word of no clause link, cue or pronoun. */
    private boolean nounPhraseToken(int j) {
        if (Words.POSSESSIVE_S.has(t, j)) {
            return true;
        }
        return t.isWord(j) && t.quote[j] < 0 && !Words.BOUNDARY.has(t, j) && !SUBORDINATORS.has(t, j)
                && !Words.THAT.has(t, j) && !Words.WHO_WHICH.has(t, j) && cueAt[j] == null
                && !(Words.PRONOUNS.has(t, j) && !POSSESSIVES.has(t, j));
    }

    /**
     * "responded by attacking Cruz", "concluded by saying that": an -ing verb with its object after "by", not an
     * agent ("by left-leaning economists").
     */
    private boolean verbAfterBy(int i, int end) {
        if (!t.endsWithIng(i)) {
            return false;
        }
        int j = i + 1;
        return j >= end || !t.isWord(j) || t.isCapitalized(j) || Words.DETERMINERS.has(t, j) || Words.THAT.has(t, j)
                || Words.PRONOUNS.has(t, j) || OBJECT_WORDS.has(t, j);
    }

    /**
     * The agent after "by": the name chunk, up to a "for"/"as" phrase that belongs to the content ("by some of his
     * rivals for failing ..."), when it can speak ("by some of his rivals", "by left-leaning economists"; not "by
     * Thursday"); null otherwise.
     */
    private int[] passiveAgentChunk(int from, int end) {
        int hi = from + 1;
        while (hi < end && !(AGENT_COMPLEMENT.has(t, hi) && !Words.OF.has(t, hi)) && !t.isPunct(hi, ',')) {
            hi++;
        }
        int[] agent = speakers.after(t, from, hi);
        if (agent == null || TIME_WORDS.has(t, from)) {
            return null;
        }
        return speakerLike(agent) || holdsSpeakingWord(agent[0], agent[1]) ? agent : null;
    }

    /** A dash between words: "Kasich - endorsed by ...", "Kasich — endorsed by ...". */
    private boolean isDashToken(int i) {
        return !t.isWord(i) && (t.first(i) == '-' || t.first(i) == '\u2014' || t.first(i) == '\u2013');
    }

    /** Whether another rule of sentence {@code s} already took the participle {@code p} as cue or the agent as speaker. */
    private boolean readAlready(int s, int p, int[] agent) {
        for (int k = found.size() - 1; k >= 0 && found.get(k).sentence >= s; k--) {
            Found g = found.get(k);
            if (g.sentence != s) {
                continue;
            }
            if (p >= g.cueFrom && p < g.cueTo
                    || g.speaker != null && g.speaker[0] < agent[1] && agent[0] < g.speaker[1]) {
                return true;
            }
        }
        return false;
    }

    /** Adds the passive's attribution: content the subject, and the agent's "for"/"of"/"as" phrase after it. */
    private void addPassive(int s, int[] subject, int p, int cueTo, int[] agent, int end) {
        Found f = addIndirect(s, subject[0], subject[1], p, cueTo, agent, null, Math.min(learnedRate(p), 0.6), 1);
        if (f == null) {
            return;
        }
        f.learned = true;
        f.source = Source.AFTER;
        f.candidate = true; // kept by its learned confidence, as the candidates of the learned-verb fallback
        int c = agent[1];
        if (c < end - 1 && AGENT_COMPLEMENT.has(t, c)) {
            int e = c + 1;
            while (e < end && t.quote[e] < 0 && !t.isPunct(e, ',') && !t.isPunct(e, '.') && !t.isPunct(e, ';')) {
                e++;
            }
            if (e > c + 1) {
                f.spans.add(new Span(t.start[c], t.end[e - 1]));
            }
        }
    }

    /**
     * After a participle in -ed and "by" (the particle at {@code from - 1}) that modifies the noun before it ("a
     * statement issued by the campaign", "X, first reported by The Post,"): the agent, when it can speak; null
     * otherwise, and for "responded by (abruptly) blocking" and a participle coordinated with a verb before it
     * ("nominated by A and confirmed by the Senate": the subject's).
     */
    private int[] passiveAgent(int cue, int from, int end) {
        if (from - 1 <= cue || from >= end || !t.lower(from - 1).equals("by") || t.endsWithIng(from)
                || t.endsWithLy(from) || !(t.endsWithEd(cue) || IRREGULAR_PARTICIPLES.has(t, cue))) {
            return null;
        }
        int k = cue - 1;
        while (k > 0 && adverb(k)) {
            k--;
        }
        if (k < 0 || Words.AND.has(t, k) || t.lower(k).equals("or")) {
            return null;
        }
        int[] agent = speakers.after(t, from, end);
        return agent != null && speakerLike(agent) ? agent : null;
    }

    /**
     * For a learned cue whose speaker is a "who"/"which" set off by a comma or a dash ("Marsh, who endorsed the
     * measure in May, criticized the council", "Marsh - who backed it - criticized ..."): the comma or dash inside
     * [from, to) (also a comma just inside a closing quotation mark) after which the main clause's verb follows
     * (auxiliaries and adverbs between), a finite verb form (-ed, -s or a listed speech verb) with a learned rate of
     * at least {@link #LEARNED_MIN_RATE}; -1 otherwise. The relative clause ends there, and the main verb is the
     * antecedent's own attribution, which the relative clause's content used to swallow.
     */
    private int relativeClauseBeforeMainVerb(int[] spk, int from, int to) {
        if (spk == null || spk[1] - spk[0] != 1 || spk[0] == 0 || !clauseBreak(spk[0] - 1)
                || !Words.WHO_WHICH.has(t, spk[0])) {
            return -1;
        }
        for (int i = from + 1; i < to - 1; i++) {
            if (relativeClauseEnd(i) && mainVerbAfter(pastClosingMark(i + 1), to) >= 0) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Where a relative clause set off by commas or dashes may end: a comma or dash outside quotation marks, or the
     * comma that American style puts inside the closing mark ("Reed, who called it "a sham," said ...").
     */
    private boolean relativeClauseEnd(int i) {
        return t.quote[i] < 0 ? clauseBreak(i) : t.isPunct(i, ',') && i + 1 < t.size() && t.isMark(i + 1);
    }

    /** The token after a closing quotation mark at {@code j}, else {@code j}. */
    private int pastClosingMark(int j) {
        return j < t.size() && t.isMark(j) ? j + 1 : j;
    }

    /** The finite learned cue verb at or after {@code j} past auxiliaries and adverbs ("has since said"), or -1. */
    private int mainVerbAfter(int j, int to) {
        int v = j;
        while (v < to && auxiliary(v) && cueAt[v] == null) {
            v++; // not past a listed cue: "told" may stand between a subject and its verb elsewhere
        }
        if (v >= to - 1 || !t.isWord(v) || t.isCapitalized(v) || t.quote[v] >= 0) {
            return -1;
        }
        boolean finite = t.endsWithEd(v) || t.endsWithS(v) || speechCueAt(v);
        return finite && learnedRate(v) >= LEARNED_MIN_RATE ? v : -1;
    }

    /** The main clause after "X, who VERB A,": its verb is X's attribution (X the name before the comma). */
    private void mainClauseAfterRelative(int s, int from, int end, int[] relative) {
        // "X, who": the finder skips to the name before the comma; "X - who": the name right before the dash
        int setOff = t.isPunct(relative[0] - 1, ',') ? relative[0] : relative[0] - 1;
        int[] main = speakers.before(t, setOff, sentences.get(s)[0]);
        from = pastClosingMark(from);
        int v = mainVerbAfter(from, end);
        if (main == null || !speakerLike(main) || v < 0 || covered(s, v)) {
            return;
        }
        if (speechCueAt(v)) {
            saidThat(s, from, end, main);
        } else {
            learnedCue(s, v, end, main);
        }
    }

    /**
     * For an aspectual or conative verb before "to" ("tried to", "continues to", "went on to", "began to"), the
     * position of that "to"; else {@code v}. Such a verb is no attribution of its own: annotators make the verb
     * after "to" the cue with it ("tried to make the case that ...").
     */
    private int catenativeTo(int v) {
        if (!CATENATIVES.has(t, v)) {
            return v;
        }
        int next = v + (cueAt[v] != null ? cueAt[v].length() : 1);
        return next < t.size() && t.lower(next).equals("to") ? next : v;
    }

    /**
     * A subject that is a name ("Clinton", "Sen. Jane Roe", "the Justice Department" is not: it starts with a
     * determiner): its verbs are acts of a source more often than those of a noun phrase or a pronoun, so a
     * lower learned rate suffices. (The lower rate for pronouns too lowered exact content F1 on train and dev.)
     */
    private boolean nameSubject(int[] spk) {
        if (spk == null || spk[1] - spk[0] == 1 && Words.PRONOUNS.has(t, spk[0])) {
            return false;
        }
        return t.isCapitalized(spk[0]) && t.isCapitalized(spk[1] - 1)
                && !Words.DETERMINERS.has(t, spk[0]);
    }

    /** The cue verb after "and"/"but" at {@code and}, with the speaker of the verb before it. */
    private void sameSubjectCue(int s, int and, int to, int[] spk) {
        int v = and + 1;
        while (v < to && (adverb(v) || t.isPunct(v, ',')) && !coordinatedSpeechCue(v)) {
            v++;
        }
        // a listed speech verb takes its own content rules ("but told reporters that ..."); where they find no
        // content ("warned of", "explained its importance"), the verb is read as a learned one
        if (!(coordinatedSpeechCue(v) && saidThat(s, v, to, spk))) {
            learnedCue(s, v, to, spk);
        }
    }

    /**
     * After a learned cue, the circumstances and addressee before its "that" ("assured the crowd in Ohio that",
     * "reminded supporters on Monday that"): the content starts after "that", as after a listed cue. Returns
     * {@code from} when no such "that" follows.
     */
    private int afterCircumstances(int from, int end) {
        if (from >= end || t.lower(from).equals("to")) {
            return from; // an infinitive: "pledged to stay through that contest"
        }
        for (int k = from + 1; k < end - 1 && k - from <= THAT_WINDOW; k++) {
            if (Words.THAT.has(t, k) && t.quote[k] < 0) {
                return circumstanceOnly(from, k) && clauseStart(k + 1) ? k + 1 : from;
            }
        }
        return from;
    }

    /** A word that opens a clause with its subject (he, the, Clinton, 40), not a verb after a relative "that". */
    private boolean clauseStart(int i) {
        return t.isWord(i) && t.quote[i] < 0 && (SUBJECT_PRONOUNS.has(t, i) || Words.DETERMINERS.has(t, i)
                || t.isCapitalized(i) || t.startsWithDigit(i));
    }

    /** "to" followed by a verb-like word (vowed to stay), not by a noun phrase (pointed to the costs). */
    private boolean infinitive(int to, int end) {
        if (!t.lower(to).equals("to") || to + 1 >= end) {
            return false;
        }
        String w = t.lower(to + 1);
        return t.isWord(to + 1) && !t.isCapitalized(to + 1) && !t.startsWithDigit(to + 1)
                && !Words.DETERMINERS.contains(w) && !Words.PRONOUNS.contains(w) && !OBJECT_WORDS.contains(w);
    }

    /** In [from, to): "and"/"but" before a second learned cue verb of the same subject, or -1. */
    private int coordinatedCue(int from, int to) {
        for (int i = from + 1; i < to - 2; i++) {
            if (!AND_BUT.has(t, i) || t.quote[i] >= 0) {
                continue;
            }
            int v = i + 1;
            while (v < to && adverb(v) && !coordinatedSpeechCue(v)) {
                v++; // "told" is also a word that may stand between a subject and its verb
            }
            if (v < to - 1 && t.isWord(v) && !t.isCapitalized(v) && (t.endsWithEd(v)
                    || t.endsWithS(v)) && !functionWord(v) && learnedRate(v) >= LEARNED_MIN_RATE) {
                return i;
            }
            if (v < to - 1 && coordinatedSpeechCue(v)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * A listed speech verb after "and"/"but" ("X praised A and said B", "X declined to name them but told CNN
     * that ..."): irregular forms (said, told, thought) escape the -ed/-s test of learned verbs, and PolNeAR makes
     * them a second attribution of the same subject whose content the first one does not take in.
     */
    private boolean coordinatedSpeechCue(int v) {
        CueLexicon.Entry e = cueAt[v];
        return e != null && t.quote[v] < 0 && !t.isCapitalized(v) && e.weight() >= 0.75 && !e.participle()
                && e.cueClass() != CueLexicon.CueClass.PREP && !nounReading(v) && !passive(v);
    }

    /**
     * "In a CNN national poll, Clinton held a lead": a sentence that opens with "in" and a poll, survey, report,
     * statement or interview (a thing noun of {@code speakers.txt}, plural or singular, as the head of the phrase
     * before the comma) attributes its main clause to that document, unless that clause has a cue of its own.
     * Cue "In", speaker the phrase.
     */
    private boolean inSource(int s, int in, int last) {
        int comma = -1;
        for (int i = in + 1; i < last && i - in <= 16; i++) {
            if (t.quote[i] >= 0 || t.isMark(i)) {
                return false;
            }
            if (t.isPunct(i, ',')) {
                comma = i;
                break;
            }
        }
        if (comma < in + 2) {
            return false;
        }
        int head = -1;
        for (int i = in + 1; i < comma; i++) {
            if (i > in + 1 && CHUNK_PREPOSITIONS.has(t, i)) {
                break; // "a poll of likely voters": the head is before "of"
            }
            if (t.isWord(i)) {
                head = i;
            }
        }
        if (head < 0 || !(lex.isThingNoun(t, head) || lex.isThingNoun(String.valueOf(singular(t.lower(head)))))
                || run.cueBetween(comma + 1, last + 1) && !respondentsSubject(comma + 1, last + 1)) {
            return false; // "In a statement, the ministry said ...": the main clause has its own source
        }
        return addIndirect(s, comma + 1, last + 1, in, in + 1, new int[] {in + 1, comma}, null, 0.8, 3) != null;
    }

    /**
     * "In a CNN poll, 38 percent of voters said ...": a main clause whose subject is a share of those asked (a
     * number with "percent", "%" or "in": "six in 10") answers the poll, which PolNeAR takes as the source of the
     * whole clause (the respondents' "said" is part of its content); not "In a letter, the senators said ...".
     */
    private boolean respondentsSubject(int from, int end) {
        for (int c = from + 1; c < end; c++) {
            if (speechCueAt(c)) {
                int[] subject = speakers.before(t, c, from);
                return subject != null && subject[0] == from && shareOfRespondents(subject);
            }
        }
        return false;
    }

    /** A number and "percent", "%" or "in" in the chunk: "38 percent of voters", "42%", "six in 10". */
    private boolean shareOfRespondents(int[] chunk) {
        boolean number = false;
        boolean share = false;
        for (int i = chunk[0]; i < chunk[1]; i++) {
            number |= t.startsWithDigit(i) || SHARE_NUMBERS.has(t, i);
            share |= SHARE_WORDS.has(t, i);
        }
        return number && share;
    }

    /** The free relative pronoun of the writer's paraphrase: "what he called". */
    private static final WordSet WHAT = Words.set("what");
    /** Words that open an embedded question or a free relative: what he calls, whether she would, how they see. */
    private static final WordSet WH_WORDS = Words.set("what", "whether", "how", "why");
    /** Words that make a number a share of those polled. */
    private static final WordSet SHARE_WORDS = Words.set("percent", "%", "in");
    /** Number words that start a share: "six in 10". */
    private static final WordSet SHARE_NUMBERS = Words.set("one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten");

    /** Pronouns that name people: a speaking word inside a coordinated trailing subject. */
    private static final WordSet PERSONAL_PRONOUNS = Words.set("he", "she", "they", "we", "i");

    /** The most words a subject between a comma and a closing cue may have ("..., people close to him said."). */
    static final int TRAILING_SUBJECT_MAX = 8;

    /**
     * "CONTENT, current and former officials said." / "..., people familiar with the talks said.": the words
     * between the last comma and a closing cue, when the name chunk before the cue does not reach back to that
     * comma (a coordination, a noun the lexicon does not know, a postmodifier). At most
     * {@link #TRAILING_SUBJECT_MAX} words (auxiliaries before the cue left out) without cue, quotation,
     * punctuation, participle in -ing, relative pronoun or link word but "and" (not first nor last), not opening
     * with a subordinator or preposition, before a listed speech verb ({@link #speechCueAt}); null otherwise.
     */
    private int[] trailingSubject(int a, int c) {
        int to = c;
        while (to > a && t.isWord(to - 1) && !t.isCapitalized(to - 1) && auxiliary(to - 1)) {
            to--;
        }
        int comma = to - 1;
        for (; comma > a && !t.isPunct(comma, ','); comma--) {
            if (to - comma > TRAILING_SUBJECT_MAX || t.quote[comma] >= 0 || cueAt[comma] != null
                    || !(t.isWord(comma) || Words.POSSESSIVE_S.has(t, comma)) || Words.WHO_WHICH.has(t, comma)
                    || t.endsWithIng(comma) || Words.BOUNDARY.has(t, comma) && !Words.AND.has(t, comma)) {
                return null; // a clause, not a noun phrase: "..., jabbing her finger at X as she said"
            }
        }
        int from = comma + 1;
        if (comma <= a + 3 || !t.isPunct(comma, ',') || t.quote[comma] >= 0 || from >= to || !speechCueAt(c)
                || Words.AND.has(t, from) || Words.AND.has(t, to - 1) || SUBORDINATORS.has(t, from)
                || PARTICLES.has(t, from) || !holdsSpeakingWord(from, to)) {
            return null;
        }
        return new int[] {from, to};
    }

    /**
     * Whether [from, to) holds a word that can name a speaker: a capitalized word, a person or organization noun of
     * the lexicon, or a personal pronoun ("she and another reporter"); not "bipartisan whispers", "personal
     * finance promises", where the cue form is a noun.
     */
    private boolean holdsSpeakingWord(int from, int to) {
        for (int i = from; i < to; i++) {
            if (t.isCapitalized(i) || lex.isPersonNoun(t, i) || lex.isOrgNoun(t, i)
                    || PERSONAL_PRONOUNS.has(t, i)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A subject too long for a name chunk ("People with knowledge of the talks", "The officials whose laws were
     * struck down"): everything from the clause start to the cue, when it is at most 14 tokens without comma,
     * quotation or cue, and starts like a noun phrase (capital, determiner, number).
     */
    private int[] longSubject(int a, int c) {
        int from = a;
        while (from < c && (LEADING_CONJUNCTIONS.has(t, from) || t.isPunct(from, ','))) {
            from++;
        }
        int to = c;
        while (to > from && t.isWord(to - 1) && !t.isCapitalized(to - 1) && auxiliary(to - 1)) {
            to--;
        }
        if (to - from < 2 || to - from > 14 || !(t.isCapitalized(from) || Words.DETERMINERS.has(t, from)
                || t.startsWithDigit(from)) || SUBORDINATORS.has(t, from)
                || t.lower(from).equals("according") || Words.PRONOUNS.has(t, from)) {
            return null;
        }
        for (int i = from; i < to; i++) {
            if (t.quote[i] >= 0 || t.isMark(i) || t.isPunct(i, ',') || t.isPunct(i, ';') || t.isPunct(i, ':')
                    || cueAt[i] != null) {
                return null;
            }
        }
        return new int[] {from, to};
    }

    /**
     * "According to a January study by the Pew Research Center based on census data from 2014, ...": a source
     * longer than a name, up to the comma (at most 25 tokens, no quotation), when it starts with a word that
     * does not open a clause.
     */
    private int[] longSource(int from, int last) {
        if (from >= last || !t.isWord(from) || SUBORDINATORS.has(t, from)
                || Words.BOUNDARY.has(t, from)) {
            return null; // any noun phrase: "According to early results of exit polls ...", "According to him,"
        }
        for (int i = from + 1; i < last && i - from <= 25; i++) {
            if (t.quote[i] >= 0 || t.isMark(i)) {
                return null;
            }
            if (t.isPunct(i, ',')) {
                return new int[] {from, i};
            }
        }
        return null;
    }

    /**
     * The rest of a sentence after a parenthetical attribution, when it continues the content: at least two
     * words, not a participle (", wiping his face") nor a preposition (", in a statement").
     */
    private boolean restOfClause(int from, int end) {
        int words = 0;
        for (int i = from; i < end; i++) {
            if (t.isWord(i)) {
                words++;
            }
        }
        if (words < 2 || from >= end || !t.isWord(from) && !t.isMark(from)) {
            return false;
        }
        String w = t.lower(from);
        return !w.endsWith("ing") && !PARTICLES.has(t, from) && !Words.CIRCUMSTANCE_START.has(t, from)
                && !(cueAt[from] != null && cueAt[from].weight() >= 0.75);
    }

    /** Reported speech around its attribution: [a, e1) and [s2, e2), one quote in two spans. */
    private void addAround(int s, int a, int e1, int s2, int e2, int cueFrom, int cueTo, int[] spk, double w) {
        Found f = addIndirect(s, a, e2, -1, -1, spk, null, w, 3);
        if (f == null) {
            return;
        }
        f.cueFrom = cueFrom;
        f.cueTo = cueTo;
        int end1 = e1;
        while (end1 > a && !t.isWord(end1 - 1) && !t.isMark(end1 - 1)) {
            end1--;
        }
        Span whole = f.spans.get(0);
        f.spans.clear();
        if (end1 > a) {
            f.spans.add(new Span(whole.start(), t.end[end1 - 1]));
        }
        f.spans.add(new Span(t.start[s2], whole.end()));
    }

    /**
     * A partial quote that no rule attributed, in a sentence whose subject can speak and is followed by a verb
     * before the quote ("The ad targets a "corrupt political system"", "Clinton supports "appropriate pay
     * raises"", "She has touted her husband's record, "the longest ... expansion""): the subject is its speaker,
     * as PolNeAR marks the sentence a mixed attribution of the subject whatever its verb.
     */
    void partialSubjects(int s, int[] r) {
        for (int k = found.size() - 1; k >= 0; k--) {
            Found g = found.get(k);
            if (g.sentence < s) {
                break;
            }
            if (g.sentence != s || g.kind != Kind.PARTIAL || g.cueFrom >= 0 || g.speaker != null
                    || g.sameSpeakerAs != null || insideIndirect(s, g)) {
                continue;
            }
            int open = t.tokenAt(g.start()) - 1;
            if (open > r[0] && t.isPunct(open - 1, ',') && t.isCapitalized(open + 1)) {
                continue; // "X visited the harbor, "Our harbor ..."": a sentence quoted after a noun, no frame of X's
            }
            int[] subject = speakers.subject(t, r[0], open);
            if (subject == null || !speakerLike(subject) || openingWord(subject)) {
                g.sameSpeakerAs = quotedSpeakerBefore(s);
                continue;
            }
            int v = subject[1];
            while (v < open && auxiliary(v)) {
                v++;
            }
            if (v < open && t.isWord(v) && !t.isCapitalized(v) && t.quote[v] < 0) {
                g.speaker = subject;
            }
        }
    }

    /**
     * ""It's ambush journalism," she says. It's "this new in-your-face journalism."": a partial quote whose
     * sentence names no speaker goes on from the direct quote of the sentence before it in its paragraph, when that
     * quote has a speaker (PolNeAR gives it the same mention); null otherwise.
     */
    private Found quotedSpeakerBefore(int s) {
        if (s == 0 || t.paragraph[sentences.get(s - 1)[0]] != t.paragraph[sentences.get(s)[0]]) {
            return null;
        }
        for (int k = found.size() - 1; k >= 0 && found.get(k).sentence >= s - 1; k--) {
            Found q = found.get(k);
            if (q.sentence == s - 1 && q.kind == Kind.DIRECT && q.speaker != null) {
                return q;
            }
        }
        return null;
    }

    /**
     * A subject of one capitalized word that opens the sentence as a participle or a subordinator ("Doing so
     * "appeared to be ..."", "Led by X, the rally ...", "Unless ..."), not a name.
     */
    private boolean openingWord(int[] subject) {
        int w = subject[0];
        return subject[1] - w == 1 && (t.endsWithIng(w) || t.endsWithEd(w) || Words.BOUNDARY.has(t, w)
                || Words.RIGHT_BOUNDARY.has(t, w));
    }

    /**
     * Mixed quotes: an attributed partial quote that no reported statement holds yet is the end of one whose
     * content starts after the cue ("X called him "the most ignorant president"", "X noted that she is "the
     * only candidate ..."") or, for an attribution after it, at the start of the sentence ("Y is "not a
     * backslapper," X said"). The statement takes the partial quote's cue and speaker.
     */
    void mixedQuotes(int s, int[] r) {
        int n = found.size();
        for (int k = n - 1; k >= 0; k--) {
            Found g = found.get(k);
            if (g.sentence < s) {
                break;
            }
            if (g.sentence != s || g.kind != Kind.PARTIAL || g.cueFrom < 0
                    || g.speaker == null && g.sameSpeakerAs == null || insideIndirect(s, g)) {
                continue;
            }
            int open = t.tokenAt(g.start()) - 1;
            Found same = indirectWithCue(s, g.cueFrom);
            if (same != null && same.spans.get(same.spans.size() - 1).end() <= g.start()
                    && onlyThisQuote(t.tokenAt(same.spans.get(same.spans.size() - 1).end()), open, g)) {
                // "X called him" before the quoted words: the statement goes on to their end
                Span last = same.spans.remove(same.spans.size() - 1);
                same.spans.add(new Span(last.start(), g.spans.get(g.spans.size() - 1).end()));
                continue;
            }
            int from;
            if (g.source == Source.BEFORE && g.cueTo <= open && open - g.cueTo <= 25) {
                from = afterTellAddressee(g.cueFrom, g.cueTo, open);
                while (from < open && (t.isPunct(from, ',') || t.isPunct(from, ':')
                        || Words.THAT.has(t, from))) {
                    from++;
                }
            } else if (g.source == Source.AFTER && g.cueFrom > open) {
                from = r[0];
                while (from < open && (LEADING_CONJUNCTIONS.has(t, from) || t.isPunct(from, ','))) {
                    from++;
                }
            } else {
                continue;
            }
            if (from >= open || !onlyThisQuote(from, open, g)) {
                continue;
            }
            Found f = new Found();
            f.kind = Kind.INDIRECT;
            f.sentence = s;
            f.paragraph = t.paragraph[from];
            f.spans.add(new Span(t.start[from], g.spans.get(g.spans.size() - 1).end()));
            f.cueFrom = g.cueFrom;
            f.cueTo = g.cueTo;
            f.speaker = g.speaker;
            f.sameSpeakerAs = g.sameSpeakerAs;
            f.source = g.source;
            f.confidence = g.confidence;
            found.add(f);
        }
    }

    /**
     * After a cue of telling, its addressee and "that" ("telling CNN that Trump is a \"faker\""): where the content
     * starts, as {@link #contentStart} has it for reported speech without quoted words; {@code from} otherwise.
     */
    private int afterTellAddressee(int cue, int from, int to) {
        CueLexicon.Entry e = cueAt[cue];
        if (e == null || e.cueClass() != CueLexicon.CueClass.TELL) {
            return from;
        }
        for (int k = from + 1; k < to && k - from <= THAT_WINDOW; k++) {
            if (Words.THAT.has(t, k) && t.quote[k] < 0) {
                return circumstanceOnly(afterAddressee(from, k), k) ? k + 1 : from;
            }
        }
        return from;
    }

    private Found indirectWithCue(int s, int cueFrom) {
        for (int k = found.size() - 1; k >= 0; k--) {
            Found g = found.get(k);
            if (g.sentence < s) {
                break;
            }
            if (g.sentence == s && g.kind == Kind.INDIRECT && g.cueFrom == cueFrom) {
                return g;
            }
        }
        return null;
    }

    /** Whether tokens [from, to) hold no quotation other than {@code g}'s. */
    private boolean onlyThisQuote(int from, int to, Found g) {
        for (int i = from; i < to; i++) {
            if (t.quote[i] >= 0 || t.isMark(i) && i != to) {
                return false;
            }
        }
        return true;
    }

    private boolean insideIndirect(int s, Found p) {
        for (int k = found.size() - 1; k >= 0; k--) {
            Found g = found.get(k);
            if (g.sentence < s) {
                break;
            }
            if (g.kind == Kind.INDIRECT && g.start() <= p.start()
                    && p.spans.get(p.spans.size() - 1).end() <= g.spans.get(g.spans.size() - 1).end() + 2) {
                return true;
            }
        }
        return false;
    }

    /** A word outside quotation marks and not a number: what the Title Case test counts. */
    private boolean headlineWord(int i) {
        return t.isWord(i) && t.quote[i] < 0 && !t.startsWithDigit(i);
    }

    /**
     * A Title Case headline ("Senator Jane Roe Slams County Budget Plan"): most words capitalized, so the verb is
     * too. The first capitalized word after a name of at most six words whose lower-case form is a listed cue
     * or a learned one is the cue; the name before it the speaker, the rest the content.
     */
    private boolean headline(int s, int a, int last) {
        int words = 0;
        for (int i = a; i <= last; i++) {
            if (headlineWord(i)) {
                words++;
            }
        }
        if (words < 4) {
            return false;
        }
        // At least 80 % of the words capitalized (or small title words): give up at the first lower-case word
        // too many, which in running text comes within a few words (this runs for every sentence).
        double allowed = 0.2 * words;
        int lower = 0;
        for (int i = a; i <= last; i++) {
            if (headlineWord(i) && !t.isCapitalized(i) && !Words.TITLE_SMALL.has(t, i)
                    && ++lower > allowed) {
                return false;
            }
        }
        for (int v = a + 1; v < last && v - a <= 7; v++) {
            if (!t.isWord(v) || t.quote[v] >= 0) {
                return false;
            }
            double rate = learnedRate(v);
            if (rate < LEARNED_MIN_RATE || functionWord(v) || Words.TITLE_SMALL.has(t, v)) {
                continue;
            }
            int[] spk = {a, v};
            int sv = v;
            while (sv > a + 1 && (t.lower(sv - 1).equals("just") || adverb(sv - 1))) {
                sv--;
            }
            spk[1] = sv;
            if (!speakers.valid(t, spk[0], spk[1])) {
                return false;
            }
            int from = v + 1;
            if (from <= last && PARTICLES.has(t, from) && !infinitive(from, last + 1)) {
                from++;
            }
            Found f = addIndirect(s, from, last + 1, v, from, spk, null, Math.min(rate, 0.6), 1);
            if (f != null) {
                f.learned = true;
            }
            return f != null;
        }
        return false;
    }

    /**
     * A sentence that opens with a subordinate clause ("While Hurun lists A, Forbes says B", "As a Pew study
     * noted, B") holds two clauses: each gets the reported-speech rules of its own. When the subordinate clause
     * is only "As SOURCE CUE," the main clause is its content. Returns false when the sentence does not open so.
     */
    private boolean subordinateFirst(int s, int a, int last) {
        int first = a;
        while (first < last && (LEADING_CONJUNCTIONS.has(t, first) || t.isPunct(first, ','))) {
            first++;
        }
        if (!SUBORDINATORS.has(t, first) || t.quote[first] >= 0) {
            return false;
        }
        int comma = -1;
        for (int i = first + 2; i < last - 2; i++) {
            if (t.quote[i] >= 0 || t.isMark(i)) {
                return false;
            }
            if (t.isPunct(i, ',')) {
                comma = i;
                break;
            }
        }
        if (comma < 0) {
            return false;
        }
        CueLexicon.Entry e = cueAt[comma - 1];
        if (t.lower(first).equals("as") && e != null && e.cueClass() != CueLexicon.CueClass.PREP) {
            int[] spk = speakers.valid(t, first + 1, comma - 1) ? new int[] {first + 1, comma - 1}
                    : speakers.before(t, comma - 1, first + 1);
            if (spk != null && spk[0] == first + 1) {
                // As another study noted, CONTENT.
                return addIndirect(s, comma + 1, last + 1, comma - 1, comma, spk, null, e.weight(), 3) != null;
            }
        }
        int found0 = found.size();
        indirect(s, new int[] {first + 1, comma});
        boolean any = found.size() > found0;
        found0 = found.size();
        indirect(s, new int[] {comma + 1, last + 1});
        return any || found.size() > found0;
    }

    /**
     * A passive cue with a raised subject: "The plant is expected to close", "She is widely seen as the favorite",
     * "He was charged with ...". Nobody is named as the source (the speaker is null); the content is the clause
     * without the cue, in two spans: the subject, and the rest from "to"/"as"/"with" on (its extent is the
     * whole clause, as PolNeAR marks it).
     */
    private boolean passiveRaising(int s, int a, int end) {
        for (int be = a + 1; be < end - 3; be++) {
            if (speechCueAt(be)) {
                return false; // "Leaders said the sea was viewed with concern": the passive is in the content
            }
            int p;
            int subjectEnd = be;
            if (RAISING_VERBS.has(t, be) && t.quote[be] < 0 && raisingComplement(be + 1)) {
                p = be; // X seems to ..., X seemed irritated: raising, the subject belongs to the content
                while (subjectEnd - 1 > a && (adverb(subjectEnd - 1) || auxiliary(subjectEnd - 1))) {
                    subjectEnd--; // X often seems, X has appeared
                }
            } else {
                if (!BE_FORMS.has(t, be) || t.quote[be] >= 0) {
                    continue;
                }
                p = be + 1;
                while (p < end && t.isWord(p) && !t.isCapitalized(p) && (t.endsWithLy(p)
                        && t.end[p] - t.start[p] > 4 || Words.BETWEEN.has(t, p))) {
                    p++;
                }
                if (p + 2 >= end || !t.isWord(p) || t.isCapitalized(p) || t.quote[p] >= 0) {
                    continue;
                }
                if (!(t.endsWithEd(p) || t.end[p] - t.start[p] >= 2 && t.text.regionMatches(true, t.end[p] - 2, "en", 0, 2)
                        || IRREGULAR_PARTICIPLES.has(t, p))
                        || learnedRate(p) < LEARNED_MIN_RATE || !RAISED_COMPLEMENT.has(t, p + 1)) {
                    continue;
                }
            }
            int[] subject = speakers.subject(t, a, subjectEnd);
            if (subject == null || subject[1] != subjectEnd) {
                subject = speakers.before(t, subjectEnd, a);
            }
            if (subject == null || subject[1] != subjectEnd) {
                return false;
            }
            int to = participleCut(p + 1, end);
            while (to > p + 1 && (t.isPunct(to - 1, ',') || t.isPunct(to - 1, '.') || t.isPunct(to - 1, ';')
                    || t.isPunct(to - 1, ':'))) {
                to--;
            }
            if (to - (p + 1) < 2) {
                return false;
            }
            Found f = addIndirect(s, subject[0], to, be, p + 1, null, null, 0.5, 3);
            if (f != null) {
                f.spans.clear();
                f.spans.add(new Span(t.start[subject[0]], t.end[be - 1]));
                f.spans.add(new Span(t.start[p + 1], t.end[to - 1]));
                if (p == be && raisedAct(be, end, subject)) {
                    f.speaker = subject; // "Rubio seemed to urge ...": the subject's act, hedged by the writer
                }
            }
            return f != null;
        }
        return false;
    }

    /**
     * A raising verb before "to" and a verb of a source's act with a learned rate of at least
     * {@link #RAISED_ACT_MIN_RATE}, after a subject that can speak ("Rubio seemed to urge ...", "the senator appeared
     * to mock ..."): annotators make the subject the source of that verb, as after "tried to".
     */
    private boolean raisedAct(int be, int end, int[] subject) {
        int v = be + 2;
        return v < end - 1 && Words.TO.has(t, be + 1) && t.isWord(v) && !t.isCapitalized(v) && t.quote[v] < 0
                && speakerLike(subject) && learnedRate(v) >= RAISED_ACT_MIN_RATE;
    }

    /**
     * What may follow a raising verb for the clause to be the writer's attribution: "to" ("seems to ..."), or a
     * lower-case complement that is not a preposition ("seemed irritated", "appears certain", "seemed an
     * insult"); not "appeared on Fox News", "appeared at a rally", nor "seems that".
     */
    private boolean raisingComplement(int i) {
        if (i >= t.size() || !t.isWord(i) || t.quote[i] >= 0 || t.isCapitalized(i)) {
            return false;
        }
        String w = t.lower(i);
        return w.equals("to") || !(PARTICLES.has(t, i) || NOT_CLAUSE_START.has(t, i) || w.equals("that")
                || Words.BOUNDARY.has(t, i));
    }

    /** A listed speech verb (said, told, argued), not a participle nor "according to". */
    private boolean speechCueAt(int i) {
        CueLexicon.Entry e = cueAt[i];
        return e != null && t.quote[i] < 0 && e.weight() >= 0.75 && !e.participle()
                && e.cueClass() != CueLexicon.CueClass.PREP && !nounReading(i) && !passive(i);
    }

    /** Any verb before "that" with a subject that can speak: X conceded that ..., X realized that .... */
    private boolean verbThat(int s, int a, int end) {
        for (int i = a + 2; i < end - 3; i++) {
            if (!Words.THAT.has(t, i) || t.quote[i] >= 0) {
                continue;
            }
            int v = i - 1;
            if (!t.isWord(v) || t.isCapitalized(v) || !(t.endsWithEd(v) || t.endsWithS(v))
                    || NOT_THAT_VERBS.has(t, v) || lex.isNoun(t, v)) {
                continue;
            }
            int[] spk = speakers.before(t, v, a);
            if (spk == null || !speakerLike(spk)) {
                continue;
            }
            int to = participleCut(i + 1, end);
            addIndirect(s, i + 1, to, v, v + 1, spk, null, 0.5);
            return true;
        }
        return false;
    }

    /** A subject that can say something: a name, a pronoun, or a noun for people or organizations. */
    boolean speakerLike(int[] spk) {
        int last = spk[1] - 1;
        String head = t.lower(last);
        if (spk[1] - spk[0] == 1 && Words.PRONOUNS.has(t, last)) {
            return !head.equals("it") && !head.equals("which");
        }
        return t.isCapitalized(last) || sourceNoun(head) || sourceNoun(singular(head));
    }

    /**
     * Whether the cue word at {@code c} is read as a noun, not a verb: after an article or a possessive ("the
     * plan", "his remarks", "Trump's comments", but not "he's claiming" nor "Trump's claim that ...", which is
     * the possessor's attribution), and, for a form in -s, after a number or quantifier ("the 16 states", "a few
     * states"). A verb never stands there, so no attribution starts at it as a verb.
     */
    private boolean nounReading(int c) {
        if (c == 0 || t.quote[c - 1] >= 0 || t.paragraph[c - 1] != t.paragraph[c]) {
            return false;
        }
        int d = c - 1;
        while (d > c - 3 && d > 0 && adjectiveLike(d)) {
            d--; // his opening remarks, the latest comments
        }
        boolean possessive = POSSESSIVES.has(t, d)
                || Words.POSSESSIVE_S.has(t, d) && d >= 1 && !Words.PRONOUNS.has(t, d - 1);
        if (possessive || NOUN_DETERMINERS.has(t, d)) {
            // "Trump's claim that ...", "his claim that ...": a nominal attribution of the possessor
            return !(possessive && c + 1 < t.size() && Words.THAT.has(t, c + 1));
        }
        String w = t.lower(c);
        return w.endsWith("s") && !w.endsWith("ss") && !w.equals("says")
                && (t.startsWithDigit(c - 1) || NUMBER_WORDS.has(t, d));
    }

    /**
     * A participle after a form of "be" ("can be found", "are found slain", "was called"): passive, so the
     * subject before it is not its source. ("X is expected to ..." is read before, by the raising rule.)
     */
    private boolean passive(int v) {
        String w = t.lower(v);
        if (!(w.endsWith("ed") || w.endsWith("en") || IRREGULAR_PARTICIPLES.has(t, v) || w.equals("found"))) {
            return false;
        }
        int b = v - 1;
        while (b > 0 && adverb(b) && !BE_FORMS.has(t, b)) {
            b--;
        }
        if (b >= 0 && SpeakerFinder.contractedAuxiliary(t, b, 0)
                && !(v + 1 < t.size() && PASSIVE_AFTER.has(t, v + 1))) {
            return false; // "he's renounced most of them": "has"; "he's accused of ...", "she's expected to": "is"
        }
        return b >= 0 && t.quote[b] < 0 && BE_FORMS.has(t, b);
    }

    /** What follows a passive participle after a contracted "'s" ("he's accused of", "she's expected to"). */
    private static final WordSet PASSIVE_AFTER = Words.set("by", "as", "of", "with", "to", "in", "on", "at");

    /** A lower-case word with an adjective's ending (-ing, -al, -ent, -est, ...) that is not a listed noun. */
    private boolean adjectiveLike(int i) {
        if (!t.isWord(i) || t.isCapitalized(i) || t.quote[i] >= 0) {
            return false;
        }
        String w = t.lower(i);
        if (lex.isNoun(t, i) || Words.BETWEEN.has(t, i)) {
            return false;
        }
        for (String ending : ADJECTIVE_ENDINGS) {
            if (w.endsWith(ending) && w.length() > ending.length() + 2) {
                return true;
            }
        }
        return false;
    }

    private boolean sourceNoun(String w) {
        return w != null && (lex.isPersonNoun(w) || lex.isOrgNoun(w) || lex.isOrgWord(w) || lex.isThingNoun(w));
    }

    /** Headline style "Sanders: Clinton Email Story Has Moved" at the start of a paragraph. */
    private boolean nameColon(int s, int a, int end) {
        if (a > 0 && t.paragraph[a - 1] == t.paragraph[a]) {
            return false;
        }
        int colon = -1;
        for (int i = a + 1; i < end && i - a <= 4; i++) {
            if (t.isPunct(i, ':')) {
                colon = i;
                break;
            }
            if (!(t.isWord(i) && t.isCapitalized(i) || t.isPunct(i, '.') || Words.POSSESSIVE_S.has(t, i))) {
                return false;
            }
        }
        if (colon < 0 || !t.isCapitalized(a) || LABELS.has(t, a) || LABELS.has(t, colon - 1) || end - colon < 4) {
            return false;
        }
        int[] spk = {a, colon};
        if (!speakers.valid(t, a, colon)) {
            return false;
        }
        return addIndirect(s, colon + 1, end, colon, colon + 1, spk, null, 0.5, 3) != null;
    }

    /** X said (that) CONTENT, within tokens [a, end); a second "..., and Y said ..." starts another one. */
    private boolean saidThat(int s, int a, int end, int[] inherited) {
        for (int c = a; c < end - 3; c++) {
            CueLexicon.Entry e = cueAt[c];
            if (e == null || t.quote[c] >= 0 || e.weight() < INDIRECT_MIN_WEIGHT || e.participle()
                    || e.cueClass() == CueLexicon.CueClass.PREP || nounReading(c) || passive(c)) {
                continue;
            }
            int[] spk = participleAfterComma(c) ? participleSubject(a, c) : speakers.before(t, c, a);
            if (freeRelativePronoun(spk)) {
                continue; // "The mayor denounced what he called A": the clause's own verb is the attribution
            }
            if (headOfNounPhrase(spk, c, e)) {
                continue; // "on the call-in show whether ...", "an old quip in economics that ...": no speaker
            }
            if (spk == null && inherited != null && c - a <= 3) {
                spk = inherited; // ..., but told CNN that ...: the same subject
            }
            if (spk == null && run.coordinated(c, a) && e.weight() >= 0.75) {
                spk = run.coordinatedSubject(c, a); // X disputed the idea and said ...
            }
            if (spk == null && e.weight() >= 0.75) {
                spk = longSubject(a, c); // People with knowledge of the talks said ...
            }
            if (spk == null) {
                continue;
            }
            int cueEnd = c + e.length();
            int from = contentStart(cueEnd, end, e);
            if (from < 0) {
                continue;
            }
            int to = participleCut(from, end);
            int second = secondClause(from, to);
            int relativeEnd = relativeClauseBeforeMainVerb(spk, from, second > 0 ? second : to);
            if (relativeEnd > 0) {
                // X, who said A, said B: the relative clause's content ends before the main verb, whose
                // speaker is the name before "who"
                addIndirect(s, from, relativeEnd, c, cueEnd, spk, null, e.weight(), SAID_MIN_WORDS);
                mainClauseAfterRelative(s, relativeEnd + 1, end, spk);
                return true;
            }
            int contentTo = second > 0 ? second : to;
            // "X criticized A and accused B of C": a second cue verb of the same subject ends the content
            int next = coordinatedCue(from, contentTo);
            addIndirect(s, from, next > 0 ? next : contentTo, c, cueEnd, spk, null, e.weight(), SAID_MIN_WORDS);
            if (next > 0) {
                sameSubjectCue(s, next, contentTo, spk);
            }
            if (second > 0 && !saidThat(s, second + 1, end, spk)) {
                subjectVerb(s, second + 1, end);
            }
            return true;
        }
        return false;
    }

    /**
     * A pronoun subject right after "what" ("denounced what he called A", "railed against what she calls B"): the
     * writer's paraphrase of the speaker's words inside a clause with a verb of its own, which PolNeAR marks as that
     * clause's attribution (train: 12 of 46 such pronoun attributions matched a gold speaker).
     */
    private boolean freeRelativePronoun(int[] spk) {
        return spk != null && spk[1] - spk[0] == 1 && spk[0] > 0 && Words.PRONOUNS.has(t, spk[0])
                && WHAT.has(t, spk[0] - 1);
    }

    /**
     * A weak cue in its base form right after a determiner and modifiers that cannot speak, in the singular ("the
     * call-in show", "his 32% support", "a wake-up call", "the most telling promise"): the head noun of that noun
     * phrase, not a verb whose subject it is. A base-form verb after a singular subject is rare, and the cues that
     * are nouns as often as verbs (show, call, support, plan, promise) are the weak ones.
     */
    private boolean headOfNounPhrase(int[] spk, int c, CueLexicon.Entry e) {
        if (spk == null || spk[1] != c || spk[1] - spk[0] < 2 || e.weight() >= 1.0 || !e.bare() || t.endsWithS(c - 1)
                || t.isCapitalized(c - 1)) {
            return false;
        }
        boolean determiner = NOUN_DETERMINERS.has(t, spk[0]) || POSSESSIVES.has(t, spk[0]) || NO.has(t, spk[0])
                || Words.POSSESSIVE_S.has(t, spk[0] + 1);
        return determiner && !speakerLike(spk);
    }

    /** A cue in -ing right after a comma: ", pointing out that ...", ", calling on ...". */
    private boolean participleAfterComma(int c) {
        return t.isWord(c) && !t.isCapitalized(c) && t.endsWithIng(c) && run.afterComma(c);
    }

    /**
     * The speaker of a participle after a comma is the subject of the clause it hangs on, not the noun before the
     * comma ("Smith turned the story back on the paper, pointing out that ...": Smith, not the paper): the speaker
     * of an attribution earlier in the sentence, else the subject at the clause start {@code a}; null when neither.
     * (Train: 6 speakers corrected, 1 lost; dev unchanged.)
     */
    private int[] participleSubject(int a, int c) {
        Found prior = run.priorInSentence(c, null);
        if (prior != null && prior.speaker != null) {
            return prior.speaker;
        }
        return speakers.subject(t, a, c);
    }

    /** ", but Y said ..." / "; Y argued ...": where a second attribution starts inside a content, or -1. */
    private int secondClause(int from, int to) {
        for (int i = from + 1; i < to - 3; i++) {
            if (!(t.isPunct(i, ',') || t.isPunct(i, ';')) || t.quote[i] >= 0) {
                continue;
            }
            int j = i + 1;
            if (j < to && SECOND_CLAUSE_START.has(t, j)) {
                j++; // ", but Y said", ", which he argued"
            } else if (!t.isPunct(i, ';')) {
                continue;
            }
            int k = j;
            while (k < to && Words.BETWEEN.has(t, k)) {
                k++;
            }
            CueLexicon.Entry direct = k < to ? cueAt[k] : null;
            if (direct != null && direct.weight() >= 0.75 && !direct.participle()
                    && direct.cueClass() != CueLexicon.CueClass.PREP) {
                return i; // ..., but told CNN that ...
            }
            for (int c = k + 1; c < to && c - k <= 8; c++) {
                CueLexicon.Entry e = cueAt[c];
                boolean learned = e == null && t.isWord(c) && !t.isCapitalized(c) && t.quote[c] < 0
                        && !functionWord(c) && !adverb(c) && learnedRate(c) >= SECOND_MIN_RATE;
                boolean listed = e != null && !e.participle() && e.cueClass() != CueLexicon.CueClass.PREP
                        && Math.max(e.weight(), learnedRate(c)) >= Math.min(0.75, SECOND_MIN_RATE);
                if (learned || listed) {
                    int[] spk = speakers.before(t, c, j);
                    if (spk != null && spk[0] <= k) {
                        return i;
                    }
                    break;
                }
            }
        }
        return -1;
    }

    /**
     * Whether the words before the cue at {@code c} are the sentence subject with an appositive after it ("One
     * hopeful, Jane Roe, says ...", "Jane Roe, director of the fund, says ..."): then the cue opens its content;
     * it does not close a content before it ("The levy will pass, says Jane Roe").
     */
    private boolean subjectWithAppositive(int a, int c) {
        int first = a;
        while (first < c && (LEADING_CONJUNCTIONS.has(t, first) || t.isPunct(first, ','))) {
            first++;
        }
        int[] spk = speakers.before(t, c, a);
        return spk != null && spk[0] == first && spk[1] < c - 1 && run.commaBetween(spk[1], c - 1);
    }

    /**
     * A source that closes its sentence after "according to" (a prepositional cue at {@code c}): "Clinton leads by
     * 271 delegates according to a count by The Associated Press.", "..., he said, according to CNN." (a second
     * attribution, PolNeAR's nested source, around a quote and its own attribution). The content is the sentence
     * before the cue; the source runs from the cue to the end, at most 20 tokens without quotation or comma.
     */
    private boolean trailingSource(int s, int a, int c, int cueEnd, int last) {
        if (cueEnd > last || last - cueEnd >= 20 || c - a < 3) {
            return false;
        }
        for (int i = cueEnd; i <= last; i++) {
            if (t.quote[i] >= 0 || t.isMark(i) || t.isPunct(i, ',') || t.isPunct(i, ';') || t.isPunct(i, ':')) {
                return false;
            }
        }
        int first = a;
        while (first < c && (LEADING_CONJUNCTIONS.has(t, first) || t.isPunct(first, ','))) {
            first++;
        }
        int[] spk = speakers.after(t, cueEnd, last + 1);
        if (spk == null && (t.isCapitalized(cueEnd) || Words.DETERMINERS.has(t, cueEnd))) {
            spk = new int[] {cueEnd, last + 1}; // a long source: "a count by the local newspaper"
        }
        if (spk == null) {
            return false; // "went according to plan"
        }
        int to = c;
        while (to > first && (t.isPunct(to - 1, '-') || t.isPunct(to - 1, '—') || t.isPunct(to - 1, '–'))) {
            to--;
        }
        return addIndirect(s, first, to, c, cueEnd, spk, null, 1.0, 3) != null;
    }

    /** "..., X said, according to Y." after a direct quote: Y's attribution of the quote and its frame. */
    private void trailingAccordingTo(int s, int[] r) {
        int last = r[1] - 1;
        while (last > r[0] && !t.isWord(last) && t.quote[last] < 0) {
            last--;
        }
        for (int c = last; c > r[0] + 2 && last - c <= 20; c--) {
            CueLexicon.Entry e = cueAt[c];
            if (e != null && e.cueClass() == CueLexicon.CueClass.PREP && t.quote[c] < 0) {
                int before = found.size();
                if (t.isPunct(c - 1, ',') && trailingSource(s, r[0], c, c + e.length(), last)
                        && found.size() > before) {
                    reportedBy(s, c, found.get(found.size() - 1).speaker);
                }
                return;
            }
        }
    }

    /**
     * "..., X said, according to Y.": the writer has the quote from Y, who reports that X said it, so Y is the
     * source the direct quote is attributed to (PolNeAR's source of the quote in all such train items: 5 of 5), and
     * X stays the speaker inside Y's attribution of the quote and its frame.
     */
    private void reportedBy(int s, int cue, int[] source) {
        if (source == null) {
            return;
        }
        for (Found f : found) {
            if (f.sentence == s && f.marked && f.kind == Kind.DIRECT && f.speaker != null && f.cueTo >= 0
                    && f.cueTo <= cue) {
                f.speaker = source;
            }
        }
    }

    /** In a sentence with a direct quote: "X said CONTENT, adding, "..."" before the first quote. */
    void beforeDirect(int s, int[] r) {
        trailingAccordingTo(s, r);
        int firstOpen = -1;
        for (Found f : found) {
            if (f.sentence == s && f.marked) {
                int open = t.tokenAt(f.start()) - 1;
                if (firstOpen < 0 || open < firstOpen) {
                    firstOpen = open;
                }
            }
        }
        if (firstOpen <= r[0] + 4) {
            return;
        }
        int end = firstOpen;
        while (end > r[0] && !t.isWord(end - 1)) {
            end--;
        }
        // reported speech must end before the cue of the quote's own attribution
        for (Found f : found) {
            if (f.sentence == s && f.cueFrom >= r[0] && f.cueFrom < end) {
                end = f.cueFrom;
            }
        }
        while (end > r[0] && !t.isWord(end - 1)) {
            end--;
        }
        if (end - r[0] < 4) {
            return;
        }
        saidThat(s, r[0], end, null);
    }

    /** After the cue: skip an addressee (told reporters), circumstances (in a statement on Monday) and "that". */
    private int contentStart(int from, int end, CueLexicon.Entry e) {
        boolean against = from < end && AGAINST.has(t, from);
        if (against) {
            from++; // "warned against ...", "pushed back against ...": the stance's preposition belongs to the cue
        }
        boolean tell = e.cueClass() == CueLexicon.CueClass.TELL && !against; // no addressee after "against"
        int i = from;
        for (int k = from; k < end && k - from <= THAT_WINDOW; k++) {
            if (Words.THAT.has(t, k) && t.quote[k] < 0) {
                int after = tell ? afterAddressee(from, k) : from;
                if (circumstanceOnly(after, k)) {
                    i = k + 1;
                    return end - i >= 3 ? i : -1;
                }
                break;
            }
        }
        if (i < end && (t.isPunct(i, ',') || t.isPunct(i, ':'))) {
            i++;
        }
        if (tell) {
            // told reporters / told CNN / told him; but "asked her to call": the addressee is part of it
            int k = i;
            while (k < end && k - i < 4 && t.isWord(k) && (t.isCapitalized(k)
                    || ADDRESSEES.has(t, k))) {
                k++;
            }
            if (k > i && k < end && t.lower(k).equals("to")) {
                return end - i >= 3 ? i : -1;
            }
            int question = afterAddressee(i, end);
            if (question > i && question < end && QUESTION_START.has(t, question)
                    && !t.lower(question).equals("about")) {
                k = question; // asked our followers who ..., asked the panel whether ...
            }
            i = k;
        }
        while (i < end && t.isWord(i) && TIME_WORDS.has(t, i)
                && !(i + 1 < end && Words.POSSESSIVE_S.has(t, i + 1))) {
            i++; // said Thursday ..., but not "said Thursday's speeches ..."
        }
        i = afterFramePhrase(i, end);
        if (i < end && (t.isPunct(i, ',') || t.isPunct(i, ':'))) {
            i++;
        }
        if (i < end && Words.THAT.has(t, i)) {
            i++;
        }
        if (end - i < 3 || !t.isWord(i) && !t.isMark(i)) {
            return -1;
        }
        String w = t.lower(i);
        if (w.equals("to") && e.cueClass() == CueLexicon.CueClass.INTENT) {
            return i; // declined to comment, wants to win
        }
        if (NOT_CLAUSE_START.has(t, i) && !approximateQuantity(i, end)) {
            return -1; // not a clause: "said in a statement", "told him to"
        }
        return i;
    }

    /**
     * Whether tokens [from, that) are only the circumstances of a cue before its "that": frame words (a
     * statement, reporters, on Monday), names, and prepositional phrases, whatever their nouns ("said on the
     * record that", "told the audience at his fundraiser for veterans that"). A pronoun or a verb-like function
     * word (is, would, when) means a clause of its own stands there: "said the plan would fail so that ...".
     */
    private boolean circumstanceOnly(int from, int that) {
        boolean inPhrase = false;
        for (int m = from; m < that; m++) {
            if (t.isPunct(m, ',') && m > from) {
                inPhrase = false;
                continue;
            }
            if (!t.isWord(m)) {
                continue;
            }
            if (FRAME_WORDS.has(t, m) || t.isCapitalized(m) || Words.CIRCUMSTANCE_START.has(t, m)) {
                inPhrase |= PARTICLES.has(t, m);
                continue;
            }
            if (mannerAdverb(m)) {
                continue; // said, however, that ...; argued insistently that ...; said only that ...
            }
            if (inPhrase && !Words.PRONOUNS.has(t, m) && !Words.BOUNDARY.has(t, m)) {
                continue; // the noun phrase of a preposition: on the record, at his fundraiser for veterans
            }
            return false;
        }
        return true;
    }

    /**
     * An adverb of the speech act or of the writer's that stands between a cue and its "that" ("said, however,
     * that", "argued insistently that", "said only that"): annotators start the content after "that".
     */
    private boolean mannerAdverb(int m) {
        return THAT_ADVERBS.has(t, m) || t.endsWithLy(m) && t.end[m] - t.start[m] > 4;
    }

    /**
     * After a cue of telling ("told backers on Saturday that", "asked the candidates who"): the end of its
     * addressee, a noun phrase of at most five words without a subject pronoun, a verb-like function word or a
     * comma, up to a preposition, a time word or a question word; {@code from} when there is none. Annotators
     * start the content after it (train: before "that" 29 more exact contents, before a question word 45 of 57
     * gold contents start at the question word).
     */
    private int afterAddressee(int from, int that) {
        int i = from;
        while (i < that && i - from < 5 && t.isWord(i) && t.quote[i] < 0 && !PARTICLES.has(t, i)
                && !TIME_WORDS.has(t, i) && !SUBJECT_PRONOUNS.has(t, i) && !Words.BOUNDARY.has(t, i)
                && !QUESTION_START.has(t, i)) {
            i++;
        }
        return i;
    }

    /**
     * After a cue without "that": a frame phrase of a preposition and frame words or names ("said on Friday",
     * "said in a statement") skipped when a clause with a pronoun or determiner subject follows ("said on Friday
     * he met ..."). Returns where the content starts, or {@code i} unchanged.
     */
    private int afterFramePhrase(int i, int end) {
        if (i >= end || !Words.CIRCUMSTANCE_START.has(t, i) || !PARTICLES.has(t, i)) {
            return i;
        }
        int j = i + 1;
        while (j < end && j - i <= 5 && t.isWord(j) && t.quote[j] < 0 && (FRAME_WORDS.has(t, j)
                || t.isCapitalized(j) && !Words.PRONOUNS.has(t, j) || TIME_WORDS.has(t, j))
                && !Words.THAT.has(t, j)) {
            j++;
        }
        if (j == i + 1 || j >= end - 2 || !t.isWord(j) || t.isCapitalized(j - 1) && t.isCapitalized(j)) {
            return i;
        }
        String w = t.lower(j);
        return SUBJECT_PRONOUNS.has(t, j) || w.equals("the") && !FRAME_WORDS.has(t, j + 1) ? j : i;
    }

    /** "about half of ...", "about 40 percent ...", "over 300 ...": a quantity that opens the content's clause. */
    private boolean approximateQuantity(int i, int end) {
        String w = t.lower(i);
        if (!(w.equals("about") || w.equals("over") || w.equals("up")) || i + 1 >= end) {
            return false;
        }
        String n = t.lower(i + 1);
        return t.startsWithDigit(i + 1) || n.equals("half") || n.equals("a") && i + 2 < end
                && (t.lower(i + 2).equals("third") || t.lower(i + 2).equals("quarter")
                || t.lower(i + 2).equals("dozen"));
    }

    /** Content ends before ", stressing that ...": a participle cue after a comma starts a new attribution. */
    private int participleCut(int from, int end) {
        for (int i = from + 2; i < end; i++) {
            CueLexicon.Entry e = cueAt[i];
            if (e != null && e.participle() && e.weight() >= INDIRECT_MIN_WEIGHT && run.afterComma(i) && t.quote[i] < 0) {
                return i - 1;
            }
            if (e == null && t.quote[i] < 0 && t.endsWithIng(i) && run.afterComma(i) && !t.isCapitalized(i)
                    && rates.rate(t, i) >= LEARNED_MIN_RATE) {
                return i - 1; // a learned participle: ", pushing back against ..."
            }
        }
        return end;
    }

    /** What may follow a closing attribution: "in a statement", "told reporters on Monday". */
    boolean tailOk(int from, int end) {
        int words = 0;
        for (int i = from; i < end; i++) {
            if (t.quote[i] >= 0 || t.isMark(i) || t.isPunct(i, ',')) {
                return false;
            }
            if (t.isWord(i)) {
                words++;
                if (!(FRAME_WORDS.has(t, i) || Words.CIRCUMSTANCE_START.has(t, i) || t.isCapitalized(i)
                        || t.startsWithDigit(i) || Words.DETERMINERS.has(t, i))) {
                    return false;
                }
            }
        }
        return words <= 8;
    }

    /** ", a spokesman for the party." after an inverted speaker. */
    private boolean appositiveTail(int from, int end) {
        if (from >= end || !t.isPunct(from, ',')) {
            return false;
        }
        for (int i = from + 1; i < end; i++) {
            if (t.quote[i] >= 0 || t.isMark(i) || cueAt[i] != null && cueAt[i].weight() >= 0.75) {
                return false;
            }
        }
        return end - from <= 20;
    }

    /**
     * A participle cue, also a phrase whose verb is in -ing ("referring to", "calling for", "pointing out"), which
     * {@link CueLexicon.Entry#participle()} reads by its last word as a finite verb.
     */
    private static boolean participleForm(CueLexicon.Entry e) {
        return e.participle() || e.words()[0].endsWith("ing") && e.cueClass() != CueLexicon.CueClass.PREP;
    }

    /** ", adding that ..." / ", stressing that ...": indirect speech by the clause's speaker. */
    void participleChains(int s, int[] r) {
        for (int c = r[0] + 2; c < r[1] - 3; c++) {
            CueLexicon.Entry e = cueAt[c];
            if (e == null && learnedParticiple(c)) {
                Found prior = run.priorInSentence(c, null);
                if (prior != null && !covered(s, c)) {
                    learnedChain(s, c, r[1], prior.sameSpeakerAs != null ? prior.sameSpeakerAs : prior);
                }
                continue;
            }
            if (e != null && e.participle() && e.weight() >= 0.75 && !run.afterComma(c)) {
                participleWithSubject(s, c, e, r[1]);
                continue;
            }
            if (e == null || !participleForm(e) || e.weight() < INDIRECT_MIN_WEIGHT || !run.afterComma(c)) {
                continue;
            }
            Found prior = run.priorInSentence(c, null);
            if (prior == null) {
                continue;
            }
            int cueEnd = c + e.length();
            int last = r[1] - 1;
            while (last > cueEnd && !t.isWord(last) && t.quote[last] < 0 && !t.isMark(last)) {
                last--;
            }
            int from = contentStart(cueEnd, last + 1, e);
            if (from < 0 || t.quote[from] >= 0 || t.isMark(from)) {
                continue;
            }
            boolean used = false;
            for (Found g : found) {
                used |= g.kind == Kind.INDIRECT && g.start() <= t.start[from] && t.start[from] < g.spans.get(
                        g.spans.size() - 1).end();
            }
            if (used) {
                continue;
            }
            int to = participleCut(from, last + 1);
            addIndirect(s, from, to, c, cueEnd, null, prior.sameSpeakerAs != null ? prior.sameSpeakerAs : prior,
                    e.weight());
        }
    }

    /**
     * A non-restrictive relative clause with a cue verb of its own ("Zucker, who has voiced the desire to run,
     * told ...", "the report, which found that ..."): an attribution by "who" or "which", whatever the main
     * clause attributes. The verb is read as by the learned rule, its content ends with the clause (at the next
     * comma or the sentence end). (Train: 197 annotated "who" and 55 "which" speakers were missed before; speaker
     * F1 0.7546 -> 0.7552 on train, 0.7816 -> 0.7827 on dev. Restrictive clauses without the comma, "voters who
     * oppose him": dev speaker F1 lower, left out.)
     */
    void relativeClauses(int s, int[] r) {
        for (int w = r[0] + 1; w < r[1] - 2; w++) {
            if (!t.isPunct(w - 1, ',') || !Words.WHO_WHICH.has(t, w)
                    || t.quote[w] >= 0) {
                continue;
            }
            int v = w + 1;
            while (v < r[1] && auxiliary(v)) {
                v++;
            }
            if (v >= r[1] - 1 || covered(s, v) || learnedRate(v) < LEARNED_MIN_RATE) {
                continue;
            }
            int end = v + 1;
            while (end < r[1] && !(t.isPunct(end, ',') || t.isPunct(end, ';')) || end < r[1] && t.quote[end] >= 0) {
                end++;
            }
            learnedCue(s, v, end, new int[] {w, w + 1});
        }
    }

    /**
     * A subordinate clause inside the sentence with a subject and a cue verb of its own ("..., hours after Trump
     * retweeted the image", "... when Clinton suggested that ..."): an attribution by that subject, whatever the
     * main clause attributes; its content ends with the clause. (Speaker F1 0.7552 -> 0.7559 on train, 0.7827 ->
     * 0.7834 on dev.)
     */
    void subordinateClauses(int s, int[] r) {
        for (int w = r[0] + 1; w < r[1] - 3; w++) {
            if (!SUBORDINATORS.has(t, w) || t.quote[w] >= 0 || t.isCapitalized(w)) {
                continue;
            }
            int end = w + 1;
            while (end < r[1] && !(t.isPunct(end, ',') || t.isPunct(end, ';')) || end < r[1] && t.quote[end] >= 0) {
                end++;
            }
            int[] subject = speakers.subject(t, w + 1, end);
            if (subject == null || !speakerLike(subject) || covered(s, subject[0])) {
                continue;
            }
            int v = subject[1];
            while (v < end && auxiliary(v)) {
                v++;
            }
            if (v < end - 1 && !covered(s, v) && learnedRate(v) >= LEARNED_MIN_RATE) {
                learnedCue(s, v, end, subject);
            }
        }
    }

    /**
     * Prepositions and subordinators that open a participle clause without a subject of its own: "by promising",
     * "after meeting", "while touting", "in urging". (Train, with a learned cue after them: "by" 69 of 105
     * occurrences not yet found are in a gold cue, "after" 17 of 20, "while" 13 of 23, "in" 24 of 53.)
     */
    private static final WordSet ADVERBIAL_OPENERS = Words.set("by", "after", "before", "while", "in", "without",
            "when", "since", "through");

    /**
     * An adverbial participle clause with a learned cue ("X rallied voters by promising to cut taxes", "After
     * criticizing the plan, X ..."): the clause has no subject of its own, so the act is the main clause subject's,
     * whatever the main clause attributes; the content is the participle's complement up to the clause end (the
     * next comma). A clause that opens the sentence takes the subject after its comma.
     */
    void adverbialParticiples(int s, int[] r) {
        int first = r[0];
        while (first < r[1] && (LEADING_CONJUNCTIONS.has(t, first) || t.isPunct(first, ','))) {
            first++;
        }
        for (int p = first; p < r[1] - 3; p++) {
            if (!ADVERBIAL_OPENERS.has(t, p) || t.quote[p] >= 0) {
                continue;
            }
            int v = p + 1;
            if (!t.isWord(v) || t.isCapitalized(v) || t.quote[v] >= 0 || !t.endsWithIng(v)
                    || covered(s, v) || learnedRate(v) < LEARNED_MIN_RATE) {
                continue;
            }
            int end = clauseEnd(v, r[1]);
            int[] spk = p == first ? (end < r[1] ? speakers.subject(t, end + 1, r[1]) : null)
                    : participleSubject(first, p);
            if (spk != null && speakerLike(spk)) {
                learnedCue(s, v, end, spk);
            }
        }
    }

    /**
     * ", according to X," inside a sentence that no other rule read as that attribution ("But the next day, according
     * to the lawyer, the firm made new demands", "... 758 delegates, according to a CNN tally, but ..."): the source is
     * the phrase up to the next comma or the sentence end, the content the rest of the sentence around it (the
     * clause before it when nothing of a clause follows). Sentences that open with the cue, and "CONTENT, according
     * to X." read by {@link #indirect}, are left alone.
     */
    void accordingToInside(int s, int[] r) {
        int first = r[0];
        while (first < r[1] && (LEADING_CONJUNCTIONS.has(t, first) || t.isPunct(first, ',') || t.isMark(first))) {
            first++;
        }
        int last = r[1] - 1;
        while (last > first && !t.isWord(last) && t.quote[last] < 0 && !t.isMark(last)) {
            last--;
        }
        for (int c = first + 2; c < last; c++) {
            CueLexicon.Entry e = cueAt[c];
            if (e == null || e.cueClass() != CueLexicon.CueClass.PREP || t.quote[c] >= 0 || !t.isPunct(c - 1, ',')
                    || cueTaken(s, c)) {
                continue;
            }
            int from = c + e.length();
            if (from > last || !t.isWord(from)) {
                continue; // "..., according to." or "according to: ...": nobody is named
            }
            int end = clauseEnd(from, last + 1);
            if (end - from < 1 || end - from > 25) {
                continue;
            }
            int[] spk = {from, end};
            if (end < last && restOfClause(end + 1, last + 1)) {
                addAround(s, first, c - 1, end + 1, last + 1, c, from, spk, e.weight());
            } else {
                addIndirect(s, first, c - 1, c, from, spk, null, e.weight());
            }
        }
    }

    /** Whether an attribution of sentence {@code s} already has its cue at token {@code c}. */
    private boolean cueTaken(int s, int c) {
        for (int k = found.size() - 1; k >= 0; k--) {
            Found g = found.get(k);
            if (g.sentence < s) {
                break;
            }
            if (g.sentence == s && g.cueFrom <= c && c < Math.max(g.cueTo, g.cueFrom + 1)) {
                return true;
            }
        }
        return false;
    }

    /** The next comma or semicolon outside quotation marks after {@code from}, or {@code to}. */
    private int clauseEnd(int from, int to) {
        int end = from; // from == to (a cue ending the sentence) gives an empty clause, not one token past the end
        while (end < to && !(t.isPunct(end, ',') || t.isPunct(end, ';')) || end < to && t.quote[end] >= 0) {
            end++;
        }
        return end;
    }

    /**
     * A speech participle right after its own subject, a group or share of people ("with 50 percent saying she is
     * prepared", "GOP voters saying they want ..."): an attribution by that subject. Nouns for documents and
     * things ("a sign saying", "a statement saying") are left to the participle rules above.
     */
    private void participleWithSubject(int s, int c, CueLexicon.Entry e, int end) {
        if (covered(s, c) || t.quote[c] >= 0) {
            return; // inside another attribution's content: keeping both lowered dev content+speaker
        }
        int[] spk = speakers.before(t, c, sentences.get(s)[0]);
        if (spk == null || spk[1] != c || !groupOfPeople(spk)) {
            return;
        }
        int cueEnd = c + e.length();
        int last = end - 1;
        while (last > cueEnd && !t.isWord(last) && t.quote[last] < 0 && !t.isMark(last)) {
            last--;
        }
        int from = contentStart(cueEnd, last + 1, e);
        if (from < 0 || t.quote[from] >= 0 || t.isMark(from)) {
            return;
        }
        Found f = addIndirect(s, from, participleCut(from, last + 1), c, cueEnd, spk, null, e.weight(), 3);
        if (f != null) {
            f.learned = true; // a subject inside the writer's clause: not the speaker of a quote that follows
        }
    }

    /** A share of people ("50 percent", "three in 10", "half") or a plural person noun ("voters"). */
    private boolean groupOfPeople(int[] spk) {
        for (int i = spk[0]; i < spk[1]; i++) {
            if (Words.BOUNDARY.has(t, i) || Words.PRONOUNS.has(t, i)) {
                return false; // "which included staff members": a clause, not a noun phrase
            }
        }
        String head = t.lower(spk[1] - 1);
        if (t.startsWithDigit(spk[1] - 1) || head.equals("percent") || head.equals("%")) {
            return true;
        }
        String one = singular(head);
        return head.endsWith("s") && (lex.isPersonNoun(head) || one != null && lex.isPersonNoun(one));
    }

    /** A learned cue participle after a comma: ", questioning whether ...", ", pushing back against ...". */
    private boolean learnedParticiple(int c) {
        return t.quote[c] < 0 && t.isWord(c) && !t.isCapitalized(c) && t.endsWithIng(c) && run.afterComma(c)
                && rates.rate(t, c) >= LEARNED_MIN_RATE;
    }

    /** Reported speech after the learned participle at {@code c}, by the speaker of the attribution before. */
    private void learnedChain(int s, int c, int end, Found sameAs) {
        int from = c + 1;
        if (from < end && PARTICLES.has(t, from) && !infinitive(from, end)) {
            from++;
        }
        if (from < end && Words.THAT.has(t, from)) {
            from++;
        }
        if (from >= end || t.quote[from] >= 0 || t.isMark(from)) {
            return;
        }
        Found f = addIndirect(s, from, participleCut(from, end), c, from, null, sameAs,
                Math.min(rates.rate(t, c), 0.6), 1);
        if (f != null) {
            f.learned = true;
        }
    }

    private void addIndirect(int s, int from, int to, int cueFrom, int cueTo, int[] spk, Found sameAs,
                             double weight) {
        addIndirect(s, from, to, cueFrom, cueTo, spk, sameAs, weight, 3);
    }

    /**
     * Where the content after a cue ends: at the comma that closes an introductory subordinate clause holding
     * the cue ("While X said A, B ...").
     */
    private int contentEnd(int s, int from, int to, int cueFrom) {
        int first = sentences.get(s)[0];
        while (first < cueFrom && (LEADING_CONJUNCTIONS.has(t, first) || t.isPunct(first, ',')
                || t.isMark(first))) {
            first++;
        }
        if (SUBORDINATORS.has(t, first) && !run.commaBetween(first, cueFrom)) {
            for (int i = from + 1; i < to - 1; i++) {
                if (t.isPunct(i, ',') && t.quote[i] < 0) {
                    to = i;
                    break;
                }
            }
        }
        return to;
    }

    /**
     * Where the content after a cue ends before an aside of the writer's: a comma and a non-restrictive relative
     * clause (", which begins Monday", ", who lost in 2012") or a contrast with a pronoun subject (", but he
     * never did"), which PolNeAR leaves out of the attributed content. Returns {@code to} when there is none.
     * (Cutting also at ", while", ", including", ", even", a participle, a dash or a closing circumstance such
     * as "in an interview" lowered exact content F1 on train and dev: annotators keep those.)
     */
    private int asideCut(int from, int to) {
        for (int i = from + 2; i < to - 1; i++) {
            if (!t.isPunct(i, ',') || t.quote[i] >= 0) {
                continue;
            }
            String w = t.lower(i + 1);
            if (ASIDE_START.contains(w) || butClause(i, to) || summativeAppositive(i, to)) {
                return i;
            }
        }
        return to;
    }

    /**
     * ", a move that could ...", ", a 10 percent drop": an indefinite noun phrase after a comma that ends the
     * sentence, when the word before the comma is not a name (a name's appositive, ", a former governor", stays):
     * annotators leave it out of the content (train: 19 more exact contents, dev unchanged).
     */
    private boolean summativeAppositive(int comma, int to) {
        if (comma + 2 >= to || !(t.lower(comma + 1).equals("a") || t.lower(comma + 1).equals("an"))
                || t.isCapitalized(comma - 1) || !t.isWord(comma - 1)) {
            return false;
        }
        for (int i = comma + 1; i < to; i++) {
            if (t.isPunct(i, ',') || t.isPunct(i, ';') || t.quote[i] >= 0 || t.isMark(i)) {
                return false;
            }
        }
        return true;
    }

    /** ", but he ...": the writer's contrast with a clause of its own, after the content. */
    private boolean butClause(int comma, int to) {
        return comma + 2 < to && t.lower(comma + 1).equals("but") && SUBJECT_PRONOUNS.has(t, comma + 2);
    }

    /**
     * The relative pronoun that opens an attribution's content before its speaker ("a plan, which he said would
     * fail", "the aide, whom he called a liar"): "which"/"whom" right before the speaker, the cue after it, not
     * after a preposition ("in which he touched on"). Annotators start the content there (train: 111 of 160 such
     * attributions; 41 start after the cue). Returns its token, or -1.
     */
    private int relativeObject(int[] spk, int cueFrom, int from) {
        if (spk == null || cueFrom < spk[1] || from <= cueFrom || spk[0] < 1) {
            return -1;
        }
        int r = spk[0] - 1;
        String w = t.lower(r);
        if (!(w.equals("which") || w.equals("whom")) || t.quote[r] >= 0 || r > 0 && PARTICLES.has(t, r - 1)) {
            return -1;
        }
        return r;
    }

    /**
     * "X seemed equally unperturbed", "voters don't seem as engaged", "it seems that ...": a raising verb is the
     * writer's attribution of the clause whatever rule read it (its subject belongs to the content, see
     * {@link #passiveRaising}), so it names no speaker (but for {@link #raisedAct}, which that rule sets itself).
     */
    private boolean raisingCue(int cueFrom) {
        return cueFrom >= 0 && RAISING_VERBS.has(t, cueFrom) && t.quote[cueFrom] < 0;
    }

    /**
     * "what he considers unfair scrutiny", "asking whether she would consider ...", "how they see fit": a pronoun
     * right after a question word or "what" is the subject of an embedded question or free relative, the writer's
     * or another speaker's words about it, not that pronoun's own stance.
     */
    private boolean pronounInWhClause(int[] spk) {
        return spk != null && spk[1] - spk[0] == 1 && spk[0] > 0 && Words.PRONOUNS.has(t, spk[0])
                && WH_WORDS.has(t, spk[0] - 1);
    }

    /**
     * "GOP voters saying they want ...", "McCain saying he will support ...": a pronoun right after a speech verb opens
     * that verb's content; its own verb is part of what the outer source says.
     */
    private boolean contentSubject(int[] spk) {
        int v = spk == null ? -1 : spk[0] - 1;
        return v >= 0 && spk[1] - spk[0] == 1 && Words.PRONOUNS.has(t, spk[0]) && speechVerbForm(v);
    }

    /** A listed speech verb in any form, participles included (said, says, saying), not "according to". */
    private boolean speechVerbForm(int v) {
        CueLexicon.Entry e = cueAt[v];
        return e != null && t.quote[v] < 0 && e.weight() >= 0.75 && e.cueClass() != CueLexicon.CueClass.PREP;
    }

    /** Adds reported speech of tokens [from, to) when it has at least {@code minWords} words; null if not. */
    private Found addIndirect(int s, int from, int to, int cueFrom, int cueTo, int[] spk, Found sameAs,
                              double weight, int minWords) {
        if (cueFrom >= 0 && cueFrom < from) {
            to = contentEnd(s, from, to, cueFrom);
            to = asideCut(from, to);
        }
        while (to > from && (t.isPunct(to - 1, ',') || t.isPunct(to - 1, '.') || t.isPunct(to - 1, ';')
                || t.isPunct(to - 1, ':'))) {
            to--;
        }
        while (from < to && (t.isPunct(from, ',') || t.isPunct(from, ':'))) {
            from++;
        }
        int words = 0;
        for (int i = from; i < to; i++) {
            if (t.isWord(i)) {
                words++;
            }
        }
        if (words < minWords || candidateMode && overlapsFound(s, from, to)) {
            return null;
        }
        Found f = new Found();
        f.kind = Kind.INDIRECT;
        f.sentence = s;
        f.paragraph = t.paragraph[from];
        int relative = relativeObject(spk, cueFrom, from);
        if (relative >= 0) {
            f.spans.add(new Span(t.start[relative], t.end[relative]));
        }
        f.spans.add(new Span(t.start[from], t.end[to - 1]));
        f.cueFrom = cueFrom;
        f.cueTo = cueTo;
        // the writer's clause, or a pronoun whose verb belongs to another clause's stance: no speaker of its own
        f.speaker = raisingCue(cueFrom) || pronounInWhClause(spk) || contentSubject(spk) ? null : spk;
        f.sameSpeakerAs = sameAs;
        f.source = Source.BEFORE;
        f.confidence = 0.45 + 0.35 * weight;
        f.candidate = candidateMode;
        found.add(f);
        return f;
    }

    /**
     * Attributions that start a clause of their own inside the contents found in sentence {@code s} ("X said A, while Y
     * argued B", "X opposed A and Y called it B", "X said A - she warned B"). In each indirect content after its cue
     * (one span, not marked) the first listed speech cue, or learned verb of rate at least {@link #INNER_MIN_RATE},
     * whose speaking subject lies inside the content right after a clause boundary (a comma, a dash, or a link word of
     * {@link #CLAUSE_LINKS}, with the punctuation and links before it) is an attribution of its own: its content runs
     * from after its cue to the end of the outer content, and the outer content ends before the boundary. That is
     * PolNeAR's convention: of the gold attributions whose cue lay inside one of our contents starting 4 or more words
     * before theirs (train, before this rule), the gold attribution at our cue ended before the inner one's source in
     * 524 and took it in in 23. An attribution that is the outer content's own complement ("X said Y wants B") is not
     * read: annotators mark one at 8 of 382 cue words inside an indirect content on train (2 %), and at 8 of 2,014
     * inside direct quotes; reading them lowered all content-overlap and content+speaker F1 on train.
     */
    void innerAttributions(int s) {
        int n = found.size();
        int k0 = n;
        while (k0 > 0 && found.get(k0 - 1).sentence == s) {
            k0--;
        }
        for (int k = k0; k < n; k++) {
            Found f = found.get(k);
            if (f.kind != Kind.INDIRECT || f.marked || f.spans.size() != 1 || f.cueFrom < 0) {
                continue;
            }
            Span sp = f.spans.get(0);
            int from = t.tokenAt(sp.start());
            if (from <= f.cueFrom) {
                continue; // CONTENT, X said.
            }
            int to = from;
            while (to < t.size() && t.start[to] < sp.end()) {
                to++;
            }
            innerAttribution(s, f, from, to);
        }
    }

    /** The first attribution after a clause boundary inside the content [from, to) of {@code f}: see above. */
    private void innerAttribution(int s, Found f, int from, int to) {
        for (int c = from + 2; c < to - 2; c++) {
            boolean listed = speechCueAt(c);
            if (!listed && !(t.isWord(c) && !t.isCapitalized(c) && t.quote[c] < 0 && !functionWord(c) && !adverb(c)
                    && learnedRate(c) >= INNER_MIN_RATE && !nounReading(c) && !passive(c))) {
                continue;
            }
            int[] spk = speakers.before(t, c, from);
            if (spk == null || spk[0] <= from + 1) {
                continue;
            }
            if (listed && relativeWho(spk)) {
                if (relativeWhoAttribution(s, f, from, to, c, spk)) {
                    return;
                }
                continue;
            }
            // "X said A, and 30 percent said B": a share of those polled speaks before a listed cue too
            boolean share = !speakerLike(spk) && listed && (groupOfPeople(spk) || quantitySubject(spk));
            if (!speakerLike(spk) && !share) {
                continue;
            }
            int b = spk[0] - 1;
            while (share && b > from + 1 && APPROXIMATORS.has(t, b)) {
                b--; // "and more than 4 in 10 said", "while nearly half say"
            }
            if (t.quote[b] >= 0 || !(clauseBreak(b) || CLAUSE_LINKS.has(t, b))) {
                continue;
            }
            while (b - 1 > from && t.quote[b - 1] < 0 && (CLAUSE_LINKS.has(t, b - 1) || clauseBreak(b - 1))) {
                b--; // ", and", ", even as", " - but"
            }
            CueLexicon.Entry e = cueAt[c];
            int cueEnd = c + (e != null ? e.length() : 1);
            int content = listed ? contentStart(cueEnd, to, e) : cueEnd;
            if (content < 0 || content >= to) {
                continue;
            }
            Found inner = addIndirect(s, content, to, c, cueEnd, spk, null, listed ? e.weight() : 0.5, 1);
            if (inner == null) {
                continue;
            }
            inner.learned = !listed;
            int end = b;
            while (end > from && (t.isPunct(end - 1, ',') || clauseBreak(end - 1))) {
                end--;
            }
            if (end > from) {
                f.spans.set(0, new Span(f.spans.get(0).start(), t.end[end - 1]));
            }
            return;
        }
    }

    /** A quantity word alone as the subject of those polled: "half said", "most say", "others argue". */
    private boolean quantitySubject(int[] spk) {
        return spk[1] - spk[0] == 1 && QUANTITY_SUBJECTS.has(t, spk[0]);
    }

    /** The speaker mention is a relative "who" alone (the share or group before it is its antecedent). */
    private boolean relativeWho(int[] spk) {
        return spk[1] - spk[0] == 1 && WHO.has(t, spk[0]) && t.quote[spk[0]] < 0;
    }

    /**
     * "... 46 percent said yes, compared with 23 percent who said it was improper": a listed speech verb after a
     * relative "who" inside a content is an attribution of its own, with "who" as its speaker mention (PolNeAR's
     * choice for relative clauses); the outer content then ends before the comparison that brings in the second
     * group (", compared with"), and stays whole otherwise (the relative clause is part of its noun phrase there).
     */
    private boolean relativeWhoAttribution(int s, Found f, int from, int to, int c, int[] spk) {
        int end = comparisonStart(from, spk[0]);
        if (end < 0) {
            return false;
        }
        CueLexicon.Entry e = cueAt[c];
        int cueEnd = c + e.length();
        int content = contentStart(cueEnd, to, e);
        if (content < 0 || content >= to) {
            return false;
        }
        if (addIndirect(s, content, to, c, cueEnd, spk, null, e.weight(), 1) == null) {
            return false;
        }
        while (end > from && (t.isPunct(end - 1, ',') || clauseBreak(end - 1))) {
            end--;
        }
        if (end > from) {
            f.spans.set(0, new Span(f.spans.get(0).start(), t.end[end - 1]));
        }
        return true;
    }

    /** The token of "compared" in "compared with/to" inside [from, to), or -1. */
    private int comparisonStart(int from, int to) {
        for (int i = from + 1; i < to - 1; i++) {
            if (COMPARED.has(t, i) && t.quote[i] < 0 && COMPARED_LINK.has(t, i + 1)) {
                return i;
            }
        }
        return -1;
    }

    /** A comma or a dash: where a clause of its own may start inside a content. */
    private boolean clauseBreak(int i) {
        return t.isPunct(i, ',') || t.isPunct(i, '-') || t.isPunct(i, '—') || t.isPunct(i, '–')
                || t.isPunct(i, '―') || t.end[i] - t.start[i] == 2 && t.text.startsWith("--", t.start[i]);
    }

    /** "X said:" closing a paragraph introduces the quote of the next one. */
    void leadIn(int s, int[] r) {
        int last = r[1] - 1;
        if (last <= r[0] || !t.isPunct(last, ':')) {
            return;
        }
        for (int c = last - 1; c >= r[0] && last - c <= 4; c--) {
            CueLexicon.Entry e = cueAt[c];
            if (e == null) {
                continue;
            }
            int[] spk = speakers.before(t, c, r[0]);
            if (spk != null) {
                leadIn = new int[] {c, c + e.length(), spk[0], spk[1]};
                leadInParagraph = t.paragraph[last];
            }
            return;
        }
        for (int i = r[0]; i < last; i++) {
            if (t.quote[i] >= 0) {
                return; // a quote in the lead-in sentence: not a lead-in
            }
        }
        int[] spk = run.colonSubject(r[0], last);
        if (spk != null) {
            leadIn = new int[] {-1, -1, spk[0], spk[1]};
            leadInParagraph = t.paragraph[last];
        }
    }
}
