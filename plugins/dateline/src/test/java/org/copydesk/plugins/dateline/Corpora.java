package org.copydesk.plugins.dateline;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads the research corpora beside the clone (system property copydesk.corpora); skips when they are absent. */
final class Corpora {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Corpora() {
    }

    static Path file(String relative) {
        String root = System.getProperty("copydesk.corpora");
        assumeTrue(root != null && !root.isBlank(), "copydesk.corpora is not set");
        Path p = Path.of(root).resolve(relative);
        assumeTrue(Files.isRegularFile(p), () -> "corpus not found: " + p);
        return p;
    }

    static List<JsonNode> jsonLines(Path file) throws IOException {
        List<JsonNode> rows = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank()) {
                    rows.add(JSON.readTree(line));
                }
            }
        }
        return rows;
    }

    static String pct(int hits, int total) {
        return String.format(java.util.Locale.ROOT, "%.2f%% (%d/%d)", total == 0 ? 0.0 : 100.0 * hits / total, hits,
                total);
    }
}
