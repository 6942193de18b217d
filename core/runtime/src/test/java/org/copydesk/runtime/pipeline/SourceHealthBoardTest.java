package org.copydesk.runtime.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.copydesk.api.SourceHealth;
import org.junit.jupiter.api.Test;

class SourceHealthBoardTest {
    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-11-29T01:00:00Z"));
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    };

    @Test
    void aSourceIsFailingFromItsFirstFailedReadUntilAGoodOneAndIsCounted() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        SourceHealthBoard board = new SourceHealthBoard(clock);
        board.bindTo(registry);
        SourceHealth feeds = board.forPipeline("feeds");
        SourceHealth other = board.forPipeline("other");

        feeds.failed("https://a.example/feed.xml", "HTTP 404");
        now.set(Instant.parse("2026-11-29T01:05:00Z"));
        feeds.failed("https://a.example/feed.xml", "HTTP 503");
        feeds.succeeded("https://b.example/feed.xml"); // never failing: nothing to forget
        other.failed("https://c.example/rss", "timed out");

        assertThat(board.failing("feeds")).singleElement().satisfies(f -> {
            assertThat(f.source()).isEqualTo("https://a.example/feed.xml");
            assertThat(f.since()).isEqualTo(Instant.parse("2026-11-29T01:00:00Z"));
            assertThat(f.failures()).isEqualTo(2);
            assertThat(f.lastError()).isEqualTo("HTTP 503");
            assertThat(f.lastFailure()).isEqualTo(Instant.parse("2026-11-29T01:05:00Z"));
        });
        assertThat(registry.get("copydesk.source.failures").tag("pipeline", "feeds").counter().count()).isEqualTo(2);
        assertThat(registry.get("copydesk.sources.failing").tag("pipeline", "feeds").gauge().value()).isEqualTo(1);

        feeds.succeeded("https://a.example/feed.xml");
        assertThat(board.failing("feeds")).isEmpty();
        assertThat(registry.get("copydesk.sources.failing").tag("pipeline", "feeds").gauge().value()).isZero();
        assertThat(board.failing("other")).hasSize(1);

        board.forget("other");
        assertThat(board.failing("other")).isEmpty();
        assertThat(registry.find("copydesk.sources.failing").tag("pipeline", "other").gauge()).isNull();
        assertThat(registry.get("copydesk.source.failures").tag("pipeline", "feeds").counter().count())
                .as("the counter counts failed reads, it does not go down").isEqualTo(2);
    }
}
