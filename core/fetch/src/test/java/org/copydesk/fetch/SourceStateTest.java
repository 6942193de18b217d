package org.copydesk.fetch;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.copydesk.fetch.SourceStateLayout.Field.ETAG;
import static org.copydesk.fetch.SourceStateLayout.Field.FAILURES;
import static org.copydesk.fetch.SourceStateLayout.Field.FINISHED;
import static org.copydesk.fetch.SourceStateLayout.Field.LAST_ATTEMPT;
import static org.copydesk.fetch.SourceStateLayout.Field.LAST_ERROR;
import static org.copydesk.fetch.SourceStateLayout.Field.LAST_MODIFIED;
import static org.copydesk.fetch.SourceStateLayout.Field.LAST_SUCCESS;
import static org.copydesk.fetch.SourceStateLayout.Field.NEXT_ATTEMPT;
import static org.copydesk.fetch.SourceStateLayout.Field.TOTAL_FAILURES;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SourceStateTest {
    static final SourceStateLayout ALL = SourceStateLayout.of(entry(ETAG, "e"), entry(LAST_MODIFIED, "lm"),
            entry(LAST_SUCCESS, "ok"), entry(LAST_ATTEMPT, "tried"), entry(NEXT_ATTEMPT, "next"), entry(FAILURES, "f"),
            entry(TOTAL_FAILURES, "tf"), entry(LAST_ERROR, "err"), entry(FINISHED, "done"));

    @Test
    void aNewUrlHasNothingAndIsDueNow() {
        SourceState s = SourceState.fromJson(null, ALL);
        assertThat(s.etag()).isNull();
        assertThat(s.lastModified()).isNull();
        assertThat(s.nextAttempt()).isZero();
        assertThat(s.failures()).isZero();
        assertThat(s.finished()).isFalse();
    }

    @Test
    void unreadableTextIsANewUrl() {
        for (String text : new String[] {"{not json", "[1,2]", "null", "5", ""}) {
            SourceState s = SourceState.fromJson(text, ALL);
            assertThat(s.nextAttempt()).as(text).isZero();
            assertThat(s.toJson()).as(text).isEqualTo(SourceState.fromJson(null, ALL).toJson());
        }
    }

    @Test
    void writesTheLayoutsKeysInItsOrderAndReadsThemBack() {
        SourceState s = SourceState.fromJson(null, ALL);
        s.succeeded("\"v1\"", "Tue, 06 Jan 2026 14:30:00 GMT", 1_000, 61_000);
        s.failed("HTTP 500", 2_000, Duration.ofSeconds(30), Duration.ofHours(1));
        s.finish();
        assertThat(s.toJson()).isEqualTo("{\"e\":\"\\\"v1\\\"\",\"lm\":\"Tue, 06 Jan 2026 14:30:00 GMT\",\"ok\":1000,"
                + "\"tried\":2000,\"next\":32000,\"f\":1,\"tf\":1,\"err\":\"HTTP 500\",\"done\":true}");
        SourceState back = SourceState.fromJson(s.toJson(), ALL);
        assertThat(back.toJson()).isEqualTo(s.toJson());
        assertThat(back.etag()).isEqualTo("\"v1\"");
        assertThat(back.lastSuccess()).isEqualTo(1_000);
        assertThat(back.lastAttempt()).isEqualTo(2_000);
        assertThat(back.nextAttempt()).isEqualTo(32_000);
        assertThat(back.totalFailures()).isEqualTo(1);
        assertThat(back.lastError()).isEqualTo("HTTP 500");
        assertThat(back.finished()).isTrue();
    }

    @Test
    void aFieldTheLayoutDoesNotNameIsNeitherWrittenNorRead() {
        SourceStateLayout small = SourceStateLayout.of(entry(ETAG, "etag"), entry(NEXT_ATTEMPT, "next_poll"));
        SourceState s = SourceState.fromJson("{\"etag\":\"x\",\"next_poll\":5,\"finished\":true,\"failures\":3}", small);
        assertThat(s.etag()).isEqualTo("x");
        assertThat(s.nextAttempt()).isEqualTo(5);
        assertThat(s.finished()).as("not in the layout").isFalse();
        assertThat(s.failures()).as("not in the layout").isZero();
        s.finish();
        assertThat(s.toJson()).isEqualTo("{\"etag\":\"x\",\"next_poll\":5}");
    }

    @Test
    void theWaitDoublesPerFailureInARowUpToTheMaximumAndASuccessEndsTheRun() {
        SourceState s = SourceState.fromJson(null, ALL);
        Duration first = Duration.ofSeconds(30);
        Duration max = Duration.ofMinutes(3);
        assertThat(s.failed("a", 0, first, max)).isEqualTo(Duration.ofSeconds(30));
        assertThat(s.failed("b", 0, first, max)).isEqualTo(Duration.ofSeconds(60));
        assertThat(s.failed("c", 0, first, max)).isEqualTo(Duration.ofSeconds(120));
        assertThat(s.failed("d", 10_000, first, max)).isEqualTo(Duration.ofMinutes(3));
        assertThat(s.nextAttempt()).isEqualTo(10_000 + 180_000);
        assertThat(s.failures()).isEqualTo(4);
        for (int i = 0; i < 100; i++) {
            s.failed("again", 0, first, max);
        }
        assertThat(s.failed("still", 0, first, max)).as("no overflow after many failures").isEqualTo(max);

        s.succeeded(null, null, 20_000, 25_000);
        assertThat(s.failures()).isZero();
        assertThat(s.totalFailures()).isEqualTo(105);
        assertThat(s.nextAttempt()).isEqualTo(25_000);
        assertThat(s.failed("e", 30_000, first, max)).as("the run starts again").isEqualTo(first);
    }

    @Test
    void aFailureAsideCountsInAllButNotInARowAndKeepsTheSchedule() {
        SourceState s = SourceState.fromJson(null, ALL);
        s.succeeded("e1", null, 1_000, 5_000);
        s.failedAside("page: HTTP 404");
        assertThat(s.totalFailures()).isEqualTo(1);
        assertThat(s.failures()).isZero();
        assertThat(s.lastError()).isEqualTo("page: HTTP 404");
        assertThat(s.nextAttempt()).isEqualTo(5_000);
        assertThat(s.lastAttempt()).isEqualTo(1_000);
    }

    @Test
    void aFieldOrAKeyGivenTwiceIsRefused() {
        assertThatThrownBy(() -> SourceStateLayout.of(entry(ETAG, "a"), entry(ETAG, "b")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SourceStateLayout.of(entry(ETAG, "a"), entry(LAST_MODIFIED, "a")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aFailingSourceWaitsNoLessThanItsFirstWaitWhenTheMaximumIsShorter() {
        // review 5 #18: with interval 2h and max_backoff 1h a failing feed was polled every hour, a healthy one
        // every two hours
        SourceState s = SourceState.fromJson(null, ALL);
        assertThat(s.failed("a", 0, Duration.ofHours(2), Duration.ofHours(1))).isEqualTo(Duration.ofHours(2));
        assertThat(s.failed("b", 0, Duration.ofHours(2), Duration.ofHours(1))).isEqualTo(Duration.ofHours(2));
        assertThat(s.nextAttempt()).isEqualTo(Duration.ofHours(2).toMillis());
        assertThat(SourceState.waitAfter(3, Duration.ofMinutes(5), Duration.ofHours(1))).isEqualTo(Duration.ofMinutes(20));
        assertThat(s.nextAttemptNoLaterThan(1000)).isTrue();
        assertThat(s.nextAttempt()).isEqualTo(1000);
        assertThat(s.nextAttemptNoLaterThan(5000)).isFalse();
        assertThat(s.nextAttempt()).isEqualTo(1000);
    }
}
