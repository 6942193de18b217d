package org.copydesk.plugins.quotes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
        try (InputStream in = CueRates.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource " + RESOURCE + " missing from the quotes plugin");
            }
            return parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static CueRates parse(InputStream in) throws IOException {
        Map<String, Double> m = new HashMap<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        while ((line = r.readLine()) != null) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            String[] cols = l.split("\\|");
            m.put(cols[0].strip(), Double.parseDouble(cols[1].strip()));
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
