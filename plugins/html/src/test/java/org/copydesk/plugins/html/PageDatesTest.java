package org.copydesk.plugins.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PageDatesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
        "2026-01-06T14:30:00+01:00|2026-01-06T14:30:00+01:00",
        "2026-01-06T14:30:00.000Z|2026-01-06T14:30:00Z",
        "2026-01-06T14:30:00.250-0500|2026-01-06T14:30:00.250-05:00",
        "2026-01-06 14:30|2026-01-06T14:30:00",
        "2026-01-06|2026-01-06",
        "20260106T143000Z|2026-01-06T14:30:00Z",
        "Tue, 6 Jan 2026 14:30:00 GMT|2026-01-06T14:30:00Z",
        "1767709800|2026-01-06T14:30:00Z",
        "yesterday|NULL",
    })
    void readsPageDates(String raw, String expected) {
        assertThat(PageDates.toIso(raw)).isEqualTo(expected);
    }
}
