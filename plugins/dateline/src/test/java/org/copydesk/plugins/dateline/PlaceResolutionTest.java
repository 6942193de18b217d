package org.copydesk.plugins.dateline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** City, region and country from the gazetteer and region tables. */
class PlaceResolutionTest {
    private final DatelineParser parser = DatelineParser.standard();

    private DatelineMatch detect(String text) {
        DatelineMatch m = parser.detect(text);
        assertThat(m).as(text).isNotNull();
        return m;
    }

    @Test
    void regionDecidesBetweenCitiesOfTheSameName() {
        assertThat(detect("ATHENS, Ga. (AP) — A").country()).isEqualTo("United States");
        assertThat(detect("ATHENS (AP) — A").country()).isEqualTo("Greece");
        assertThat(detect("TRIPOLI, Lebanon (AP) — A").country()).isEqualTo("Lebanon");
        assertThat(detect("TRIPOLI (AP) — A").country()).isEqualTo("Libya");
    }

    @Test
    void ambiguousCityWithoutRegionHasNoCountry() {
        DatelineMatch m = detect("SAN JOSE (AP) — A");
        assertThat(m.city()).isEqualTo("San Jose");
        assertThat(m.country()).isNull();
        assertThat(m.located()).isEqualTo("San Jose");
    }

    @Test
    void regionWinsOverTheGazetteersOnlyCountry() {
        DatelineMatch m = detect("LONDON, Ont., March 3 - Shr");
        assertThat(m.country()).isEqualTo("Canada");
        assertThat(m.regionName()).isEqualTo("Ontario");
        assertThat(m.located()).isEqualTo("London, Canada");
    }

    @Test
    void georgiaTheStateAndGeorgiaTheCountry() {
        assertThat(detect("TBILISI, Georgia (AP) — A").country()).isEqualTo("Georgia");
        DatelineMatch savannah = detect("SAVANNAH, Georgia (AP) — A");
        assertThat(savannah.country()).isEqualTo("United States");
        assertThat(savannah.regionName()).isEqualTo("Georgia");
    }

    @Test
    void unknownTownTakesTheCountryOfItsState() {
        DatelineMatch m = detect("COMMACK, N.Y., Feb 26 - Computer Terminal Systems");
        assertThat(m.city()).isEqualTo("Commack");
        assertThat(m.region()).isEqualTo("N.Y.");
        assertThat(m.regionName()).isEqualTo("New York");
        assertThat(m.country()).isEqualTo("United States");
    }

    @Test
    void unknownTownWithoutRegionHasNoCountry() {
        DatelineMatch m = detect("COMMACK, Feb 26 - Computer Terminal Systems");
        assertThat(m.city()).isEqualTo("Commack");
        assertThat(m.country()).isNull();
        assertThat(m.located()).isEqualTo("Commack");
    }

    @Test
    void otherSpellingsGiveTheCountryAndKeepTheWrittenCity() {
        DatelineMatch m = detect("KIEV, March 3 - Ukrainian");
        assertThat(m.city()).isEqualTo("Kiev");
        assertThat(m.country()).isEqualTo("Ukraine");
    }

    @Test
    void countryNamedAsPlace() {
        DatelineMatch m = detect("BAHRAIN, March 3 - The");
        assertThat(m.city()).isEqualTo("Bahrain");
        assertThat(m.country()).isEqualTo("Bahrain");
    }

    @Test
    void properCaseOfUnknownPlaces() {
        assertThat(ProperCase.of("MCLEAN")).isEqualTo("McLean");
        assertThat(ProperCase.of("O'FALLON")).isEqualTo("O'Fallon");
        assertThat(ProperCase.of("WILKES-BARRE")).isEqualTo("Wilkes-Barre");
        assertThat(ProperCase.of("AIX-EN-PROVENCE")).isEqualTo("Aix-en-Provence");
        assertThat(ProperCase.of("PORT OF SPAIN")).isEqualTo("Port of Spain");
        assertThat(ProperCase.of("ST. PAUL")).isEqualTo("St. Paul");
        assertThat(ProperCase.of("mexico city")).isEqualTo("Mexico City");
        assertThat(ProperCase.of("Mexico city")).isEqualTo("Mexico City");
        assertThat(ProperCase.of("DeKalb")).isEqualTo("DeKalb");
    }

    @Test
    void tablesLoad() {
        assertThat(Gazetteer.load("/org/copydesk/plugins/dateline/countries.tsv",
                "/org/copydesk/plugins/dateline/regions.tsv", "/org/copydesk/plugins/dateline/cities.tsv")
                .cityCount()).isGreaterThan(1000);
        MonthTable months = MonthTable.load("/org/copydesk/plugins/dateline/months.tsv");
        assertThat(months.month("Sept")).isEqualTo(9);
        assertThat(months.month("août")).isEqualTo(8);
        assertThat(months.month("Marc")).isEqualTo(3);
        assertThat(months.month("jui")).isZero(); // juin or juillet
        assertThat(months.month("Monday")).isZero();
        AgencyTable agencies = AgencyTable.load("/org/copydesk/plugins/dateline/agencies.tsv");
        assertThat(agencies.find("kuna").name()).isEqualTo("Kuwait News Agency");
        assertThat(agencies.find("dpa-AFX").code()).isEqualTo("dpa");
        assertThat(agencies.find("Nobody")).isNull();
    }
}
