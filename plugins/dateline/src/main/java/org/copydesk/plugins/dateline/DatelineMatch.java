package org.copydesk.plugins.dateline;

/**
 * What {@link DatelineParser} read. Offsets are into the text it was given.
 *
 * @param creditStart start of a distributor credit such as {@code (MENAFN- Kuwait News Agency (KUNA))} before the
 *                    dateline, or -1
 * @param creditEnd   end of that credit, or -1
 * @param distributor who passed the story on ({@code MENAFN}), or null
 * @param provider    who wrote it, as the credit names it ({@code Kuwait News Agency (KUNA)}), or null
 * @param start       start of the dateline
 * @param end         end of the dateline, after its closing dash (exclusive)
 * @param next        where the story goes on: {@code end} plus the whitespace after it
 * @param city        proper-case city
 * @param region      state, province or country as written, or null
 * @param regionName  the region's full name, or null
 * @param country     country name, or null when unsure
 * @param month       1..12, or 0 when the dateline has no date
 * @param day         day as written (may be impossible, e.g. 187), or 0
 * @param year        year written in the dateline, or 0
 * @param agency      agency as written, or null
 * @param agencyName  the agency's full name, or null
 */
public record DatelineMatch(int creditStart, int creditEnd, String distributor, String provider,
                            int start, int end, int next,
                            String city, String region, String regionName, String country,
                            int month, int day, int year, String agency, String agencyName) {

    /** True when the dateline names a month and day. */
    public boolean hasDate() {
        return month > 0;
    }

    /** ninjs-style {@code City, Country}; {@code City, Region} when the country is unknown; else the city. */
    public String located() {
        if (country != null) {
            return city + ", " + country;
        }
        if (regionName != null || region != null) {
            return city + ", " + (regionName != null ? regionName : region);
        }
        return city;
    }
}
