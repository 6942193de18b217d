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
 * marks. Immutable and thread-safe: all per-body state lives in one {@link Run}.
 */
final class QuoteFinder {

    /** What to emit. */
    record Options(Set<Kind> kinds, boolean nested, double minConfidence) {
        static Options all() {
            return new Options(Set.of(Kind.values()), false, 0);
        }
    }

    private static final WordSet FRAME_WORDS = Words.set("that", "reporters", "statement", "interview", "conference",
            "news", "press", "speech", "rally", "release", "email", "e-mail", "letter", "post", "tweet", "week",
            "morning", "night", "afternoon", "evening", "radio", "television", "tv", "video", "appearance", "debate",
            "hearing", "him", "her", "them", "us", "me", "a", "an", "the", "his", "its", "their", "in", "on", "at",
            "during", "with", "to", "of", "last", "this", "earlier", "later", "also", "then", "simply", "flatly",
            "recently", "statement", "briefing", "remarks", "message", "audience", "crowd", "supporters", "told",
            "wrote", "written", "phone", "telephone", "call", "program", "show", "podcast", "op-ed", "column",
            "book", "memo", "filing", "court", "testimony", "sunday", "monday", "tuesday", "wednesday", "thursday",
            "friday", "saturday", "yesterday", "today", "tonight", "friends", "colleagues", "lawmakers", "voters",
            "journalists", "cnn", "fox", "new", "york", "times", "washington", "post", "abc", "nbc", "cbs", "msnbc");

    /** A word right before the opening mark that makes the quote part of a noun phrase: the "Washington cartel". */
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

    /** Particles after a verb of an attribution outside the lexicon: the audience screamed back. */
    private static final WordSet VERB_PARTICLES = Words.set("back", "out", "up", "in", "on", "off");

    private static final WordSet LEADING_CONJUNCTIONS = Words.set("but", "and", "so", "yet");
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
            "background", "context", "disclosure", "subscribe", "poll", "polls", "results", "sign");

    /** Words before a passive "asked": "when asked whether", "was asked about". */
    private static final WordSet PASSIVE_BEFORE_ASKED = Words.set("when", "after", "if", "being", "was", "were",
            "is", "are", "been", "once", "until", "before", "as", "repeatedly", "later", "again", "also");
    /** Words that start the question after a passive "asked": whether, if, about, why. */
    private static final WordSet QUESTION_START = Words.set("whether", "if", "about", "why", "what", "how", "who",
            "when", "where", "which", "whom");

    /** A first preposition after a learned cue verb that belongs to the cue: pointed to, talked about. */
    private static final WordSet PARTICLES = Words.set("to", "about", "for", "on", "with", "against", "of", "at",
            "into", "in", "over", "from", "by", "up", "out");
    /** The learned rate from which a verb after a speaking subject counts as a cue (fallback rule). */
    static final double LEARNED_MIN_RATE = 0.25;
    /** The learned rate from which a verb after a name counts as a cue. */
    static final double NAME_MIN_RATE = 0.2;
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

    private static final WordSet COORDINATORS = Words.set("and", "then", "but", "by", "while", "when", "before",
            "after", "in", "without");

    /** How far after a cue its "that" may stand, past the circumstances: said in an interview on Fox News that. */
    static final int THAT_WINDOW = 14;
    /** Pronouns that open a clause: "said on Friday he met ...". */
    private static final WordSet SUBJECT_PRONOUNS = Words.set("he", "she", "they", "we", "i", "it", "there");

    /** Words after which a cue form is a noun: the plan, these comments. */
    private static final WordSet NOUN_DETERMINERS = Words.set("the", "a", "an", "these", "those", "whose");
    /** Possessive pronouns: "his remarks" is a noun, "his claim that ..." his attribution. */
    private static final WordSet POSSESSIVES = Words.set("his", "her", "their", "its", "my", "our", "your");
    /** Endings of adjectives between a determiner and a noun: his opening remarks, the latest comments. */
    private static final List<String> ADJECTIVE_ENDINGS = List.of("ing", "al", "ent", "est", "ive", "ous", "ic",
            "ful", "ary");
    /** Numbers and quantifiers before a plural: the 16 states, a few states, many states. */
    private static final WordSet NUMBER_WORDS = Words.set("two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "dozen", "few", "many", "several", "other", "more", "fewer", "some", "both");

    /** First words of a non-restrictive relative clause that ends an attributed content: ", which begins Monday". */
    private static final WordSet ASIDE_START = Words.set("which", "who", "whose");

    /** Cues below this weight never start reported speech on their own. */
    static final double INDIRECT_MIN_WEIGHT = 0.5;


    private final CueLexicon cues;
    private final CueRates rates;
    private final SpeakerLexicon lex;
    private final QuotationMarkScanner scanner = new QuotationMarkScanner();
    private final SentenceSplitter splitter = new SentenceSplitter();
    private final SpeakerFinder speakers;
    private final MentionResolver resolver;

    QuoteFinder(CueLexicon cues, SpeakerLexicon lex) {
        this(cues, lex, CueRates.standard());
    }

    QuoteFinder(CueLexicon cues, SpeakerLexicon lex, CueRates rates) {
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
        if (body == null || body.isBlank()) {
            return List.of();
        }
        return new Run(body, options).run();
    }

    /** Where a quote's attribution came from. */
    private enum Source { AFTER, BEFORE, CONTEXT, NONE }

    /** A quote being built. */
    private static final class Found {
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

        int start() {
            return spans.get(0).start();
        }
    }

    /** Prepositions before a noun that make it the addressee or the medium of a message, not its sender. */
    private static final WordSet ADDRESSEE_PREPOSITIONS = Words.set("to", "on", "in", "at", "into", "toward",
            "towards");

    private final class Run {
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
        double[] learnedRates;   // learnedRate per token, computed on first use
        int[] leadIn;            // "X said:" at the end of the last paragraph: {cueFrom, cueTo, spkFrom, spkTo}
        int leadInParagraph = -1;

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
                    // the repeated opening mark of a continued paragraph
                    if (s.start() > 0) {
                        int m = s.start() - 1;
                        while (m > 0 && Words.isSpace(text.charAt(m))) {
                            m--;
                        }
                        if (m != mq.open() && m >= 0 && isDoubleMark(text.charAt(m))) {
                            opening[m] = true;
                        }
                    }
                }
            }
            cueAt = new CueLexicon.Entry[t.size()];
            for (int i = 0; i < t.size(); i++) {
                if (t.quote[i] < 0 && t.isWord(i) && !insideName(i)) {
                    cueAt[i] = cues.match(t, i, t.size());
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
                int[] rest = askedClause(s, r);
                if (!hasDirect) {
                    indirect(s, rest);
                } else {
                    beforeDirect(s, rest);
                }
                participleChains(s, r);
                mixedQuotes(s, r);
                leadIn(s, r);
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
         * A capitalized word after a capitalized word is part of a name, not a cue (the United States would, the
         * United States "must ...") unless a Title Case headline goes on (Hollande Says Donald Trump ...).
         */
        private boolean insideName(int i) {
            if (!t.isCapitalized(i) || i == 0 || !t.isWord(i - 1) || !t.isCapitalized(i - 1)
                    || t.paragraph[i - 1] != t.paragraph[i] || t.lower(i - 1).endsWith(".")) {
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
                    && !afterWritersWord && !titleName(mq, words)
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
            boolean direct = wholeAfterComma || sentencesAttributedAfter || dashAside
                    || (beforeEmpty && !embedded && (upper || after != null || afterEmpty && words >= 4))
                    || (frameBefore && !continues && (upper && before.weight >= 0.75 || colonBefore))
                    || (colonBefore && upper)
                    || (commaBefore && upper && (after != null || before != null))
                    || (before != null && before.frame && before.cueTo == openTok && words >= 4 && !continues
                        && !EMBEDDING.has(t, prevTok) && before.weight >= 0.75);
            if (direct && !beforeEmpty && titleName(mq, words)) {
                direct = false; // calling Christie "New Jersey's Biggest Loser"
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
                int[] signed = colonBefore ? nameAfterDash(lo, openTok) : null;
                if (signed != null && (a == null || a.cueTo <= signed[0])) {
                    // a cue word of the headline before the dash does not attribute the quote: the name does
                    a = new Attr(-1, -1, signed, 0.6, false, -1, null);
                }
                if ((a == null || a.speaker == null && a.sameAs == null) && (colonBefore || statementComma)
                        && !beforeEmpty) {
                    // Clinton: "..." / X put it this way: "..." / Trump issued a statement, "..."
                    int[] subject = colonSubject(lo, openTok);
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
                } else if (beforeEmpty) {
                    // "A," X said. "B." (and "B" followed by the writer's words): one quote, as papers run it
                    Found join = joinable(f);
                    if (join == null) {
                        join = paragraphAfterClosingAttribution(f, openTok);
                    }
                    if (join != null) {
                        join.spans.addAll(f.spans);
                        return join;
                    }
                    context(f);
                } else {
                    context(f);
                }
                found.add(f);
                return f;
            }
            if (isOther(openTok, lo, mq, words, before, after)) {
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
                if (!t.isWord(i) || Character.isDigit(t.first(i))) {
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
            while (k >= 0 && t.quote[k] < 0 && (t.isPunct(k, ',') || t.isMark(k) || t.lower(k).equals("and")
                    || t.lower(k).equals("or"))) {
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
            return prevTok > 0 && (t.lower(prevTok).equals("and") || t.lower(prevTok).equals("or")
                    || t.lower(prevTok).equals("but")) && t.isPunct(prevTok - 1, ',');
        }

        private boolean onlyFrameBetween(int from, int to) {
            if (from <= 0) {
                return false;
            }
            for (int i = from; i < to; i++) {
                if (t.isWord(i) && !(i + 1 == to || t.isMark(i + 1)) || t.quote[i] >= 0) {
                    return false;
                }
                if (t.isWord(i) && !(t.lower(i).equals("and") || t.lower(i).equals("or"))) {
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
                return;
            }
            int[] signed = signatureAfter(f);
            if (signed != null) {
                f.speaker = signed; // "..." and a paragraph of its own: - Bernie Sanders.
                f.source = Source.AFTER;
                f.confidence = 0.8;
                return;
            }
            if (leadIn != null && leadInParagraph == f.paragraph - 1) {
                f.cueFrom = leadIn[0];
                f.cueTo = leadIn[1];
                f.speaker = new int[] {leadIn[2], leadIn[3]};
                f.source = Source.BEFORE;
                f.confidence = 0.85;
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
                        || !tailOk(c + e.length(), last)) {
                    return null;
                }
                int[] spk = speakers.before(t, c, r[0]);
                if (t.isPunct(c - 1, ',')) {
                    // Sam Reed, the port director, said in a statement.
                    int[] subject = speakers.subject(t, r[0], c);
                    return subject != null && t.isPunct(subject[1], ',') && speakerLike(subject)
                            ? new int[] {c, c + e.length(), subject[0], subject[1]} : null;
                }
                if (spk == null || !speakerLike(spk)) {
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
            boolean spoken = after != null && (after.speaker != null || after.sameAs != null);
            for (int i = openTok - 1; i >= Math.max(lo, openTok - 2) && !spoken; i--) {
                String w = t.lower(i);
                if (Words.OTHER_TRIGGERS.has(t, i)) {
                    return true;
                }
                if (w.equals("as") && i > 0 && t.lower(i - 1).equals("known")) {
                    return true;
                }
            }
            String content = text.substring(mq.contentStart(), mq.contentEnd()).strip();
            if (content.endsWith(",") && content.length() > 1) {
                content = content.substring(0, content.length() - 1);
            }
            char lastChar = content.charAt(content.length() - 1);
            boolean punctEnd = lastChar == '.' || lastChar == ',' || lastChar == '?' || lastChar == '!';
            if (!punctEnd && words <= 8 && titleCase(mq)) {
                return true;
            }
            return before == null && after == null && words <= 3;
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

        private boolean titleCase(MarkedQuote mq) {
            int from = t.tokenAt(mq.contentStart());
            boolean any = false;
            for (int i = from; i < t.size() && t.start[i] < mq.contentEnd(); i++) {
                if (!t.isWord(i)) {
                    continue;
                }
                if (Character.isDigit(t.first(i))) {
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
            if (j < hi && t.isWord(j) && !t.isCapitalized(j) && t.lower(j).endsWith("ed") && cueAt[j] == null) {
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
                int p = v + 1 < hi && VERB_PARTICLES.has(t, v + 1) ? v + 2 : v + 1; // screamed back
                boolean closes = p >= hi || t.isPunct(p, '.') || t.isPunct(p, '!') || t.isPunct(p, ',');
                if (!closes) {
                    return null;
                }
                int[] spk = speakers.before(t, v, j);
                if (spk == null || spk[0] != j || spk[1] != v || !speakerLike(spk)) {
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

        private boolean cueBetween(int from, int to) {
            for (int i = from; i < to; i++) {
                if (cueAt[i] != null && cueAt[i].weight() >= 0.75 && t.quote[i] < 0) {
                    return true;
                }
            }
            return false;
        }

        private boolean commaBetween(int from, int to) {
            for (int i = from; i < to; i++) {
                if (t.isPunct(i, ',')) {
                    return true;
                }
            }
            return false;
        }

        /** End of "said in a statement on Monday": circumstance words after the cue, up to punctuation. */
        private int frameEnd(int from, int hi) {
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
                    if (e.participle() && spk != null && addressee(spk, sentenceFrom)) {
                        // a text message to supporters saying: "...": the sender, not the addressee
                        int[] subject = clauseSubject(sentenceFrom, c);
                        spk = subject != null ? subject : spk;
                    }
                    if (e.participle() && spk == null && c > sentenceFrom) {
                        // she released a statement Tuesday saying, "...": no speaker before the participle, so the
                        // subject of the clause it belongs to, when it can speak
                        int[] subject = clauseSubject(sentenceFrom, c);
                        spk = subject != null && speakerLike(subject) ? subject : null;
                    }
                    if (spk == null && c > sentenceFrom && t.isPunct(c - 1, ',') && e.weight() >= 0.75) {
                        // Alex Castellanos, a veteran media consultant, said, "...": the subject before the appositive
                        int[] subject = speakers.subject(t, sentenceFrom, c);
                        if (subject != null && t.isPunct(subject[1], ',') && speakerLike(subject)) {
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
                            spk = coordinatedSubject(c, sentenceFrom);
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
        private boolean afterComma(int c) {
            if (c <= 0) {
                return false;
            }
            if (t.isPunct(c - 1, ',') || t.lower(c - 1).equals("and") && c > 1 && t.isPunct(c - 2, ',')) {
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

        /** The subject of a clause that ends with a colon: the sentence's, else the one after the last comma. */
        private int[] colonSubject(int lo, int openTok) {
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
            return null;
        }

        /**
         * The subject of the clause a participle continues: the sentence's, else the first one after an introductory
         * phrase ended by a comma (At the time, she released a statement saying, "...").
         */
        private int[] clauseSubject(int from, int c) {
            int[] subject = speakers.subject(t, from, c);
            if (subject != null) {
                return subject;
            }
            for (int k = from + 1; k < c - 2; k++) {
                if (!t.isPunct(k, ',')) {
                    continue;
                }
                int[] s = speakers.subject(t, k + 1, c);
                if (s != null && s[1] < c && t.isWord(s[1]) && !t.isCapitalized(s[1]) && speakerLike(s)) {
                    return s;
                }
            }
            return null;
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
        private int[] coordinatedSubject(int c, int sentenceFrom) {
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

        /** "He ... and joked", "began by saying": the cue shares the subject of the sentence. */
        private boolean coordinated(int c, int sentenceFrom) {
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
                        || t.lower(i).equals("'s"))) {
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
        private Found priorInSentence(int tok, Found previous) {
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

        // ---------------------------------------------------------------- reported speech

        /**
         * A passive question: "Asked (on Monday) (by X) whether ..., Y said ...", "..., he said when asked about X."
         * The question is an attribution of its own (the asker, named only after "by", is its speaker). Returns the
         * sentence range left for the other reported-speech rules: after the question's comma when the sentence
         * starts with it, else the whole sentence.
         */
        private int[] askedClause(int s, int[] r) {
            for (int c = r[0]; c < r[1] - 1; c++) {
                if (!t.lower(c).equals("asked") || t.quote[c] >= 0) {
                    continue;
                }
                int first = r[0];
                while (first < c && LEADING_CONJUNCTIONS.has(t, first)) {
                    first++;
                }
                boolean passive = c == first || t.isPunct(c - 1, ',')
                        || PASSIVE_BEFORE_ASKED.has(t, c - 1) && t.quote[c - 1] < 0;
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

        private void indirect(int s, int[] r) {
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
                int frame = frameEnd(cueEnd, last + 1) + 1;
                boolean closes = tailOk(cueEnd, last + 1) || frame <= last && t.isPunct(frame, ',');
                if (!closes) {
                    continue;
                }
                int[] spk = speakers.before(t, c, a);
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
            if (nameColon(s, a, last + 1)) {
                return;
            }
            subjectVerb(s, a, last + 1);
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
            if (subject != null && speakerLike(subject)) {
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
                        || learnedRate(v) < NAME_MIN_RATE || covered(s, v)) {
                    continue;
                }
                int[] spk;
                if (t.lower(v).endsWith("ing") && afterComma(v)) {
                    spk = subject;
                } else {
                    int u = v;
                    while (u - 1 > a && auxiliary(u - 1)) {
                        u--; // have since balked, both supported, doesn't support
                    }
                    spk = speakers.before(t, u, a);
                }
                if (spk != null && speakerLike(spk) && !covered(s, spk[0]) && learnedCue(s, v, end, spk)) {
                    any = true; // go on after it: "He attacked Cruz in Iowa, questioning whether ..."
                }
            }
            return any;
        }

        /** A preposition, determiner, pronoun or conjunction: never a learned cue verb. */
        private boolean functionWord(int v) {
            String w = t.lower(v);
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
            String w = t.lower(v);
            if (w.equals("'s") || w.equals("’s")) {
                return v > 0 && Words.PRONOUNS.has(t, v - 1); // he's suggesting
            }
            return t.isWord(v) && !t.isCapitalized(v) && (adverb(v) || EXTRA_BETWEEN.has(t, v)
                    || w.endsWith("n't") || w.endsWith("n’t"));
        }

        /** An adverb or auxiliary that stands between a subject and its verb: also, has, widely. */
        private boolean adverb(int v) {
            String w = t.lower(v);
            return Words.BETWEEN.has(t, v) || w.endsWith("ly") && w.length() > 4 && !lex.isNoun(t, v);
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
            String w = t.lower(v);
            double rate = rates.rate(t, v);
            if (cueAt[v] != null) {
                rate = Math.max(rate, cueAt[v].weight());
            }
            if (v + 1 < t.size() && PARTICLES.has(t, v + 1)) {
                rate = Math.max(rate, rates.rate(w + "_" + t.lower(v + 1)));
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
            double min = nameSubject(spk) ? NAME_MIN_RATE : LEARNED_MIN_RATE;
            if (rate < min && v + 2 < end && t.lower(v + 1).equals("to") && t.isWord(v + 2)
                    && !t.isCapitalized(v + 2) && t.quote[v + 2] < 0) {
                cue = v + 2;
                rate = learnedRate(cue);
            }
            if (rate < min) {
                return false;
            }
            int from = cue + 1;
            if (from < end && PARTICLES.has(t, from) && !infinitive(from, end)) {
                from++; // the preposition is part of the cue (pointed to, complained about), not an infinitive
            }
            if (from < end && t.lower(from).equals("that")) {
                from++;
            }
            if (from >= end || t.quote[from] >= 0 || t.isMark(from)) {
                return false;
            }
            int to = participleCut(from, end);
            // "X opposes A, but his team does see B": a clause with a speaker of its own ends the content
            int second = secondClause(from, to);
            if (second > 0) {
                to = second;
            }
            int next = coordinatedCue(from, to);
            Found f = addIndirect(s, from, next > 0 ? next : to, v, from, spk, null, Math.min(rate, 0.6), 1);
            if (f != null) {
                f.learned = true;
            }
            if (f != null && second > 0 && !saidThat(s, second + 1, end, null)) {
                subjectVerb(s, second + 1, end);
            }
            if (f != null && next > 0) {
                sameSubjectCue(s, next, to, spk); // "X complained about A but defended B": the same speaker
            }
            return f != null;
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
            while (v < to && (adverb(v) || t.isPunct(v, ','))) {
                v++;
            }
            learnedCue(s, v, to, spk);
        }

        /** "to" followed by a verb-like word (vowed to stay), not by a noun phrase (pointed to the costs). */
        private boolean infinitive(int to, int end) {
            if (!t.lower(to).equals("to") || to + 1 >= end) {
                return false;
            }
            String w = t.lower(to + 1);
            return t.isWord(to + 1) && !t.isCapitalized(to + 1) && !Character.isDigit(t.first(to + 1))
                    && !Words.DETERMINERS.contains(w) && !Words.PRONOUNS.contains(w) && !OBJECT_WORDS.contains(w);
        }

        /** In [from, to): "and"/"but" before a second learned cue verb of the same subject, or -1. */
        private int coordinatedCue(int from, int to) {
            for (int i = from + 1; i < to - 2; i++) {
                String w = t.lower(i);
                if (!(w.equals("and") || w.equals("but")) || t.quote[i] >= 0) {
                    continue;
                }
                int v = i + 1;
                while (v < to && adverb(v)) {
                    v++;
                }
                if (v < to - 1 && t.isWord(v) && !t.isCapitalized(v) && (t.lower(v).endsWith("ed")
                        || t.lower(v).endsWith("s")) && !functionWord(v) && learnedRate(v) >= LEARNED_MIN_RATE) {
                    return i;
                }
            }
            return -1;
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
                String w = t.lower(i);
                if (i > in + 1 && CHUNK_PREPOSITIONS.has(t, i)) {
                    break; // "a poll of likely voters": the head is before "of"
                }
                if (t.isWord(i)) {
                    head = i;
                }
            }
            if (head < 0 || !(lex.isThingNoun(t, head) || lex.isThingNoun(String.valueOf(singular(t.lower(head)))))
                    || cueBetween(comma + 1, last + 1)) {
                return false; // "In a statement, the ministry said ...": the main clause has its own source
            }
            return addIndirect(s, comma + 1, last + 1, in, in + 1, new int[] {in + 1, comma}, null, 0.8, 3) != null;
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
                    || Character.isDigit(t.first(from))) || SUBORDINATORS.has(t, from)
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
         * Mixed quotes: an attributed partial quote that no reported statement holds yet is the end of one whose
         * content starts after the cue ("X called him "the most ignorant president"", "X noted that she is "the
         * only candidate ..."") or, for an attribution after it, at the start of the sentence ("Y is "not a
         * backslapper," X said"). The statement takes the partial quote's cue and speaker.
         */
        private void mixedQuotes(int s, int[] r) {
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
                    from = g.cueTo;
                    while (from < open && (t.isPunct(from, ',') || t.isPunct(from, ':')
                            || t.lower(from).equals("that"))) {
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
            return t.isWord(i) && t.quote[i] < 0 && !Character.isDigit(t.first(i));
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
                    while (p < end && t.isWord(p) && !t.isCapitalized(p) && (t.lower(p).endsWith("ly")
                            && t.lower(p).length() > 4 || Words.BETWEEN.has(t, p))) {
                        p++;
                    }
                    if (p + 2 >= end || !t.isWord(p) || t.isCapitalized(p) || t.quote[p] >= 0) {
                        continue;
                    }
                    String w = t.lower(p);
                    if (!(w.endsWith("ed") || w.endsWith("en") || IRREGULAR_PARTICIPLES.has(t, p))
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
                }
                return f != null;
            }
            return false;
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
                if (!t.lower(i).equals("that") || t.quote[i] >= 0) {
                    continue;
                }
                int v = i - 1;
                String w = t.lower(v);
                if (!t.isWord(v) || t.isCapitalized(v) || !(w.endsWith("ed") || w.endsWith("s"))
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
        private boolean speakerLike(int[] spk) {
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
            String prev = t.lower(d);
            boolean possessive = POSSESSIVES.has(t, d)
                    || (prev.equals("'s") || prev.equals("’s")) && d >= 1 && !Words.PRONOUNS.has(t, d - 1);
            if (possessive || NOUN_DETERMINERS.has(t, d)) {
                // "Trump's claim that ...", "his claim that ...": a nominal attribution of the possessor
                return !(possessive && c + 1 < t.size() && t.lower(c + 1).equals("that"));
            }
            String w = t.lower(c);
            return w.endsWith("s") && !w.endsWith("ss") && !w.equals("says")
                    && (Character.isDigit(t.first(c - 1)) || NUMBER_WORDS.has(t, d));
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
            return b >= 0 && t.quote[b] < 0 && BE_FORMS.has(t, b);
        }

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
                if (!(t.isWord(i) && t.isCapitalized(i) || t.isPunct(i, '.') || t.lower(i).equals("'s"))) {
                    return false;
                }
            }
            if (colon < 0 || !t.isCapitalized(a) || LABELS.has(t, a) || end - colon < 4) {
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
                int[] spk = speakers.before(t, c, a);
                if (spk == null && inherited != null && c - a <= 3) {
                    spk = inherited; // ..., but told CNN that ...: the same subject
                }
                if (spk == null && coordinated(c, a) && e.weight() >= 0.75) {
                    spk = coordinatedSubject(c, a); // X disputed the idea and said ...
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
                int relativeEnd = relativeClauseEnd(spk, from, second > 0 ? second : to);
                if (relativeEnd > 0) {
                    // X, who said A, said B: the relative clause's content ends before the main verb, whose
                    // speaker is the name before "who"
                    addIndirect(s, from, relativeEnd, c, cueEnd, spk, null, e.weight(), SAID_MIN_WORDS);
                    int[] main = speakers.before(t, spk[0], a);
                    saidThat(s, relativeEnd + 1, end, main);
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
         * For a speaker "who"/"which" right after a comma ("X, who said A, said B"): the comma inside [from, to) that
         * a listed speech verb follows directly, where the relative clause ends; -1 otherwise.
         */
        private int relativeClauseEnd(int[] spk, int from, int to) {
            if (spk == null || spk[1] - spk[0] != 1 || spk[0] == 0 || !t.isPunct(spk[0] - 1, ',')
                    || !(t.lower(spk[0]).equals("who") || t.lower(spk[0]).equals("which"))) {
                return -1;
            }
            for (int i = from + 1; i < to - 1; i++) {
                if (t.isPunct(i, ',') && t.quote[i] < 0 && speechCueAt(i + 1)) {
                    return i;
                }
            }
            return -1;
        }

        /** ", but Y said ..." / "; Y argued ...": where a second attribution starts inside a content, or -1. */
        private int secondClause(int from, int to) {
            for (int i = from + 1; i < to - 3; i++) {
                if (!(t.isPunct(i, ',') || t.isPunct(i, ';')) || t.quote[i] >= 0) {
                    continue;
                }
                int j = i + 1;
                if (j < to && (t.lower(j).equals("but") || t.lower(j).equals("and") || t.lower(j).equals("while")
                        || t.lower(j).equals("whereas") || t.lower(j).equals("which") || t.lower(j).equals("who"))) {
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
            return spk != null && spk[0] == first && spk[1] < c - 1 && commaBetween(spk[1], c - 1);
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
                    if (t.isPunct(c - 1, ',')) {
                        trailingSource(s, r[0], c, c + e.length(), last);
                    }
                    return;
                }
            }
        }

        /** In a sentence with a direct quote: "X said CONTENT, adding, "..."" before the first quote. */
        private void beforeDirect(int s, int[] r) {
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

        private boolean frameOnlyBetween(int from, int to) {
            for (int i = from; i < to; i++) {
                if (t.isWord(i) && !(FRAME_WORDS.has(t, i) || t.isCapitalized(i)
                        || Words.CIRCUMSTANCE_START.has(t, i))) {
                    return false;
                }
            }
            return true;
        }

        /** After the cue: skip an addressee (told reporters), circumstances (in a statement on Monday) and "that". */
        private int contentStart(int from, int end, CueLexicon.Entry e) {
            int i = from;
            for (int k = from; k < end && k - from <= THAT_WINDOW; k++) {
                if (t.lower(k).equals("that") && t.quote[k] < 0) {
                    if (circumstanceOnly(from, k)) {
                        i = k + 1;
                        return end - i >= 3 ? i : -1;
                    }
                    break;
                }
            }
            if (i < end && (t.isPunct(i, ',') || t.isPunct(i, ':'))) {
                i++;
            }
            if (e.cueClass() == CueLexicon.CueClass.TELL) {
                // told reporters / told CNN / told him; but "asked her to call": the addressee is part of it
                int k = i;
                while (k < end && k - i < 4 && t.isWord(k) && (t.isCapitalized(k)
                        || ADDRESSEES.has(t, k))) {
                    k++;
                }
                if (k > i && k < end && t.lower(k).equals("to")) {
                    return end - i >= 3 ? i : -1;
                }
                i = k;
            }
            while (i < end && t.isWord(i) && TIME_WORDS.has(t, i)
                    && !(i + 1 < end && (t.lower(i + 1).equals("'s") || t.lower(i + 1).equals("’s")))) {
                i++; // said Thursday ..., but not "said Thursday's speeches ..."
            }
            i = afterFramePhrase(i, end);
            if (i < end && (t.isPunct(i, ',') || t.isPunct(i, ':'))) {
                i++;
            }
            if (i < end && t.lower(i).equals("that")) {
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
                String w = t.lower(m);
                if (FRAME_WORDS.has(t, m) || t.isCapitalized(m) || Words.CIRCUMSTANCE_START.has(t, m)) {
                    inPhrase |= PARTICLES.has(t, m);
                    continue;
                }
                if (inPhrase && !Words.PRONOUNS.has(t, m) && !Words.BOUNDARY.has(t, m)) {
                    continue; // the noun phrase of a preposition: on the record, at his fundraiser for veterans
                }
                return false;
            }
            return true;
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
                    && !t.lower(j).equals("that")) {
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
            return Character.isDigit(t.first(i + 1)) || n.equals("half") || n.equals("a") && i + 2 < end
                    && (t.lower(i + 2).equals("third") || t.lower(i + 2).equals("quarter")
                    || t.lower(i + 2).equals("dozen"));
        }

        /** Content ends before ", stressing that ...": a participle cue after a comma starts a new attribution. */
        private int participleCut(int from, int end) {
            for (int i = from + 2; i < end; i++) {
                CueLexicon.Entry e = cueAt[i];
                if (e != null && e.participle() && e.weight() >= INDIRECT_MIN_WEIGHT && afterComma(i) && t.quote[i] < 0) {
                    return i - 1;
                }
                if (e == null && t.quote[i] < 0 && t.lower(i).endsWith("ing") && afterComma(i) && !t.isCapitalized(i)
                        && rates.rate(t, i) >= LEARNED_MIN_RATE) {
                    return i - 1; // a learned participle: ", pushing back against ..."
                }
            }
            return end;
        }

        /** What may follow a closing attribution: "in a statement", "told reporters on Monday". */
        private boolean tailOk(int from, int end) {
            int words = 0;
            for (int i = from; i < end; i++) {
                if (t.quote[i] >= 0 || t.isMark(i) || t.isPunct(i, ',')) {
                    return false;
                }
                if (t.isWord(i)) {
                    words++;
                    String w = t.lower(i);
                    if (!(FRAME_WORDS.has(t, i) || Words.CIRCUMSTANCE_START.has(t, i) || t.isCapitalized(i)
                            || Character.isDigit(t.first(i)) || Words.DETERMINERS.has(t, i))) {
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

        /** ", adding that ..." / ", stressing that ...": indirect speech by the clause's speaker. */
        private void participleChains(int s, int[] r) {
            for (int c = r[0] + 2; c < r[1] - 3; c++) {
                CueLexicon.Entry e = cueAt[c];
                if (e == null && learnedParticiple(c)) {
                    Found prior = priorInSentence(c, null);
                    if (prior != null && !covered(s, c)) {
                        learnedChain(s, c, r[1], prior.sameSpeakerAs != null ? prior.sameSpeakerAs : prior);
                    }
                    continue;
                }
                if (e != null && e.participle() && e.weight() >= 0.75 && !afterComma(c)) {
                    participleWithSubject(s, c, e, r[1]);
                    continue;
                }
                if (e == null || !e.participle() || e.weight() < INDIRECT_MIN_WEIGHT || !afterComma(c)) {
                    continue;
                }
                Found prior = priorInSentence(c, null);
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
            if (Character.isDigit(t.first(spk[1] - 1)) || head.equals("percent") || head.equals("%")) {
                return true;
            }
            String one = singular(head);
            return head.endsWith("s") && (lex.isPersonNoun(head) || one != null && lex.isPersonNoun(one));
        }

        /** A learned cue participle after a comma: ", questioning whether ...", ", pushing back against ...". */
        private boolean learnedParticiple(int c) {
            return t.quote[c] < 0 && t.isWord(c) && !t.isCapitalized(c) && t.lower(c).endsWith("ing") && afterComma(c)
                    && rates.rate(t, c) >= LEARNED_MIN_RATE;
        }

        /** Reported speech after the learned participle at {@code c}, by the speaker of the attribution before. */
        private void learnedChain(int s, int c, int end, Found sameAs) {
            int from = c + 1;
            if (from < end && PARTICLES.has(t, from) && !infinitive(from, end)) {
                from++;
            }
            if (from < end && t.lower(from).equals("that")) {
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
            if (SUBORDINATORS.has(t, first) && !commaBetween(first, cueFrom)) {
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
                if (ASIDE_START.contains(w) || butClause(i, to)) {
                    return i;
                }
            }
            return to;
        }

        /** ", but he ...": the writer's contrast with a clause of its own, after the content. */
        private boolean butClause(int comma, int to) {
            return comma + 2 < to && t.lower(comma + 1).equals("but") && SUBJECT_PRONOUNS.has(t, comma + 2);
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
            if (words < minWords) {
                return null;
            }
            Found f = new Found();
            f.kind = Kind.INDIRECT;
            f.sentence = s;
            f.paragraph = t.paragraph[from];
            f.spans.add(new Span(t.start[from], t.end[to - 1]));
            f.cueFrom = cueFrom;
            f.cueTo = cueTo;
            f.speaker = spk;
            f.sameSpeakerAs = sameAs;
            f.source = Source.BEFORE;
            f.confidence = 0.45 + 0.35 * weight;
            found.add(f);
            return f;
        }

        /** "X said:" closing a paragraph introduces the quote of the next one. */
        private void leadIn(int s, int[] r) {
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
            int[] spk = colonSubject(r[0], last);
            if (spk != null) {
                leadIn = new int[] {-1, -1, spk[0], spk[1]};
                leadInParagraph = t.paragraph[last];
            }
        }

        // ---------------------------------------------------------------- output

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
                long key = ((long) f.speaker[0] << 32) | f.speaker[1];
                Speaker sp = byRange.get(key);
                if (sp == null) {
                    sp = session.resolve(f.speaker[0], f.speaker[1]);
                    byRange.put(key, sp);
                }
                f.resolved = sp;
            }
            List<Quote> out = new ArrayList<>(found.size());
            for (Found f : found) {
                Speaker sp = f.resolved;
                Found g = f.sameSpeakerAs;
                for (int guard = 0; sp == null && g != null && guard < 8; guard++) {
                    sp = g.resolved;
                    g = g.sameSpeakerAs;
                }
                if (!options.kinds().contains(f.kind) || f.confidence < options.minConfidence()) {
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
                double conf = Math.max(0, Math.min(1, sp == null ? f.confidence * 0.8 : f.confidence));
                out.add(new Quote(b.toString(), start, end, f.spans, f.kind, cue, sp, conf));
            }
            return out;
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

    private static boolean isDoubleMark(char c) {
        return c == '"' || c == '“' || c == '”' || c == '„' || c == '«' || c == '\'';
    }

    /**
     * Paragraphs: separated by a blank line; a single line break also separates them when the line before ends a
     * sentence and the next starts like one (some sources use single breaks), otherwise it is a wrapped line.
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
