package org.copydesk.plugins.rss;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.copydesk.fetch.SourceState;
import org.junit.jupiter.api.Test;

/** The per-feed state keeps the JSON the rss input wrote before it moved to core/fetch (an upgraded daemon reads it). */
class FeedStateFormatTest {
    /** As FeedState.save wrote it up to the move, key for key and in this order. */
    static final String EARLIER = "{\"etag\":\"\\\"abc\\\"\",\"last_modified\":\"Tue, 06 Jan 2026 14:30:00 GMT\","
            + "\"next_poll\":3000,\"last_polled\":1000,\"last_attempt\":2000,\"failures\":1,\"total_failures\":4,"
            + "\"last_error\":\"x: HTTP 500\"}";

    @Test
    void readsTheStateAnEarlierVersionWroteAndWritesItTheSame() {
        SourceState s = SourceState.fromJson(EARLIER, RssInput.FEED_STATE);
        assertThat(s.etag()).isEqualTo("\"abc\"");
        assertThat(s.lastModified()).isEqualTo("Tue, 06 Jan 2026 14:30:00 GMT");
        assertThat(s.nextAttempt()).isEqualTo(3000);
        assertThat(s.lastSuccess()).isEqualTo(1000);
        assertThat(s.lastAttempt()).isEqualTo(2000);
        assertThat(s.failures()).isEqualTo(1);
        assertThat(s.totalFailures()).isEqualTo(4);
        assertThat(s.lastError()).isEqualTo("x: HTTP 500");
        assertThat(s.toJson()).isEqualTo(EARLIER);
    }

    @Test
    void aFailedPollIsStoredUnderTheSameKeys() {
        SourceState s = SourceState.fromJson(null, RssInput.FEED_STATE);
        s.failed("x: HTTP 500", 2000, Duration.ofSeconds(1), Duration.ofHours(1));
        assertThat(s.toJson()).isEqualTo("{\"etag\":null,\"last_modified\":null,\"next_poll\":3000,\"last_polled\":0,"
                + "\"last_attempt\":2000,\"failures\":1,\"total_failures\":1,\"last_error\":\"x: HTTP 500\"}");
    }
}
