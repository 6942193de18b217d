package org.copydesk.plugins.quotes;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Locale;
import java.util.List;
import java.util.Map;

/**
 * Word lists about speakers (titles, honorifics, organization words, places, person and organization nouns), read
 * from the data file {@code speakers.txt} beside this class. Immutable and thread-safe once loaded.
 */
final class SpeakerLexicon {
    static final String RESOURCE = "speakers.txt";

    /** The sections of the data file, each a bit of a word's mask. */
    private static final List<String> SECTIONS = List.of("titles", "honorifics", "org-words", "places",
            "person-nouns", "org-nouns", "thing-nouns");
    private static final int TITLE = 1;
    private static final int HONORIFIC = 1 << 1;
    private static final int ORG_WORD = 1 << 2;
    private static final int PLACE = 1 << 3;
    private static final int PERSON_NOUN = 1 << 4;
    private static final int ORG_NOUN = 1 << 5;
    private static final int THING_NOUN = 1 << 6;
    private static final int NOUN = PERSON_NOUN | ORG_NOUN | THING_NOUN | ORG_WORD;

    /** Word (lower case) to the sections it is in, as bits: one lookup answers every question about a word. */
    private final WordTable<Integer> masks;

    private SpeakerLexicon(Map<String, Integer> masks) {
        this.masks = new WordTable<>(masks);
    }

    static SpeakerLexicon standard() {
        return DataFile.load(RESOURCE, SpeakerLexicon::parse);
    }

    private static SpeakerLexicon parse(InputStream in) throws IOException {
        Map<String, Integer> masks = new HashMap<>();
        int current = 0;
        for (DataFile.Line line : DataFile.lines(in)) {
            String l = line.text();
            if (l.startsWith("[") && l.endsWith("]")) {
                int index = SECTIONS.indexOf(l.substring(1, l.length() - 1));
                if (index < 0) {
                    throw new IllegalStateException(RESOURCE + " line " + line.number() + ": unknown section " + l
                            + " (known: " + SECTIONS + ")");
                }
                current = 1 << index;
            } else if (current != 0) {
                masks.merge(l.toLowerCase(Locale.ROOT), current, (a, b) -> a | b);
            }
        }
        return new SpeakerLexicon(masks);
    }

    private boolean in(int sections, String word) {
        Integer m = masks.get(word);
        return m != null && (m & sections) != 0;
    }

    boolean isTitle(String lower) { return in(TITLE, lower); }
    boolean isOrgWord(String lower) { return in(ORG_WORD, lower); }
    boolean isPlace(String lower) { return in(PLACE, lower); }
    boolean isPersonNoun(String lower) { return in(PERSON_NOUN, lower); }
    boolean isOrgNoun(String lower) { return in(ORG_NOUN, lower); }
    boolean isThingNoun(String lower) { return in(THING_NOUN, lower); }

    boolean isNoun(String lower) {
        return in(NOUN, lower);
    }

    // The same questions about token i of a story: one array read (see Vocabulary).

    private boolean in(int sections, Tokens t, int i) {
        Integer m = masks.get(t, i);
        return m != null && (m & sections) != 0;
    }

    boolean isTitle(Tokens t, int i) { return in(TITLE, t, i); }
    boolean isHonorific(Tokens t, int i) { return in(HONORIFIC, t, i); }
    boolean isOrgWord(Tokens t, int i) { return in(ORG_WORD, t, i); }
    boolean isPersonNoun(Tokens t, int i) { return in(PERSON_NOUN, t, i); }
    boolean isOrgNoun(Tokens t, int i) { return in(ORG_NOUN, t, i); }
    boolean isThingNoun(Tokens t, int i) { return in(THING_NOUN, t, i); }
    boolean isNoun(Tokens t, int i) { return in(NOUN, t, i); }
}
