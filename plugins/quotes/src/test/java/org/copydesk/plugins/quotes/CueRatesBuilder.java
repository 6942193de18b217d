package org.copydesk.plugins.quotes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Builds {@code cue-rates.txt}, the learned part of the cue lexicon, from PolNeAR's training file: for every word form,
 * how often an occurrence of it lies inside an annotated cue ({@code said}, {@code opposed}, {@code pointed to}).
 * Only these per-form rates are written, no corpus text. Regenerate with
 *
 * <pre>
 * java -cp ... org.copydesk.plugins.quotes.CueRatesBuilder ../shared/corpora/polnear/train.jsonl \
 *     plugins/quotes/src/main/resources/org/copydesk/plugins/quotes/cue-rates.txt
 * </pre>
 *
 * <p>Counting: each article text is tokenized once with {@link Tokens}; a token counts as a cue occurrence when it
 * lies inside the cue span of an annotation, weighted 1/annotators so that every article weighs the same. The rate is
 * {@code cue / (occurrences + 2)} (two pseudo-occurrences pull rare forms down). A word followed by a particle
 * ({@link #PARTICLES}) is also counted as the two-word form {@code word_particle}, a cue occurrence when both words
 * lie inside the cue. Written: lower-case alphabetic forms
 * seen at least {@value #MIN_OCCURRENCES} times with a rate of at least {@value #MIN_RATE}.
 */
final class CueRatesBuilder {
    static final int MIN_OCCURRENCES = 4;
    static final double MIN_RATE = 0.15;
    /** The particles that form two-word forms with the word before them (written joined by '_'). */
    static final java.util.Set<String> PARTICLES = java.util.Set.of("to", "about", "for", "on", "with", "against",
            "of", "at", "into", "in", "over", "from", "by", "up", "out");

    private CueRatesBuilder() {
    }

    public static void main(String[] args) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        Map<String, List<JsonNode>> byArticle = new LinkedHashMap<>();
        try (BufferedReader r = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank()) {
                    JsonNode n = mapper.readTree(line);
                    byArticle.computeIfAbsent(n.get("article").asText(), k -> new ArrayList<>()).add(n);
                }
            }
        }
        Map<String, double[]> counts = new HashMap<>(); // form -> {occurrences, cue}
        for (List<JsonNode> annotations : byArticle.values()) {
            String text = annotations.get(0).get("text").asText();
            Tokens t = Tokens.of(text);
            double[] cue = new double[t.size()];
            for (JsonNode a : annotations) {
                boolean[] in = new boolean[t.size()];
                for (JsonNode q : a.get("quotes")) {
                    if (q.get("cue_start").isNull()) {
                        continue;
                    }
                    int cs = q.get("cue_start").asInt();
                    int ce = q.get("cue_end").asInt();
                    for (int i = t.tokenAt(cs); i < t.size() && t.start[i] < ce; i++) {
                        if (t.start[i] >= cs && t.end[i] <= ce) {
                            in[i] = true;
                        }
                    }
                }
                for (int i = 0; i < t.size(); i++) {
                    if (in[i]) {
                        cue[i] += 1.0 / annotations.size();
                    }
                }
            }
            for (int i = 0; i < t.size(); i++) {
                String w = t.lower(i);
                if (!w.chars().allMatch(c -> c >= 'a' && c <= 'z') || w.isEmpty()) {
                    continue;
                }
                double[] c = counts.computeIfAbsent(w, k -> new double[2]);
                c[0]++;
                c[1] += cue[i];
                if (i + 1 < t.size() && PARTICLES.contains(t.lower(i + 1))) {
                    // verb + particle (pointed_to, looking_for): a cue when both words are
                    double[] b = counts.computeIfAbsent(w + "_" + t.lower(i + 1), k -> new double[2]);
                    b[0]++;
                    b[1] += Math.min(cue[i], cue[i + 1]);
                }
            }
        }
        List<Map.Entry<String, double[]>> rows = new ArrayList<>(counts.entrySet());
        rows.removeIf(e -> e.getValue()[0] < MIN_OCCURRENCES || rate(e.getValue()) < MIN_RATE);
        rows.sort((a, b) -> a.getKey().compareTo(b.getKey()));
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8))) {
            w.println("# Learned cue rates: for each word form, the share of its occurrences in PolNeAR's training");
            w.println("# articles that annotators marked as (part of) an attribution cue, as cue / (occurrences + 2).");
            w.println("# Generated by CueRatesBuilder (src/test/java) from polnear/train.jsonl; do not edit by hand.");
            w.println("# form | rate | occurrences");
            for (Map.Entry<String, double[]> e : rows) {
                w.printf(Locale.ROOT, "%s | %.2f | %d%n", e.getKey(), rate(e.getValue()), (int) e.getValue()[0]);
            }
        }
        System.out.println("wrote " + rows.size() + " forms to " + args[1]);
    }

    private static double rate(double[] c) {
        return c[1] / (c[0] + 2);
    }
}
