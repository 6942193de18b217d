package org.copydesk.plugins.quotes;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/**
 * The learned confidence of an emitted quote ({@code confidence-model.txt}, fitted by {@code ConfidenceTraining} in the
 * test sources on PolNeAR's training file only): a logistic regression over what the finder knows when it emits the
 * quote ({@link Feature}), so that the confidence is the probability that the quote matches an annotated attribution
 * with its speaker. One dot product per quote. Immutable.
 */
final class ConfidenceModel {
    static final String RESOURCE = "confidence-model.txt";

    /**
     * What the model reads of a quote: indicators (0 or 1) unless said otherwise. The file names them in lower case;
     * a feature the file does not name weighs 0.
     */
    enum Feature {
        BIAS,
        KIND_DIRECT, KIND_PARTIAL, KIND_INDIRECT, KIND_OTHER,
        /** Reported speech that carries quoted words (a mixed quote). */
        MIXED,
        /** Found by the learned-cue fallback. */
        LEARNED,
        /** A candidate attribution (a learned verb below the rules' rates), kept only above a confidence cut. */
        CANDIDATE,
        /**
         * A candidate's cue rate, subject and verb form: what tells the good candidates apart (the rate of its first
         * word; a name or a pronoun as speaker; the speaker opens the sentence; the verb in -ed or -s).
         */
        CANDIDATE_RATE, CANDIDATE_NAME, CANDIDATE_PRONOUN, CANDIDATE_SUBJECT_FIRST, CANDIDATE_PAST, CANDIDATE_PRESENT,
        /** A candidate whose subject is no person, organization or document word (a noun phrase). */
        CANDIDATE_NOT_SPEAKER,
        SOURCE_AFTER, SOURCE_BEFORE, SOURCE_CONTEXT,
        /** No speaker, the mention a pronoun, a relative who/which/that, a noun phrase, a capitalized name. */
        SPEAKER_NONE, SPEAKER_PRONOUN, SPEAKER_RELATIVE, SPEAKER_NOMINAL, SPEAKER_NAME,
        /**
         * No speaker, by kind: PolNeAR gives nearly every quotation a source, not every reported statement (train:
         * 2 % of direct and 5 % of partial quotes without speaker are right, 62 % of indirect ones).
         */
        DIRECT_NO_SPEAKER, PARTIAL_NO_SPEAKER, INDIRECT_NO_SPEAKER,
        /** The speaker taken from an earlier quote (continued speaker). */
        SPEAKER_CONTINUED,
        /** The resolved name differs from the mention (coreference). */
        SPEAKER_RESOLVED,
        SPEAKER_PERSON, SPEAKER_ORGANIZATION,
        CUE_NONE, DIRECT_NO_CUE, PARTIAL_NO_CUE, CUE_VERB, CUE_TELL, CUE_PREP, CUE_INTENT,
        /** A cue word outside the lexicon (a learned verb, "states"). */
        CUE_UNLISTED,
        /** The cue's lexicon weight (0..1; 0 when unlisted or none). */
        CUE_WEIGHT,
        /** The learned rate of the cue's first word (0..1). */
        CUE_RATE,
        CUE_PARTICIPLE,
        /** The cue follows the content. */
        CUE_AFTER_CONTENT,
        /** Tokens between the cue and the content: at most 2, 3 to 8, more. */
        CUE_NEAR, CUE_MIDDLE, CUE_FAR,
        /** Words of the content: 1-3, 4-7, 8-15, 16-30, more. */
        WORDS_3, WORDS_7, WORDS_15, WORDS_30, WORDS_MORE,
        /** Every word of the paragraph lies inside quotation marks. */
        QUOTE_ONLY_PARAGRAPH,
        /** More than one span (a split quote, or one across paragraphs). */
        SPLIT,
        /** The content lies inside the content of another quote, or holds one. */
        INSIDE_OTHER, HOLDS_OTHER,
        /** Reported speech inside another quote's content (train: 31 % right, partial quotes there 71 %). */
        INDIRECT_INSIDE_OTHER,
        /** The story's first paragraph. */
        FIRST_PARAGRAPH,
        /** The confidence the rule set by hand (continuous, 0..1). */
        RULE_CONFIDENCE;

        final String key = name().toLowerCase(Locale.ROOT);
    }

    static final int SIZE = Feature.values().length;

    private final double[] weights;

    private ConfidenceModel(double[] weights) {
        this.weights = weights;
    }

    static ConfidenceModel standard() {
        return DataFile.load(RESOURCE, ConfidenceModel::parse);
    }

    /** Lines {@code feature | weight}; {@code #} starts a comment. An unknown feature is an error naming it. */
    static ConfidenceModel parse(InputStream in) throws IOException {
        double[] w = new double[SIZE];
        for (DataFile.Line line : DataFile.lines(in)) {
            String[] cols = line.columns(RESOURCE, 2, "feature | weight");
            w[feature(cols[0]).ordinal()] = Double.parseDouble(cols[1]);
        }
        return new ConfidenceModel(w);
    }

    static ConfidenceModel of(double[] weights) {
        return new ConfidenceModel(weights.clone());
    }

    private static Feature feature(String key) {
        for (Feature f : Feature.values()) {
            if (f.key.equals(key)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown feature in " + RESOURCE + ": " + key);
    }

    /** The probability that the quote of features {@code x} (indexed by {@link Feature#ordinal}) is right. */
    double probability(double[] x) {
        double z = 0;
        for (int i = 0; i < SIZE; i++) {
            z += weights[i] * x[i];
        }
        return 1 / (1 + Math.exp(-z));
    }
}
