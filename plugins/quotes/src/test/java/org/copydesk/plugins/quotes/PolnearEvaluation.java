package org.copydesk.plugins.quotes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.copydesk.api.Quote;
import org.copydesk.api.Quote.Kind;

/**
 * Scores the finder against PolNeAR ({@code polnear/*.jsonl}: one line per article and annotator).
 *
 * <ul>
 *   <li>Spans are compared after normalisation, the same for gold and prediction: whitespace, quotation marks and
 *       end punctuation ({@code . , ; : ? !}) are trimmed from both ends and a leading {@code that} is dropped (gold
 *       content of direct quotes includes the marks, ours does not; PolNeAR keeps the complementizer, we do not).
 *       A multi-span quote is compared by its overall extent (first span start to last span end).</li>
 *   <li>{@code content-exact}: normalised spans equal; {@code content-overlap}: spans share a character. Matching is
 *       one-to-one, greedy by size of overlap.</li>
 *   <li>{@code content+speaker}: a content match (overlap) whose speakers agree: both absent, or the speaker
 *       mentions overlap. {@code content-exact+speaker} likewise with exact content.</li>
 *   <li>{@code speaker}: the distinct speaker mentions of the article (gold vs predicted), matched one-to-one by
 *       overlap (as a source-span tagger is scored).</li>
 *   <li>{@code direct}: gold direct quotes against our kind {@code direct}. Gold direct is {@code quote_type=direct}
 *       plus the content inside NYT-style {@code ''...''} marks, which PolNeAR's quote_type labels indirect (it does
 *       not know that mark), also when the span leaves out one apostrophe of the two-character mark
 *       ({@link #doubledApostrophes}); {@code direct-as-labelled} uses {@code quote_type=direct} only. {@code all}: every gold
 *       attribution against our direct, partial and indirect quotes, minus partial quotes that lie inside one of our
 *       indirect ones (they are the quoted words of that same attribution, which PolNeAR calls mixed).</li>
 *   <li>Several annotators of one article: the article is scored against each annotator and the counts averaged,
 *       so every article weighs the same whatever its number of annotators.</li>
 * </ul>
 */
final class PolnearEvaluation {

    /** Precision/recall counts. */
    static final class Counts {
        double tp;
        double predicted;
        double gold;

        double precision() {
            return predicted == 0 ? 0 : tp / predicted;
        }

        double recall() {
            return gold == 0 ? 0 : tp / gold;
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        void add(Counts c, double weight) {
            tp += c.tp * weight;
            predicted += c.predicted * weight;
            gold += c.gold * weight;
        }
    }

    record Span(int start, int end) {
        boolean overlaps(Span o) {
            return start < o.end && o.start < end;
        }

        int overlap(Span o) {
            return Math.max(0, Math.min(end, o.end) - Math.max(start, o.start));
        }
    }

    record Item(Span content, Span speaker, String cue, String type) {
        Item(Span content, Span speaker) {
            this(content, speaker, null, null);
        }
    }

    static final String[] METRICS = {"content-exact", "content-overlap", "content-exact+speaker",
        "content+speaker", "speaker"};

    /** Results by "scope metric", e.g. "direct content-exact". */
    final Map<String, Counts> results = new LinkedHashMap<>();
    /** The same counts article by article (annotators averaged), for {@link #interval}. */
    final Map<String, List<Counts>> byArticle = new LinkedHashMap<>();
    private Map<String, Counts> currentArticle = new LinkedHashMap<>();
    int articles;
    int lines;
    /** What {@link #lines} counts, for the summary. */
    private String lineUnit = "annotations";
    final boolean verbose;
    final List<String> errors = new ArrayList<>();
    private List<Item> currentAll = List.of();

    /** The {@code min_confidence} values the summary scores the finder at. */
    static final double[] THRESHOLDS = {0, 0.2, 0.3, 0.4, 0.5};
    /** The rows printed at each of {@link #THRESHOLDS}. */
    static final String[] THRESHOLD_ROWS = {"direct content-exact", "direct content-overlap", "direct content+speaker",
        "all content-overlap", "all content+speaker", "all speaker"};
    /** The confidence and the label ({@link #contentSpeakerLabels}) of each quote of scope {@code all}. */
    final List<double[]> calibration = new ArrayList<>();
    /** The same scoring of the quotes whose confidence reaches each of {@link #THRESHOLDS}. */
    final Map<Double, PolnearEvaluation> byThreshold = new LinkedHashMap<>();

    PolnearEvaluation(boolean verbose) {
        this(verbose, true);
    }

    PolnearEvaluation(boolean verbose, boolean thresholds) {
        this.verbose = verbose;
        for (String scope : new String[] {"direct", "direct-as-labelled", "all"}) {
            for (String m : METRICS) {
                results.put(scope + " " + m, new Counts());
            }
        }
        if (thresholds) {
            for (double threshold : THRESHOLDS) {
                byThreshold.put(threshold, new PolnearEvaluation(false, false));
            }
        }
    }

    static PolnearEvaluation run(Path jsonl, QuoteFinder finder, boolean verbose) throws IOException {
        PolnearEvaluation ev = new PolnearEvaluation(verbose);
        for (List<JsonNode> annotations : read(jsonl).values()) {
            ev.article(annotations, finder);
        }
        return ev;
    }

    /** The lines of a PolNeAR file by article, in file order (one line per annotator). */
    static Map<String, List<JsonNode>> read(Path jsonl) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        Map<String, List<JsonNode>> byArticle = new LinkedHashMap<>();
        try (BufferedReader r = Files.newBufferedReader(jsonl, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode n = mapper.readTree(line);
                byArticle.computeIfAbsent(n.get("article").asText(), k -> new ArrayList<>()).add(n);
            }
        }
        return byArticle;
    }

    /**
     * How far the annotators agree with each other, and the finder with them, on the articles that several people
     * annotated: {@code [0]} scores each annotator against each other one (every ordered pair, so precision and
     * recall come out equal), {@code [1]} scores the finder against each annotator of the same articles, as
     * {@link #run} does. Each article weighs the same in both. The annotators' figure is what the metric can
     * measure at best: a system that matches one annotator better than the others do is fitting that person.
     */
    static PolnearEvaluation[] agreement(List<Path> files, QuoteFinder finder) throws IOException {
        PolnearEvaluation people = new PolnearEvaluation(false, false); // annotators have no confidence to sweep
        people.lineUnit = "ordered annotator pairs";
        PolnearEvaluation system = new PolnearEvaluation(false);
        for (Path file : files) {
            for (List<JsonNode> annotations : read(file).values()) {
                if (annotations.size() >= 2) {
                    people.annotatorPairs(annotations);
                    system.article(annotations, finder);
                }
            }
        }
        return new PolnearEvaluation[] {people, system};
    }

    private void annotatorPairs(List<JsonNode> annotations) {
        articles++;
        currentArticle = new LinkedHashMap<>();
        String text = annotations.get(0).get("text").asText();
        List<Gold> golds = annotations.stream().map(a -> gold(a, text)).toList();
        int n = golds.size();
        double weight = 1.0 / (n * (n - 1));
        for (int g = 0; g < n; g++) {
            for (int p = 0; p < n; p++) {
                if (g != p) {
                    lines++;
                    score("direct", text, golds.get(g).direct(), golds.get(p).direct(), weight);
                    score("direct-as-labelled", text, golds.get(g).labelled(), golds.get(p).labelled(), weight);
                    score("all", text, golds.get(g).all(), golds.get(p).all(), weight);
                }
            }
        }
        currentArticle.forEach((k, c) -> byArticle.computeIfAbsent(k, x -> new ArrayList<>()).add(c));
    }

    /** One annotator's items: direct (as {@link PolnearEvaluation} counts it), labelled direct, and all. */
    record Gold(List<Item> direct, List<Item> labelled, List<Item> all) {
    }

    static Gold gold(JsonNode annotation, String text) {
        if (!annotation.get("text").asText().equals(text)) {
            throw new IllegalStateException("annotators disagree on the text of " + annotation.get("article"));
        }
        List<Item> goldDirect = new ArrayList<>();
        List<Item> goldLabelled = new ArrayList<>();
        List<Item> goldAll = new ArrayList<>();
        for (JsonNode g : annotation.get("quotes")) {
            Span spk = g.get("speaker_start").isNull() ? null
                    : new Span(g.get("speaker_start").asInt(), g.get("speaker_end").asInt());
            Span content = normalise(text, g.get("start").asInt(), g.get("end").asInt());
            if (content == null) {
                continue;
            }
            Item item = new Item(content, spk, g.get("cue").isNull() ? null : g.get("cue").asText(),
                    g.get("quote_type").asText());
            goldAll.add(item);
            boolean labelled = "direct".equals(g.get("quote_type").asText());
            // PolNeAR's quote_type does not know the NYT's '' marks: ''...'' is labelled indirect
            boolean doubledApostrophes = doubledApostrophes(text, g.get("start").asInt(), g.get("end").asInt());
            if (labelled || doubledApostrophes) {
                goldDirect.add(item);
            }
            if (labelled) {
                goldLabelled.add(item);
            }
        }
        return new Gold(goldDirect, goldLabelled, goldAll);
    }

    private void article(List<JsonNode> annotations, QuoteFinder finder) {
        String text = annotations.get(0).get("text").asText();
        List<Quote> quotes = finder.find(text, QuoteFinder.Options.all());
        scoreArticle(annotations, text, quotes);
        double[] labels = contentSpeakerLabels(annotations, text, quotes);
        for (int i : allScope(text, quotes)) {
            calibration.add(new double[] {quotes.get(i).confidence(), labels[i]});
        }
        byThreshold.forEach((threshold, ev) -> ev.scoreArticle(annotations, text,
                quotes.stream().filter(q -> q.confidence() >= threshold).toList()));
    }

    /**
     * The indices of the quotes the {@code all} scope scores: direct, partial and indirect with a content left after
     * normalisation, minus partial quotes inside one of the indirect ones.
     */
    static List<Integer> allScope(String text, List<Quote> quotes) {
        List<Quote> indirect = quotes.stream().filter(q -> q.kind() == Kind.INDIRECT).toList();
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < quotes.size(); i++) {
            Quote q = quotes.get(i);
            if (q.kind() == Kind.OTHER || normalise(text, q.start(), q.end()) == null) {
                continue;
            }
            if (q.kind() == Kind.PARTIAL && indirect.stream().anyMatch(o -> o.start() <= q.start() && q.end() <= o.end())) {
                continue;
            }
            out.add(i);
        }
        return out;
    }

    /**
     * For each quote, the share of the article's annotators against whom it is a true positive of {@code all
     * content+speaker}: matched one-to-one by content overlap as {@link #score} matches, with agreeing speakers. A
     * quote outside the {@code all} scope ({@link #allScope}) counts an annotator when it overlaps any of that
     * annotator's attributions with an agreeing speaker. The label {@code ConfidenceTraining} fits and the
     * reliability table checks.
     */
    static double[] contentSpeakerLabels(List<JsonNode> annotations, String text, List<Quote> quotes) {
        List<Integer> scope = allScope(text, quotes);
        List<Item> items = new ArrayList<>();
        for (Quote q : quotes) {
            Span content = normalise(text, q.start(), q.end());
            items.add(new Item(content == null ? new Span(q.start(), q.start()) : content,
                    q.speaker() == null ? null : new Span(q.speaker().start(), q.speaker().end())));
        }
        List<Item> pred = scope.stream().map(items::get).toList();
        double[] labels = new double[quotes.size()];
        double weight = 1.0 / annotations.size();
        for (JsonNode a : annotations) {
            List<Item> gold = gold(a, text).all();
            int[] overlap = match(gold, pred, false);
            for (int g = 0; g < gold.size(); g++) {
                if (overlap[g] >= 0 && speakerAgrees(gold.get(g), pred.get(overlap[g]))) {
                    labels[scope.get(overlap[g])] += weight;
                }
            }
            for (int i = 0; i < quotes.size(); i++) {
                Item p = items.get(i);
                if (!scope.contains(i)
                        && gold.stream().anyMatch(g -> g.content().overlaps(p.content()) && speakerAgrees(g, p))) {
                    labels[i] += weight;
                }
            }
        }
        return labels;
    }

    private void scoreArticle(List<JsonNode> annotations, String text, List<Quote> quotes) {
        articles++;
        currentArticle = new LinkedHashMap<>();
        List<Item> predDirect = new ArrayList<>();
        List<Item> predAll = new ArrayList<>();
        List<Integer> scope = allScope(text, quotes);
        for (int i = 0; i < quotes.size(); i++) {
            Quote q = quotes.get(i);
            Span spk = q.speaker() == null ? null : new Span(q.speaker().start(), q.speaker().end());
            Item item = new Item(normalise(text, q.start(), q.end()), spk);
            if (item.content() == null) {
                continue;
            }
            if (q.kind() == Kind.DIRECT) {
                predDirect.add(item);
            }
            if (scope.contains(i)) {
                predAll.add(item);
            }
        }
        double weight = 1.0 / annotations.size();
        for (JsonNode a : annotations) {
            lines++;
            Gold gold = gold(a, text);
            currentAll = gold.all();
            score("direct", text, gold.direct(), predDirect, weight);
            score("direct-as-labelled", text, gold.labelled(), predDirect, weight);
            score("all", text, gold.all(), predAll, weight);
        }
        currentArticle.forEach((k, c) -> byArticle.computeIfAbsent(k, x -> new ArrayList<>()).add(c));
    }

    private void score(String scope, String text, List<Item> gold, List<Item> pred, double weight) {
        Map<String, Counts> c = new LinkedHashMap<>();
        int[] exact = match(gold, pred, true);
        int[] overlap = match(gold, pred, false);
        Counts ce = counts(gold.size(), pred.size());
        Counts co = counts(gold.size(), pred.size());
        Counts ces = counts(gold.size(), pred.size());
        Counts cos = counts(gold.size(), pred.size());
        for (int g = 0; g < gold.size(); g++) {
            if (exact[g] >= 0) {
                ce.tp++;
                if (speakerAgrees(gold.get(g), pred.get(exact[g]))) {
                    ces.tp++;
                }
            }
            if (overlap[g] >= 0) {
                co.tp++;
                if (speakerAgrees(gold.get(g), pred.get(overlap[g]))) {
                    cos.tp++;
                }
            }
            if (verbose && scope.equals("all") && overlap[g] >= 0 && exact[g] < 0) {
                Span gc = gold.get(g).content();
                Span pc = pred.get(overlap[g]).content();
                errors.add("ALLBOUND gold=" + text.substring(gc.start(), gc.end()).replace('\n', '|') + " || pred="
                        + text.substring(pc.start(), pc.end()).replace('\n', '|'));
            }
            if (verbose && scope.equals("all") && overlap[g] < 0) {
                Span gc = gold.get(g).content();
                StringBuilder near = new StringBuilder();
                for (Item p : pred) {
                    if (Math.abs(p.content().start() - gc.start()) < 300) {
                        near.append(" {").append(text, p.content().start(), Math.min(p.content().end(),
                                p.content().start() + 40)).append("}");
                    }
                }
                errors.add("ALLFN cue=" + gold.get(g).cue() + " :: " + excerpt(text, gc) + " NEAR" + near);
            }
            if (verbose && scope.equals("direct")) {
                if (overlap[g] < 0) {
                    errors.add("FN " + scope + " " + excerpt(text, gold.get(g).content()));
                } else if (exact[g] < 0) {
                    errors.add("BOUNDARY " + scope + " gold=" + excerpt(text, gold.get(g).content()) + " pred="
                            + excerpt(text, pred.get(overlap[g]).content()));
                } else if (!speakerAgrees(gold.get(g), pred.get(overlap[g]))) {
                    Span gs = gold.get(g).speaker();
                    Span ps = pred.get(overlap[g]).speaker();
                    errors.add("SPEAKER " + scope + " gold=" + (gs == null ? null : text.substring(gs.start(), gs.end()))
                            + " pred=" + (ps == null ? null : text.substring(ps.start(), ps.end())) + " :: "
                            + excerpt(text, gold.get(g).content()));
                }
            }
        }
        if (verbose && scope.equals("direct")) {
            boolean[] used = new boolean[pred.size()];
            for (int m : overlap) {
                if (m >= 0) {
                    used[m] = true;
                }
            }
            for (int p = 0; p < pred.size(); p++) {
                if (!used[p]) {
                    Span ps = pred.get(p).content();
                    Item other = currentAll.stream().filter(g -> g.content().overlaps(ps)).findFirst().orElse(null);
                    String rel = other == null ? "" : other.content().start() <= ps.start() && ps.end() <= other.content().end()
                            ? "GOLDCONTAINS " : ps.start() <= other.content().start() && other.content().end() <= ps.end()
                            ? "PREDCONTAINS " : "CROSS ";
                    errors.add((other != null ? "FP-OTHERTYPE " + rel + other.type() + " " : "FP ") + scope + " "
                            + excerpt(text, ps)
                            + (other == null ? "" : " GOLD=" + text.substring(other.content().start(),
                            other.content().end()).replace('\n', '|')));
                }
            }
        }
        List<Span> gs = distinctSpeakers(gold);
        List<Span> ps = distinctSpeakers(pred);
        Counts sp = counts(gs.size(), ps.size());
        int[] sm = matchSpans(gs, ps, false);
        for (int m : sm) {
            if (m >= 0) {
                sp.tp++;
            }
        }
        if (verbose && scope.equals("all")) {
            boolean[] usedSpk = new boolean[ps.size()];
            for (int g = 0; g < gs.size(); g++) {
                if (sm[g] >= 0) {
                    usedSpk[sm[g]] = true;
                    continue;
                }
                Span s = gs.get(g);
                Item owner = gold.stream().filter(i -> s.equals(i.speaker())).findFirst().orElseThrow();
                boolean found = pred.stream().anyMatch(p -> p.content().overlaps(owner.content()));
                errors.add("SPKFN " + (found ? "CONTENTFOUND " : "CONTENTMISSED ") + "cue=" + owner.cue() + " spk="
                        + text.substring(s.start(), s.end()).replace('\n', '|') + " :: " + excerpt(text, s));
            }
            for (int p = 0; p < ps.size(); p++) {
                if (!usedSpk[p]) {
                    errors.add("SPKFP spk=" + text.substring(ps.get(p).start(), ps.get(p).end()).replace('\n', '|')
                            + " :: " + excerpt(text, ps.get(p)));
                }
            }
        }
        c.put("content-exact", ce);
        c.put("content-overlap", co);
        c.put("content-exact+speaker", ces);
        c.put("content+speaker", cos);
        c.put("speaker", sp);
        c.forEach((k, v) -> {
            results.get(scope + " " + k).add(v, weight);
            currentArticle.computeIfAbsent(scope + " " + k, x -> new Counts()).add(v, weight);
        });
    }

    /** Resamples of the articles for {@link #interval}; fixed with the seed, so CI prints the same figures each run. */
    static final int RESAMPLES = 2000;

    /**
     * The 95 % percentile bootstrap interval of a metric's F1 over articles: the articles drawn with replacement
     * {@link #RESAMPLES} times (fixed seed), F1 from each draw's summed counts. It says how far another sample of
     * articles like these (a held-out set) may land from the figure measured here; it is not a bound on it.
     */
    static double[] interval(List<Counts> articles, int resamples, long seed) {
        java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
        double[] f1 = new double[resamples];
        for (int r = 0; r < resamples; r++) {
            Counts sum = new Counts();
            for (int i = 0; i < articles.size(); i++) {
                sum.add(articles.get(random.nextInt(articles.size())), 1);
            }
            f1[r] = sum.f1();
        }
        java.util.Arrays.sort(f1);
        return new double[] {f1[(int) Math.floor(0.025 * (resamples - 1))], f1[(int) Math.ceil(0.975 * (resamples - 1))]};
    }

    private static String excerpt(String text, Span s) {
        int a = Math.max(0, s.start() - 60);
        int b = Math.min(text.length(), s.end() + 60);
        return (text.substring(a, s.start()) + "[[" + text.substring(s.start(), s.end()) + "]]"
                + text.substring(s.end(), b)).replace('\n', '|');
    }

    private static boolean speakerAgrees(Item gold, Item pred) {
        if (gold.speaker() == null || pred.speaker() == null) {
            return gold.speaker() == null && pred.speaker() == null;
        }
        return gold.speaker().overlaps(pred.speaker());
    }

    private static List<Span> distinctSpeakers(List<Item> items) {
        List<Span> out = new ArrayList<>();
        for (Item i : items) {
            if (i.speaker() != null && !out.contains(i.speaker())) {
                out.add(i.speaker());
            }
        }
        return out;
    }

    private static Counts counts(int gold, int pred) {
        Counts c = new Counts();
        c.gold = gold;
        c.predicted = pred;
        return c;
    }

    private static int[] match(List<Item> gold, List<Item> pred, boolean exact) {
        return matchSpans(gold.stream().map(Item::content).toList(), pred.stream().map(Item::content).toList(), exact);
    }

    /** One-to-one matching; for each gold span the index of its predicted span, or -1. */
    static int[] matchSpans(List<Span> gold, List<Span> pred, boolean exact) {
        List<int[]> pairs = new ArrayList<>();
        for (int g = 0; g < gold.size(); g++) {
            for (int p = 0; p < pred.size(); p++) {
                Span a = gold.get(g);
                Span b = pred.get(p);
                if (exact ? a.equals(b) : a.overlaps(b)) {
                    pairs.add(new int[] {g, p, a.overlap(b)});
                }
            }
        }
        pairs.sort((x, y) -> Integer.compare(y[2], x[2]));
        int[] out = new int[gold.size()];
        java.util.Arrays.fill(out, -1);
        boolean[] used = new boolean[pred.size()];
        for (int[] pr : pairs) {
            if (out[pr[0]] < 0 && !used[pr[1]]) {
                out[pr[0]] = pr[1];
                used[pr[1]] = true;
            }
        }
        return out;
    }

    /**
     * Whether a gold span is enclosed in the NYT's doubled-apostrophe marks {@code ''...''}: it starts and ends with
     * one, or stops inside one (a span that leaves out one apostrophe of the two-character mark, {@code ''...,'}
     * followed by {@code '}, as 36 train and 5 dev annotations do; the content is inside the marks all the same).
     */
    static boolean doubledApostrophes(String text, int start, int end) {
        int s = Math.max(0, start);
        int e = Math.min(text.length(), end);
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        if (e - s <= 4) {
            return false;
        }
        boolean opens = text.startsWith("''", s) || text.charAt(s) == '\'' && s > 0 && text.charAt(s - 1) == '\'';
        boolean closes = text.startsWith("''", e - 2)
                || text.charAt(e - 1) == '\'' && e < text.length() && text.charAt(e) == '\'';
        return opens && closes;
    }

    /** Trims whitespace, quotation marks, end punctuation and a leading "that"; null when nothing is left. */
    static Span normalise(String text, int start, int end) {
        start = Math.max(0, start);
        end = Math.min(text.length(), end);
        boolean changed = true;
        while (changed && start < end) {
            changed = false;
            char a = text.charAt(start);
            char b = text.charAt(end - 1);
            if (trimmable(a)) {
                start++;
                changed = true;
            } else if (trimmable(b)) {
                end--;
                changed = true;
            } else if (end - start > 5 && text.regionMatches(true, start, "that ", 0, 5)) {
                start += 5;
                changed = true;
            }
        }
        return start < end ? new Span(start, end) : null;
    }

    private static boolean trimmable(char c) {
        return Character.isWhitespace(c) || c == '"' || c == '\'' || c == '“' || c == '”' || c == '‘' || c == '’'
                || c == '«' || c == '»' || c == '„' || c == '‚' || c == '.' || c == ',' || c == ';' || c == ':'
                || c == '?' || c == '!' || c == '\u00a0';
    }

    List<String> summary(String corpus) {
        List<String> out = new ArrayList<>();
        out.add(String.format(Locale.ROOT, "EVAL quotes %s: %d articles, %d %s", corpus, articles, lines, lineUnit));
        // four decimals: three would print 0.8998 as 0.900, on the wrong side of a 0.90 target
        results.forEach((k, c) -> out.add(String.format(Locale.ROOT,
                "EVAL quotes %s %-28s P=%.4f R=%.4f F1=%.4f", corpus, k, c.precision(), c.recall(), c.f1())));
        byArticle.forEach((k, list) -> {
            if (!k.startsWith("direct-as-labelled")) {
                double[] ci = interval(list, RESAMPLES, 1);
                out.add(String.format(Locale.ROOT, "EVAL quotes %s %-28s F1 95%% interval over articles %.4f-%.4f"
                        + " (bootstrap, %d resamples)", corpus, k, ci[0], ci[1], RESAMPLES));
            }
        });
        if (!calibration.isEmpty()) {
            out.addAll(reliability(corpus));
        }
        byThreshold.forEach((threshold, ev) -> {
            for (String row : THRESHOLD_ROWS) {
                Counts c = ev.results.get(row);
                out.add(String.format(Locale.ROOT, "EVAL quotes %s min_confidence %.1f %-24s P=%.4f R=%.4f F1=%.4f",
                        corpus, threshold, row, c.precision(), c.recall(), c.f1()));
            }
        });
        return out;
    }

    /** Bins of the reliability table: confidence deciles. */
    static final int BINS = 10;

    /**
     * The reliability table of the confidence on the quotes of scope {@code all}: per decile of confidence, the
     * quotes, their mean confidence and the share that is right ({@link #contentSpeakerLabels}); then the Brier
     * score and the expected calibration error ({@link #expectedCalibrationError}).
     */
    private List<String> reliability(String corpus) {
        List<String> out = new ArrayList<>();
        double[][] bins = bins();
        for (int b = 0; b < BINS; b++) {
            double n = bins[b][0];
            out.add(String.format(Locale.ROOT, "EVAL quotes %s reliability %.1f-%.1f n=%5d mean-confidence=%.4f"
                    + " precision=%.4f", corpus, b / (double) BINS, (b + 1) / (double) BINS, (int) n,
                    n == 0 ? 0 : bins[b][1] / n, n == 0 ? 0 : bins[b][2] / n));
        }
        out.add(String.format(Locale.ROOT, "EVAL quotes %s calibration: %d quotes, Brier %.4f, ECE %.4f (mean"
                + " confidence %.4f, precision %.4f)", corpus, calibration.size(), brier(), expectedCalibrationError(),
                calibration.stream().mapToDouble(c -> c[0]).average().orElse(0),
                calibration.stream().mapToDouble(c -> c[1]).average().orElse(0)));
        return out;
    }

    /** Per decile of confidence: quotes, sum of confidences, sum of labels. */
    private double[][] bins() {
        double[][] bins = new double[BINS][3];
        for (double[] c : calibration) {
            int b = Math.min(BINS - 1, (int) (c[0] * BINS));
            bins[b][0]++;
            bins[b][1] += c[0];
            bins[b][2] += c[1];
        }
        return bins;
    }

    /** The mean squared difference between confidence and label. */
    double brier() {
        return calibration.stream().mapToDouble(c -> (c[0] - c[1]) * (c[0] - c[1])).average().orElse(0);
    }

    /** The quotes' weighted mean distance between a decile's mean confidence and its precision. */
    double expectedCalibrationError() {
        double sum = 0;
        for (double[] bin : bins()) {
            sum += Math.abs(bin[1] - bin[2]);
        }
        return calibration.isEmpty() ? 0 : sum / calibration.size();
    }

    double f1(String key) {
        return results.get(key).f1();
    }

    /**
     * {@code java ... PolnearEvaluation <jsonl> [verbose]}: prints the summary (and error lines when verbose);
     * {@code java ... PolnearEvaluation --agreement <jsonl>...}: the annotators against each other and the finder
     * against them on the articles several people annotated ({@link #agreement}).
     */
    public static void main(String[] args) throws IOException {
        if (args[0].equals("--agreement")) {
            List<Path> files = java.util.Arrays.stream(args).skip(1).map(Path::of).toList();
            PolnearEvaluation[] ev = agreement(files, QuoteFinder.standard());
            ev[0].summary("multi-annotated annotators").forEach(System.out::println);
            ev[1].summary("multi-annotated finder").forEach(System.out::println);
            return;
        }
        Path p = Path.of(args[0]);
        boolean verbose = args.length > 1;
        PolnearEvaluation ev = run(p, QuoteFinder.standard(), verbose);
        if (verbose) {
            ev.errors.forEach(System.out::println);
        }
        ev.summary(p.getFileName().toString()).forEach(System.out::println);
    }
}
