package org.copydesk.plugins.quotes;

import java.util.Set;

/** Small closed word classes used by the finder and the resolver. */
final class Words {
    private Words() {
    }

    /** Whitespace including the no-break and thin spaces news text is full of. */
    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00a0' || c == '\u2007' || c == '\u202f' || c == '\u2009'
                || c == '\u200a' || c == '\u200b' || c == '\u2002' || c == '\u2003' || c == '\ufeff';
    }

    /** An immutable set ({@link WordSet}: built for many lookups per token); duplicates allowed in the list. */
    static WordSet set(String... words) {
        return new WordSet(java.util.Arrays.asList(words));
    }

    /**
     * "that" alone: rules that look for it at every token ask this set, which answers from the token's vocabulary
     * number, rather than compare the token's lower-case string (made for every word no lexicon holds).
     */
    static final WordSet THAT = set("that");
    /** Particles after a verb that belong to it: screamed back, spoke out, shot up. */
    static final WordSet VERB_PARTICLES = set("back", "out", "up", "in", "on", "off");
    /** One-word sets, asked of a token without its lower-case string; one each, shared by the rules. */
    static final WordSet AND = set("and");
    static final WordSet IN = set("in");
    static final WordSet ON = set("on");
    static final WordSet OF = set("of");
    static final WordSet TO = set("to");
    /** Coordinators that join list items or clauses: and, or. */
    static final WordSet AND_OR = set("and", "or");
    /** Relative pronouns that open an aside about the noun before them: who, which. */
    static final WordSet WHO_WHICH = set("who", "which");
    /** The possessive ending, a token of its own: {@code 's} and {@code ’s}. */
    static final WordSet POSSESSIVE_S = set("'s", "’s");
    static final WordSet DETERMINERS = set("the", "a", "an", "this", "that", "these", "those", "his", "her",
            "its", "their", "our", "my", "your", "one", "two", "three", "four", "five", "some", "many", "several",
            "most", "other", "another", "both", "all", "few", "more", "each", "every", "any", "no", "top", "senior",
            "former", "two", "dozens", "hundreds", "thousands");

    static final WordSet PRONOUNS = set("he", "she", "it", "they", "i", "we", "you", "who", "which");

    /** Words that may stand between a speaker and the cue verb: "X also said", "X has said", "X on Monday said". */
    static final WordSet BETWEEN = set("also", "later", "has", "had", "have", "would", "will", "previously",
            "then", "again", "repeatedly", "recently", "once", "often", "further", "publicly", "privately", "earlier",
            "first", "simply", "flatly", "bluntly", "never", "did", "does", "do", "is", "was", "were", "are", "been",
            "be", "not", "n't", "frequently", "subsequently", "reportedly", "ultimately", "finally", "immediately",
            "quickly", "just", "even", "still", "already", "initially", "yesterday", "today", "tonight", "monday",
            "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "on", "last", "week", "night",
            "morning", "afternoon", "evening", "has", "long", "may", "might", "could", "should", "can", "must",
            "shall", "clearly", "angrily", "told", "explicitly", "specifically", "directly", "separately", "herself",
            "himself", "themselves", "itself", "similarly", "likewise", "recently", "openly", "loudly", "softly",
            "quietly", "calmly", "flatly", "proudly", "confidently", "optimistically", "emphatically", "correctly",
            "wrongly", "falsely", "accurately", "famously", "memorably", "notably", "routinely", "consistently",
            "constantly", "always", "sometimes", "usually", "generally", "actually", "indeed", "too", "here", "there",
            "now", "today", "privately", "also", "only", "merely", "even", "apparently", "allegedly", "later",
            "reportedly", "eventually", "soon", "promptly");

    /** Words that end a speaker chunk when walking left from a cue. */
    static final WordSet BOUNDARY = set("and", "but", "or", "nor", "so", "because", "while", "when",
            "whereas", "although", "though", "if", "as", "since", "after", "before", "until", "where", "whether",
            "than", "that", "what", "how", "why", "whom", "whose", "unless", "once", "meanwhile", "however",
            "yet", "also", "where", "said", "says", "told", "according", "is", "was", "are", "were", "has", "have",
            "had", "be", "been", "not", "to", "will", "would", "can", "could", "should", "may", "might");

    /** Words that end a speaker when reading rightwards after a cue ("said Smith in a statement"). */
    static final WordSet RIGHT_BOUNDARY = set("in", "on", "at", "during", "after", "before", "when", "while",
            "that", "to", "with", "who", "which", "because", "as", "and", "but", "if", "via", "about", "last",
            "this", "yesterday", "today", "tonight", "monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "earlier", "later", "recently", "told", "said", "says", "wrote", "added", "is",
            "was", "has", "had", "will", "would", "than", "then", "since", "from", "where", "adding", "saying",
            "noting", "though", "although", "whose", "over");

    /** Capitalized words that do not begin a name at the start of a sentence. */
    static final WordSet NOT_NAME_START = set("the", "a", "an", "but", "and", "or", "in", "on", "at", "he",
            "she", "it", "they", "we", "i", "you", "this", "that", "these", "those", "his", "her", "its", "their",
            "our", "my", "according", "after", "before", "when", "while", "if", "as", "for", "with", "by", "from",
            "to", "of", "so", "yet", "still", "also", "however", "meanwhile", "then", "there", "here", "what",
            "who", "why", "how", "where", "which", "asked", "speaking", "despite", "during", "since", "although",
            "though", "because", "over", "under", "last", "next", "earlier", "later", "now", "today", "yesterday",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
            "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
            "mr.", "mrs.", "ms.", "dr.", "said", "says", "one", "two", "not", "no", "all", "some", "many", "both",
            "each", "every", "most", "such", "just", "even", "only", "instead", "rather", "more", "less", "few",
            "other", "another", "first", "second", "new", "former", "top", "senior", "can", "will", "would", "do",
            "does", "did", "is", "are", "was", "were", "be", "has", "have", "had", "let", "let's", "please", "yes",
            "well", "oh", "like", "thank", "thanks", "again",
            // number words open time phrases (Eight years ago, he ...), not names
            "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty", "thirty",
            "forty", "fifty", "hundreds", "thousands", "millions", "dozens");

    /** Connectors allowed inside a name: Department of State, Bank of America. */
    static final WordSet NAME_CONNECTORS = set("of", "for", "and", "de", "van", "von", "al", "bin", "der", "la",
            "le", "du", "da", "del", "on", "&");

    /** Words after a quote's opening context that mark a title or a scare quote: the so-called "reform". */
    static final WordSet OTHER_TRIGGERS = set("so-called", "dubbed", "titled", "entitled", "nicknamed",
            "named", "word", "words", "term", "phrase", "headlined", "labeled", "labelled", "slogan", "hashtag",
            "book", "film", "movie", "song", "album", "show", "series", "program", "programme", "article", "column",
            "op-ed", "essay", "novel", "play", "poem", "documentary", "headline", "brand", "branded", "billed",
            "motto", "tagline", "theme", "chant", "chants", "chanting", "sign", "signs", "banner", "banners",
            "t-shirt", "t-shirts", "shirt", "shirts", "hat", "hats", "ad", "advert", "advertisement", "video",
            "episode", "code", "codenamed", "operation", "known", 
            "doctrine", "nickname", "moniker", "label", "tag", "category",
            "section", "chapter", "magazine", "newspaper", "podcast", "website", "blog", 
            "hash-tag");

    /** Small words that may stay lower case in a title: "Make America Great Again", "Meet the Press". */
    static final WordSet TITLE_SMALL = set("a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for",
            "by", "with", "from", "is", "as", "vs.", "vs", "but", "nor", "into", "up", "'s");

    /** Words after a cue that are its addressee or circumstances: "told reporters", "said in a statement". */
    static final WordSet CIRCUMSTANCE_START = set("in", "on", "at", "during", "last", "this", "earlier",
            "yesterday", "today", "tonight", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday", "after", "before", "via", "through", "over", "while", "when", "late", "early", "recently",
            "privately", "publicly", "repeatedly", "again", "also", "later", "previously", "separately", "told",
            "from");
}
