package org.copydesk.plugins.rss;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the date forms feeds really use and writes them as ISO-8601 text, keeping the source's time zone offset:
 * W3C-DTF/ISO-8601 (full, basic, date only, year-month, fractions, 'Z', '+hh:mm', '+hhmm', '+hh'), RFC 822/1123
 * (with or without weekday and seconds, two-digit years, named and military zones, '+hhmm'), asctime, and
 * "Month d, yyyy [hh:mm]". A date-time without a zone is written without an offset. Returns null when unreadable.
 */
final class FeedDates {
    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})(?:-?(\\d{2})(?:-?(\\d{2})(?:[Tt ]+(\\d{2}):?(\\d{2})(?::?(\\d{2})(?:[.,](\\d{1,9})\\d*)?)?\\s*"
                    + "(Z|z|UTC|GMT|[+-]\\d{2}(?::?\\d{2})?)?)?)?)?");
    private static final Pattern RFC822 = Pattern.compile(
            "(?:[A-Za-z]+\\.?,?\\s*)?(\\d{1,2})[\\s-]+([A-Za-z]{3,})\\.?,?[\\s-]+(\\d{2,4})"
                    + "(?:[\\s,T]+(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.(\\d{1,9})\\d*)?)?)?\\s*((?:GMT|UTC|UT)?[+-]\\d{1,2}:?\\d{2}|[A-Za-z]{1,5})?.*");
    private static final Pattern MONTH_FIRST = Pattern.compile(
            "(?:[A-Za-z]+,?\\s+)?([A-Za-z]{3,})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+"
                    + "(?:(\\d{1,2}):(\\d{2})(?::(\\d{2}))?\\s*((?:GMT|UTC|UT)?[+-]\\d{2}:?\\d{2}|[A-Za-z]{1,5})?\\s+(\\d{4})"
                    + "|(\\d{4})(?:[\\s,]+(?:at\\s+)?(\\d{1,2}):(\\d{2})(?::(\\d{2}))?\\s*([AaPp][Mm])?\\s*((?:GMT|UTC|UT)?[+-]\\d{2}:?\\d{2}|[A-Za-z]{1,5})?)?).*");
    private static final Map<String, Integer> ZONES = Map.ofEntries(
            Map.entry("UT", 0), Map.entry("UTC", 0), Map.entry("GMT", 0), Map.entry("Z", 0),
            Map.entry("EST", -5 * 60), Map.entry("EDT", -4 * 60), Map.entry("CST", -6 * 60), Map.entry("CDT", -5 * 60),
            Map.entry("MST", -7 * 60), Map.entry("MDT", -6 * 60), Map.entry("PST", -8 * 60), Map.entry("PDT", -7 * 60),
            Map.entry("AST", -4 * 60), Map.entry("ADT", -3 * 60), Map.entry("AKST", -9 * 60), Map.entry("AKDT", -8 * 60),
            Map.entry("HST", -10 * 60), Map.entry("BST", 60), Map.entry("CET", 60), Map.entry("CEST", 120),
            Map.entry("MET", 60), Map.entry("MEST", 120), Map.entry("EET", 120), Map.entry("EEST", 180),
            Map.entry("WET", 0), Map.entry("WEST", 60), Map.entry("JST", 9 * 60), Map.entry("KST", 9 * 60),
            Map.entry("IST", 330), Map.entry("AEST", 600), Map.entry("AEDT", 660), Map.entry("NZST", 720),
            Map.entry("NZDT", 780), Map.entry("MSK", 180));
    private static final String[] MONTHS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};

    private FeedDates() {
    }

    static String toIso(String raw) {
        if (raw == null) {
            return null;
        }
        String s = raw.strip().replace('\u00a0', ' ');
        if (s.isEmpty()) {
            return null;
        }
        try {
            Matcher m = ISO.matcher(s);
            if (m.matches()) {
                return iso(m);
            }
            m = RFC822.matcher(s);
            if (m.matches()) {
                return rfc822(m);
            }
            m = MONTH_FIRST.matcher(s);
            if (m.matches()) {
                return monthFirst(m);
            }
            return asctime(s);
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    private static String iso(Matcher m) {
        int year = Integer.parseInt(m.group(1));
        if (m.group(2) == null) {
            return String.format(Locale.ROOT, "%04d", year);
        }
        int month = Integer.parseInt(m.group(2));
        if (m.group(3) == null) {
            LocalDate.of(year, month, 1);
            return String.format(Locale.ROOT, "%04d-%02d", year, month);
        }
        LocalDate date = LocalDate.of(year, month, Integer.parseInt(m.group(3)));
        if (m.group(4) == null) {
            return date.toString();
        }
        return write(date, Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)), m.group(6), m.group(7), offset(m.group(8)), m.group(8) != null);
    }

    private static String rfc822(Matcher m) {
        int day = Integer.parseInt(m.group(1));
        int month = month(m.group(2));
        int year = year(m.group(3));
        LocalDate date = LocalDate.of(year, month, day);
        if (m.group(4) == null) {
            return date.toString();
        }
        String zone = m.group(8);
        return write(date, Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)), m.group(6), m.group(7), offset(zone), zone != null && offset(zone) != null);
    }

    private static String monthFirst(Matcher m) {
        int month = month(m.group(1));
        int day = Integer.parseInt(m.group(2));
        if (m.group(7) != null) { // asctime-like: "Jan 4 16:29:06 PST 2004"
            LocalDate date = LocalDate.of(Integer.parseInt(m.group(7)), month, day);
            return write(date, Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)), m.group(5), null, offset(m.group(6)), offset(m.group(6)) != null);
        }
        LocalDate date = LocalDate.of(Integer.parseInt(m.group(8)), month, day);
        if (m.group(9) == null) {
            return date.toString();
        }
        int hour = Integer.parseInt(m.group(9));
        String ampm = m.group(12);
        if (ampm != null) {
            hour = hour % 12 + (ampm.equalsIgnoreCase("pm") ? 12 : 0);
        }
        return write(date, hour, Integer.parseInt(m.group(10)), m.group(11), null, offset(m.group(13)), offset(m.group(13)) != null);
    }

    private static String asctime(String s) {
        String[] p = s.split("\\s+");
        if (p.length == 5 && p[3].matches("\\d{1,2}:\\d{2}:\\d{2}") && p[4].matches("\\d{4}")) {
            String[] t = p[3].split(":");
            LocalDate date = LocalDate.of(Integer.parseInt(p[4]), month(p[1]), Integer.parseInt(p[2]));
            return write(date, Integer.parseInt(t[0]), Integer.parseInt(t[1]), t[2], null, ZoneOffset.UTC, true);
        }
        return null;
    }

    private static String write(LocalDate date, int hour, int minute, String second, String fraction, ZoneOffset offset, boolean zoned) {
        int sec = second == null ? 0 : Integer.parseInt(second);
        if (hour == 24 && minute == 0 && sec == 0) {
            date = date.plusDays(1);
            hour = 0;
        }
        if (sec == 60) {
            sec = 59; // leap second
        }
        int nanos = 0;
        if (fraction != null) {
            nanos = Integer.parseInt((fraction + "000000000").substring(0, 9));
        }
        LocalDateTime ldt = LocalDateTime.of(date, LocalTime.of(hour, minute, sec, nanos));
        String text = ldt.toLocalDate() + "T" + String.format(Locale.ROOT, "%02d:%02d:%02d", hour, minute, sec);
        if (nanos != 0) {
            text += "." + fraction;
        }
        if (zoned && offset != null) {
            text += offset.getTotalSeconds() == 0 ? "Z" : offset.getId();
        }
        return text;
    }

    private static ZoneOffset offset(String zone) {
        if (zone == null) {
            return null;
        }
        String z = zone.trim();
        // "GMT+0200" (JavaScript's Date.toString, some CMSs): the offset after the name counts. The name used to be
        // matched alone and "+0200" dropped, so the time was read as UTC (review).
        z = z.replaceFirst("^(?:GMT|UTC|UT)(?=[+-])", "");
        if (z.startsWith("+") || z.startsWith("-")) {
            String digits = z.substring(1).replace(":", "");
            int h;
            int min = 0;
            if (digits.length() <= 2) {
                h = Integer.parseInt(digits);
            } else {
                h = Integer.parseInt(digits.substring(0, digits.length() - 2));
                min = Integer.parseInt(digits.substring(digits.length() - 2));
            }
            int sign = z.startsWith("-") ? -1 : 1;
            return ZoneOffset.ofHoursMinutes(sign * h, sign * min);
        }
        String up = z.toUpperCase(Locale.ROOT);
        Integer minutes = ZONES.get(up);
        if (minutes != null) {
            return ZoneOffset.ofTotalSeconds(minutes * 60);
        }
        if (up.length() == 1 && up.charAt(0) >= 'A' && up.charAt(0) <= 'Y' && up.charAt(0) != 'J') {
            char c = up.charAt(0);
            int h = c <= 'I' ? c - 'A' + 1 : c <= 'M' ? c - 'K' + 10 : -(c - 'N' + 1);
            return ZoneOffset.ofHours(h);
        }
        return null;
    }

    // Left apart from html PageDates.month: here an unknown name throws (the date is refused); there it is 0.
    private static int month(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        for (int i = 0; i < MONTHS.length; i++) {
            if (n.startsWith(MONTHS[i])) {
                return i + 1;
            }
        }
        throw new DateTimeException("unknown month " + name);
    }

    private static int year(String y) {
        int year = Integer.parseInt(y);
        if (y.length() == 2) {
            year += year < 50 ? 2000 : 1900;
        } else if (y.length() == 3) {
            year += 1900;
        }
        return year;
    }
}
