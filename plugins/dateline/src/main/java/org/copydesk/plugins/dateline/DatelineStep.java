package org.copydesk.plugins.dateline;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.copydesk.api.Dateline;
import org.copydesk.api.Document;
import org.copydesk.api.Step;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Step {@code dateline}: reads the dateline that opens a story into place, date and agency.
 *
 * <ul>
 *   <li>When the format has split off a dateline that is not parsed yet ({@code Dateline.unparsed}), its raw text
 *   is parsed and the other fields are filled in; raw, start and end stay. A raw text that cannot be read is kept
 *   and a warning names it.</li>
 *   <li>When the document has no dateline, one is looked for at the start of the body (after a distributor credit
 *   such as {@code (MENAFN- Kuwait News Agency (KUNA))}); when found it is set, with offsets into the source when
 *   the body's offset is known, and removed from the body with the whitespace after it.</li>
 * </ul>
 *
 * <p>Thread-safe: the step keeps no state between documents.
 */
public final class DatelineStep implements Step {
    static final String STAGE = "dateline";
    private static final Logger LOG = LoggerFactory.getLogger(DatelineStep.class);

    /** Where the year of a dateline without one comes from. */
    public enum YearFrom {
        /** The document's {@code published} date, else the time its source was received. */
        PUBLISHED,
        /** The time the source was received. */
        RECEIVED,
        /** No year: the date is written {@code --MM-DD}. */
        NONE;

        static YearFrom of(String setting) {
            return valueOf(setting.toUpperCase(java.util.Locale.ROOT));
        }
    }

    private final DatelineParser parser;
    private final boolean removeFromBody;
    private final boolean detect;
    private final boolean acceptUnknownPlaces;
    private final boolean fillProvider;
    private final YearFrom yearFrom;
    private final int maxLength;

    public DatelineStep(DatelineParser parser, boolean removeFromBody, boolean detect, boolean acceptUnknownPlaces,
                        boolean fillProvider, YearFrom yearFrom, int maxLength) {
        this.parser = parser;
        this.removeFromBody = removeFromBody;
        this.detect = detect;
        this.acceptUnknownPlaces = acceptUnknownPlaces;
        this.fillProvider = fillProvider;
        this.yearFrom = yearFrom;
        this.maxLength = maxLength;
    }

    /** The step with its default settings. */
    public static DatelineStep withDefaults() {
        return new DatelineStep(DatelineParser.standard(), true, true, false, true, YearFrom.PUBLISHED,
                DatelineParser.DEFAULT_MAX_LENGTH);
    }

    @Override
    public Document apply(Document document) {
        Dateline existing = document.dateline();
        if (existing != null) {
            if (existing.city() == null) {
                parseSplit(document, existing);
            }
            return document;
        }
        if (detect) {
            detectInBody(document);
        }
        return document;
    }

    /** Nothing to release: the parser's tables are shared and immutable. */
    @Override
    public void close() {
    }

    private void parseSplit(Document document, Dateline existing) {
        // raw is the source text, so a dateline over a line break of a wrapped paragraph holds "\n" and the
        // indentation (review, wire offsets); the scanner stops at a line break, so read it as one line.
        DatelineMatch m = parser.parse(existing.raw().replaceAll("[ \\t]*\\n\\s*", " "), acceptUnknownPlaces);
        if (m == null) {
            // The format has already cut the text out of the body; keeping it only as an unread dateline lost
            // words such as "EXCLUSIVE --" or "QUESTIONABLE MEDICAL CLAIMS —" from the story (review). Put it back.
            if (document.quotes().isEmpty() && document.body() != null) {
                putBack(document, existing);
                document.addWarning(STAGE, "'" + existing.raw().strip() + "' split off by the format is not a "
                        + "dateline; put back at the start of the body");
                return;
            }
            document.addWarning(STAGE, "cannot read dateline '" + existing.raw() + "'; kept as it is");
            return;
        }
        fillCredit(document, m.distributor(), m.provider());
        document.setDateline(fill(existing.toBuilder(), m, document, existing.raw()).build());
    }

    /** Puts a split-off text back in front of the body, with as many spaces as stood between them in the source. */
    private static void putBack(Document document, Dateline existing) {
        int offset = document.bodyOffset();
        int gap = offset >= 0 && existing.start() >= 0 ? Math.max(1, offset - existing.end()) : 1;
        document.setBody(existing.raw() + " ".repeat(gap) + document.body());
        if (offset >= 0) {
            document.setBodyOffset(existing.start());
        }
        document.setDateline(null);
    }

    private void detectInBody(Document document) {
        String body = document.body();
        DatelineMatch m = parser.detect(body, acceptUnknownPlaces, maxLength);
        if (m == null) {
            DatelineParser.Credit credit = parser.credit(body);
            if (credit != null) {
                fillCredit(document, credit.distributor(), credit.provider());
            }
            return;
        }
        int base = Math.max(document.bodyOffset(), 0);
        String raw = body.substring(m.start(), m.end());
        Dateline.Builder b = new Dateline.Builder(raw, base + m.start(), base + m.end());
        document.setDateline(fill(b, m, document, raw).build());
        fillCredit(document, m.distributor(), m.provider());
        if (!removeFromBody) {
            return;
        }
        if (!document.quotes().isEmpty()) {
            document.addWarning(STAGE, "dateline '" + raw + "' left in the body: quotes were found before this "
                    + "step and their offsets point into it; run the dateline step before the quotes step");
            return;
        }
        document.setBody(body.substring(m.next()));
        if (document.bodyOffset() >= 0) {
            document.setBodyOffset(document.bodyOffset() + m.next());
        }
        if (document.body().isBlank()) {
            // A story whose only body was its dateline was written with "body": "" and nothing said (review 5,
            // finding 17): the document still goes on, as its headline and dateline may be all there is.
            document.addWarning(STAGE, "the body was only the dateline '" + raw.strip() + "': nothing is left of it"
                    + " once the dateline is removed");
        }
    }

    private Dateline.Builder fill(Dateline.Builder b, DatelineMatch m, Document document, String raw) {
        b.city(m.city()).region(m.region()).regionName(m.regionName()).country(m.country())
                .agency(m.agency()).agencyName(m.agencyName()).located(m.located());
        if (m.hasDate()) {
            LocalDate reference = m.year() > 0 ? null : reference(document);
            String date = DateResolver.resolve(m.month(), m.day(), m.year(), reference);
            if (date == null) {
                document.addWarning(STAGE, "dateline '" + raw.strip() + "' names no real date (month " + m.month()
                        + ", day " + m.day() + (m.year() > 0 ? ", year " + m.year() : "") + "); date left empty");
            }
            // "Feb 29" with no year, outside a leap year, resolves (closest date not after the reference) to up to
            // four years back; the review found that happened silently. Keep the date the rule gives, but say so.
            if (date != null && reference != null && m.year() <= 0
                    && LocalDate.parse(date).isBefore(reference.minusYears(1))) {
                document.addWarning(STAGE, "dateline '" + raw.strip() + "' has no year and its month and day ("
                        + m.month() + "-" + m.day() + ") do not occur in the year before " + reference
                        + "; taken as " + date + ", the closest earlier date");
            }
            b.date(date);
        }
        return b;
    }

    private void fillCredit(Document document, String distributor, String provider) {
        if (!fillProvider) {
            return;
        }
        if (distributor != null && document.distributor() == null) {
            document.setDistributor(distributor);
        }
        if (provider != null && document.provider() == null) {
            document.setProvider(provider);
        }
    }

    /** The date the dateline's year is chosen against, or null for none. */
    LocalDate reference(Document document) {
        if (yearFrom == YearFrom.NONE) {
            return null;
        }
        if (yearFrom == YearFrom.PUBLISHED && document.published() != null) {
            LocalDate published = isoDate(document.published());
            if (published != null) {
                return published;
            }
            LOG.debug("published '{}' of {} is not an ISO-8601 date; using the received time", document.published(),
                    document);
        }
        return document.source().received().atOffset(ZoneOffset.UTC).toLocalDate();
    }

    /**
     * The calendar date of an ISO-8601 date or date-time, as written (its own offset kept); RFC 1123 dates
     * ({@code Mon, 28 Apr 2025 10:00:00 GMT}, as feeds give them) are read too. Null when it is neither.
     */
    static LocalDate isoDate(String text) {
        String s = text.strip();
        if (s.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(s.substring(0, 10));
        } catch (DateTimeParseException e) {
            try {
                return java.time.ZonedDateTime.parse(s, java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME)
                        .toLocalDate();
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }
}
