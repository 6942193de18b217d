package org.copydesk.plugins.dateline;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;

/**
 * Writes a dateline's month and day as {@code YYYY-MM-DD}. The year is the one written in the dateline when there is
 * one; else the year that puts the date closest to the reference date and not after it by more than a day
 * ({@code Dec 31} with a reference of 2 January 2026 is 2025-12-31); else, with no reference, {@code --MM-DD}.
 */
final class DateResolver {
    private DateResolver() {
    }

    /** @return the date text, or null when month and day make no date (April 31, March 187) */
    static String resolve(int month, int day, int year, LocalDate reference) {
        if (month < 1 || month > 12 || day < 1 || day > 31) {
            return null;
        }
        if (year > 0) {
            try {
                return LocalDate.of(year, month, day).toString();
            } catch (DateTimeException e) {
                return null;
            }
        }
        if (reference == null) {
            try {
                MonthDay md = MonthDay.of(month, day);
                return md.toString();
            } catch (DateTimeException e) {
                return null;
            }
        }
        LocalDate latest = reference.plusDays(1);
        for (int y = reference.getYear() + 1; y >= reference.getYear() - 8; y--) {
            LocalDate candidate;
            try {
                candidate = LocalDate.of(y, month, day);
            } catch (DateTimeException e) {
                continue; // 29 February outside a leap year, or 31 April: try the year before
            }
            if (!candidate.isAfter(latest)) {
                return candidate.toString();
            }
        }
        return null;
    }
}
