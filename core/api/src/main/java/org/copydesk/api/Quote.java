package org.copydesk.api;

import java.util.List;
import java.util.Objects;

/**
 * A quotation or attribution found in a document's body.
 *
 * @param text       the content without quotation marks; for a split quote the parts joined by a space
 * @param start      offset of the content's first character in {@link Document#body()}
 * @param end        offset after its last character (exclusive)
 * @param spans      the content's parts, in order; one span unless the quote is split
 * @param kind       what sort of quotation this is
 * @param cue        the verb or phrase that introduces it ({@code said}, {@code according to}), or null
 * @param speaker    who said it, or null when nobody is named
 * @param confidence how sure the finder is, 0..1
 */
public record Quote(String text, int start, int end, List<Span> spans, Kind kind, Cue cue, Speaker speaker,
                    double confidence) {

    public Quote {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
        spans = spans == null || spans.isEmpty() ? List.of(new Span(start, end)) : List.copyOf(spans);
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence must be within 0..1, was " + confidence);
        }
    }

    /** Returns this quote with another speaker. */
    public Quote withSpeaker(Speaker newSpeaker) {
        return new Quote(text, start, end, spans, kind, cue, newSpeaker, confidence);
    }

    /** The sort of quotation. JSON uses the lower-case name. */
    public enum Kind {
        /** A whole utterance inside quotation marks. */
        DIRECT,
        /** Quoted words inside a sentence of the writer's own, e.g. accusing Pyongyang of "mocking". */
        PARTIAL,
        /** Reported speech without quotation marks. */
        INDIRECT,
        /** Quotation marks that are not speech: titles, scare quotes, nicknames. */
        OTHER;

        private final String jsonName = name().toLowerCase(java.util.Locale.ROOT);

        /** The lower-case name JSON uses: {@code direct}, {@code partial}, {@code indirect}, {@code other}. */
        public String jsonName() {
            return jsonName;
        }
    }

    /** The words that introduce a quote. */
    public record Cue(String text, int start, int end) {
        public Cue {
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * The speaker of a quote.
     *
     * @param text  the mention as written nearest the quote, e.g. {@code The ministry}
     * @param start offset of the mention in the body
     * @param end   end offset of the mention
     * @param name  the fullest name the story gives, e.g. {@code South Korean Foreign Ministry}
     * @param type  person, organization or unknown
     * @param role  a title or function that is not part of the name, e.g. {@code Foreign Minister}; may be null
     */
    public record Speaker(String text, int start, int end, String name, SpeakerType type, String role) {
        public Speaker {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(type, "type");
        }
    }

    /** What a speaker is. JSON uses the lower-case name. */
    public enum SpeakerType {
        PERSON, ORGANIZATION, UNKNOWN;

        private final String jsonName = name().toLowerCase(java.util.Locale.ROOT);

        /** The lower-case name JSON uses: {@code person}, {@code organization}, {@code unknown}. */
        public String jsonName() {
            return jsonName;
        }
    }

    /** A range of characters in the body, end exclusive. */
    public record Span(int start, int end) {
        public Span {
            if (start < 0 || end < start) {
                throw new IllegalArgumentException("bad span " + start + ".." + end);
            }
        }
    }
}
