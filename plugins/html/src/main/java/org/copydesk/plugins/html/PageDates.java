package org.copydesk.plugins.html;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as pages give them (ISO-8601 in JSON-LD and meta tags, with or without offset, sometimes with a space for
 * 'T'; RFC 1123 in some meta tags; Unix epoch seconds or milliseconds) to ISO-8601 text with the offset kept.
 */
final class PageDates {
    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[Tt ](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d{1,9})\\d*)?)?\\s*(Z|z|[+-]\\d{2}(?::?\\d{2})?)?)?");
    private static final Pattern SLASHED = Pattern.compile("(\\d{4})/(\\d{1,2})/(\\d{1,2})(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?");
    /** JavaScript's Date.toString(): "Tue Nov 19 2019 03:05:46 GMT+0000 (...)". */
    private static final Pattern JS_DATE = Pattern.compile(
            "[A-Za-z]{3},? ([A-Za-z]{3}) (\\d{1,2}),? (\\d{4}),? (\\d{1,2}):(\\d{2})(?::(\\d{2}))? ?(?:GMT|UTC)?([+-]\\d{2}:?\\d{2})?.*");
    private static final String[] MONTHS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})(?:T?(\\d{2})(\\d{2})(\\d{2})?(Z|[+-]\\d{4})?)?");

    private PageDates() {
    }

    static String toIso(String raw) {
        String iso = parse(raw);
        if (iso == null) {
            return null;
        }
        int year = Integer.parseInt(iso.substring(0, 4));
        return year < 1900 || year > 2200 ? null : iso; // "0001-01-01" and similar placeholders
    }

    private static String parse(String raw) {
        if (raw == null) {
            return null;
        }
        String s = raw.strip();
        if (s.isEmpty()) {
            return null;
        }
        try {
            Matcher m = ISO.matcher(s);
            if (m.lookingAt()) {
                LocalDate date = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
                if (m.group(4) == null) {
                    return date.toString();
                }
                return write(date, m.group(4), m.group(5), m.group(6), m.group(7), m.group(8));
            }
            m = SLASHED.matcher(s);
            if (m.matches()) {
                LocalDate date = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
                return m.group(4) == null ? date.toString() : write(date, m.group(4), m.group(5), m.group(6), null, null);
            }
            m = JS_DATE.matcher(s);
            if (m.matches()) {
                int month = month(m.group(1));
                if (month > 0) {
                    LocalDate date = LocalDate.of(Integer.parseInt(m.group(3)), month, Integer.parseInt(m.group(2)));
                    return write(date, m.group(4), m.group(5), m.group(6), null, m.group(7));
                }
            }
            m = COMPACT.matcher(s);
            if (m.matches() && s.length() >= 8 && !s.matches("\\d{9,}")) {
                LocalDate date = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
                return m.group(4) == null ? date.toString() : write(date, m.group(4), m.group(5), m.group(6), null, m.group(7));
            }
            if (s.matches("\\d{10}|\\d{13}")) {
                long v = Long.parseLong(s);
                java.time.Instant instant = s.length() == 13 ? java.time.Instant.ofEpochMilli(v) : java.time.Instant.ofEpochSecond(v);
                return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atOffset(java.time.ZoneOffset.UTC)).replace("+00:00", "Z");
            }
            ZonedDateTime z = ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME.withLocale(Locale.ROOT));
            OffsetDateTime o = z.toOffsetDateTime();
            String text = DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(o);
            return text.endsWith("+00:00") ? text.substring(0, text.length() - 6) + "Z" : text;
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    // Left apart from rss FeedDates.month: here an unknown name is 0 and the caller tries the next form; there it throws.
    private static int month(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        for (int i = 0; i < MONTHS.length; i++) {
            if (n.startsWith(MONTHS[i])) {
                return i + 1;
            }
        }
        return 0;
    }

    private static String write(LocalDate date, String h, String min, String sec, String fraction, String zone) {
        LocalTime time = LocalTime.of(Integer.parseInt(h), Integer.parseInt(min), sec == null ? 0 : Integer.parseInt(sec));
        StringBuilder out = new StringBuilder(date.toString()).append('T')
                .append(String.format(Locale.ROOT, "%02d:%02d:%02d", time.getHour(), time.getMinute(), time.getSecond()));
        if (fraction != null && !fraction.matches("0+")) {
            out.append('.').append(fraction);
        }
        if (zone != null) {
            if (zone.equalsIgnoreCase("Z")) {
                out.append('Z');
            } else {
                String digits = zone.substring(1).replace(":", "");
                String hh = digits.substring(0, 2);
                String mm = digits.length() >= 4 ? digits.substring(2, 4) : "00";
                if (Integer.parseInt(hh) > 18 || Integer.parseInt(mm) > 59) {
                    throw new DateTimeException("bad offset " + zone);
                }
                out.append(zone.charAt(0)).append(hh).append(':').append(mm);
            }
        }
        return out.toString();
    }
}
