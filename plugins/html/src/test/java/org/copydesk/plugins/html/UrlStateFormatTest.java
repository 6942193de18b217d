package org.copydesk.plugins.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.copydesk.fetch.SourceState;
import org.junit.jupiter.api.Test;

/** The per-URL state keeps the JSON http-fetch wrote before it moved to core/fetch (an upgraded daemon reads it). */
class UrlStateFormatTest {
    /** As FetchState.save wrote it up to the move, key for key and in this order. */
    static final String EARLIER = "{\"etag\":\"\\\"abc\\\"\",\"last_modified\":\"Tue, 06 Jan 2026 14:30:00 GMT\","
            + "\"fetched_at\":1000,\"failures\":2,\"total_failures\":5,\"last_error\":\"x: HTTP 404\","
            + "\"next_attempt\":9223372036854775807,\"finished\":true}";

    @Test
    void readsTheStateAnEarlierVersionWroteAndWritesItTheSame() {
        SourceState s = SourceState.fromJson(EARLIER, HttpFetchInput.URL_STATE);
        assertThat(s.etag()).isEqualTo("\"abc\"");
        assertThat(s.lastModified()).isEqualTo("Tue, 06 Jan 2026 14:30:00 GMT");
        assertThat(s.lastSuccess()).isEqualTo(1000);
        assertThat(s.failures()).isEqualTo(2);
        assertThat(s.totalFailures()).isEqualTo(5);
        assertThat(s.lastError()).isEqualTo("x: HTTP 404");
        assertThat(s.nextAttempt()).isEqualTo(Long.MAX_VALUE);
        assertThat(s.finished()).isTrue();
        assertThat(s.toJson()).isEqualTo(EARLIER);
    }

    @Test
    void aFetchIsStoredUnderTheSameKeysWithoutTheTimeOfTheLastAttempt() {
        SourceState s = SourceState.fromJson(null, HttpFetchInput.URL_STATE);
        s.succeeded("e", null, 1000, 61000);
        assertThat(s.toJson()).isEqualTo("{\"etag\":\"e\",\"last_modified\":null,\"fetched_at\":1000,\"failures\":0,"
                + "\"total_failures\":0,\"last_error\":null,\"next_attempt\":61000,\"finished\":false}");
    }
}
