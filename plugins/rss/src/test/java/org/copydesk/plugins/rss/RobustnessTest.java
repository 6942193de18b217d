package org.copydesk.plugins.rss;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.copydesk.api.Document;
import org.copydesk.api.FormatException;
import org.copydesk.api.Payload;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/** Mangled feeds end in documents or a FormatException, never another exception; the format is thread-safe. */
class RobustnessTest {
    private static final String FEED = """
            <?xml version="1.0" encoding="utf-8"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
            <channel><title>Wire &amp; more</title><link>https://example.org/</link>
            <item><title>First &lt;i&gt;story&lt;/i&gt;</title><link>https://example.org/1</link><guid>1</guid>
            <pubDate>Tue, 06 Jan 2026 14:30:00 +0100</pubDate><dc:creator>Ann</dc:creator>
            <content:encoded><![CDATA[<p>One, two &amp; three.</p><p>Four <b>five</b>.</p>]]></content:encoded></item>
            <item><title>Second</title><description>Caf&eacute; &amp; bar &#8220;quoted&#8221;</description>
            <enclosure url="https://example.org/a.mp3" type="audio/mpeg" length="12"/></item>
            </channel></rss>
            """;
    private final RssFormat format = new RssFormat("auto");

    @Test
    void mangledFeedsOnlyEverFailWithFormatException() {
        byte[] original = FEED.getBytes(StandardCharsets.UTF_8);
        Random random = new Random(20260106L);
        int parsed = 0;
        int refused = 0;
        for (int round = 0; round < 1500; round++) {
            byte[] bytes = mangle(original, random);
            try {
                List<Document> docs = Assertions.assertTimeoutPreemptively(Duration.ofSeconds(5),
                        () -> format.parse(new Payload(bytes, "u", Instant.EPOCH)));
                assertThat(docs).isNotNull(); // may be empty: a mangled feed can lose its items and stay a valid feed
                parsed++;
            } catch (Exception e) {
                assertThat(e).as("round " + round).isInstanceOf(FormatException.class);
                assertThat(e.getMessage()).isNotBlank();
                refused++;
            }
        }
        assertThat(parsed + refused).isEqualTo(1500);
        assertThat(parsed).isGreaterThan(300);
    }

    private static byte[] mangle(byte[] in, Random random) {
        byte[] out = in.clone();
        switch (random.nextInt(4)) {
            case 0 -> out = java.util.Arrays.copyOf(in, random.nextInt(in.length)); // truncated
            case 1 -> { // random bytes flipped
                for (int i = 0; i < 1 + random.nextInt(8); i++) {
                    out[random.nextInt(out.length)] = (byte) random.nextInt(256);
                }
            }
            case 2 -> { // markup characters dropped
                StringBuilder s = new StringBuilder(new String(in, StandardCharsets.UTF_8));
                for (int i = 0; i < 1 + random.nextInt(5); i++) {
                    int at = s.indexOf(random.nextBoolean() ? ">" : "<", random.nextInt(s.length()));
                    if (at >= 0) {
                        s.deleteCharAt(at);
                    }
                }
                out = s.toString().getBytes(StandardCharsets.UTF_8);
            }
            default -> { // a slice moved
                int a = random.nextInt(in.length);
                int b = Math.min(in.length, a + random.nextInt(200));
                String s = new String(in, StandardCharsets.UTF_8);
                if (b <= s.length()) {
                    String slice = s.substring(Math.min(a, s.length()), b);
                    String rest = s.substring(0, Math.min(a, s.length())) + s.substring(b);
                    int at = random.nextInt(rest.length() + 1);
                    out = (rest.substring(0, at) + slice + rest.substring(at)).getBytes(StandardCharsets.UTF_8);
                }
            }
        }
        return out;
    }

    @Test
    void sharedByThreads() throws Exception {
        byte[] bytes = FEED.getBytes(StandardCharsets.UTF_8);
        List<Document> expected = format.parse(new Payload(bytes, "u", Instant.EPOCH));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Document>>> results = new ArrayList<>();
            for (int i = 0; i < 32; i++) {
                results.add(pool.submit(() -> format.parse(new Payload(bytes, "u", Instant.EPOCH))));
            }
            for (Future<List<Document>> f : results) {
                List<Document> docs = f.get();
                assertThat(docs).hasSize(expected.size());
                for (int i = 0; i < docs.size(); i++) {
                    assertThat(docs.get(i).body()).isEqualTo(expected.get(i).body());
                    assertThat(docs.get(i).headline()).isEqualTo(expected.get(i).headline());
                    assertThat(docs.get(i).published()).isEqualTo(expected.get(i).published());
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
