package org.copydesk.plugins.dateline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateResolverTest {
    @Test
    void yearWrittenInTheDatelineWins() {
        assertThat(DateResolver.resolve(4, 28, 2025, LocalDate.of(2030, 1, 1))).isEqualTo("2025-04-28");
    }

    @Test
    void sameYearAsTheReference() {
        assertThat(DateResolver.resolve(2, 26, 0, LocalDate.of(1987, 2, 26))).isEqualTo("1987-02-26");
        assertThat(DateResolver.resolve(2, 20, 0, LocalDate.of(1987, 2, 26))).isEqualTo("1987-02-20");
    }

    @Test
    void decemberReceivedInJanuaryIsThePreviousYear() {
        assertThat(DateResolver.resolve(12, 31, 0, LocalDate.of(2026, 1, 2))).isEqualTo("2025-12-31");
    }

    @Test
    void aDayAheadOfTheReferenceIsAllowed() {
        // filed in Tokyo on 1 January while it is still 31 December where the story was stamped
        assertThat(DateResolver.resolve(1, 1, 0, LocalDate.of(2025, 12, 31))).isEqualTo("2026-01-01");
        assertThat(DateResolver.resolve(4, 24, 0, LocalDate.of(1987, 4, 23))).isEqualTo("1987-04-24");
    }

    @Test
    void moreThanADayAheadMeansLastYear() {
        assertThat(DateResolver.resolve(1, 2, 0, LocalDate.of(2025, 12, 31))).isEqualTo("2025-01-02");
        assertThat(DateResolver.resolve(3, 10, 0, LocalDate.of(2025, 3, 8))).isEqualTo("2024-03-10");
    }

    @Test
    void leapDayFindsTheLastLeapYear() {
        assertThat(DateResolver.resolve(2, 29, 0, LocalDate.of(2026, 3, 1))).isEqualTo("2024-02-29");
    }

    @Test
    void noReferenceGivesMonthAndDayOnly() {
        assertThat(DateResolver.resolve(4, 28, 0, null)).isEqualTo("--04-28");
        assertThat(DateResolver.resolve(2, 29, 0, null)).isEqualTo("--02-29");
    }

    @Test
    void impossibleDates() {
        assertThat(DateResolver.resolve(3, 187, 0, LocalDate.of(1987, 3, 18))).isNull();
        assertThat(DateResolver.resolve(4, 31, 0, null)).isNull();
        assertThat(DateResolver.resolve(2, 30, 2024, null)).isNull();
    }
}
