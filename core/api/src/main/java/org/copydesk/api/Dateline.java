package org.copydesk.api;

import java.util.Objects;

/**
 * The place, date and agency that open a wire story, e.g. {@code TOKYO, April 28 (KUNA) --}.
 *
 * <p>Only {@code raw}, {@code start} and {@code end} are always set; the rest is null when unknown.
 *
 * @param raw        the exact text as in the source
 * @param start      offset of {@code raw} in the decoded source text (or in the body, when the source offset is
 *                   unknown)
 * @param end        end offset, exclusive
 * @param city       proper-case city, e.g. {@code New York}
 * @param region     state, province or country as written, e.g. {@code Calif.}
 * @param regionName full name of the region, e.g. {@code California}
 * @param country    country name from the gazetteer, or null when unsure
 * @param date       {@code YYYY-MM-DD}, or {@code --MM-DD} when the year is unknown
 * @param agency     agency as written, e.g. {@code KUNA}
 * @param agencyName full agency name, e.g. {@code Kuwait News Agency}
 * @param located    ninjs-style {@code City, Country}
 */
public record Dateline(String raw, int start, int end, String city, String region, String regionName,
                       String country, String date, String agency, String agencyName, String located) {

    public Dateline {
        Objects.requireNonNull(raw, "raw");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad dateline offsets " + start + ".." + end);
        }
    }

    /** A dateline that has been found but not yet parsed. */
    public static Dateline unparsed(String raw, int start, int end) {
        return new Dateline(raw, start, end, null, null, null, null, null, null, null, null);
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Copy-and-change helper, so a step can fill in fields without repeating the others. */
    public static final class Builder {
        private String raw;
        private int start;
        private int end;
        private String city;
        private String region;
        private String regionName;
        private String country;
        private String date;
        private String agency;
        private String agencyName;
        private String located;

        public Builder(String raw, int start, int end) {
            this.raw = raw;
            this.start = start;
            this.end = end;
        }

        private Builder(Dateline d) {
            this(d.raw, d.start, d.end);
            city = d.city;
            region = d.region;
            regionName = d.regionName;
            country = d.country;
            date = d.date;
            agency = d.agency;
            agencyName = d.agencyName;
            located = d.located;
        }

        public Builder raw(String v) { raw = v; return this; }
        public Builder start(int v) { start = v; return this; }
        public Builder end(int v) { end = v; return this; }
        public Builder city(String v) { city = v; return this; }
        public Builder region(String v) { region = v; return this; }
        public Builder regionName(String v) { regionName = v; return this; }
        public Builder country(String v) { country = v; return this; }
        public Builder date(String v) { date = v; return this; }
        public Builder agency(String v) { agency = v; return this; }
        public Builder agencyName(String v) { agencyName = v; return this; }
        public Builder located(String v) { located = v; return this; }

        public Dateline build() {
            return new Dateline(raw, start, end, city, region, regionName, country, date, agency, agencyName, located);
        }
    }
}
