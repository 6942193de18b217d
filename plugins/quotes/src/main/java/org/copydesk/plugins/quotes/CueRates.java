package org.copydesk.plugins.quotes;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;

/**
 * Learned cue rates ({@code cue-rates.txt}, built by {@code CueRatesBuilder} from PolNeAR's training file): for a word
 * form, the share of its occurrences that annotators marked as part of an attribution cue. Used by the reported-speech
 * fallback "SOURCE VERB COMPLEMENT" for verbs that are not in the hand-written {@code cues.txt}. Immutable.
 */
final class CueRates {
    static final String RESOURCE = "cue-rates.txt";

    private final WordTable<Double> rates;

    private CueRates(Map<String, Double> rates) {
        this.rates = new WordTable<>(rates);
    }

    static CueRates standard() {
        return DataFile.load(RESOURCE, CueRates::parse);
    }

    static CueRates parse(InputStream in) throws IOException {
        Map<String, Double> m = new HashMap<>();
        for (DataFile.Line line : DataFile.lines(in)) {
            String[] cols = line.columns(RESOURCE, 3, "form | rate | occurrences");
            m.put(cols[0], Double.parseDouble(cols[1]));
        }
        return new CueRates(Map.copyOf(m));
    }

    static CueRates of(Map<String, Double> rates) {
        return new CueRates(Map.copyOf(rates));
    }

    /** The learned rate of a lower-case form, 0 when unknown. */
    double rate(String lower) {
        Double d = rates.get(lower);
        return d == null ? 0 : d;
    }

    /** The learned rate of token {@code i}'s lower-case form, 0 when unknown. */
    double rate(Tokens t, int i) {
        Double d = rates.get(t, i);
        return d == null ? 0 : d;
    }
}
