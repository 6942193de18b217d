package org.copydesk.plugins.html;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.copydesk.api.Document;
import org.copydesk.api.FormatException;
import org.copydesk.api.Payload;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The Zyte article-extraction benchmark metric over {@code copydesk.corpora}/article-extraction (read-only, never
 * copied here): per page, precision and recall of word 4-gram shingles (normalised per page), averaged over pages;
 * F1 from the averages. Pages are read without their URL, as a file input would.
 */
class ArticleExtractionEvaluationTest {
    /** The level reached when this test was last tuned, less a small margin; a drop below it is a regression. */
    static final double MIN_F1 = 0.975;

    @Test
    void zyteArticleExtractionBenchmark() throws Exception {
        String corpora = System.getProperty("copydesk.corpora");
        Assumptions.assumeTrue(corpora != null, "copydesk.corpora not set");
        Path dir = Path.of(corpora, "article-extraction");
        Path truthFile = dir.resolve("ground-truth.json");
        Assumptions.assumeTrue(Files.isRegularFile(truthFile), "article-extraction corpus absent: " + truthFile);
        JsonNode truth = new ObjectMapper().readTree(truthFile.toFile());
        HtmlFormat format = new HtmlFormat(false, 25);
        String dump = System.getProperty("copydesk.dump");
        List<double[]> figures = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        int failed = 0;
        int uriMatches = 0;
        List<String> uriMisses = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = truth.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String id = e.getKey();
            Path html = dir.resolve("html").resolve(id + ".html");
            if (!Files.isRegularFile(html)) {
                continue;
            }
            String predicted;
            try {
                List<Document> docs = format.parse(new Payload(Files.readAllBytes(html), html.toString(), Instant.EPOCH));
                predicted = docs.get(0).body();
                if (sameUrl(docs.get(0).uri(), e.getValue().path("url").asText())) {
                    uriMatches++;
                } else {
                    uriMisses.add(id.substring(0, 8) + " " + docs.get(0).uri() + " vs " + e.getValue().path("url").asText());
                }
            } catch (FormatException ex) {
                predicted = "";
                failed++;
            }
            if (dump != null) {
                Files.createDirectories(Path.of(dump));
                Files.writeString(Path.of(dump, id.substring(0, 8) + ".txt"), predicted, StandardCharsets.UTF_8);
                Files.writeString(Path.of(dump, id.substring(0, 8) + ".truth.txt"),
                        e.getValue().path("articleBody").asText(), StandardCharsets.UTF_8);
            }
            double[] m = Shingles.match(e.getValue().path("articleBody").asText(""), predicted);
            figures.add(m);
            lines.add(String.format("%s P=%.3f R=%.3f", id.substring(0, 8), precision(m), recall(m)));
        }
        double p = figures.stream().filter(m -> m[0] + m[1] > 0).mapToDouble(ArticleExtractionEvaluationTest::precision)
                .average().orElse(0);
        double r = figures.stream().filter(m -> m[0] + m[2] > 0).mapToDouble(ArticleExtractionEvaluationTest::recall)
                .average().orElse(0);
        double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
        lines.sort(Comparator.comparingDouble(ArticleExtractionEvaluationTest::worst));
        lines.stream().limit(12).forEach(l -> System.out.println("  weakest " + l));
        System.out.printf("EVAL html article-extraction pages=%d failed=%d P=%.3f R=%.3f F1=%.3f uri-matches=%d%n",
                figures.size(), failed, p, r, f1, uriMatches);
        uriMisses.forEach(u -> System.out.println("  uri " + u));
        assertThat(figures).hasSizeGreaterThanOrEqualTo(40);
        assertThat(f1).isGreaterThanOrEqualTo(MIN_F1);
        // 44 of 47 reached; the other pages carry no canonical URL at all
        assertThat(uriMatches).as("pages whose uri is the benchmark's URL").isGreaterThanOrEqualTo(42);
    }

    /** Same page address, ignoring scheme, a leading "www." and a trailing slash. */
    static boolean sameUrl(String a, String b) {
        if (a == null || b == null) {
            return false;
        }
        return norm(a).equals(norm(b));
    }

    private static String norm(String u) {
        return u.strip().replaceFirst("^https?://(www\\.)?", "").replaceFirst("/$", "");
    }

    private static double worst(String line) {
        String[] parts = line.split(" ");
        return Math.min(Double.parseDouble(parts[1].substring(2)), Double.parseDouble(parts[2].substring(2)));
    }

    static double precision(double[] m) {
        if (m[1] == 0 && m[2] == 0) {
            return 1;
        }
        return m[0] + m[1] == 0 ? 0 : m[0] / (m[0] + m[1]);
    }

    static double recall(double[] m) {
        if (m[1] == 0 && m[2] == 0) {
            return 1;
        }
        return m[0] + m[2] == 0 ? 0 : m[0] / (m[0] + m[2]);
    }
}
