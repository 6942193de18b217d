package org.copydesk.plugins.rss;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FeedDatesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
        "Tue, 06 Jan 2026 14:30:00 +0100|2026-01-06T14:30:00+01:00",
        "Tue, 6 Jan 2026 14:30:00 GMT|2026-01-06T14:30:00Z",
        "06 Jan 26 14:30 EST|2026-01-06T14:30:00-05:00",
        "Thu, 01 Jan 2004 19:48:21 PDT|2004-01-01T19:48:21-07:00",
        "Sun, 31 Dec 1999 23:59 Z|1999-12-31T23:59:00Z",
        "Mon, 5 May 2008 08:00:00 +05:30|2008-05-05T08:00:00+05:30",
        "Wed, 02 Oct 2002 13:00:00 A|2002-10-02T13:00:00+01:00",
        "2026-02-01T09:15:30Z|2026-02-01T09:15:30Z",
        "2026-02-01T09:15:30.123-05:00|2026-02-01T09:15:30.123-05:00",
        "2026-02-01T09:15+0530|2026-02-01T09:15:00+05:30",
        "2026-02-01 09:15:30|2026-02-01T09:15:30",
        "20260201T091530Z|2026-02-01T09:15:30Z",
        "2026-02-01|2026-02-01",
        "2026-02|2026-02",
        "Sun Jan  4 16:29:06 2004|2004-01-04T16:29:06",
        "Sun Jan  4 16:29:06 PST 2004|2004-01-04T16:29:06-08:00",
        "January 12, 2004|2004-01-12",
        "March 3, 2026 4:05 pm|2026-03-03T16:05:00",
        "Mon, 28 Apr 2025 23:30:00 GMT+0200|2025-04-28T23:30:00+02:00",
        "Mon, 28 Apr 2025 23:30:00 UTC-05:00|2025-04-28T23:30:00-05:00",
        "Sun Jan  4 16:29:06 GMT+0100 2004|2004-01-04T16:29:06+01:00",
        "March 3, 2026 4:05 pm GMT+0530|2026-03-03T16:05:00+05:30",
        "not a date|NULL",
        "2026-13-45|NULL",
    })
    void readsTheFormsFeedsUse(String raw, String expected) {
        assertThat(FeedDates.toIso(raw)).isEqualTo(expected);
    }
}
