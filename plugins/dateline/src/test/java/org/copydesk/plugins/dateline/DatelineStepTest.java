package org.copydesk.plugins.dateline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.copydesk.api.Dateline;
import org.copydesk.api.Document;
import org.copydesk.api.Quote;
import org.copydesk.api.Source;
import org.copydesk.api.Warning;
import org.junit.jupiter.api.Test;

class DatelineStepTest {
    private static final Instant RECEIVED = Instant.parse("2025-04-28T09:30:00Z");
    private final DatelineStep step = DatelineStep.withDefaults();

    private static Document text(String body) {
        return new Document(new Source("file:/in/story.txt", "text", RECEIVED)).setBody(body);
    }

    @Test
    void textFormatDatelineIsFoundSetAndRemovedFromTheBody() {
        String body = "TOKYO, April 28 (KUNA) -- South Korea condemned, Monday, North Korea's admission.\n\n"
                + "Second paragraph.";
        Document doc = step.apply(text(body));
        Dateline d = doc.dateline();
        assertThat(d.raw()).isEqualTo("TOKYO, April 28 (KUNA) --");
        assertThat(body.substring(d.start(), d.end())).isEqualTo(d.raw());
        assertThat(d.city()).isEqualTo("Tokyo");
        assertThat(d.country()).isEqualTo("Japan");
        assertThat(d.region()).isNull();
        assertThat(d.date()).isEqualTo("2025-04-28");
        assertThat(d.agency()).isEqualTo("KUNA");
        assertThat(d.agencyName()).isEqualTo("Kuwait News Agency");
        assertThat(d.located()).isEqualTo("Tokyo, Japan");
        assertThat(doc.body()).isEqualTo("South Korea condemned, Monday, North Korea's admission.\n\n"
                + "Second paragraph.");
        assertThat(doc.warnings()).isEmpty();
    }

    /** Review 5, finding 17: the body became "" and no warning said so. */
    @Test
    void aBodyThatWasOnlyItsDatelineGetsAWarning() {
        Document doc = step.apply(text("KUWAIT, Nov 22 (KUNA) --"));
        assertThat(doc.dateline().raw()).isEqualTo("KUWAIT, Nov 22 (KUNA) --");
        assertThat(doc.body()).isEmpty();
        assertThat(doc.warnings()).singleElement().satisfies(w -> {
            assertThat(w.stage()).isEqualTo("dateline");
            assertThat(w.message()).isEqualTo("the body was only the dateline 'KUWAIT, Nov 22 (KUNA) --': nothing is"
                    + " left of it once the dateline is removed");
        });
    }

    @Test
    void offsetsAreIntoTheSourceWhenTheBodyOffsetIsKnown() {
        String source = "Headline\n\nWASHINGTON (AP) — The Senate voted.";
        int bodyOffset = source.indexOf("WASHINGTON");
        Document doc = text(source.substring(bodyOffset)).setBodyOffset(bodyOffset);
        step.apply(doc);
        Dateline d = doc.dateline();
        assertThat(source.substring(d.start(), d.end())).isEqualTo("WASHINGTON (AP) —");
        assertThat(doc.body()).isEqualTo("The Senate voted.");
        assertThat(doc.bodyOffset()).isEqualTo(source.indexOf("The Senate"));
        assertThat(source.substring(doc.bodyOffset())).isEqualTo(doc.body());
    }

    @Test
    void distributorCreditIsRemovedWithTheDatelineAndFillsEmptyProviderFields() {
        String body = "(MENAFN- Kuwait News Agency (KUNA)) TOKYO, April 28 (KUNA) -- South Korea condemned.";
        Document doc = step.apply(text(body));
        assertThat(doc.dateline().raw()).isEqualTo("TOKYO, April 28 (KUNA) --");
        assertThat(body.substring(doc.dateline().start(), doc.dateline().end())).isEqualTo("TOKYO, April 28 (KUNA) --");
        assertThat(doc.body()).isEqualTo("South Korea condemned.");
        assertThat(doc.distributor()).isEqualTo("MENAFN");
        assertThat(doc.provider()).isEqualTo("Kuwait News Agency (KUNA)");
    }

    @Test
    void providerAlreadySetIsKept() {
        Document doc = text("(MENAFN- Kuwait News Agency (KUNA)) TOKYO, April 28 (KUNA) -- Text.")
                .setProvider("KUNA");
        step.apply(doc);
        assertThat(doc.provider()).isEqualTo("KUNA");
        assertThat(doc.distributor()).isEqualTo("MENAFN");
    }

    @Test
    void wireFormatPreSplitDatelineIsParsedKeepingRawAndOffsets() {
        Document doc = new Document(new Source("file:/in/000.txt", "wire", RECEIVED))
                .setBody("South Korea condemned, Monday, North Korea's admission.")
                .setBodyOffset(128)
                .setDateline(Dateline.unparsed("TOKYO, April 28 (KUNA) --", 102, 127));
        step.apply(doc);
        Dateline d = doc.dateline();
        assertThat(d.raw()).isEqualTo("TOKYO, April 28 (KUNA) --");
        assertThat(d.start()).isEqualTo(102);
        assertThat(d.end()).isEqualTo(127);
        assertThat(d.city()).isEqualTo("Tokyo");
        assertThat(d.country()).isEqualTo("Japan");
        assertThat(d.date()).isEqualTo("2025-04-28");
        assertThat(d.agencyName()).isEqualTo("Kuwait News Agency");
        assertThat(doc.body()).isEqualTo("South Korea condemned, Monday, North Korea's admission.");
        assertThat(doc.bodyOffset()).isEqualTo(128);
    }

    @Test
    void wireDatelineThatCannotBeReadIsPutBackInTheBodyWithAWarning() {
        Document doc = new Document(new Source("file:/in/x.txt", "wire", RECEIVED))
                .setBody("Text.")
                .setDateline(Dateline.unparsed("(KUNA) --", 0, 9));
        step.apply(doc);
        assertThat(doc.dateline()).isNull();
        assertThat(doc.body()).isEqualTo("(KUNA) -- Text.");
        assertThat(doc.warnings()).extracting(Warning::stage).containsExactly("dateline");
        assertThat(doc.warnings().get(0).message()).contains("(KUNA) --");
    }

    private static Document wire(String raw, int start, String body, int bodyOffset) {
        return new Document(new Source("file:/in/w.txt", "wire", RECEIVED)).setBody(body).setBodyOffset(bodyOffset)
                .setDateline(Dateline.unparsed(raw, start, start + raw.length()));
    }

    @Test
    void capitalisedPhraseSplitOffByTheFormatIsPutBackUnlessItsPlaceIsKnown() {
        Document phrase = step.apply(wire("BOLD NEW IDEAS —", 5, "The panel met on Monday.", 22));
        assertThat(phrase.dateline()).isNull();
        assertThat(phrase.body()).isEqualTo("BOLD NEW IDEAS — The panel met on Monday.");
        assertThat(phrase.bodyOffset()).isEqualTo(5);
        assertThat(phrase.warnings()).singleElement().extracting(Warning::message).asString()
                .contains("BOLD NEW IDEAS —");

        Document word = step.apply(wire("SPECIAL --", 5, "The panel met.", 16));
        assertThat(word.dateline()).isNull();
        assertThat(word.body()).isEqualTo("SPECIAL -- The panel met.");

        Document known = step.apply(wire("OSLO -", 5, "The panel met.", 12));
        assertThat(known.dateline().city()).isEqualTo("Oslo");
        assertThat(known.body()).isEqualTo("The panel met.");

        Document region = step.apply(wire("LITTLE PINEWOOD, Vt. -", 5, "The panel met.", 28));
        assertThat(region.dateline().city()).isEqualTo("Little Pinewood");

        DatelineStep loose = new DatelineStep(DatelineParser.standard(), true, true, true, true,
                DatelineStep.YearFrom.PUBLISHED, 160);
        Document unknown = loose.apply(wire("BOLD NEW IDEAS —", 5, "The panel met.", 22));
        assertThat(unknown.dateline().city()).isEqualTo("Bold New Ideas");
    }


    @Test
    void splitDatelineOverALineBreakIsParsed() {
        Document doc = step.apply(wire("NEW YORK, Feb 26\n\t(Reuters) -", 8, "Stocks rose.", 38));
        assertThat(doc.dateline().city()).isEqualTo("New York");
        assertThat(doc.dateline().agency()).isEqualTo("Reuters");
        assertThat(doc.dateline().date()).isEqualTo("2025-02-26");
        Document spaces = step.apply(wire("NEW YORK, Feb 26\n  (Reuters) -", 8, "Stocks rose.", 39));
        assertThat(spaces.dateline().city()).isEqualTo("New York");
        assertThat(spaces.dateline().raw()).isEqualTo("NEW YORK, Feb 26\n  (Reuters) -");
    }

    @Test
    void alreadyParsedDatelineIsLeftAlone() {
        Dateline parsed = Dateline.unparsed("PARIS -", 0, 7).toBuilder().city("Paris").build();
        Document doc = text("TOKYO — Text.").setDateline(parsed);
        step.apply(doc);
        assertThat(doc.dateline()).isSameAs(parsed);
        assertThat(doc.body()).isEqualTo("TOKYO — Text.");
    }

    @Test
    void bodyWithoutDatelineIsUntouched() {
        Document doc = step.apply(text("President Joe Biden said Tuesday that the economy grew."));
        assertThat(doc.dateline()).isNull();
        assertThat(doc.body()).isEqualTo("President Joe Biden said Tuesday that the economy grew.");
        assertThat(doc.warnings()).isEmpty();
    }

    @Test
    void yearFromPublishedAcrossNewYear() {
        Document doc = text("LONDON, Dec 31 (Reuters) - Markets closed.").setPublished("2026-01-02T08:00:00+01:00");
        step.apply(doc);
        assertThat(doc.dateline().date()).isEqualTo("2025-12-31");
    }

    @Test
    void yearFromReceivedWhenNotPublished() {
        Document doc = new Document(new Source("f", "text", Instant.parse("2026-01-02T00:10:00Z")))
                .setBody("LONDON, Dec 31 (Reuters) - Markets closed.");
        step.apply(doc);
        assertThat(doc.dateline().date()).isEqualTo("2025-12-31");
    }

    @Test
    void publishedDateOnly() {
        Document doc = text("KUWAIT, Nov 22 (KUNA) -- Text.").setPublished("2024-11-22");
        step.apply(doc);
        assertThat(doc.dateline().date()).isEqualTo("2024-11-22");
    }

    @Test
    void yearWrittenInTheDatelineWinsOverPublished() {
        Document doc = text("PARIS, 28 avril 2025 (AFP) - Le gouvernement.").setPublished("2031-06-01");
        step.apply(doc);
        assertThat(doc.dateline().date()).isEqualTo("2025-04-28");
    }

    @Test
    void noReferenceGivesMonthDay() {
        DatelineStep noYear = new DatelineStep(DatelineParser.standard(), true, true, false, true,
                DatelineStep.YearFrom.NONE, 160);
        Document doc = noYear.apply(text("SEOUL, April 28 (Yonhap) -- Text.").setPublished("2025-04-28"));
        assertThat(doc.dateline().date()).isEqualTo("--04-28");
    }

    @Test
    void impossibleDateLeavesTheDateEmptyWithAWarning() {
        Document doc = step.apply(text("BOSTON, March 187 - Eastern Utilities said.").setPublished("1987-03-18"));
        assertThat(doc.dateline().city()).isEqualTo("Boston");
        assertThat(doc.dateline().date()).isNull();
        assertThat(doc.warnings()).singleElement().extracting(Warning::message).asString().contains("March 187");
    }

    @Test
    void feb29WithoutAYearOutsideALeapYearWarns() {
        Document doc = step.apply(text("OSLO, Feb 29 (NTB) - Snow fell.").setPublished("2026-03-01"));
        assertThat(doc.dateline().date()).isEqualTo("2024-02-29");
        assertThat(doc.warnings()).singleElement().extracting(Warning::message).asString()
                .contains("Feb 29").contains("2024-02-29");
        Document leap = step.apply(text("OSLO, Feb 29 (NTB) - Snow fell.").setPublished("2028-03-01"));
        assertThat(leap.dateline().date()).isEqualTo("2028-02-29");
        assertThat(leap.warnings()).isEmpty();
    }

    @Test
    void keepBodyWhenAsked() {
        DatelineStep keep = new DatelineStep(DatelineParser.standard(), false, true, false, true,
                DatelineStep.YearFrom.PUBLISHED, 160);
        String body = "BERLIN (dpa) - Die Regierung.";
        Document doc = keep.apply(text(body));
        assertThat(doc.dateline().city()).isEqualTo("Berlin");
        assertThat(doc.body()).isEqualTo(body);
    }

    @Test
    void detectionCanBeTurnedOff() {
        DatelineStep off = new DatelineStep(DatelineParser.standard(), true, false, false, true,
                DatelineStep.YearFrom.PUBLISHED, 160);
        Document doc = off.apply(text("BERLIN (dpa) - Die Regierung."));
        assertThat(doc.dateline()).isNull();
    }

    @Test
    void quotesFoundEarlierKeepTheBodyAndWarn() {
        String body = "WASHINGTON (AP) — \"Yes,\" he said.";
        Document doc = text(body);
        doc.quotes().add(new Quote("Yes,", 19, 23, null, Quote.Kind.DIRECT, null, null, 0.9));
        step.apply(doc);
        assertThat(doc.dateline().city()).isEqualTo("Washington");
        assertThat(doc.body()).isEqualTo(body);
        assertThat(doc.warnings()).extracting(Warning::stage).containsExactly("dateline");
    }

    @Test
    void reutersStyleBodyWithLeadingSpacesAndNewline() {
        String body = "    NEW YORK, March 4 -\n    Qtly div 1-1/2 cts vs 1-1/2 cts prior";
        Document doc = step.apply(text(body).setPublished("1987-03-04T09:30:42"));
        assertThat(doc.dateline().raw()).isEqualTo("NEW YORK, March 4 -");
        assertThat(doc.dateline().start()).isEqualTo(4);
        assertThat(doc.dateline().date()).isEqualTo("1987-03-04");
        assertThat(doc.body()).startsWith("Qtly div");
    }

    @Test
    void isoDateReadsDatesAndDateTimes() {
        assertThat(DatelineStep.isoDate("2025-04-28")).hasToString("2025-04-28");
        assertThat(DatelineStep.isoDate("2025-04-28T23:30:00-05:00")).hasToString("2025-04-28");
        assertThat(DatelineStep.isoDate("Mon, 28 Apr 2025 23:10:00 GMT")).hasToString("2025-04-28");
        assertThat(DatelineStep.isoDate("28 April, soon")).isNull();
    }

    @Test
    void theSampleWireStory() {
        // the sample KUNA story as the text format would give it (the headline already taken off)
        List<String> lines = List.of(
                "(MENAFN- Kuwait News Agency (KUNA)) TOKYO, April 28 (KUNA) -- South Korea condemned, Monday, "
                        + "North Korea's first public admission of sending troops to Russia.",
                "\"With their public admission ...,\" the South Korean Foreign Ministry said.");
        Document doc = step.apply(text(String.join("\n\n", lines)));
        assertThat(doc.dateline().located()).isEqualTo("Tokyo, Japan");
        assertThat(doc.body()).startsWith("South Korea condemned, Monday, North Korea's first public admission");
    }
}
