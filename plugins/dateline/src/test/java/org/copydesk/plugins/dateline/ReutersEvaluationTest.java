package org.copydesk.plugins.dateline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.copydesk.api.Dateline;
import org.copydesk.api.Document;
import org.copydesk.api.Source;
import org.junit.jupiter.api.Test;

/**
 * Evaluation on {@code reuters-datelines/dev.jsonl} (1,915 Reuters-21578 stories of 1987).
 *
 * <p>Each story is run as the {@code text} format would give it: the body is {@code dateline_raw + body}, no
 * dateline set, {@code published} from the story's {@code date} field ({@code 26-FEB-1987 15:01:01.79} becomes
 * {@code 1987-02-26T15:01:01.79}).
 *
 * <p>Scoring rule (the gold is {@code dateline_raw}, read here independently of the step):
 * <ul>
 *   <li>The dateline head is {@code dateline_raw} up to its first {@code -} that is followed by whitespace or the
 *   end (so {@code TULSA, June 2- } gives {@code TULSA, June 2}); the head is split on commas.</li>
 *   <li>Gold city: the first comma segment, as written. Every row counts, including the few whose "dateline" is
 *   not a place at all ({@code Bids only -}, {@code COPPER GRADE A -}, table debris): the step fails those
 *   unless it reports that very text as the city. Exception: an empty first segment, or one that is itself a month
 *   and day ({@code APRIL 7 -}), means there is no city, and the step is right only if it finds none.</li>
 *   <li>Gold month/day: the last "month-word day-number" in the head (month word read by its first three letters,
 *   English, plus {@code abr}); none when the head has none. The step is right when its date is exactly
 *   {@code 1987-MM-DD}, i.e. month, day and the year inferred from the story's date all agree; when the gold has
 *   no date, or an impossible one ({@code March 187}), the step is right only if it gives no date.</li>
 *   <li>Cities compare case-insensitively, ignoring accents, dots, hyphens and extra spaces.</li>
 * </ul>
 * Prints {@code EVAL dateline reuters-dev ...} lines ({@code month-day} is the strict figure, year included; a
 * second line gives month and day alone) and fails below 99.5% on city or month/day.
 */
class ReutersEvaluationTest {
    private static final Pattern HEAD_END = Pattern.compile("-(\\s|$)");
    private static final Pattern MONTH_DAY = Pattern.compile("([A-Za-z]{3,})\\.?\\s+(\\d{1,3})\\b");
    private static final Pattern STORY_DATE = Pattern.compile("(\\d{1,2})-([A-Z]{3})-(\\d{4}) (\\d{2}:\\d{2}:\\d{2})");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("jan", 1), Map.entry("feb", 2),
            Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("abr", 4), Map.entry("may", 5), Map.entry("jun", 6),
            Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10),
            Map.entry("nov", 11), Map.entry("dec", 12));

    @Test
    void cityAndMonthDayOnReutersDev() throws Exception {
        List<JsonNode> rows = Corpora.jsonLines(Corpora.file("reuters-datelines/dev.jsonl"));
        DatelineStep step = DatelineStep.withDefaults();
        int cityOk = 0;
        int dateOk = 0;
        int monthDayOk = 0;
        int found = 0;
        List<String> misses = new ArrayList<>();
        for (JsonNode row : rows) {
            String rawDateline = row.get("dateline_raw").asText();
            String text = rawDateline + row.get("body").asText();
            Document doc = new Document(new Source("reuters:" + row.get("id").asText(), "text", Instant.EPOCH))
                    .setBody(text).setPublished(published(row.get("date").asText()));
            step.apply(doc);
            Dateline d = doc.dateline();
            found += d == null ? 0 : 1;

            String head = head(rawDateline);
            String[] segments = head.split(",");
            Matcher first = MONTH_DAY.matcher(segments[0].strip());
            String goldCity = segments[0].isBlank() || first.matches() && MONTHS.containsKey(key3(first.group(1)))
                    ? null : segments[0].strip();
            String goldDate = goldDate(head);

            boolean c = goldCity == null ? d == null || d.city() == null
                    : d != null && d.city() != null && norm(d.city()).equals(norm(goldCity));
            boolean t = goldDate == null ? d == null || d.date() == null : d != null && goldDate.equals(d.date());
            boolean md = goldDate == null ? t
                    : d != null && d.date() != null && d.date().endsWith(goldDate.substring(4));
            cityOk += c ? 1 : 0;
            dateOk += t ? 1 : 0;
            monthDayOk += md ? 1 : 0;
            if (!c || !t) {
                misses.add(row.get("id").asText() + " " + rawDateline.strip() + " -> "
                        + (d == null ? "none" : d.city() + " / " + d.date()));
            }
        }
        int n = rows.size();
        System.out.println("EVAL dateline reuters-dev city=" + Corpora.pct(cityOk, n) + " month-day="
                + Corpora.pct(dateOk, n) + " found=" + Corpora.pct(found, n));
        System.out.println("EVAL dateline reuters-dev month-day-ignoring-year=" + Corpora.pct(monthDayOk, n));
        misses.forEach(m -> System.out.println("EVAL dateline reuters-dev miss: " + m));
        assertThat(100.0 * cityOk / n).as("city accuracy %").isGreaterThanOrEqualTo(99.5);
        assertThat(100.0 * dateOk / n).as("month/day accuracy %").isGreaterThanOrEqualTo(99.5);
    }

    static String head(String raw) {
        Matcher m = HEAD_END.matcher(raw);
        return (m.find() ? raw.substring(0, m.start()) : raw).strip();
    }

    /** {@code 1987-MM-DD} from the last month-day in the head; "" for an impossible one; null for none. */
    static String goldDate(String head) {
        Matcher m = MONTH_DAY.matcher(head);
        Integer month = null;
        int day = 0;
        while (m.find()) {
            Integer mm = MONTHS.get(key3(m.group(1)));
            if (mm != null) {
                month = mm;
                day = Integer.parseInt(m.group(2));
            }
        }
        if (month == null) {
            return null;
        }
        try {
            return java.time.LocalDate.of(1987, month, day).toString();
        } catch (java.time.DateTimeException e) {
            return null; // "March 187": no real date, the step should give none
        }
    }

    private static String key3(String word) {
        return word.substring(0, 3).toLowerCase(Locale.ROOT);
    }

    static String published(String storyDate) {
        Matcher m = STORY_DATE.matcher(storyDate.strip());
        if (!m.lookingAt()) {
            return null;
        }
        int month = MONTHS.get(m.group(2).toLowerCase(Locale.ROOT));
        return String.format(Locale.ROOT, "%s-%02d-%02dT%s", m.group(3), month, Integer.parseInt(m.group(1)),
                m.group(4));
    }

    static String norm(String city) {
        String s = Normalizer.normalize(city, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return s.toLowerCase(Locale.ROOT).replace(".", "").replace('-', ' ').replaceAll("\\s+", " ").strip();
    }
}
