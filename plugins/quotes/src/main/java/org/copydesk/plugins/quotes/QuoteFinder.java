package org.copydesk.plugins.quotes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.copydesk.api.Quote;
import org.copydesk.api.Quote.Cue;
import org.copydesk.api.Quote.Kind;
import org.copydesk.api.Quote.Span;
import org.copydesk.api.Quote.Speaker;

/**
 * Finds the quotations of a body and who said them: pairs quotation marks ({@link QuotationMarkScanner}), cuts
 * sentences ({@link SentenceSplitter}), finds cue words ({@link CueLexicon}) and the speaker around them
 * ({@link SpeakerFinder}), resolves the speaker to a name ({@link MentionResolver}), and finds reported speech without
 * marks ({@link ReportedSpeech}). Immutable and thread-safe: all per-body state lives in one {@link Run} and its
 * {@link ReportedSpeech}.
 */
final class QuoteFinder {

    /** What to emit. */
    record Options(Set<Kind> kinds, boolean nested, double minConfidence) {
        static Options all() {
            return new Options(Set.of(Kind.values()), false, 0);
        }
    }

    static final WordSet FRAME_WORDS = Words.set("that", "reporters", "statement", "interview", "conference",
            "news", "press", "speech", "rally", "release", "email", "e-mail", "letter", "post", "tweet", "week",
            "morning", "night", "afternoon", "evening", "radio", "television", "tv", "video", "appearance", "debate",
            "hearing", "him", "her", "them", "us", "me", "a", "an", "the", "his", "its", "their", "in", "on", "at",
            "during", "with", "to", "of", "last", "this", "earlier", "later", "also", "then", "simply", "flatly",
            "recently", "statement", "briefing", "remarks", "message", "audience", "crowd", "supporters", "told",
            "wrote", "written", "phone", "telephone", "call", "program", "show", "podcast", "op-ed", "column",
            "book", "memo", "filing", "court", "testimony", "sunday", "monday", "tuesday", "wednesday", "thursday",
            "friday", "saturday", "yesterday", "today", "tonight", "friends", "colleagues", "lawmakers", "voters",
            "journalists", "cnn", "fox", "new", "york", "times", "washington", "post", "abc", "nbc", "cbs", "msnbc");

    private static final WordSet BUT = Words.set("but");

    /** Prepositions and subordinators that continue the writer's sentence right after a closing mark. */
    private static final WordSet RUN_ON_WORDS = Words.set("about", "from", "for", "because", "until", "every",
            "to", "that", "than", "if", "when", "whenever", "as", "unless", "toward", "towards", "against");
    private static final WordSet EMBEDDING = Words.set("the", "a", "an", "his", "her", "their", "its", "our", "my",
            "your", "of", "to", "in", "on", "as", "for", "with", "by", "from", "about", "this", "these", "those", "and",
            "or", "into", "called", "is", "was", "are", "were", "be", "being", "been", "very", "so", "too", "more",
            "most", "less", "some", "any", "no", "not");

    /** Finite verbs that begin a quote whose subject stands outside the marks: Cruz, X wrote "has shown ...". */
    private static final WordSet PREDICATE_START = Words.set("is", "are", "was", "were", "has", "have", "had",
            "will", "would", "can", "could", "should", "must", "may", "might", "does", "did", "shall", "isn't",
            "aren't", "wasn't", "weren't", "hasn't", "haven't", "won't", "wouldn't", "can't", "couldn't",
            "shouldn't", "doesn't", "didn't");

    /** Nouns that, before a comma and a quote, make the sentence subject its speaker: X issued a statement, "...". */
    private static final WordSet STATEMENT_NOUNS = Words.set("statement", "tweet", "message", "email", "e-mail",
            "letter", "post", "memo", "note", "video", "ad", "release", "remarks", "speech", "interview");

    /** Words that open a clause embedded in an attribution: said that he ..., told how she ..., asked if they .... */
    private static final WordSet CLAUSE_OPENERS = Words.set("that", "how", "if", "whether", "what", "why");

    /** Words before a cue whose subject is the clause's: began by saying, in hopes that, went on to say. */
    private static final WordSet CLAUSE_SUBJECT_LINKS = Words.set("by", "in", "without", "to");

    /** "that" before a cue: the relative pronoun of "a message that said". */

    /** "From the report:", "More from Jones:": a cited source before a colon. */
    private static final WordSet FROM = Words.set("from");
    private static final WordSet MORE = Words.set("more");
    private static final WordSet AS = Words.set("as");
    private static final WordSet WITH = Words.set("with");
    /** Words that open a subordinate clause after a comma: ..., where the protesters had gathered, chanting. */
    private static final WordSet CLAUSE_WORDS = Words.set("where", "when", "while", "as", "after", "because");
    /** Verbs of shouting: the quote right after one is the shouted words (chanting "no contract, no peace"). */
    private static final WordSet SHOUTING = Words.set("chant", "chants", "chanted", "chanting", "shout", "shouts",
            "shouted", "shouting", "yell", "yells", "yelled", "yelling", "scream", "screams", "screamed", "screaming");
    /**
     * Words that end an "as" clause's search for its verb: a conjunction or a form of "be", not a verb of saying (as
     * Smith and Jones, as if, as he was leaving, as he is known).
     */
    private static final WordSet AS_CLAUSE_STOPS = Words.set("and", "or", "but", "nor", "if", "though", "although",
            "because", "well", "much", "long", "far", "soon", "such", "to", "of", "is", "was", "were", "are", "am",
            "be", "been", "being");

    /** Auxiliaries and irregular past forms that show a finite verb (the speaker's own verb before "and said"). */
    private static final WordSet FINITE_VERBS = Words.set("was", "were", "is", "are", "has", "have", "had", "did", "does",
            "will", "would", "can", "could", "went", "got", "took", "made", "gave", "came", "began", "spoke", "ran",
            "told", "said", "wrote", "shook", "stood", "sat", "met", "left", "won", "lost", "brought", "thought",
            "held", "kept", "felt", "saw", "heard", "taught", "sent", "knew", "threw");

    /** Particles after a verb of an attribution outside the lexicon: the audience screamed back. */

    /** "states" / "state" as the verb after a quote and its subject ("...," the document states.). */
    private static final WordSet STATES_VERB = Words.set("states", "state");
    private static final CueLexicon.Entry STATES_CUE = new CueLexicon.Entry(new String[] {"states"},
            CueLexicon.CueClass.VERB, 0.6);
    private static final WordSet ARTICLES = Words.set("a", "an", "the");
    private static final WordSet LEAD_IN_PREPOSITIONS = Words.set("of", "in", "by", "from", "at", "on", "for", "with");
    /** The most words of an introductory phrase before a quote that goes on from the paragraph's speaker. */
    private static final int INTRO_WORDS = 8;
    static final WordSet LEADING_CONJUNCTIONS = Words.set("but", "and", "so", "yet");

    private static final WordSet COORDINATORS = Words.set("and", "then", "but", "by", "while", "when", "before",
            "after", "in", "without");

    private final CueLexicon cues;
    private final CueRates rates;
    private final SpeakerLexicon lex;
    private final QuotationMarkScanner scanner = new QuotationMarkScanner();
    private final SentenceSplitter splitter = new SentenceSplitter();
    private final SpeakerFinder speakers;
    private final MentionResolver resolver;
    /**
     * The learned confidence a candidate attribution ({@code ReportedSpeech.candidates}) needs to be emitted, whatever
     * the user's {@code min_confidence}. Chosen on train with five folds of articles (cue rates and model fitted
     * without the fold, 0.35 to 0.5 measured): all speaker and content+speaker F1 gain 0.0026 and 0.0029 at 0.45,
     * about as much as at 0.35, where exact content F1 loses 0.0024 instead of 0.0007.
     */
    static final double CANDIDATE_MIN_CONFIDENCE = 0.45;
    private final ConfidenceModel confidence;

    QuoteFinder(CueLexicon cues, SpeakerLexicon lex) {
        this(cues, lex, CueRates.standard());
    }

    QuoteFinder(CueLexicon cues, SpeakerLexicon lex, CueRates rates) {
        this(cues, lex, rates, ConfidenceModel.standard());
    }

    QuoteFinder(CueLexicon cues, SpeakerLexicon lex, CueRates rates, ConfidenceModel confidence) {
        this.confidence = confidence;
        this.rates = rates;
        this.cues = cues;
        this.lex = lex;
        this.speakers = new SpeakerFinder(lex);
        this.resolver = new MentionResolver(lex);
    }

    static QuoteFinder standard() {
        return new QuoteFinder(CueLexicon.standard(), SpeakerLexicon.standard());
    }

    List<Quote> find(String body, Options options) {
        return find(body, options, null);
    }

    /**
     * As {@link #find(String, Options)}, and when {@code features} is not null adds to it the {@link ConfidenceModel}
     * features of each emitted quote, in the order of the quotes (for {@code ConfidenceTraining}).
     */
    List<Quote> find(String body, Options options, List<double[]> features) {
        if (body == null || body.isBlank()) {
            return List.of();
        }
        Run run = new Run(body, options);
        run.featureSink = features;
        return run.run();
    }

    /** Where a quote's attribution came from. */
    enum Source { AFTER, BEFORE, CONTEXT, NONE }

    /** A quote being built. */
    static final class Found {
        Kind kind;
        final List<Span> spans = new ArrayList<>(2);
        int cueFrom = -1;
        int cueTo = -1;
        int[] speaker;           // token range of the mention, or null
        Found sameSpeakerAs;     // continuation: take that quote's speaker
        Speaker resolved;
        double confidence;
        Source source = Source.NONE;
        int paragraph;
        int sentence;
        int attributionEnd = -1; // last token of the attribution frame after the quote
        boolean marked;
        boolean learned;         // found by the learned-cue fallback: does not pass its speaker on to quotes
        boolean candidate;       // a candidate attribution: emitted only when the learned confidence keeps it

        int start() {
            return spans.get(0).start();
        }
    }

    /** Cue forms that are never nouns after a determiner. */
    private static final WordSet PAST_OR_SAYS = Words.set("said", "says", "told", "wrote", "thought", "knew",
            "felt", "saw", "spoke", "went");
    /** The possessive token ({@code KXTV's}, {@code WXYZ’s}: the tokenizer cuts it from its noun). */
    /** Nouns of a work whose title follows them, with or without a comma: her 2014 book, "Hard Roads Home." */
    private static final WordSet WORK_NOUNS = Words.set("book", "memoir", "memoirs", "autobiography", "biography",
            "novel", "podcast", "show", "film", "movie", "documentary", "album", "song", "series", "program",
            "programme", "episode", "play", "musical", "column", "essay", "article", "op-ed", "magazine", "newspaper");
    /** Words after which a cue form is a noun (the remarks, his comments); not "her" (heard her say). */
    private static final WordSet ARTICLES_AND_POSSESSIVES = Words.set("the", "a", "an", "these", "those", "his",
            "their", "its", "our", "my", "your");

    /** Prepositions after which a cue form is a noun (in states, about remarks); not "to" (to say, to tweet). */
    private static final WordSet NOUN_PREPOSITIONS = Words.set("in", "of", "about", "from", "for", "with", "on",
            "at", "by", "across", "among", "than", "into", "under", "between", "against", "during",
            "without", "through", "toward", "towards", "amid", "despite");

    /** Prepositions before a noun that make it the addressee or the medium of a message, not its sender. */
    private static final WordSet ADDRESSEE_PREPOSITIONS = Words.set("to", "on", "in", "at", "into", "toward",
            "towards");

    final class Run {
        final String text;
        final Options options;
        final Tokens t;
        final List<MarkedQuote> top = new ArrayList<>();
        final List<MarkedQuote> nested = new ArrayList<>();
        final CueLexicon.Entry[] cueAt;
        final List<int[]> sentences;
        final int[] sentenceOf;
        final List<Found> found = new ArrayList<>();
        final MentionResolver.Session session;
        final ReportedSpeech speech; // the reported-speech rules of this body, on the same tokens and found list
        List<double[]> featureSink; // the features of each emitted quote, for training; usually null
        private final double[] featureArray = new double[ConfidenceModel.SIZE]; // reused for every quote

        Run(String text, Options options) {
            this.text = text;
            this.options = options;
            List<Span> paragraphs = paragraphs(text);
            for (MarkedQuote q : scanner.scan(text, paragraphs)) {
                (q.depth() == 0 ? top : nested).add(q);
            }
            t = Tokens.of(text);
            int p = 0;
            for (int i = 0; i < t.size(); i++) {
                while (p + 1 < paragraphs.size() && t.start[i] >= paragraphs.get(p + 1).start()) {
                    p++;
                }
                t.paragraph[i] = p;
            }
            boolean[] opening = new boolean[text.length() + 1];
            boolean[] closing = new boolean[text.length() + 1];
            for (int q = 0; q < top.size(); q++) {
                MarkedQuote mq = top.get(q);
                opening[mq.open()] = true;
                if (mq.close() >= 0) {
                    closing[mq.close()] = true;
                }
                for (Span s : mq.parts()) {
                    for (int i = t.tokenAt(s.start()); i < t.size() && t.start[i] < s.end(); i++) {
                        t.quote[i] = q;
                    }
                }
            }
            cueAt = new CueLexicon.Entry[t.size()];
            for (int i = 0; i < t.size(); i++) {
                if (t.quote[i] < 0 && t.isWord(i)) {
                    // the lexicon first: few tokens are cue forms, and only those need the look-arounds
                    CueLexicon.Entry e = cues.match(t, i, t.size());
                    if (e != null && !insideName(i) && !nounAfterPreposition(i) && !nounAfterDeterminer(i)) {
                        cueAt[i] = e;
                    }
                }
            }
            boolean[] isCue = new boolean[t.size()];
            for (int i = 0; i < t.size(); i++) {
                isCue[i] = cueAt[i] != null && cueAt[i].weight() >= 0.6 && cueAt[i].cueClass() != CueLexicon.CueClass.PREP;
            }
            sentences = splitter.split(t, opening, closing, isCue);
            sentenceOf = new int[t.size()];
            boolean[] sentenceStart = new boolean[t.size()];
            for (int s = 0; s < sentences.size(); s++) {
                int[] r = sentences.get(s);
                sentenceStart[r[0]] = true;
                for (int i = r[0]; i < r[1]; i++) {
                    sentenceOf[i] = s;
                }
            }
            session = resolver.start(t, sentenceStart);
            speech = new ReportedSpeech(this, rates, lex, speakers);
        }

        List<Quote> run() {
            int q = 0;
            for (int s = 0; s < sentences.size(); s++) {
                int[] r = sentences.get(s);
                List<Integer> here = new ArrayList<>();
                while (q < top.size() && t.tokenAt(top.get(q).open()) < r[1]) {
                    here.add(q++);
                }
                boolean hasDirect = false;
                Found previous = null;
                for (int k = 0; k < here.size(); k++) {
                    int lo = k == 0 ? r[0] : closeToken(top.get(here.get(k - 1))) + 1;
                    int hi = k + 1 < here.size() ? t.tokenAt(top.get(here.get(k + 1)).open()) : r[1];
                    Found f = quote(here.get(k), s, r, lo, hi, previous);
                    if (f != null) {
                        hasDirect |= f.kind == Kind.DIRECT;
                        previous = f;
                    }
                }
                int[] rest = speech.askedClause(s, r);
                if (!hasDirect) {
                    speech.indirect(s, rest);
                } else {
                    speech.beforeDirect(s, rest);
                }
                speech.participleChains(s, r);
                speech.relativeClauses(s, r);
                speech.subordinateClauses(s, r);
                speech.adverbialParticiples(s, r);
                speech.accordingToInside(s, r);
                speech.mixedQuotes(s, r);
                speech.partialSubjects(s, r);
                speech.innerAttributions(s);
                speech.leadIn(s, r);
                speech.passiveAgents(s, r);
                speech.candidates(s, r);
            }
            if (options.nested()) {
                for (MarkedQuote mq : nested) {
                    Found f = new Found();
                    f.kind = Kind.PARTIAL;
                    f.marked = true;
                    f.spans.addAll(mq.parts());
                    f.confidence = 0.4;
                    f.paragraph = t.paragraph[Math.min(t.tokenAt(mq.open()), t.size() - 1)];
                    found.add(f);
                }
            }
            return emit();
        }

        /**
         * A cue form right after a lower-case preposition other than "to" is a noun, not a verb: "in states
         * where", "in favor of", "about remarks", "with emails" (a finite verb never follows a preposition).
         * Participles in -ing are verbs there ("by saying", "after adding"); "From said" is a name; "over" is
         * left out, it is also a particle ("a voice over says"). On train, 30 attributions started at such a cue
         * form (states 18, emails 4, favor 4, comments 2, remarks 2); annotators marked one of them.
         */
        private boolean nounAfterPreposition(int i) {
            return i > 0 && NOUN_PREPOSITIONS.has(t, i - 1) && !t.isCapitalized(i - 1) && t.quote[i - 1] < 0
                    && !t.endsWithIng(i);
        }

        /**
         * A cue form right after an article or a possessive, or a plural after hyphenated modifiers, is a noun:
         * "the remarks", "his comments", "Trump's over-the-top comments", "a claim" (a verb never follows them).
         * Kept when "that" follows, a nominal attribution read by the reported-speech rules ("his claim that");
         * "her" is left out, it is also an object ("heard her say"). On train such forms started 66 predictions
         * (comments 16, remarks 12, claim(s) 8, call for 5, promise 4, emails 3, ...), one of them a cue
         * annotators marked with that speaker.
         */
        private boolean nounAfterDeterminer(int i) {
            if (t.endsWithEd(i) || PAST_OR_SAYS.has(t, i)) {
                return false; // "Trump's said" is "has said"; "the executive says" a subject and its verb
            }
            int d = i - 1;
            while (d >= 0 && i - d <= 2 && t.endsWithS(i) && modifier(d)) {
                d--;
            }
            if (d < 0 || t.quote[d] >= 0 || t.paragraph[d] != t.paragraph[i]
                    || i + 1 < t.size() && Words.THAT.has(t, i + 1)) {
                return false;
            }
            return ARTICLES_AND_POSSESSIVES.has(t, d)
                    || Words.POSSESSIVE_S.has(t, d) && d > 0 && !Words.PRONOUNS.has(t, d - 1);
        }

        /**
         * A hyphenated lower-case modifier between a determiner and a plural noun: over-the-top, anti-Muslim (other
         * words there may be the noun of a subject: "the official says", "the executive says").
         */
        private boolean modifier(int i) {
            if (!t.isWord(i) || t.isCapitalized(i) || t.quote[i] >= 0) {
                return false;
            }
            int hyphen = t.text.indexOf('-', t.start[i]);
            return hyphen > t.start[i] && hyphen < t.end[i];
        }

        /**
         * A capitalized word after a capitalized word is part of a name, not a cue (the United States would, the
         * United States "must ...") unless a Title Case headline goes on (Hollande Says Donald Trump ...).
         */
        private boolean insideName(int i) {
            if (!t.isCapitalized(i) || i == 0 || !t.isWord(i - 1) || !t.isCapitalized(i - 1)
                    || t.paragraph[i - 1] != t.paragraph[i] || t.text.charAt(t.end[i - 1] - 1) == '.') {
                return false;
            }
            if (i + 1 < t.size() && t.isWord(i + 1) && t.paragraph[i + 1] == t.paragraph[i] && !t.isCapitalized(i + 1)) {
                return true;
            }
            // otherwise inside a name when a lower-case word precedes the name (the United States Senate, the United
            // States "must"), not in a headline (Obama Sees 'Personal Insult', Hollande Says Donald Trump ...)
            int k = i - 1;
            while (k > 0 && t.isWord(k - 1) && t.isCapitalized(k - 1) && t.paragraph[k - 1] == t.paragraph[i]) {
                k--;
            }
            return k > 0 && t.isWord(k - 1) && !t.isCapitalized(k - 1) && t.paragraph[k - 1] == t.paragraph[i];
        }

        // ---------------------------------------------------------------- quotation marks

        private int closeToken(MarkedQuote mq) {
            if (mq.close() >= 0) {
                return t.tokenAt(mq.close());
            }
            return t.tokenAt(mq.contentEnd()) - 1;
        }

        private Found quote(int qi, int s, int[] r, int lo, int hi, Found previous) {
            MarkedQuote mq = top.get(qi);
            int openTok = t.tokenAt(mq.open());
            int closeTok = closeToken(mq);
            int closeSentence = closeTok < t.size() ? sentenceOf[Math.max(0, closeTok)] : s;
            if (closeSentence != s) {
                hi = sentences.get(closeSentence)[1];
                if (hi > closeTok + 1) {
                    // a following quote in the closing sentence bounds the region
                    for (int m = closeTok + 1; m < hi; m++) {
                        if (t.quote[m] >= 0 && t.quote[m] != qi) {
                            hi = m - 1;
                            break;
                        }
                    }
                }
            }
            Found f = new Found();
            f.marked = true;
            f.sentence = s;
            f.paragraph = t.paragraph[Math.min(openTok, t.size() - 1)];
            for (Span part : mq.parts()) {
                Span trimmed = trimComma(part);
                if (trimmed != null) {
                    f.spans.add(trimmed);
                }
            }
            if (f.spans.isEmpty()) {
                return null;
            }
            int firstContent = firstLetter(mq.contentStart(), mq.contentEnd());
            boolean upper = firstContent >= 0 && Character.isUpperCase(text.charAt(firstContent));
            int words = wordCount(mq);
            boolean beforeEmpty = true;
            for (int i = lo; i < openTok; i++) {
                if (t.isWord(i)) {
                    beforeEmpty = false;
                    break;
                }
            }
            boolean afterEmpty = true;
            for (int i = closeTok + 1; i < hi; i++) {
                if (t.isWord(i)) {
                    afterEmpty = false;
                    break;
                }
            }
            int prevTok = openTok - 1;
            boolean colonBefore = prevTok >= lo && (t.isPunct(prevTok, ':'));
            boolean commaBefore = prevTok >= lo && t.isPunct(prevTok, ',');
            Attr after = afterAttribution(closeTok + 1, hi);
            char lastInside = lastContentChar(mq);
            if (after == null && (lastInside == ',' || lastInside == '?' || lastInside == '!')) {
                after = verbShapedAttribution(closeTok + 1, hi);
            }
            Attr before = beforeAttribution(openTok, lo, r[0], previous);
            boolean frameBefore = before != null && before.frame && !(prevTok >= lo && EMBEDDING.has(t, prevTok));
            // "A," he said, and "B." / but "B." / he said "B.": a second half; "A," she said, adding that it "B": a
            // quote inside the writer's clause
            boolean afterWritersWord = prevTok >= lo && t.isWord(prevTok) && !coordinatedAfterComma(prevTok)
                    && !(previous != null && endsAttributionOf(previous, prevTok));
            if (previous != null && previous.kind == Kind.DIRECT && previous.source == Source.AFTER
                    && previous.sentence == s && (after == null || after.cueFrom == previous.cueFrom)
                    && !afterWritersWord && !titleName(mq, words) && !titleOfWork(prevTok, lo, mq, words)
                    && (before != null && before.cueFrom == previous.cueFrom
                    || onlyFrameBetween(previous.attributionEnd + 1, openTok))) {
                // split quote: "We will," he said, "not back down."
                previous.spans.addAll(f.spans);
                return previous;
            }

            boolean wordAfter = closeTok + 1 < hi && t.isWord(closeTok + 1) && t.quote[closeTok + 1] < 0;
            if (after == null && beforeEmpty && wordAfter && (lastInside == ',' || lastInside == '?'
                    || lastInside == '!')) {
                after = longSubjectAttribution(closeTok + 1, hi);
            }
            boolean embedded = beforeEmpty && after == null && wordAfter && cueBetween(closeTok + 1, hi);
            boolean endsClause = lastInside == '.' || lastInside == '?' || lastInside == '!' || lastInside == ','
                    || lastInside == '…' || lastInside == '-' || lastInside == '—';
            // he thought that "Yellen is keeping rates too low" to help Obama: the writer's sentence goes on
            boolean continues = after == null && wordAfter && !endsClause && !t.isCapitalized(closeTok + 1);
            boolean endsSentence = afterEmpty && (lastInside == '.' || lastInside == '?' || lastInside == '!'
                    || lastInside == '…');
            // he answered, "I have no idea." / she added, "we also can't ignore it.": a whole utterance after a comma
            // (not after an introductory phrase without any cue: If the bill passes, "I think it will ...": the
            // speaker's words complete the writer's sentence)
            boolean wholeAfterComma = endsSentence && words >= 4 && commaBefore && upper && !titleCase(mq)
                    && (speechBefore(lo, prevTok) || after != null)
                    || endsSentence && words >= 3 && !upper && (commaBefore || colonBefore) && before != null
                    && before.frame && before.speaker != null && sentenceInitial(before.speaker[0], r[0]);
            // grant program, "states were hemorrhaging money. They needed it," DeSantis said.: sentences of the speaker
            boolean sentencesAttributedAfter = !upper && after != null && after.speaker != null
                    && (commaBefore || colonBefore || prevTok >= lo && (t.isPunct(prevTok, '—') || t.isPunct(prevTok, '-')))
                    && innerSentenceEnd(mq);
            // ... to Mexico - ''I love Oreos,'' he said, ''I will never eat them again'' - and ...: an aside
            boolean dashAside = upper && after != null && after.speaker != null && lastInside == ','
                    && prevTok >= lo && (t.isPunct(prevTok, '—') || t.isPunct(prevTok, '-') || t.isPunct(prevTok, '–'));
            // "...," the mayor said. Instead, "we will ask the state for help.": an introductory phrase alone before a
            // quote that closes its sentence, while a quote of the paragraph has a speaker: that speaker goes on
            boolean introBeforeQuotedSpeaker = endsSentence && words >= 3 && commaBefore && before == null
                    && after == null && lo == r[0] && shortIntroduction(lo, prevTok) && !titleCase(mq)
                    && quotedSpeakerInParagraph(f.paragraph);
            boolean direct = wholeAfterComma || sentencesAttributedAfter || dashAside || introBeforeQuotedSpeaker
                    || (beforeEmpty && !embedded && (upper || after != null || afterEmpty && words >= 4))
                    || (frameBefore && !continues && (upper && before.weight >= 0.75 || colonBefore))
                    || (colonBefore && upper)
                    || (commaBefore && upper && (after != null || before != null))
                    || (before != null && before.frame && before.cueTo == openTok && words >= 4 && !continues
                        && !EMBEDDING.has(t, prevTok) && before.weight >= 0.75);
            if (direct && !beforeEmpty && titleName(mq, words)) {
                direct = false; // calling Christie "New Jersey's Biggest Loser"
            }
            boolean workTitle = titleOfWork(prevTok, lo, mq, words);
            if (direct && workTitle) {
                // she said on KXTV's "Morning Report." / in her memoir, "Hard Roads Home.": a title, whatever the
                // punctuation inside the marks
                direct = false;
            }
            if (direct && beforeEmpty && after == null && wordAfter
                    && (continues || titleName(mq, words) || listItem(previous, s, openTok, words))) {
                // "Sons of Trump" happily roots around ... / "Top secret" is the highest level / ''Billions,'' on
                // Showtime, is ...: a title or term the writer's sentence is about
                direct = false;
            }
            if (direct && beforeEmpty && wordAfter && Character.isLetterOrDigit(lastInside) && titleName(mq, words)) {
                direct = false; // "Daily Show" host Trevor Noah showed ...: no comma, a name the sentence goes on with
            }
            if (direct && listItem(previous, s, openTok, words) && !endsSentence) {
                direct = false; // words such as "attack," "Benghazi," "Libya" and "talking points"
            }
            if (direct && prevTok >= lo && t.isWord(prevTok) && !upper && firstContent >= 0
                    && PREDICATE_START.has(t, t.tokenAt(firstContent))) {
                direct = false; // the United States "must stop ...": the quote is the predicate of the writer's subject
            }
            if (direct && prevTok >= lo && t.isWord(prevTok) && titleCaseBefore(lo, prevTok)) {
                // Hollande Says Donald Trump 'Makes You Want To Retch.': in a Title Case headline every word is
                // capitalized, so a quote right after a word is the end of the writer's sentence
                direct = false;
            }
            if (direct && !beforeEmpty && runsOnAfterQuote(closeTok, hi, lastInside)) {
                // de Blasio said, "I have not heard that concern" from the police.: the writer's sentence goes on
                // with a phrase of its own after the marks, so the quoted words are part of it
                direct = false;
            }
            if (direct && words >= 2 && inCapitals(mq) && (after == null || after.speaker == null)
                    && (before == null || before.speaker == null)) {
                direct = false; // "DIVISIVE, STUPID AND WRONG" and no one said it: a headline or a banner, not speech
            }
            // As The Post's Dana Milbank puts it, "..." / as a prosecutor put it, "apart from ...": an "as" clause
            // naming a source before the comma, and the quote closes the sentence: the source's whole utterance
            int[] asSource = endsSentence && commaBefore && words >= 2 && after == null
                    && !(firstContent >= 0 && PREDICATE_START.has(t, t.tokenAt(firstContent)))
                    ? asClauseSource(lo, prevTok, r[0]) : null;
            direct |= asSource != null;
            // the protesters gathered, chanting "no contract, no peace" / children yelling "eminent domain!": the
            // words right after a verb of shouting are what was shouted, a whole utterance however short
            if (!direct && mannerVerbBefore(openTok, lo) && before != null && before.speaker != null) {
                direct = true;
            }
            if (direct) {
                f.kind = Kind.DIRECT;
                Attr a = beforeEmpty && after != null ? after : frameBefore ? before : after;
                if (a == before && a != null && a.speaker == null && a.sameAs == null && after != null) {
                    a = after;
                }
                if (a == null && before != null && (colonBefore || commaBefore || before.cueTo == openTok)) {
                    a = before;
                }
                boolean statementComma = commaBefore && a == null && prevTok - 1 >= lo
                        && (STATEMENT_NOUNS.has(t, prevTok - 1) || verbBeforeComma(prevTok - 1, lo));
                if (asSource != null && (a == null || a.speaker == null && a.sameAs == null)) {
                    a = before != null ? new Attr(before.cueFrom, before.cueTo, asSource, before.weight, true, -1, null)
                            : new Attr(-1, -1, asSource, 0.6, false, -1, null);
                }
                int[] signed = colonBefore ? nameAfterDash(lo, openTok) : null;
                if (signed != null && (a == null || a.cueTo <= signed[0])) {
                    // a cue word of the headline before the dash does not attribute the quote: the name does
                    a = new Attr(-1, -1, signed, 0.6, false, -1, null);
                }
                if ((a == null || a.speaker == null && a.sameAs == null) && (colonBefore || statementComma)
                        && !beforeEmpty) {
                    // Clinton: "..." / X put it this way: "..." / Trump issued a statement, "..."
                    int[] subject = colonBefore ? citedSource(lo, openTok) : null;
                    if (subject == null) {
                        subject = colonSubject(lo, openTok);
                    }
                    if (subject != null) {
                        a = a == null ? new Attr(-1, -1, subject, 0.6, false, -1, null)
                                : new Attr(a.cueFrom, a.cueTo, subject, a.weight, a.frame, a.end, null);
                    }
                }
                if (a != null) {
                    apply(f, a);
                    f.source = a == after ? Source.AFTER : Source.BEFORE;
                    f.attributionEnd = a == after ? a.end : -1;
                    f.confidence = 0.75 + 0.2 * a.weight;
                } else if (beforeEmpty || introBeforeQuotedSpeaker) {
                    // "A," X said. "B." (and "B" followed by the writer's words): one quote, as papers run it; so
                    // too "A," X said. Instead, "B."
                    Found join = joinable(f);
                    if (join == null) {
                        join = paragraphAfterClosingAttribution(f, openTok);
                    }
                    if (join != null) {
                        join.spans.addAll(f.spans);
                        return join;
                    }
                    context(f);
                    if (continuesReportedSpeech(f)) {
                        f.kind = Kind.PARTIAL;
                    }
                } else if (!colonBefore) {
                    context(f);
                }
                // a colon lead-in whose subject was not found (One early critic, Ann Lee, a retired teacher, gave the
                // idea a try on the radio: "...") introduces someone the paragraph's earlier speaker is not: no
                // speaker rather than that one (train: all 3 such quotes, 2 with another speaker in gold, 1 with none)
                found.add(f);
                return f;
            }
            if (workTitle || isOther(openTok, lo, mq, words, before, after)) {
                f.kind = Kind.OTHER;
                f.confidence = 0.6;
                found.add(f);
                return f;
            }
            f.kind = Kind.PARTIAL;
            Attr a = before != null ? before : after;
            if (a != null) {
                apply(f, a);
                f.source = a == after ? Source.AFTER : Source.BEFORE;
                f.confidence = 0.55 + 0.35 * a.weight;
            } else {
                f.confidence = 0.4;
            }
            found.add(f);
            return f;
        }

        /**
         * A past-tense verb outside the lexicon, maybe with an adverb or circumstances, ending the clause before a
         * comma and a quote: Billy Joel sings, "..." / Clinton emphatically proclaimed at a press conference, "...".
         */
        private boolean verbBeforeComma(int k, int lo) {
            for (int i = k; i >= lo && k - i <= 5; i--) {
                if (!t.isWord(i) || t.quote[i] >= 0) {
                    return false;
                }
                String w = t.lower(i);
                if (!t.isCapitalized(i) && (w.endsWith("ed") && w.length() > 4 || w.endsWith("s") && !w.endsWith("ss")
                        && w.length() > 3 && i > lo && (t.isCapitalized(i - 1) || Words.PRONOUNS.has(t, i - 1)))
                        && !lex.isNoun(t, i) && cueAt[i] == null) {
                    return true;
                }
                if (!(FRAME_WORDS.has(t, i) || t.isCapitalized(i))) {
                    return false;
                }
            }
            return false;
        }

        /**
         * The source of an "as" clause that ends at the comma {@code comma} and opens its sentence or follows a comma
         * (As Politico reported, / But at the time, as the prosecutor put it, / As the band sang in the 1980s,): the
         * name, pronoun or source noun right after "as", followed by a lower-case word that is not a preposition (a
         * verb: not "as a couple with ...", "as for ..."); or null.
         */
        private int[] asClauseSource(int lo, int comma, int sentenceFrom) {
            for (int k = comma - 1; k >= lo && comma - k <= 16; k--) {
                if (t.quote[k] >= 0 || t.isPunct(k, ',') || t.isPunct(k, ':') || t.isPunct(k, ';')) {
                    return null;
                }
                if (!AS.has(t, k)) {
                    continue;
                }
                if (!(sentenceInitial(k, sentenceFrom) || k > lo && t.isPunct(k - 1, ','))) {
                    return null;
                }
                // the first lower-case word whose subject chunk starts right after "as" is the verb
                int lower = 0;
                for (int v = k + 2; v < comma && lower < 3; v++) {
                    if (!t.isWord(v) || t.isCapitalized(v) || lex.isTitle(t, v) || lex.isPersonNoun(t, v)
                            || lex.isOrgNoun(t, v)) {
                        continue; // the Hollywood columnist Ann Lee: still the subject
                    }
                    lower++;
                    if (NOUN_PREPOSITIONS.has(t, v) || AS.has(t, v) || AS_CLAUSE_STOPS.has(t, v)) {
                        return null;
                    }
                    int[] spk = speakers.before(t, v, k + 1);
                    if (spk != null && spk[0] == k + 1 && speech.speakerLike(spk)) {
                        return spk;
                    }
                }
                return null;
            }
            return null;
        }

        /**
         * The noun phrase between "with" and the participle at {@code c} (with many marchers and spectators chanting,
         * with his aides saying): the participle's subject in that absolute construction; or null.
         */
        private int[] withSubject(int c, int sentenceFrom) {
            for (int k = c - 1; k >= sentenceFrom && c - k <= 7; k--) {
                if (!t.isWord(k) || t.quote[k] >= 0) {
                    return null;
                }
                if (WITH.has(t, k)) {
                    if (k + 1 >= c) {
                        return null;
                    }
                    String head = t.lower(c - 1);
                    boolean plural = head.length() > 3 && head.endsWith("s") && !head.endsWith("ss");
                    return plural || speech.speakerLike(new int[] {k + 1, c}) ? new int[] {k + 1, c} : null;
                }
            }
            return null;
        }

        /**
         * A verb of shouting (chant, shout, yell, scream, in any form) right before the opening mark at {@code openTok},
         * with at most a comma or colon between: the quote is the shouted words.
         */
        private boolean mannerVerbBefore(int openTok, int lo) {
            int v = openTok - 1;
            if (v >= lo && (t.isPunct(v, ',') || t.isPunct(v, ':'))) {
                v--;
            }
            return v >= lo && cueAt[v] != null && cueAt[v].length() == 1 && SHOUTING.has(t, v);
        }

        /** A cue, or a verb outside the lexicon ending the clause (Billy Joel sings,), before the comma at {@code comma}. */
        private boolean speechBefore(int lo, int comma) {
            for (int i = lo; i < comma; i++) {
                if (cueAt[i] != null) {
                    return true;
                }
            }
            return comma - 1 >= lo && verbBeforeComma(comma - 1, lo);
        }

        /** The words from {@code lo} to {@code last} are at least three and all capitalized (or short function words). */
        private boolean titleCaseBefore(int lo, int last) {
            int capitalized = 0;
            for (int i = lo; i <= last; i++) {
                if (!t.isWord(i) || t.startsWithDigit(i)) {
                    continue;
                }
                if (t.isCapitalized(i)) {
                    capitalized++;
                } else if (!Words.TITLE_SMALL.has(t, i)) {
                    return false;
                }
            }
            return capitalized >= 3;
        }

        /** A short quote right after another quote of the same sentence, only a comma, "and" or "or" between. */
        private boolean listItem(Found previous, int s, int openTok, int words) {
            if (previous == null || previous.sentence != s || words > 4) {
                return false;
            }
            int k = openTok - 1;
            while (k >= 0 && t.quote[k] < 0 && (t.isPunct(k, ',') || t.isMark(k) || Words.AND_OR.has(t, k))) {
                k--;
            }
            return k >= 0 && t.quote[k] >= 0;
        }

        /** Token {@code k} is the last of the cue or of the speaker of quote {@code f} ("A," Trump said "B."). */
        private boolean endsAttributionOf(Found f, int k) {
            return f.cueTo - 1 == k || f.speaker != null && f.speaker[1] - 1 == k;
        }

        /** ", and" / ", or" / ", but" right before a quote: the second half of a split quote ("A," she said, and "B."). */
        private boolean coordinatedAfterComma(int prevTok) {
            return prevTok > 0 && (Words.AND_OR.has(t, prevTok) || BUT.has(t, prevTok)) && t.isPunct(prevTok - 1, ',');
        }

        /**
         * Whether the writer's sentence runs on right after the closing mark: the quote ends without punctuation and
         * a preposition or subordinator of the writer follows ("... concern" from the police, "..." until the vote).
         */
        private boolean runsOnAfterQuote(int closeTok, int hi, char lastInside) {
            int next = closeTok + 1;
            return next < hi && Character.isLetter(lastInside) && t.isWord(next) && t.quote[next] < 0
                    && !t.isCapitalized(next) && RUN_ON_WORDS.has(t, next);
        }

        private boolean onlyFrameBetween(int from, int to) {
            if (from <= 0) {
                return false;
            }
            for (int i = from; i < to; i++) {
                if (t.isWord(i) && !(i + 1 == to || t.isMark(i + 1)) || t.quote[i] >= 0) {
                    return false;
                }
                if (t.isWord(i) && !Words.AND_OR.has(t, i)) {
                    return false; // "A," she said, and "B." / "A," he said, or "B."
                }
            }
            return true;
        }

        /** A quote-only sentence right after a sentence that ended with an attributed direct quote, same paragraph. */
        private Found joinable(Found f) {
            Found last = null;
            for (int k = found.size() - 1; k >= 0; k--) {
                Found g = found.get(k);
                if (g.kind == Kind.PARTIAL && g.sentence == f.sentence - 1 && k > 0
                        && found.get(k - 1).sentence == g.sentence && found.get(k - 1).kind == Kind.DIRECT) {
                    continue; // a title in the attribution: "...," he said on "Meet the Press." "..."
                }
                if (g.kind == Kind.OTHER || g.kind == Kind.INDIRECT) {
                    if (g.sentence < f.sentence - 1) {
                        break;
                    }
                    continue; // a title or reported speech inside the attribution sentence
                }
                last = g;
                break;
            }
            if (last == null) {
                return null;
            }
            boolean partialAfter = last.kind == Kind.PARTIAL && last.source == Source.AFTER;
            // a quote over several paragraphs ends, with its attribution, in the paragraph of its last part
            int lastPart = t.tokenAt(last.spans.get(last.spans.size() - 1).start());
            int lastParagraph = lastPart < t.size() ? t.paragraph[lastPart] : last.paragraph;
            int lastSentence = lastPart < t.size() ? sentenceOf[lastPart] : last.sentence;
            if (last.kind != Kind.DIRECT && !partialAfter || lastParagraph != f.paragraph
                    || lastSentence != f.sentence - 1 && last.sentence != f.sentence - 1
                    || (last.speaker == null && last.sameSpeakerAs == null)) {
                return null;
            }
            return last;
        }

        /**
         * A quote-only paragraph right after a paragraph that is one quote and its closing attribution ("A," X
         * said.), the speaker going on: one quote, as PolNeAR joins it about five times in six in train (a quote
         * paragraph after other shapes, much less often). Returns the quote to join, or null.
         */
        private Found paragraphAfterClosingAttribution(Found f, int openTok) {
            if (openTok == 0 || t.paragraph[openTok - 1] != f.paragraph - 1 || !paragraphIsOnlyQuotes(f.paragraph)) {
                return null;
            }
            Found last = null;
            for (int k = found.size() - 1; k >= 0; k--) {
                Found g = found.get(k);
                if (g.kind == Kind.DIRECT) {
                    last = g;
                    break;
                }
            }
            if (last == null || last.source != Source.AFTER || last.speaker == null || last.paragraph != f.paragraph - 1
                    || last.spans.size() != 1) {
                return null;
            }
            int first = t.tokenAt(last.start());
            int open = first - 1;
            while (open > 0 && t.isMark(open - 1) && t.paragraph[open - 1] == last.paragraph) {
                open--; // the opening mark(s) of the quote
            }
            if (open > 0 && t.paragraph[open - 1] == last.paragraph) {
                return null; // the writer's words before the quote
            }
            boolean words = false;
            for (int i = t.tokenAt(last.spans.get(0).end()); i < openTok; i++) {
                if (t.quote[i] >= 0 && t.quote[i] != t.quote[first] && t.paragraph[i] == last.paragraph) {
                    return null; // another quote after it in its paragraph
                }
                words |= t.isWord(i) && t.quote[i] < 0;
            }
            return words ? last : null;
        }

        /**
         * A quote-only sentence or paragraph without an attribution of its own whose speaker goes on from reported
         * speech (The mayor said the city would appeal. "We are not done yet."): the writer's report and the
         * quoted words are one attribution, which PolNeAR labels mixed. On train 56 such quotes in 52 articles were
         * direct: about 11 (weighted by annotator) matched a gold direct quote, 4 of them with its speaker, and 45
         * did not (37 inside a gold mixed attribution). Partial: the same words and speaker, not a whole utterance
         * of its own.
         */
        private boolean continuesReportedSpeech(Found f) {
            return f.source == Source.CONTEXT && f.sameSpeakerAs != null && f.sameSpeakerAs.kind == Kind.INDIRECT;
        }

        /**
         * Whether [from, comma) is a short introductory phrase (Instead / Unless the council acts / For voters, on
         * the other hand): at most {@link #INTRO_WORDS} words, so a whole clause of the writer's is not one.
         */
        private boolean shortIntroduction(int from, int comma) {
            int words = 0;
            for (int i = from; i < comma; i++) {
                if (t.isWord(i) && ++words > INTRO_WORDS) {
                    return false;
                }
            }
            return words > 0;
        }

        /**
         * Whether the latest quote of paragraph {@code paragraph} that passes a speaker on is a quote in marks (direct
         * or partial), not reported speech nor a learned cue: the speaker {@link #context} would carry on.
         */
        private boolean quotedSpeakerInParagraph(int paragraph) {
            for (int k = found.size() - 1; k >= 0; k--) {
                Found g = found.get(k);
                if (g.paragraph != paragraph) {
                    return false;
                }
                if ((g.speaker != null || g.sameSpeakerAs != null) && g.kind != Kind.OTHER && !g.learned) {
                    return g.marked && g.kind != Kind.INDIRECT;
                }
            }
            return false;
        }

        /** A quote without attribution of its own: the speaker of the paragraph, or of the one before. */
        private void context(Found f) {
            f.confidence = 0.5;
            for (int k = found.size() - 1; k >= 0; k--) {
                Found g = found.get(k);
                if (g.paragraph != f.paragraph) {
                    break;
                }
                if ((g.speaker != null || g.sameSpeakerAs != null) && g.kind != Kind.OTHER && !g.learned) {
                    f.sameSpeakerAs = g.sameSpeakerAs != null ? g.sameSpeakerAs : g;
                    f.source = Source.CONTEXT;
                    f.confidence = 0.7;
                    return;
                }
            }
            int[] bare = bareAttribution(f.sentence - 1, f.paragraph);
            if (bare != null) {
                // Sam Lau said in a statement. "There are no ballots to recount."
                f.cueFrom = bare[0];
                f.cueTo = bare[1];
                f.speaker = new int[] {bare[2], bare[3]};
                f.source = Source.BEFORE;
                f.confidence = 0.8;
                return;
            }
            if (!paragraphIsOnlyQuotes(f.paragraph)) {
                if (opensParagraph(f)) {
                    fromLeadIn(f); // X continued:|"...," and the writer's words after it
                }
                return;
            }
            int[] signed = signatureAfter(f);
            if (signed != null) {
                f.speaker = signed; // "..." and a paragraph of its own: - Bernie Sanders.
                f.source = Source.AFTER;
                f.confidence = 0.8;
                return;
            }
            if (fromLeadIn(f)) {
                return;
            }
            for (int k = found.size() - 1; k >= 0; k--) {
                Found g = found.get(k);
                if (g.paragraph < f.paragraph - 1) {
                    break;
                }
                if (g.paragraph == f.paragraph - 1 && g.kind != Kind.OTHER && !g.learned
                        && (g.speaker != null || g.sameSpeakerAs != null)) {
                    f.sameSpeakerAs = g.sameSpeakerAs != null ? g.sameSpeakerAs : g;
                    f.source = Source.CONTEXT;
                    f.confidence = 0.65;
                    return;
                }
            }
        }

        /** The attribution of a lead-in paragraph that ends with a colon (X continued:) right before the quote's. */
        private boolean fromLeadIn(Found f) {
            if (speech.leadIn == null || speech.leadInParagraph != f.paragraph - 1) {
                return false;
            }
            f.cueFrom = speech.leadIn[0];
            f.cueTo = speech.leadIn[1];
            f.speaker = new int[] {speech.leadIn[2], speech.leadIn[3]};
            f.source = Source.BEFORE;
            f.confidence = 0.85;
            return true;
        }

        /**
         * The quote is the first thing in its paragraph: after a lead-in paragraph ending with a colon it is what was
         * introduced, whatever the writer adds after it in the paragraph.
         */
        private boolean opensParagraph(Found f) {
            int k = t.tokenAt(f.start()) - 1;
            while (k >= 0 && t.isMark(k) && t.paragraph[k] == f.paragraph) {
                k--;
            }
            return k < 0 || t.paragraph[k] != f.paragraph;
        }

        /**
         * Sentence {@code s} of paragraph {@code paragraph} is an attribution without content (X said in a statement.),
         * so the quote sentence after it is what was said: {cueFrom, cueTo, speakerFrom, speakerTo}, or null.
         */
        private int[] bareAttribution(int s, int paragraph) {
            if (s < 0) {
                return null;
            }
            int[] r = sentences.get(s);
            if (t.paragraph[r[0]] != paragraph) {
                return null;
            }
            int last = r[1] - 1;
            if (last <= r[0] || !t.isPunct(last, '.')) {
                return null;
            }
            for (int i = r[0]; i < last; i++) {
                if (t.quote[i] >= 0 || t.isMark(i)) {
                    return null;
                }
            }
            for (int c = last - 1; c > r[0] && last - c <= 8; c--) {
                CueLexicon.Entry e = cueAt[c];
                if (e == null) {
                    continue;
                }
                if (e.weight() < 0.5 || e.participle() || e.cueClass() == CueLexicon.CueClass.PREP
                        || !speech.tailOk(c + e.length(), last)) {
                    return null;
                }
                int[] spk = speakers.before(t, c, r[0]);
                if (t.isPunct(c - 1, ',')) {
                    // Sam Reed, the port director, said in a statement.
                    int[] subject = speakers.subject(t, r[0], c);
                    return subject != null && t.isPunct(subject[1], ',') && speech.speakerLike(subject)
                            ? new int[] {c, c + e.length(), subject[0], subject[1]} : null;
                }
                if (spk == null || !speech.speakerLike(spk)) {
                    return null;
                }
                for (int i = spk[1]; i < c; i++) {
                    if (!Words.BETWEEN.has(t, i) && !t.isPunct(i, ',')) {
                        return null;
                    }
                }
                return new int[] {c, c + e.length(), spk[0], spk[1]};
            }
            return null;
        }

        /** A paragraph of its own after a quote paragraph that is a dash and a name: - Bernie Sanders. */
        private int[] signatureAfter(Found f) {
            int i = t.tokenAt(f.spans.get(f.spans.size() - 1).end());
            while (i < t.size() && t.paragraph[i] == f.paragraph && !t.isWord(i)) {
                i++;
            }
            if (i >= t.size() || t.paragraph[i] != f.paragraph + 1
                    || !(t.isPunct(i, '-') || t.isPunct(i, '—') || t.isPunct(i, '–') || t.isPunct(i, '―'))) {
                return null;
            }
            int end = i + 1;
            while (end < t.size() && t.paragraph[end] == f.paragraph + 1) {
                end++;
            }
            int[] name = speakers.after(t, i + 1, end);
            if (name == null || name[0] != i + 1 || !t.isCapitalized(name[0])) {
                return null;
            }
            return name[1] >= end || t.isPunct(name[1], '.') || t.isPunct(name[1], ',') ? name : null;
        }

        private boolean paragraphIsOnlyQuotes(int paragraph) {
            for (int[] r : sentences) {
                if (t.paragraph[r[0]] != paragraph) {
                    continue;
                }
                for (int i = r[0]; i < r[1]; i++) {
                    if (t.isWord(i) && t.quote[i] < 0) {
                        return false;
                    }
                }
            }
            return true;
        }

        private boolean isOther(int openTok, int lo, MarkedQuote mq, int words, Attr before, Attr after) {
            if (attributeValue(mq)) {
                return true;
            }
            boolean spoken = after != null && (after.speaker != null || after.sameAs != null);
            if (!spoken && words >= 2 && inCapitals(mq)) {
                return true;
            }
            for (int i = openTok - 1; i >= Math.max(lo, openTok - 2) && !spoken; i--) {
                if (Words.OTHER_TRIGGERS.has(t, i)) {
                    return true; // so-called, dubbed, known (as)
                }
            }
            if (titleName(mq, words)) {
                return true;
            }
            return before == null && after == null && words <= 3;
        }

        /**
         * The value of a markup attribute left in the body ({@code <tweet tweet-id="7712..." author="@x">}): marks
         * right after '=' enclose no speech. (In PolNeAR's training texts 220 such values, 122 of them read as
         * partial quotes before this rule, none of them annotated.)
         */
        private boolean attributeValue(MarkedQuote mq) {
            return mq.open() > 0 && text.charAt(mq.open() - 1) == '=';
        }

        /** A Title Case name of up to 8 words without end punctuation. */
        private boolean titleName(MarkedQuote mq, int words) {
            String content = text.substring(mq.contentStart(), mq.contentEnd()).strip();
            if (content.endsWith(",") && content.length() > 1) {
                content = content.substring(0, content.length() - 1);
            }
            char lastChar = content.charAt(content.length() - 1);
            boolean punctEnd = lastChar == '.' || lastChar == '?' || lastChar == '!';
            return !punctEnd && words <= 8 && titleCase(mq);
        }

        /**
         * A Title Case quote of up to 8 words right after a possessive ({@code on KXTV's "Morning Report."}, {@code
         * WXYZ's "City Desk,"}) or after the noun of a work ({@code her 2014 book, "Hard Roads Home."}, {@code on the
         * podcast "Main Street Live."}) is the title of a show or work, also with a period or comma inside the marks
         * (which {@link #titleName} reads as the end of an utterance). On train 61 such quotes after a possessive (54
         * articles) and 51 after a work noun (40 articles), none a gold direct quote; 3 were joined to the quote before
         * them as its second half, 3 were direct quotes of their own.
         */
        private boolean titleOfWork(int prevTok, int lo, MarkedQuote mq, int words) {
            if (prevTok < lo || words > 8) {
                return false;
            }
            int noun = t.isPunct(prevTok, ',') ? prevTok - 1 : prevTok;
            boolean owner = Words.POSSESSIVE_S.has(t, prevTok) || noun >= lo && WORK_NOUNS.has(t, noun);
            return owner && titleCase(mq);
        }

        private boolean titleCase(MarkedQuote mq) {
            int from = t.tokenAt(mq.contentStart());
            boolean any = false;
            for (int i = from; i < t.size() && t.start[i] < mq.contentEnd(); i++) {
                if (!t.isWord(i)) {
                    continue;
                }
                if (t.startsWithDigit(i)) {
                    continue;
                }
                if (t.isCapitalized(i)) {
                    any = true;
                } else if (!Words.TITLE_SMALL.has(t, i)) {
                    return false;
                }
            }
            return any;
        }

        // ---------------------------------------------------------------- attributions

        /** A cue and its speaker. */
        private record Attr(int cueFrom, int cueTo, int[] speaker, double weight, boolean frame, int end,
                            Found sameAs) {
        }

        private void apply(Found f, Attr a) {
            f.cueFrom = a.cueFrom;
            f.cueTo = a.cueTo;
            f.speaker = a.speaker;
            f.sameSpeakerAs = a.sameAs;
        }

        /** "...," X said / "...," said X / "...," according to X: reading from {@code from} (after the quote). */
        private Attr afterAttribution(int from, int hi) {
            if (from < hi && (t.isPunct(from, '―') || t.isPunct(from, '—') || t.isPunct(from, '–'))) {
                // "..." ― Steve Quinlan: a signature after a dash
                int[] name = speakers.after(t, from + 1, hi);
                if (name != null && onlyPunct(name[1], hi) && t.isCapitalized(name[0])) {
                    return new Attr(-1, -1, name, 0.8, false, name[1] - 1, null);
                }
            }
            int j = from;
            while (j < hi && (t.isPunct(j, ',') || t.isPunct(j, '—') || t.isPunct(j, '–') || t.isPunct(j, '-')
                    || t.isMark(j) && t.quote[j] < 0 && j == from)) {
                j++; // also the stray third apostrophe of a closing ,''' before said X
            }
            for (int c = j; c < hi && c - j <= 30; c++) {
                // (R-Fla.) / McConnell, R-Ky., said
                boolean abbreviation = t.isPunct(c, '.') && c + 1 < hi && (t.isPunct(c + 1, ')')
                        || t.isPunct(c + 1, ',') && c > j && t.isWord(c - 1) && t.isCapitalized(c - 1));
                if (t.quote[c] >= 0 || t.isMark(c) || t.isPunct(c, '.') && !abbreviation || t.isPunct(c, ';')
                        || t.isPunct(c, ':')
                        || t.isPunct(c, '?') || t.isPunct(c, '!')) {
                    break;
                }
                if (c - j > 10 && !commaBetween(j, c)) {
                    break;
                }
                CueLexicon.Entry e = cueAt[c];
                if (e == null && statesAfterSubject(j, c, hi)) {
                    e = STATES_CUE;
                }
                if (e == null) {
                    continue;
                }
                int cueEnd = c + e.length();
                int[] spk;
                if (c == j && t.isCapitalized(c) && e.cueClass() != CueLexicon.CueClass.PREP && cueEnd < hi
                        && cueAt[cueEnd] != null && !cueAt[cueEnd].participle()) {
                    continue; // "...," Read said.: a name that is also a cue word, before the cue
                }
                if (c == j || e.cueClass() == CueLexicon.CueClass.PREP) {
                    if (c != j) {
                        continue;
                    }
                    spk = speakers.after(t, cueEnd, hi);
                    if (spk == null) {
                        return null;
                    }
                    int end = spk[1] - 1;
                    if (spk[1] < hi && t.isPunct(spk[1], ',')) {
                        // said Jaime Harrison, chair of the party. : the appositive belongs to the frame
                        int k = spk[1];
                        while (k < hi && t.quote[k] < 0 && !t.isMark(k) && !t.isPunct(k, '.') || k < hi && t.isPunct(k, '.') && t.isWord(k)) {
                            k++;
                        }
                        end = k - 1;
                    }
                    return new Attr(c, cueEnd, spk, e.weight(), false, end, null);
                }
                if (e.participle()) {
                    return null;
                }
                spk = speakers.before(t, c, j);
                if ((spk == null || spk[0] > j + 1) && e.weight() >= 0.75 && t.isPunct(c - 1, ',')) {
                    // "...," Miller, a retired worker from Ohio, said: the name before the appositive
                    int[] name = speakers.after(t, j, c);
                    if (name != null && name[0] == j && name[1] < c && t.isPunct(name[1], ',')
                            && t.isCapitalized(j)) {
                        spk = name;
                    }
                }
                if (spk == null || spk[0] > j + 1) {
                    spk = subjectBeforeCue(j, c, spk);
                }
                if (spk == null || spk[0] > j + 1) {
                    if (c - j <= 1) {
                        return null;
                    }
                    continue;
                }
                return new Attr(c, cueEnd, spk, e.weight(), false, frameEnd(cueEnd, hi), null);
            }
            return null;
        }

        /**
         * "...," the document states. / "...," the officials state in the report: after a quote and its subject,
         * "states" is the verb of the attribution, though it is left out of the lexicon because it is nearly always
         * a noun elsewhere (the 50 states, Western states). Only in the subject order, and only where the clause ends
         * or a place phrase follows, so "the governor of the state said" keeps its cue.
         */
        private boolean statesAfterSubject(int j, int c, int hi) {
            return c > j && STATES_VERB.has(t, c) && !t.isCapitalized(c) && (c + 1 >= hi || t.isPunct(c + 1, '.')
                    || t.isPunct(c + 1, ',') || Words.IN.has(t, c + 1));
        }

        /**
         * A sentence that opens with a quote ending in a comma, question or exclamation mark and goes on to a cue: the
         * words before the cue are its subject however long ("...," the Florida senator and Republican presidential
         * candidate said / "...?" a reporter can be heard asking / "...," wrote the authors of the "Project").
         */
        private Attr longSubjectAttribution(int j, int hi) {
            for (int c = j; c < hi && c - j <= 20; c++) {
                if (t.quote[c] >= 0 || t.isPunct(c, '.') || t.isPunct(c, ';') || t.isPunct(c, ':')
                        || t.isPunct(c, '?') || t.isPunct(c, '!')) {
                    return null;
                }
                CueLexicon.Entry e = cueAt[c];
                if (e == null || e.weight() < 0.75 || e.cueClass() == CueLexicon.CueClass.PREP) {
                    continue;
                }
                if (e.participle() && c > j && !t.lower(c - 1).equals("heard")) {
                    return null; // "...," Blige sings to Clinton before asking her: no cue of its own
                }
                int cueEnd = c + e.length();
                if (c == j) {
                    int end = cueEnd;
                    while (end < hi && end - cueEnd < 15 && !t.isPunct(end, ',') && !t.isPunct(end, '.')
                            && t.quote[end] < 0 && !(t.isMark(end) && end + 1 < hi && t.quote[end + 1] < 0
                            && !t.isWord(end + 1))) {
                        end++;
                    }
                    return end > cueEnd && t.isWord(cueEnd) ? new Attr(c, cueEnd, new int[] {cueEnd, end},
                            e.weight(), false, end - 1, null) : null;
                }
                int end = c;
                while (end > j && (Words.BETWEEN.has(t, end - 1) || t.lower(end - 1).equals("be")
                        || t.lower(end - 1).equals("heard"))) {
                    end--; // can be heard asking
                }
                int k = j;
                while (k < end && t.isPunct(k, ',')) {
                    k++;
                }
                if (end <= k || !t.isWord(k) || Words.PRONOUNS.has(t, k) && end - k > 1) {
                    return null;
                }
                return new Attr(c, cueEnd, new int[] {k, end}, e.weight(), false, frameEnd(cueEnd, hi), null);
            }
            return null;
        }

        /**
         * The subject between a closing quote (from {@code j}) and its cue {@code c} where the speaker finder has none or
         * a shorter one: a capitalized word that is also a common word (Will wrote, Read said), a name with a
         * parenthetical (Sen. Marco Rubio (R-Fla.) said), adjectives separated by commas (the bespectacled,
         * 71-year-old diplomat said). Otherwise {@code spk} unchanged.
         */
        private int[] subjectBeforeCue(int j, int c, int[] spk) {
            if (c == j + 1 && t.isWord(j) && t.isCapitalized(j)) {
                return new int[] {j, c};
            }
            if (c - 1 > j && t.isPunct(c - 1, ')')) {
                for (int p = c - 2; p > j && c - p <= 6; p--) {
                    if (t.isPunct(p, '(')) {
                        int[] name = speakers.before(t, p, j);
                        return name != null && name[0] <= j + 1 ? new int[] {name[0], c} : spk;
                    }
                }
                return spk;
            }
            if (spk != null && spk[0] > j + 1 && spk[0] - j <= 6 && Words.DETERMINERS.has(t, j)) {
                for (int i = j + 1; i < spk[0]; i++) {
                    if (!(t.isPunct(i, ',') || t.isWord(i) && !t.isCapitalized(i) && cueAt[i] == null)) {
                        return spk;
                    }
                }
                return new int[] {j, spk[1]};
            }
            return spk;
        }

        /**
         * "...," he surmised. / "...?" Trump answered.: a subject and a past-tense verb alone after a quote that ends
         * with a comma, question or exclamation mark attribute it even when the verb is not in the cue lexicon.
         */
        private Attr verbShapedAttribution(int from, int hi) {
            int j = from;
            while (j < hi && (t.isPunct(j, ',') || t.isPunct(j, '—') || t.isPunct(j, '–'))) {
                j++;
            }
            if (j < hi && t.isWord(j) && !t.isCapitalized(j) && t.endsWithEd(j) && cueAt[j] == null) {
                // "...?" reacted Trump.
                int[] name = speakers.after(t, j + 1, hi);
                if (name != null && t.isCapitalized(name[0]) && (name[1] >= hi || t.isPunct(name[1], '.')
                        || t.isPunct(name[1], ','))) {
                    return new Attr(j, j + 1, name, 0.6, false, name[1] - 1, null);
                }
            }
            for (int v = j + 1; v < hi && v - j <= 4; v++) {
                if (!t.isWord(v) || t.quote[v] >= 0) {
                    return null;
                }
                String w = t.lower(v);
                // "...," Bozell answers.: a present-tense verb only after a name or a pronoun
                boolean present = w.endsWith("s") && !w.endsWith("ss") && w.length() > 3 && v - j <= 3
                        && (t.isCapitalized(v - 1) || Words.PRONOUNS.has(t, v - 1));
                if (t.isCapitalized(v) || !(w.endsWith("ed") && w.length() > 4 || present) || cueAt[v] != null) {
                    continue;
                }
                int p = v + 1 < hi && Words.VERB_PARTICLES.has(t, v + 1) ? v + 2 : v + 1; // screamed back
                // "...," Toomey fumed on Tuesday.: circumstance words may follow the verb (train: direct
                // content+speaker 0.90108 -> 0.90145, dev unchanged)
                p = frameEnd(p, hi) + 1;
                boolean closes = p >= hi || t.isPunct(p, '.') || t.isPunct(p, '!') || t.isPunct(p, ',');
                if (!closes) {
                    return null;
                }
                int[] spk = speakers.before(t, v, j);
                if (spk == null || spk[0] != j || spk[1] != v || !speech.speakerLike(spk)) {
                    return null;
                }
                return new Attr(v, v + 1, spk, 0.6, false, v, null);
            }
            return null;
        }

        /** Whether only a conjunction or punctuation stands between the sentence start and token {@code k}. */
        private boolean sentenceInitial(int k, int from) {
            for (int i = from; i < k; i++) {
                if (t.isWord(i) && !LEADING_CONJUNCTIONS.has(t, i)) {
                    return false;
                }
            }
            return true;
        }

        /** The quote holds a sentence end followed by a capitalized sentence: "... money. They needed it". */
        private boolean innerSentenceEnd(MarkedQuote mq) {
            for (Span part : mq.parts()) {
                for (int i = t.tokenAt(part.start()); i + 1 < t.size() && t.end[i + 1] <= part.end(); i++) {
                    if ((t.isPunct(i, '.') || t.isPunct(i, '?') || t.isPunct(i, '!')) && t.isWord(i + 1)
                            && t.isCapitalized(i + 1)) {
                        return true;
                    }
                }
            }
            return false;
        }

        private char lastContentChar(MarkedQuote mq) {
            int e = mq.contentEnd();
            while (e > mq.contentStart() && Words.isSpace(text.charAt(e - 1))) {
                e--;
            }
            return e > mq.contentStart() ? text.charAt(e - 1) : ' ';
        }

        boolean cueBetween(int from, int to) {
            for (int i = from; i < to; i++) {
                if (cueAt[i] != null && cueAt[i].weight() >= 0.75 && t.quote[i] < 0) {
                    return true;
                }
            }
            return false;
        }

        boolean commaBetween(int from, int to) {
            for (int i = from; i < to; i++) {
                if (t.isPunct(i, ',')) {
                    return true;
                }
            }
            return false;
        }

        /** End of "said in a statement on Monday": circumstance words after the cue, up to punctuation. */
        int frameEnd(int from, int hi) {
            int e = from - 1;
            for (int i = from; i < hi && i - from < 8; i++) {
                if (!t.isWord(i) || t.quote[i] >= 0) {
                    break;
                }
                if (!(FRAME_WORDS.has(t, i) || t.isCapitalized(i))) {
                    return from - 1;
                }
                e = i;
            }
            return e;
        }

        /** X said: "..." / X told reporters that "..." / According to X, "..." / ..., adding "...". */
        private Attr beforeAttribution(int openTok, int lo, int sentenceFrom, Found previous) {
            for (int c = openTok - 1; c >= lo; c--) {
                if (t.quote[c] >= 0) {
                    break;
                }
                CueLexicon.Entry e = cueAt[c];
                if (e == null || c + e.length() > openTok) {
                    continue;
                }
                int cueEnd = c + e.length();
                boolean frame = frameGap(cueEnd, openTok, e);
                int[] spk;
                Found sameAs = null;
                if (e.cueClass() == CueLexicon.CueClass.PREP) {
                    spk = speakers.after(t, cueEnd, openTok);
                    if (spk != null) {
                        int k = spk[1];
                        frame = k < openTok && t.isPunct(k, ',') && onlyPunct(k, openTok);
                    }
                } else if (e.participle() && c > sentenceFrom && (c == lo || afterComma(c))) {
                    spk = null;
                    Found prior = priorInSentence(c, previous);
                    if (prior != null) {
                        sameAs = prior.sameSpeakerAs != null ? prior.sameSpeakerAs : prior;
                    } else {
                        spk = earlierCueSpeaker(c, sentenceFrom);
                        if (spk == null) {
                            spk = clauseSubject(sentenceFrom, c);
                        }
                    }
                } else {
                    spk = speakers.before(t, c, sentenceFrom);
                    if (spk == null && e.weight() >= 0.75) {
                        spk = relativeThat(c, sentenceFrom); // a message that said, "..." (not a sign that read)
                    }
                    if (e.participle() && spk != null && addressee(spk, sentenceFrom)) {
                        // a text message to supporters saying: "...": the sender, not the addressee
                        int[] subject = clauseSubject(sentenceFrom, c);
                        spk = subject != null ? subject : spk;
                    }
                    if (e.participle() && spk == null) {
                        spk = withSubject(c, sentenceFrom); // with many marchers and spectators chanting "..."
                    }
                    if (e.participle() && spk == null && c > sentenceFrom) {
                        // she released a statement Tuesday saying, "...": no speaker before the participle, so the
                        // subject of the clause it belongs to, when it can speak
                        int[] subject = clauseSubject(sentenceFrom, c);
                        spk = subject != null && speech.speakerLike(subject) ? subject : null;
                    }
                    if (spk == null && c > sentenceFrom && t.isPunct(c - 1, ',') && e.weight() >= 0.75) {
                        // Alex Castellanos, a veteran media consultant, said, "...": the subject before the appositive
                        int[] subject = speakers.subject(t, sentenceFrom, c);
                        if (subject != null && t.isPunct(subject[1], ',') && speech.speakerLike(subject)) {
                            spk = subject;
                        }
                    }
                    if (spk == null && e.cueClass() != CueLexicon.CueClass.TELL) {
                        int[] inverted = speakers.after(t, cueEnd, openTok);
                        if (inverted != null && onlyPunct(inverted[1], openTok)) {
                            spk = inverted; // Continued Stone: "..."
                        }
                    }
                    if (spk == null && coordinated(c, sentenceFrom)) {
                        Found prior = priorInSentence(c, previous);
                        if (prior != null) {
                            sameAs = prior.sameSpeakerAs != null ? prior.sameSpeakerAs : prior;
                        } else {
                            spk = coordinatedSpeaker(c, sentenceFrom);
                        }
                    }
                }
                if (spk == null && sameAs == null) {
                    if (e.weight() < 0.75) {
                        continue;
                    }
                    return new Attr(c, cueEnd, null, e.weight(), frame, -1, null);
                }
                return new Attr(c, cueEnd, spk, e.weight(), frame, -1, sameAs);
            }
            return null;
        }

        /** A comma before token {@code c}, possibly inside the closing quotation marks: cooperation," stressing. */
        boolean afterComma(int c) {
            if (c <= 0) {
                return false;
            }
            if (t.isPunct(c - 1, ',') || Words.AND.has(t, c - 1) && c > 1 && t.isPunct(c - 2, ',')) {
                return true;
            }
            if (t.isMark(c - 1) && t.quote[c - 1] < 0) {
                int k = t.start[c - 1] - 1;
                while (k >= 0 && Words.isSpace(text.charAt(k))) {
                    k--;
                }
                return k >= 0 && text.charAt(k) == ',';
            }
            return false;
        }

        /** RED STATES OUTNUMBER BLUE - Jeffrey M. Jones: "...": the name between a dash and the colon, or null. */
        private int[] nameAfterDash(int lo, int openTok) {
            for (int k = openTok - 2; k > lo; k--) {
                if (t.isPunct(k, '-') || t.isPunct(k, '—') || t.isPunct(k, '–')) {
                    int[] named = speakers.subject(t, k + 1, openTok);
                    return named != null && t.isPunct(named[1], ':') ? named : null;
                }
            }
            return null;
        }

        /**
         * From the report: "..." / More from Jones: "...": a lead-in that names the source after "from" (maybe after
         * "More" or a dash) and ends with the colon before the quote; the source, or null. Train: PolNeAR gives the
         * source as the speaker in all 5 such lead-ins; we had its subject or none (4 of them now get the source).
         */
        private int[] citedSource(int lo, int openTok) {
            int colon = openTok - 1;
            for (int k = colon - 1; k >= lo && colon - k <= 12; k--) {
                if (!t.isWord(k) && !Words.POSSESSIVE_S.has(t, k) || t.quote[k] >= 0) {
                    return null; // a possessive stays inside the source: From the governor's post:
                }
                if (!FROM.has(t, k)) {
                    continue;
                }
                boolean opens = k == lo || MORE.has(t, k - 1) && (k - 1 == lo || !t.isWord(k - 2))
                        || !t.isWord(k - 1) && t.quote[k - 1] < 0;
                int[] source = opens ? speakers.after(t, k + 1, colon) : null;
                return source != null && source[1] == colon ? source : null;
            }
            return null;
        }

        /** The subject of a clause that ends with a colon: the sentence's, else the one after the last comma. */
        int[] colonSubject(int lo, int openTok) {
            int[] named = nameAfterDash(lo, openTok);
            if (named != null) {
                return named;
            }
            int[] subject = speakers.subject(t, lo, openTok);
            if (subject != null) {
                return subject;
            }
            for (int k = openTok - 1; k > lo; k--) {
                if (t.isPunct(k, ',')) {
                    return speakers.subject(t, k + 1, openTok);
                }
            }
            return articleNounSubject(lo, openTok);
        }

        /**
         * A note in the audit makes the point: "..." / An angry march by city workers had one demand: "...": an
         * article and a lower-case word opening a lead-in whose subject the speaker lexicon does not know (and an
         * adjective's noun before a preposition). Not when a name ends the lead-in (... did not surprise pollster Ann
         * Lee: "..."), which is then who speaks, nor a number (The 30-second spot closes with ...).
         */
        private int[] articleNounSubject(int lo, int openTok) {
            int k = lo;
            while (k < openTok && LEADING_CONJUNCTIONS.has(t, k)) {
                k++;
            }
            int colon = openTok - 1;
            if (k + 2 >= colon || !ARTICLES.has(t, k) || !lowerCaseWord(k + 1) || t.isCapitalized(colon - 1)) {
                return null;
            }
            return lowerCaseWord(k + 2) && LEAD_IN_PREPOSITIONS.has(t, k + 3) ? new int[] {k, k + 3}
                    : new int[] {k, k + 2};
        }

        private boolean lowerCaseWord(int i) {
            return t.isWord(i) && !t.isCapitalized(i) && !t.startsWithDigit(i) && cueAt[i] == null && t.quote[i] < 0;
        }

        /**
         * The subject of the clause a participle continues: the sentence's, else the first one after an introductory
         * phrase ended by a comma (At the time, she released a statement saying, "...").
         */
        private int[] clauseSubject(int from, int c) {
            // ... the casino, where about 50 protesters had gathered on Wednesday, chanting "...": the subject of the
            // subordinate clause the participle closes
            for (int k = c - 2; k > from && c - k <= 16; k--) {
                if (t.quote[k] >= 0 || t.isPunct(k, ';') || t.isPunct(k, ':')) {
                    break;
                }
                if (CLAUSE_WORDS.has(t, k) && (t.isPunct(k - 1, ',') || t.isPunct(k - 1, '—') || t.isPunct(k - 1, '–'))) {
                    int[] s = speakers.subject(t, k + 1, c);
                    if (s != null && s[1] < c && t.isWord(s[1]) && !t.isCapitalized(s[1]) && speech.speakerLike(s)) {
                        return s;
                    }
                    break;
                }
            }
            int[] subject = speakers.subject(t, from, c);
            if (subject != null) {
                return subject;
            }
            for (int k = from + 1; k < c - 2; k++) {
                if (!t.isPunct(k, ',')) {
                    continue;
                }
                int[] s = speakers.subject(t, k + 1, c);
                if (s != null && s[1] < c && t.isWord(s[1]) && !t.isCapitalized(s[1]) && speech.speakerLike(s)) {
                    return s;
                }
            }
            return null;
        }

        /**
         * The relative pronoun "that" right before the cue, after a noun (water bottles that said, "..."; a video that
         * said, "..."): the mention PolNeAR marks in 3 of the 6 such direct quotes of train, where we had none.
         */
        private int[] relativeThat(int c, int sentenceFrom) {
            int k = c - 1;
            return k - 1 >= sentenceFrom && Words.THAT.has(t, k) && t.isWord(k - 1) && t.quote[k - 1] < 0
                    && cueAt[k - 1] == null ? new int[] {k, c} : null;
        }

        /** "..., Spicer said, adding, ...": the speaker of an earlier cue in the sentence. */
        private int[] earlierCueSpeaker(int c, int sentenceFrom) {
            for (int k = c - 1; k >= sentenceFrom; k--) {
                if (t.quote[k] >= 0) {
                    return null;
                }
                CueLexicon.Entry e = cueAt[k];
                if (e != null && !e.participle() && e.cueClass() != CueLexicon.CueClass.PREP && e.weight() >= 0.75) {
                    return speakers.before(t, k, sentenceFrom);
                }
            }
            return null;
        }

        /** "he laughed and said": the subject of the verb before "and", else of the sentence. */
        int[] coordinatedSubject(int c, int sentenceFrom) {
            int k = c - 1;
            while (k > sentenceFrom && Words.BETWEEN.has(t, k)) {
                k--;
            }
            int v = k - 1;
            if (v > sentenceFrom && t.isWord(v) && !t.isCapitalized(v)) {
                int[] spk = speakers.before(t, v, sentenceFrom);
                if (spk != null && spk[1] - spk[0] <= 4) {
                    return spk;
                }
            }
            return speakers.subject(t, sentenceFrom, c);
        }

        /**
         * The speaker of a cue coordinated with an earlier verb (he looked into the camera, furrowed his brow and said):
         * the subject of the nearest verb before the coordinator, unless that subject opens a clause embedded in another
         * attribution (Lazar said he welcomed it and added / she tells how he wooed her and recites), whose subject is
         * then taken; else the sentence's subject. Train: of 32 direct quotes after a cue coordinated with "and", "but",
         * "then" or a subordinator, PolNeAR's speaker was ours for 24 with the sentence's subject, for 30 with this.
         */
        private int[] coordinatedSpeaker(int c, int sentenceFrom) {
            int k = c - 1;
            while (k > sentenceFrom && Words.BETWEEN.has(t, k)) {
                k--;
            }
            if (CLAUSE_SUBJECT_LINKS.has(t, k)) {
                return coordinatedSubject(c, sentenceFrom); // began by saying, in hopes that: the clause's subject
            }
            for (int v = k - 1; v > sentenceFrom && k - v <= 40; v--) {
                if (!verbLike(v)) {
                    continue;
                }
                int[] spk = speakers.before(t, v, sentenceFrom);
                if (spk == null || !speech.speakerLike(spk) || !onlyWordsBetween(spk[1], v)) {
                    continue; // not the verb's own subject: "Clinton, furrowed" is no subject and verb
                }
                int opener = spk[0] - 1;
                if (opener >= sentenceFrom && (cueAt[opener] != null || CLAUSE_OPENERS.has(t, opener))) {
                    v = spk[0]; // said he welcomed: go on left to the subject of "said"
                    continue;
                }
                return spk;
            }
            return coordinatedSubject(c, sentenceFrom);
        }

        /** Only words (adverbs such as also, then) between {@code from} and {@code to}: no comma, dash or mark. */
        private boolean onlyWordsBetween(int from, int to) {
            for (int i = from; i < to; i++) {
                if (!t.isWord(i)) {
                    return false;
                }
            }
            return true;
        }

        /** A finite verb by its form: a cue, a form in -ed, or a common auxiliary or irregular past. */
        private boolean verbLike(int v) {
            if (!t.isWord(v) || t.quote[v] >= 0 || t.isCapitalized(v)) {
                return false;
            }
            if (cueAt[v] != null || FINITE_VERBS.has(t, v)) {
                return true;
            }
            String w = t.lower(v);
            return w.endsWith("ed") && w.length() > 3 && !lex.isNoun(t, v);
        }

        /** "He ... and joked", "began by saying": the cue shares the subject of the sentence. */
        boolean coordinated(int c, int sentenceFrom) {
            int k = c - 1;
            while (k > sentenceFrom && Words.BETWEEN.has(t, k)) {
                k--;
            }
            return k > sentenceFrom && (COORDINATORS.has(t, k) || t.lower(k).equals("to"));
        }

        private boolean onlyPunct(int from, int to) {
            for (int i = from; i < to; i++) {
                if (t.isWord(i)) {
                    return false;
                }
            }
            return true;
        }

        /** Whether the words between a cue and a quote are only frame: that, reporters, in a statement, a colon. */
        private boolean frameGap(int from, int to, CueLexicon.Entry e) {
            int words = 0;
            for (int i = from; i < to; i++) {
                if (t.isWord(i)) {
                    words++;
                    if (!(FRAME_WORDS.has(t, i) || t.isCapitalized(i))) {
                        return false;
                    }
                } else if (!(t.isPunct(i, ',') || t.isPunct(i, ':') || t.isPunct(i, '—') || t.isPunct(i, '.')
                        || Words.POSSESSIVE_S.has(t, i))) {
                    return false;
                }
            }
            return words <= 7;
        }

        /** The mention follows a preposition that makes it an addressee or a place: to supporters, on Facebook. */
        private boolean addressee(int[] spk, int sentenceFrom) {
            return spk[0] - 1 >= sentenceFrom && ADDRESSEE_PREPOSITIONS.has(t, spk[0] - 1);
        }

        /** The attribution earlier in the same sentence that a participle continues: KCNA reported, adding ... */
        Found priorInSentence(int tok, Found previous) {
            int s = sentenceOf[tok];
            for (int k = found.size() - 1; k >= 0; k--) {
                Found g = found.get(k);
                if (g.sentence != s) {
                    break;
                }
                if (g.cueFrom >= 0 && g.cueFrom < tok && (g.speaker != null || g.sameSpeakerAs != null)) {
                    return g;
                }
            }
            return null;
        }

        // ---------------------------------------------------------------- output

        /**
         * The end of the mention [from, to) without a trailing negated auxiliary written as one token (hasn't,
         * didn’t): the subject rules accept "Trump hasn't found", but the mention is "Trump" (train: 57 predicted
         * speakers ended so). Trimmed only here, so that what the rules accept does not change.
         */
        private int withoutNegation(int from, int to) {
            while (to - 1 > from && negated(to - 1)) {
                to--;
            }
            return to;
        }

        private boolean negated(int i) {
            return t.endsWithNt(i) && t.end[i] - t.start[i] > 3;
        }

        /**
         * The speaker of the mention in tokens [from, to). A place phrase after a noun phrase ("bus drivers in Dayton")
         * is reported with that phrase, which names the speaker (see {@link SpeakerFinder#phraseBeforePlace}).
         */
        private Speaker resolveMention(int from, int to) {
            int head = speakers.phraseBeforePlace(t, from, sentences.get(sentenceOf[from])[0]);
            if (head < 0) {
                return session.resolve(from, to);
            }
            Speaker phrase = session.resolve(head, from - 1);
            int start = t.start[head];
            int end = t.end[to - 1];
            return new Speaker(text.substring(start, end), start, end, phrase.name(), phrase.type(), phrase.role());
        }

        private List<Quote> emit() {
            found.sort(Comparator.comparingInt(Found::start));
            // resolve speakers in the order of their mentions
            List<Found> bySpeaker = new ArrayList<>();
            for (Found f : found) {
                if (f.speaker != null) {
                    bySpeaker.add(f);
                }
            }
            bySpeaker.sort(Comparator.comparingInt(f -> f.speaker[0]));
            java.util.Map<Long, Speaker> byRange = new java.util.HashMap<>();
            for (Found f : bySpeaker) {
                int to = withoutNegation(f.speaker[0], f.speaker[1]);
                long key = ((long) f.speaker[0] << 32) | to;
                Speaker sp = byRange.get(key);
                if (sp == null) {
                    sp = resolveMention(f.speaker[0], to);
                    byRange.put(key, sp);
                }
                f.resolved = sp;
            }
            List<Quote> out = new ArrayList<>(found.size());
            boolean[] quoteOnly = quoteOnlyParagraphs();
            int maxEndBefore = -1;
            for (int k = 0; k < found.size(); k++) {
                Found f = found.get(k);
                int previousEnd = maxEndBefore;
                maxEndBefore = Math.max(maxEndBefore, end(f));
                Speaker sp = f.resolved;
                Found g = f.sameSpeakerAs;
                for (int guard = 0; sp == null && g != null && guard < 8; guard++) {
                    sp = g.resolved;
                    g = g.sameSpeakerAs;
                }
                if (!options.kinds().contains(f.kind)) {
                    continue;
                }
                // the rule's hand-set figure (a fifth less without a speaker) is one feature of the learned one
                double rule = Math.max(0, Math.min(1, sp == null ? f.confidence * 0.8 : f.confidence));
                double[] x = features(f, sp, rule, quoteOnly, k, previousEnd);
                if (featureSink != null) {
                    featureSink.add(x.clone());
                }
                double conf = confidence.probability(x);
                // a training run (feature sink) sees every candidate, so that the model learns which to keep
                if (f.candidate && featureSink == null && conf < CANDIDATE_MIN_CONFIDENCE) {
                    continue;
                }
                if (conf < options.minConfidence()) {
                    continue;
                }
                Cue cue = f.cueFrom < 0 ? null : new Cue(text.substring(t.start[f.cueFrom], t.end[f.cueTo - 1]),
                        t.start[f.cueFrom], t.end[f.cueTo - 1]);
                StringBuilder b = new StringBuilder();
                for (Span span : f.spans) {
                    if (b.length() > 0) {
                        b.append(' ');
                    }
                    b.append(text, span.start(), span.end());
                }
                int start = f.spans.get(0).start();
                int end = f.spans.get(f.spans.size() - 1).end();
                out.add(new Quote(b.toString(), start, end, f.spans, f.kind, cue, sp, conf));
            }
            return out;
        }

        private int end(Found f) {
            return f.spans.get(f.spans.size() - 1).end();
        }

        /** Per paragraph: every word of it lies inside quotation marks. One pass over the tokens. */
        private boolean[] quoteOnlyParagraphs() {
            int n = t.size() == 0 ? 0 : t.paragraph[t.size() - 1] + 1;
            boolean[] only = new boolean[n];
            java.util.Arrays.fill(only, true);
            for (int i = 0; i < t.size(); i++) {
                if (t.isWord(i) && t.quote[i] < 0) {
                    only[t.paragraph[i]] = false;
                }
            }
            return only;
        }

        /**
         * The {@link ConfidenceModel} features of quote {@code k} of {@link #found} (sorted by start), written into
         * this run's one feature array: what the rules knew when they emitted it. {@code previousEnd}: the furthest
         * end of the quotes before it.
         */
        private double[] features(Found f, Speaker sp, double rule, boolean[] quoteOnly, int k, int previousEnd) {
            double[] x = featureArray;
            java.util.Arrays.fill(x, 0);
            x[ConfidenceModel.Feature.BIAS.ordinal()] = 1;
            x[kindFeature(f.kind).ordinal()] = 1;
            int first = t.tokenAt(f.start());
            int end = end(f);
            int last = Math.max(first, t.tokenAt(end) - 1);
            set(x, ConfidenceModel.Feature.MIXED, f.kind == Kind.INDIRECT && holdsQuotedWords(first, last));
            set(x, ConfidenceModel.Feature.LEARNED, f.learned);
            set(x, ConfidenceModel.Feature.SOURCE_AFTER, f.source == Source.AFTER);
            set(x, ConfidenceModel.Feature.SOURCE_BEFORE, f.source == Source.BEFORE);
            set(x, ConfidenceModel.Feature.SOURCE_CONTEXT, f.source == Source.CONTEXT);
            speakerFeatures(x, f, sp);
            cueFeatures(x, f, first, last);
            set(x, lengthFeature(wordsIn(first, last)), true);
            set(x, ConfidenceModel.Feature.QUOTE_ONLY_PARAGRAPH, f.paragraph < quoteOnly.length && quoteOnly[f.paragraph]);
            set(x, ConfidenceModel.Feature.SPLIT, f.spans.size() > 1);
            set(x, ConfidenceModel.Feature.INSIDE_OTHER, previousEnd >= end);
            set(x, ConfidenceModel.Feature.HOLDS_OTHER, k + 1 < found.size() && found.get(k + 1).start() < end
                    && end(found.get(k + 1)) <= end);
            set(x, ConfidenceModel.Feature.FIRST_PARAGRAPH, f.paragraph == 0);
            x[ConfidenceModel.Feature.RULE_CONFIDENCE.ordinal()] = rule;
            kindInteractions(x, f.kind);
            if (f.candidate) {
                candidateFeatures(x, f);
            }
            return x;
        }

        /** The features whose weight differs by kind: no speaker, no cue, inside another quote. */
        private static void kindInteractions(double[] x, Kind kind) {
            boolean noSpeaker = x[ConfidenceModel.Feature.SPEAKER_NONE.ordinal()] > 0;
            boolean noCue = x[ConfidenceModel.Feature.CUE_NONE.ordinal()] > 0;
            set(x, ConfidenceModel.Feature.DIRECT_NO_SPEAKER, kind == Kind.DIRECT && noSpeaker);
            set(x, ConfidenceModel.Feature.PARTIAL_NO_SPEAKER, kind == Kind.PARTIAL && noSpeaker);
            set(x, ConfidenceModel.Feature.INDIRECT_NO_SPEAKER, kind == Kind.INDIRECT && noSpeaker);
            set(x, ConfidenceModel.Feature.DIRECT_NO_CUE, kind == Kind.DIRECT && noCue);
            set(x, ConfidenceModel.Feature.PARTIAL_NO_CUE, kind == Kind.PARTIAL && noCue);
            set(x, ConfidenceModel.Feature.INDIRECT_INSIDE_OTHER, kind == Kind.INDIRECT
                    && x[ConfidenceModel.Feature.INSIDE_OTHER.ordinal()] > 0);
        }

        private static void set(double[] x, ConfidenceModel.Feature feature, boolean on) {
            x[feature.ordinal()] = on ? 1 : 0;
        }

        private static ConfidenceModel.Feature kindFeature(Kind kind) {
            return switch (kind) {
                case DIRECT -> ConfidenceModel.Feature.KIND_DIRECT;
                case PARTIAL -> ConfidenceModel.Feature.KIND_PARTIAL;
                case INDIRECT -> ConfidenceModel.Feature.KIND_INDIRECT;
                case OTHER -> ConfidenceModel.Feature.KIND_OTHER;
            };
        }

        private static ConfidenceModel.Feature lengthFeature(int words) {
            return words <= 3 ? ConfidenceModel.Feature.WORDS_3 : words <= 7 ? ConfidenceModel.Feature.WORDS_7
                    : words <= 15 ? ConfidenceModel.Feature.WORDS_15 : words <= 30 ? ConfidenceModel.Feature.WORDS_30
                    : ConfidenceModel.Feature.WORDS_MORE;
        }

        private int wordsIn(int first, int last) {
            int n = 0;
            for (int i = first; i <= last && i < t.size(); i++) {
                if (t.isWord(i)) {
                    n++;
                }
            }
            return n;
        }

        private boolean holdsQuotedWords(int first, int last) {
            for (int i = first; i <= last && i < t.size(); i++) {
                if (t.quote[i] >= 0 && t.isWord(i)) {
                    return true;
                }
            }
            return false;
        }

        /** The speaker's presence, the shape of its mention, how it was found and its type. */
        private void speakerFeatures(double[] x, Found f, Speaker sp) {
            if (sp == null) {
                set(x, ConfidenceModel.Feature.SPEAKER_NONE, true);
                return;
            }
            int m = Math.min(t.tokenAt(sp.start()), t.size() - 1);
            boolean relative = Words.WHO_WHICH.has(t, m) || Words.THAT.has(t, m);
            set(x, ConfidenceModel.Feature.SPEAKER_RELATIVE, relative);
            set(x, ConfidenceModel.Feature.SPEAKER_PRONOUN, !relative && Words.PRONOUNS.has(t, m));
            boolean name = !relative && t.isCapitalized(m) && !Words.PRONOUNS.has(t, m) && !Words.DETERMINERS.has(t, m);
            set(x, ConfidenceModel.Feature.SPEAKER_NAME, name);
            set(x, ConfidenceModel.Feature.SPEAKER_NOMINAL, !relative && !name && !Words.PRONOUNS.has(t, m));
            set(x, ConfidenceModel.Feature.SPEAKER_CONTINUED, f.resolved == null);
            set(x, ConfidenceModel.Feature.SPEAKER_RESOLVED, sp.name() != null && !sp.name().equals(sp.text()));
            set(x, ConfidenceModel.Feature.SPEAKER_PERSON, sp.type() == Quote.SpeakerType.PERSON);
            set(x, ConfidenceModel.Feature.SPEAKER_ORGANIZATION, sp.type() == Quote.SpeakerType.ORGANIZATION);
        }

        /** A candidate attribution's own features; run after the speaker and cue features it refines. */
        private void candidateFeatures(double[] x, Found f) {
            set(x, ConfidenceModel.Feature.CANDIDATE, true);
            x[ConfidenceModel.Feature.CANDIDATE_RATE.ordinal()] = rates.rate(t, f.cueFrom);
            set(x, ConfidenceModel.Feature.CANDIDATE_NAME, x[ConfidenceModel.Feature.SPEAKER_NAME.ordinal()] > 0);
            set(x, ConfidenceModel.Feature.CANDIDATE_PRONOUN, x[ConfidenceModel.Feature.SPEAKER_PRONOUN.ordinal()] > 0);
            set(x, ConfidenceModel.Feature.CANDIDATE_SUBJECT_FIRST, f.speaker != null
                    && f.speaker[0] == sentences.get(f.sentence)[0]);
            set(x, ConfidenceModel.Feature.CANDIDATE_PAST, t.endsWithEd(f.cueFrom));
            set(x, ConfidenceModel.Feature.CANDIDATE_PRESENT, t.endsWithS(f.cueFrom));
            set(x, ConfidenceModel.Feature.CANDIDATE_NOT_SPEAKER, f.speaker != null && !speech.speakerLike(f.speaker));
        }

        /** The cue's class, weight and learned rate, and where it stands from the content [first, last]. */
        private void cueFeatures(double[] x, Found f, int first, int last) {
            if (f.cueFrom < 0) {
                set(x, ConfidenceModel.Feature.CUE_NONE, true);
                return;
            }
            CueLexicon.Entry e = cueAt[f.cueFrom];
            if (e == null) {
                set(x, ConfidenceModel.Feature.CUE_UNLISTED, true);
            } else {
                set(x, switch (e.cueClass()) {
                    case VERB -> ConfidenceModel.Feature.CUE_VERB;
                    case TELL -> ConfidenceModel.Feature.CUE_TELL;
                    case PREP -> ConfidenceModel.Feature.CUE_PREP;
                    case INTENT -> ConfidenceModel.Feature.CUE_INTENT;
                }, true);
                x[ConfidenceModel.Feature.CUE_WEIGHT.ordinal()] = e.weight();
                set(x, ConfidenceModel.Feature.CUE_PARTICIPLE, e.participle());
            }
            x[ConfidenceModel.Feature.CUE_RATE.ordinal()] = rates.rate(t, f.cueFrom);
            boolean after = f.cueFrom > last;
            set(x, ConfidenceModel.Feature.CUE_AFTER_CONTENT, after);
            int gap = after ? f.cueFrom - last - 1 : Math.max(0, first - f.cueTo);
            set(x, gap <= 2 ? ConfidenceModel.Feature.CUE_NEAR : gap <= 8 ? ConfidenceModel.Feature.CUE_MIDDLE
                    : ConfidenceModel.Feature.CUE_FAR, true);
        }

        // ---------------------------------------------------------------- helpers

        private Span trimComma(Span s) {
            int e = s.end();
            while (e > s.start() && (text.charAt(e - 1) == ',' || Words.isSpace(text.charAt(e - 1)))) {
                e--;
            }
            return e > s.start() ? new Span(s.start(), e) : null;
        }

        private int firstLetter(int from, int to) {
            for (int i = from; i < to; i++) {
                if (Character.isLetterOrDigit(text.charAt(i))) {
                    return i;
                }
            }
            return -1;
        }

        /**
         * Every letter of the quote is a capital: a headline, a banner or a sign (train: of the 4 such quotes of two
         * words or more without a speaker that were called direct, none is direct in PolNeAR).
         */
        private boolean inCapitals(MarkedQuote mq) {
            boolean letters = false;
            for (Span s : mq.parts()) {
                for (int i = s.start(); i < s.end(); i++) {
                    char c = text.charAt(i);
                    if (Character.isLowerCase(c)) {
                        return false;
                    }
                    letters |= Character.isLetter(c);
                }
            }
            return letters;
        }

        private int wordCount(MarkedQuote mq) {
            int n = 0;
            for (Span s : mq.parts()) {
                for (int i = t.tokenAt(s.start()); i < t.size() && t.start[i] < s.end(); i++) {
                    if (t.isWord(i)) {
                        n++;
                    }
                }
            }
            return n;
        }
    }

    /** The singular of a regular plural (leaders, agencies, witnesses), or null. */
    static String singular(String w) {
        if (w.length() < 4 || !w.endsWith("s") || w.endsWith("ss")) {
            return null;
        }
        if (w.endsWith("ies")) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.endsWith("sses") || w.endsWith("ches") || w.endsWith("shes") || w.endsWith("xes")) {
            return w.substring(0, w.length() - 2);
        }
        return w.substring(0, w.length() - 1);
    }

    /**
     * Paragraphs: every line break separates them (a blank line, or the single break many web sources use), except in
     * hard-wrapped wire copy ({@link #hardWrapped}: no blank line, lines of about the same width), where only a break
     * that {@code paragraphBreak} accepts (after a sentence end) starts a paragraph and the others are wrapped lines.
     */
    static List<Span> paragraphs(String text) {
        List<Span> out = new ArrayList<>();
        int n = text.length();
        boolean wrapped = hardWrapped(text);
        int i = 0;
        while (i < n) {
            while (i < n && Words.isSpace(text.charAt(i))) {
                i++;
            }
            if (i >= n) {
                break;
            }
            int s = i;
            while (i < n) {
                char c = text.charAt(i);
                if (c == '\n' || c == '\r') {
                    if (!wrapped || paragraphBreak(text, i)) {
                        break;
                    }
                }
                i++;
            }
            int e = i;
            while (e > s && Words.isSpace(text.charAt(e - 1))) {
                e--;
            }
            out.add(new Span(s, e));
        }
        return out;
    }

    /** A text broken into lines of about the same width (wire copy), not into paragraphs one a line. */
    private static boolean hardWrapped(String text) {
        if (text.contains("\n\n") || text.contains("\r\n\r\n")) {
            return false;
        }
        int lines = 0;
        int typical = 0;
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                int len = text.substring(start, i).strip().length();
                if (len > 0) {
                    lines++;
                    if (len >= 40 && len <= 80) {
                        typical++;
                    }
                }
                start = i + 1;
            }
        }
        return lines >= 3 && typical >= 0.7 * lines;
    }

    private static boolean paragraphBreak(String text, int nl) {
        int n = text.length();
        int j = nl;
        int breaks = 0;
        while (j < n && Words.isSpace(text.charAt(j))) {
            if (text.charAt(j) == '\n') {
                breaks++;
            }
            j++;
        }
        if (breaks >= 2 || j >= n) {
            return true;
        }
        int k = nl - 1;
        while (k >= 0 && Words.isSpace(text.charAt(k))) {
            k--;
        }
        if (k < 0) {
            return true;
        }
        char before = text.charAt(k);
        char next = text.charAt(j);
        boolean ends = before == '.' || before == '?' || before == '!' || before == ':' || before == '"' || before == '”'
                || before == '’' || before == ')' || before == ']' || before == '\'' || before == '…';
        boolean starts = Character.isUpperCase(next) || Character.isDigit(next) || next == '"' || next == '“'
                || next == '‘' || next == '\'' || next == '—' || next == '-' || next == '(' || next == '[' || next == '«'
                || next == '„' || next == '•' || next == '*' || next == '@' || next == '<' || next == '―';
        return ends && starts || !Character.isLetterOrDigit(before) && starts && !(before == ',');
    }
}
