package org.copydesk.plugins.quotes;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The cue words and phrases ({@code said}, {@code told}, {@code according to}, ...), read from the data file
 * {@code cues.txt} beside this class. Immutable and thread-safe once loaded.
 */
final class CueLexicon {

    /** How a cue relates to its speaker. */
    enum CueClass {
        /** The speaker is the subject: X said; inverted after a quote: "...," said X. */
        VERB,
        /** Like VERB, but an addressee may follow: X told reporters that. */
        TELL,
        /** The speaker follows: according to X. */
        PREP,
        /** Like VERB, and what follows may be an infinitive: X declined to comment, X wants to win. */
        INTENT
    }

    /**
     * One surface form. {@code participle}: its last word ends in -ing and it is no preposition (worked out once, the
     * rules ask it of every cue they meet); a phrase whose first word is a finite verb is none, whatever its last word
     * (was quoted as saying, began by saying: the subject before it is the speaker). {@code bare}: the one-word
     * form that opens its line of the data file without -s, -ed or -ing (show, call, find: the base form, which a
     * noun shares; not found, saw).
     */
    record Entry(String[] words, CueClass cueClass, double weight, boolean participle, boolean bare) {
        Entry(String[] words, CueClass cueClass, double weight) {
            this(words, cueClass, weight, false);
        }

        Entry(String[] words, CueClass cueClass, double weight, boolean firstOfLine) {
            this(words, cueClass, weight, words[words.length - 1].endsWith("ing") && cueClass != CueClass.PREP
                    && (words.length == 1 || words[0].endsWith("ing")),
                    firstOfLine && words.length == 1 && !words[0].endsWith("s") && !words[0].endsWith("ed")
                    && !words[0].endsWith("ing"));
        }

        int length() {
            return words.length;
        }
    }

    static final String RESOURCE = "cues.txt";

    private final WordTable<List<Entry>> byFirstWord;

    private CueLexicon(Map<String, List<Entry>> byFirstWord) {
        this.byFirstWord = new WordTable<>(byFirstWord);
    }

    /** The lexicon shipped with the plugin. */
    static CueLexicon standard() {
        return DataFile.load(RESOURCE, CueLexicon::parse);
    }

    static CueLexicon parse(InputStream in) throws IOException {
        Map<String, Entry> forms = new HashMap<>();
        for (DataFile.Line line : DataFile.lines(in)) {
            String[] cols = line.columns(RESOURCE, 3, "forms | class | weight");
            CueClass cls = CueClass.valueOf(cols[1].toUpperCase(Locale.ROOT));
            double weight = Double.parseDouble(cols[2]);
            String[] lineForms = cols[0].split("[\\s,]+");
            for (int k = 0; k < lineForms.length; k++) {
                String f = lineForms[k].toLowerCase(Locale.ROOT);
                Entry prev = forms.get(f);
                if (prev == null || prev.weight() < weight) {
                    forms.put(f, new Entry(f.split("_"), cls, weight, k == 0));
                }
            }
        }
        Map<String, List<Entry>> byFirst = new HashMap<>();
        for (Entry e : forms.values()) {
            byFirst.computeIfAbsent(e.words()[0], k -> new ArrayList<>()).add(e);
        }
        for (List<Entry> l : byFirst.values()) {
            l.sort((a, b) -> Integer.compare(b.length(), a.length())); // longest first
        }
        return new CueLexicon(Map.copyOf(byFirst));
    }

    /** The longest cue starting at token {@code i} and ending before {@code limit}, or null. */
    Entry match(Tokens t, int i, int limit) {
        List<Entry> candidates = byFirstWord.get(t, i);
        if (candidates == null) {
            return null;
        }
        for (Entry e : candidates) {
            int n = e.length();
            if (i + n > limit) {
                continue;
            }
            boolean ok = true;
            for (int k = 1; k < n && ok; k++) {
                ok = t.lower(i + k).equals(e.words()[k]) && t.quote[i + k] < 0;
            }
            if (ok) {
                return e;
            }
        }
        return null;
    }

    int size() {
        int n = 0;
        for (List<Entry> l : byFirstWord.values()) {
            n += l.size();
        }
        return n;
    }
}
