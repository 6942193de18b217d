package org.copydesk.plugins.quotes;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Builds the body of the sample wire story the way the wire and dateline stages would. */
final class SampleStory {
    static final String PREFIX = "(MENAFN- Kuwait News Agency (KUNA)) TOKYO, April 28 (KUNA) -- ";
    static final String SUFFIX = " (end)";

    private SampleStory() {
    }

    static String body(Path txt) throws IOException {
        List<String> lines = Files.readAllLines(txt, StandardCharsets.UTF_8);
        List<String> paragraphs = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String l = lines.get(i).strip();
            if (l.startsWith(PREFIX)) {
                l = l.substring(PREFIX.length());
            }
            if (l.endsWith(SUFFIX)) {
                l = l.substring(0, l.length() - SUFFIX.length());
            }
            if (!l.isEmpty()) {
                paragraphs.add(l);
            }
        }
        return String.join("\n\n", paragraphs);
    }
}
