package org.copydesk.plugins.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import org.copydesk.api.Document;
import org.copydesk.api.FormatException;
import org.copydesk.api.Payload;
import org.junit.jupiter.api.Test;

/** Mangled pages end in a document or a FormatException, never another exception. */
class RobustnessTest {
    @Test
    void mangledPagesOnlyEverFailWithFormatException() throws Exception {
        byte[] original;
        try (InputStream in = RobustnessTest.class.getResourceAsStream("/pages/news-article.html")) {
            original = in.readAllBytes();
        }
        HtmlFormat format = new HtmlFormat(true, 25);
        Random random = new Random(20260106L);
        int parsed = 0;
        for (int round = 0; round < 400; round++) {
            byte[] bytes = original.clone();
            switch (random.nextInt(3)) {
                case 0 -> bytes = java.util.Arrays.copyOf(original, random.nextInt(original.length));
                case 1 -> {
                    for (int i = 0; i < 1 + random.nextInt(20); i++) {
                        bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
                    }
                }
                default -> {
                    String s = new String(original, StandardCharsets.UTF_8);
                    int a = random.nextInt(s.length());
                    int b = Math.min(s.length(), a + random.nextInt(400));
                    bytes = (s.substring(0, a) + s.substring(b)).getBytes(StandardCharsets.UTF_8);
                }
            }
            try {
                List<Document> docs = format.parse(new Payload(bytes, "u", Instant.EPOCH));
                assertThat(docs).hasSize(1);
                parsed++;
            } catch (FormatException e) {
                assertThat(e.getMessage()).isNotBlank();
            }
        }
        assertThat(parsed).isGreaterThan(200);
    }
}
