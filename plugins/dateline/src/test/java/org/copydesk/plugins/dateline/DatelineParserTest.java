package org.copydesk.plugins.dateline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DatelineParserTest {
    private final DatelineParser parser = DatelineParser.standard();

    private DatelineMatch detect(String text) {
        DatelineMatch m = parser.detect(text);
        assertThat(m).as("dateline in %s", text).isNotNull();
        return m;
    }

    private static String raw(String text, DatelineMatch m) {
        return text.substring(m.start(), m.end());
    }

    @Nested
    class Kuna {
        @Test
        void monthFirstWithAgencyAndDoubleDash() {
            String text = "TOKYO, April 28 (KUNA) -- South Korea condemned, Monday, ...";
            DatelineMatch m = detect(text);
            assertThat(raw(text, m)).isEqualTo("TOKYO, April 28 (KUNA) --");
            assertThat(m.city()).isEqualTo("Tokyo");
            assertThat(m.country()).isEqualTo("Japan");
            assertThat(m.month()).isEqualTo(4);
            assertThat(m.day()).isEqualTo(28);
            assertThat(m.agency()).isEqualTo("KUNA");
            assertThat(m.agencyName()).isEqualTo("Kuwait News Agency");
            assertThat(text.substring(m.next())).startsWith("South Korea");
            assertThat(m.located()).isEqualTo("Tokyo, Japan");
        }

        @Test
        void abbreviatedMonthAndCityThatIsACountry() {
            DatelineMatch m = detect("KUWAIT, Nov 22 (KUNA) -- The cabinet");
            assertThat(m.city()).isEqualTo("Kuwait");
            assertThat(m.country()).isEqualTo("Kuwait");
            assertThat(m.month()).isEqualTo(11);
            assertThat(m.day()).isEqualTo(22);
        }

        @Test
        void distributorCreditBeforeTheDateline() {
            String text = "(MENAFN- Kuwait News Agency (KUNA)) TOKYO, April 28 (KUNA) -- South Korea condemned";
            DatelineMatch m = detect(text);
            assertThat(raw(text, m)).isEqualTo("TOKYO, April 28 (KUNA) --");
            assertThat(m.distributor()).isEqualTo("MENAFN");
            assertThat(m.provider()).isEqualTo("Kuwait News Agency (KUNA)");
            assertThat(m.creditStart()).isZero();
            assertThat(text.substring(m.creditStart(), m.creditEnd()))
                    .isEqualTo("(MENAFN- Kuwait News Agency (KUNA))");
            assertThat(text.substring(m.next())).startsWith("South Korea");
        }
    }

    @Nested
    class Reuters {
        @Test
        void modernWithAgencyAndSingleDash() {
            String text = "LONDON, Jan 5 (Reuters) - Britain's economy";
            DatelineMatch m = detect(text);
            assertThat(raw(text, m)).isEqualTo("LONDON, Jan 5 (Reuters) -");
            assertThat(m.city()).isEqualTo("London");
            assertThat(m.country()).isEqualTo("United Kingdom");
            assertThat(m.agency()).isEqualTo("Reuters");
            assertThat(m.month()).isEqualTo(1);
            assertThat(m.day()).isEqualTo(5);
        }

        @Test
        void eightiesWithoutAgency() {
            String text = "    SALVADOR, Feb 26 - Bahia cocoa zone";
            DatelineMatch m = detect(text);
            assertThat(raw(text, m)).isEqualTo("SALVADOR, Feb 26 -");
            assertThat(m.start()).isEqualTo(4);
            assertThat(m.city()).isEqualTo("Salvador");
            assertThat(m.country()).isEqualTo("Brazil");
            assertThat(m.month()).isEqualTo(2);
            assertThat(m.day()).isEqualTo(26);
            assertThat(m.agency()).isNull();
        }

        @Test
        void stateWrittenOut() {
            DatelineMatch m = detect("PORTLAND, Maine, March 13 - Central Maine Power");
            assertThat(m.city()).isEqualTo("Portland");
            assertThat(m.region()).isEqualTo("Maine");
            assertThat(m.regionName()).isEqualTo("Maine");
            assertThat(m.country()).isEqualTo("United States");
            assertThat(m.month()).isEqualTo(3);
            assertThat(m.day()).isEqualTo(13);
        }

        @Test
        void provinceWithoutDate() {
            String text = "CALGARY, Alberta - Better times";
            DatelineMatch m = detect(text);
            assertThat(raw(text, m)).isEqualTo("CALGARY, Alberta -");
            assertThat(m.city()).isEqualTo("Calgary");
            assertThat(m.region()).isEqualTo("Alberta");
            assertThat(m.country()).isEqualTo("Canada");
            assertThat(m.hasDate()).isFalse();
        }

        @Test
        void abbreviatedStateAndCommaBeforeTheDash() {
            String text = "SAN JOSE, Calif., - SJNB Financial";
            DatelineMatch m = detect(text);
            assertThat(raw(text, m)).isEqualTo("SAN JOSE, Calif., -");
            assertThat(m.city()).isEqualTo("San Jose");
            assertThat(m.region()).isEqualTo("Calif.");
            assertThat(m.regionName()).isEqualTo("California");
            assertThat(m.country()).isEqualTo("United States");
            assertThat(m.located()).isEqualTo("San Jose, United States");
        }

        @Test
        void dashOnItsOwnLineEnd() {
            String text = "    NEW YORK, March 4 -\n    Qtly div 1-1/2 cts";
            DatelineMatch m = detect(text);
            assertThat(raw(text, m)).isEqualTo("NEW YORK, March 4 -");
            assertThat(text.substring(m.next())).startsWith("Qtly div");
        }

        @Test
        void agencyAfterComma() {
            DatelineMatch m = detect("TAUPO, New Zealand, March 23, Reuter - Debt among African");
            assertThat(m.city()).isEqualTo("Taupo");
            assertThat(m.country()).isEqualTo("New Zealand");
            assertThat(m.agency()).isEqualTo("Reuter");
            assertThat(m.agencyName()).isEqualTo("Reuters");
        }

        @Test
        void lowerCaseCityWithDate() {
            DatelineMatch m = detect("    st joseph, april 7 - barrow and gilt prices rose");
            assertThat(m.city()).isEqualTo("St. Joseph");
            assertThat(m.month()).isEqualTo(4);
        }

        @Test
        void clippedMonthName() {
            assertThat(detect("RICHMOND, Va., Marc 16 - Investors").month()).isEqualTo(3);
            assertThat(detect("ATLANTA, Apri 1 - Digital").month()).isEqualTo(4);
            assertThat(detect("BUENOS AIRES, ABR 9 - ARGENTINE GRAIN").month()).isEqualTo(4);
        }

        @Test
        void misspeltMonthKeepsThePlace() {
            String text = "BOSTON, Mrach 3 - Eastern Utilities";
            DatelineMatch m = detect(text);
            assertThat(raw(text, m)).isEqualTo("BOSTON, Mrach 3 -");
            assertThat(m.city()).isEqualTo("Boston");
            assertThat(m.hasDate()).isFalse();
        }

        @Test
        void doubledSpaceInsideThePlace() {
            assertThat(detect("NEW  YORK, March 2 - Shr").city()).isEqualTo("New York");
        }

        @Test
        void regionWithoutCommaBeforeDate() {
            DatelineMatch m = detect("ANGLETON, Tex. March 3 -\n    Oper shr");
            assertThat(m.city()).isEqualTo("Angleton");
            assertThat(m.region()).isEqualTo("Tex.");
            assertThat(m.regionName()).isEqualTo("Texas");
            assertThat(m.day()).isEqualTo(3);
        }
    }

    @Nested
    class AssociatedPress {
        @Test
        void emDash() {
            String text = "WASHINGTON (AP) — President Joe Biden";
            DatelineMatch m = detect(text);
            assertThat(raw(text, m)).isEqualTo("WASHINGTON (AP) —");
            assertThat(m.city()).isEqualTo("Washington");
            assertThat(m.country()).isEqualTo("United States");
            assertThat(m.agency()).isEqualTo("AP");
            assertThat(m.agencyName()).isEqualTo("Associated Press");
            assertThat(m.hasDate()).isFalse();
        }

        @Test
        void anpaUnderscore() {
            String text = "NEW YORK (AP) _ Stocks rose";
            DatelineMatch m = detect(text);
            assertThat(raw(text, m)).isEqualTo("NEW YORK (AP) _");
            assertThat(m.city()).isEqualTo("New York");
        }

        @Test
        void countryAsRegion() {
            DatelineMatch m = detect("KYIV, Ukraine (AP) — Russian drones");
            assertThat(m.city()).isEqualTo("Kyiv");
            assertThat(m.region()).isEqualTo("Ukraine");
            assertThat(m.country()).isEqualTo("Ukraine");
            assertThat(m.located()).isEqualTo("Kyiv, Ukraine");
        }

        @Test
        void abbreviatedSaint() {
            DatelineMatch m = detect("ST. LOUIS (AP) — A jury");
            assertThat(m.city()).isEqualTo("St. Louis");
            assertThat(m.country()).isEqualTo("United States");
        }

        @Test
        void unitedNationsHasNoSingleCountry() {
            DatelineMatch m = detect("UNITED NATIONS (AP) — The Security Council");
            assertThat(m.city()).isEqualTo("United Nations");
            assertThat(m.country()).isNull();
            assertThat(m.located()).isEqualTo("United Nations");
        }

        @Test
        void enDash() {
            DatelineMatch m = detect("BERLIN (AP) – Germany's");
            assertThat(m.city()).isEqualTo("Berlin");
        }
    }

    @Nested
    class European {
        @Test
        void afpFrenchWithYear() {
            String text = "PARIS, 28 avril 2025 (AFP) - Le gouvernement";
            DatelineMatch m = detect(text);
            assertThat(raw(text, m)).isEqualTo("PARIS, 28 avril 2025 (AFP) -");
            assertThat(m.city()).isEqualTo("Paris");
            assertThat(m.country()).isEqualTo("France");
            assertThat(m.year()).isEqualTo(2025);
            assertThat(m.month()).isEqualTo(4);
            assertThat(m.day()).isEqualTo(28);
            assertThat(m.agencyName()).isEqualTo("Agence France-Presse");
        }

        @Test
        void afpTitleCase() {
            DatelineMatch m = detect("Paris (AFP) - Le Premier ministre");
            assertThat(m.city()).isEqualTo("Paris");
            assertThat(m.agency()).isEqualTo("AFP");
        }

        @Test
        void dpa() {
            DatelineMatch m = detect("Berlin (dpa) - Die Bundesregierung");
            assertThat(m.city()).isEqualTo("Berlin");
            assertThat(m.country()).isEqualTo("Germany");
            assertThat(m.agency()).isEqualTo("dpa");
            assertThat(m.agencyName()).isEqualTo("Deutsche Presse-Agentur");
        }

        @Test
        void dpaWithRegionalDeskAndGermanDate() {
            DatelineMatch m = detect("Hamburg, 12. Mai (dpa/lno) - Der Hafen");
            assertThat(m.agency()).isEqualTo("dpa/lno");
            assertThat(m.agencyName()).isEqualTo("Deutsche Presse-Agentur");
            assertThat(m.month()).isEqualTo(5);
            assertThat(m.day()).isEqualTo(12);
        }

        @Test
        void efeDotDash() {
            String text = "Madrid, 3 may (EFE).- El Gobierno";
            DatelineMatch m = detect(text);
            assertThat(raw(text, m)).isEqualTo("Madrid, 3 may (EFE).-");
            assertThat(m.city()).isEqualTo("Madrid");
            assertThat(m.country()).isEqualTo("Spain");
            assertThat(m.month()).isEqualTo(5);
            assertThat(m.day()).isEqualTo(3);
            assertThat(m.agency()).isEqualTo("EFE");
        }

        @Test
        void ansaDashBeforeAgency() {
            String text = "ROMA, 15 MAG - (ANSA) - Il governo";
            DatelineMatch m = detect(text);
            assertThat(raw(text, m)).isEqualTo("ROMA, 15 MAG - (ANSA) -");
            assertThat(m.city()).isEqualTo("Roma");
            assertThat(m.country()).isEqualTo("Italy");
            assertThat(m.month()).isEqualTo(5);
            assertThat(m.day()).isEqualTo(15);
            assertThat(m.agency()).isEqualTo("ANSA");
        }

        @Test
        void ordinalDaysAndAccentedAbbreviations() {
            DatelineMatch fr = detect("PARIS, 1er mai (AFP) - Les syndicats");
            assertThat(fr.month()).isEqualTo(5);
            assertThat(fr.day()).isEqualTo(1);
            DatelineMatch es = detect("Buenos Aires, 1º de mayo (EFE).- El Gobierno");
            assertThat(es.month()).isEqualTo(5);
            assertThat(es.day()).isEqualTo(1);
            assertThat(detect("Genève, 3 févr. 2025 (ATS) - Le Conseil").month()).isEqualTo(2);
            assertThat(detect("München, 4. März (dpa) - Die Polizei").month()).isEqualTo(3);
            assertThat(detect("Lisboa, 28 abr 2025 (Lusa) - O Governo").agencyName()).isEqualTo("Agência Lusa");
            assertThat(detect("MILANO, 15 GIU - (ANSA) - Il sindaco").month()).isEqualTo(6);
        }

        @Test
        void portugueseWithDe() {
            DatelineMatch m = detect("Brasília, 28 de abril de 2025 (ABr) - O governo");
            assertThat(m.city()).isEqualTo("Brasília");
            assertThat(m.country()).isEqualTo("Brazil");
            assertThat(m.year()).isEqualTo(2025);
            assertThat(m.month()).isEqualTo(4);
            assertThat(m.agencyName()).isEqualTo("Agência Brasil");
        }
    }

    @Nested
    class Asian {
        @Test
        void xinhua() {
            DatelineMatch m = detect("BEIJING, May 3 (Xinhua) -- China's");
            assertThat(m.city()).isEqualTo("Beijing");
            assertThat(m.country()).isEqualTo("China");
            assertThat(m.agencyName()).isEqualTo("Xinhua News Agency");
            assertThat(m.month()).isEqualTo(5);
        }

        @Test
        void yonhap() {
            DatelineMatch m = detect("SEOUL, April 28 (Yonhap) -- North Korea");
            assertThat(m.city()).isEqualTo("Seoul");
            assertThat(m.country()).isEqualTo("South Korea");
            assertThat(m.agency()).isEqualTo("Yonhap");
        }

        @Test
        void ptiWithoutDash() {
            String text = "New Delhi, Apr 28 (PTI) India's exports";
            DatelineMatch m = detect(text);
            assertThat(raw(text, m)).isEqualTo("New Delhi, Apr 28 (PTI)");
            assertThat(m.city()).isEqualTo("New Delhi");
            assertThat(m.country()).isEqualTo("India");
            assertThat(m.agencyName()).isEqualTo("Press Trust of India");
            assertThat(text.substring(m.next())).startsWith("India's");
        }

        @Test
        void tassSlashes() {
            String text = "MOSCOW, June 12. /TASS/. Russia celebrates";
            DatelineMatch m = detect(text);
            assertThat(raw(text, m)).isEqualTo("MOSCOW, June 12. /TASS/.");
            assertThat(m.city()).isEqualTo("Moscow");
            assertThat(m.country()).isEqualTo("Russia");
            assertThat(m.month()).isEqualTo(6);
            assertThat(m.day()).isEqualTo(12);
            assertThat(m.agency()).isEqualTo("TASS");
        }

        @Test
        void appColonAndSeptDot() {
            String text = "ISLAMABAD, Sept. 14 (APP): Prime Minister";
            DatelineMatch m = detect(text);
            assertThat(raw(text, m)).isEqualTo("ISLAMABAD, Sept. 14 (APP):");
            assertThat(m.city()).isEqualTo("Islamabad");
            assertThat(m.country()).isEqualTo("Pakistan");
            assertThat(m.month()).isEqualTo(9);
            assertThat(m.day()).isEqualTo(14);
            assertThat(m.agencyName()).isEqualTo("Associated Press of Pakistan");
        }

        @Test
        void otherNationalAgencies() {
            assertThat(detect("ABU DHABI, 28th April, 2025 (WAM) -- The UAE").agencyName())
                    .isEqualTo("Emirates News Agency");
            assertThat(detect("DOHA, April 28 (QNA) - Qatar").agencyName()).isEqualTo("Qatar News Agency");
            assertThat(detect("RIYADH, April 28 (SPA) -- Saudi").agencyName()).isEqualTo("Saudi Press Agency");
            assertThat(detect("CAIRO, April 28 (MENA) - Egypt").agencyName()).isEqualTo("Middle East News Agency");
            assertThat(detect("WASHINGTON, April 28 (UPI) -- The").agencyName())
                    .isEqualTo("United Press International");
            assertThat(detect("TOKYO, April 28 (Kyodo) -- Japan").agencyName()).isEqualTo("Kyodo News");
            assertThat(detect("KUALA LUMPUR, April 28 (Bernama) -- Malaysia").agencyName())
                    .isEqualTo("Malaysian National News Agency");
            DatelineMatch wam = detect("ABU DHABI, 28th April, 2025 (WAM) -- The UAE");
            assertThat(wam.year()).isEqualTo(2025);
            assertThat(wam.day()).isEqualTo(28);
            assertThat(wam.country()).isEqualTo("United Arab Emirates");
        }
    }

    @Nested
    class MoreAgencies {
        @Test
        void ansaEnglishAgencyFirst() {
            String text = "(ANSA) - ROME, MAY 15 - Italy's government";
            DatelineMatch m = detect(text);
            assertThat(raw(text, m)).isEqualTo("(ANSA) - ROME, MAY 15 -");
            assertThat(m.city()).isEqualTo("Rome");
            assertThat(m.agency()).isEqualTo("ANSA");
            assertThat(m.month()).isEqualTo(5);
            assertThat(m.day()).isEqualTo(15);
        }

        @Test
        void aniRegionInBrackets() {
            String text = "New Delhi [India], April 28 (ANI): The Centre";
            DatelineMatch m = detect(text);
            assertThat(raw(text, m)).isEqualTo("New Delhi [India], April 28 (ANI):");
            assertThat(m.city()).isEqualTo("New Delhi");
            assertThat(m.region()).isEqualTo("India");
            assertThat(m.country()).isEqualTo("India");
            assertThat(m.agencyName()).isEqualTo("Asian News International");
        }

        @Test
        void kyodoWithoutParentheses() {
            DatelineMatch m = detect("TOKYO, April 28 Kyodo - Japan's");
            assertThat(m.agency()).isEqualTo("Kyodo");
            assertThat(m.day()).isEqualTo(28);
        }

        @Test
        void interfaxDotAfterCity() {
            DatelineMatch m = detect("MOSCOW. Feb 3 (Interfax) - Russia's");
            assertThat(m.city()).isEqualTo("Moscow");
            assertThat(m.agency()).isEqualTo("Interfax");
            assertThat(m.month()).isEqualTo(2);
        }

        @Test
        void pressReleaseWire() {
            DatelineMatch m = detect("NEW YORK, April 28, 2025 /PRNewswire/ -- Acme Corp today announced");
            assertThat(m.agency()).isEqualTo("PRNewswire");
            assertThat(m.agencyName()).isEqualTo("PR Newswire");
            assertThat(m.year()).isEqualTo(2025);
        }

        @Test
        void saudiPressAgencyAfterYear() {
            DatelineMatch m = detect("Riyadh, April 28, 2025, SPA -- The Custodian");
            assertThat(m.city()).isEqualTo("Riyadh");
            assertThat(m.country()).isEqualTo("Saudi Arabia");
            assertThat(m.agency()).isEqualTo("SPA");
            assertThat(m.year()).isEqualTo(2025);
        }

        @Test
        void lowerCaseSwissAgency() {
            DatelineMatch m = detect("Zürich (awp/sda) - Die Börse");
            assertThat(m.city()).isEqualTo("Zürich");
            assertThat(m.country()).isEqualTo("Switzerland");
            assertThat(m.agency()).isEqualTo("awp/sda");
        }

        @Test
        void colonAfterAKnownPlaceInCapitals() {
            DatelineMatch m = detect("KARACHI: The Sindh government");
            assertThat(m.city()).isEqualTo("Karachi");
            assertThat(m.country()).isEqualTo("Pakistan");
        }

        @Test
        void businessWireGluedDashes() {
            String text = "SAN FRANCISCO--(BUSINESS WIRE)--Acme Inc. today announced";
            DatelineMatch m = detect(text);
            assertThat(raw(text, m)).isEqualTo("SAN FRANCISCO--(BUSINESS WIRE)--");
            assertThat(m.city()).isEqualTo("San Francisco");
            assertThat(m.agencyName()).isEqualTo("Business Wire");
            assertThat(text.substring(m.next())).startsWith("Acme");
        }

        @Test
        void globeNewswireAndJiji() {
            assertThat(detect("NEW YORK, April 28, 2025 (GLOBE NEWSWIRE) -- Acme").agencyName())
                    .isEqualTo("GlobeNewswire");
            assertThat(detect("TOKYO, April 28 (Jiji Press) -- Japan").agencyName()).isEqualTo("Jiji Press");
        }

        @Test
        void cityInItsOwnLanguage() {
            DatelineMatch m = detect("Wien (APA) - Die Regierung");
            assertThat(m.city()).isEqualTo("Wien");
            assertThat(m.country()).isEqualTo("Austria");
            assertThat(m.agencyName()).isEqualTo("Austria Presse Agentur");
        }

        @Test
        void agencyAfterCommaWithoutParentheses() {
            DatelineMatch m = detect("Tehran, April 28, IRNA -- Iran's");
            assertThat(m.city()).isEqualTo("Tehran");
            assertThat(m.country()).isEqualTo("Iran");
            assertThat(m.agencyName()).isEqualTo("Islamic Republic News Agency");
        }

        @Test
        void modernAgencyWithDeskName() {
            DatelineMatch m = detect("NEW YORK (Reuters Breakingviews) - Wall Street");
            assertThat(m.agencyName()).isEqualTo("Reuters");
        }
    }

    @Nested
    class Newspaper {
        @Test
        void placeAndDash() {
            String text = "TOKYO — Japan's prime minister";
            DatelineMatch m = detect(text);
            assertThat(raw(text, m)).isEqualTo("TOKYO —");
            assertThat(m.city()).isEqualTo("Tokyo");
            assertThat(m.agency()).isNull();
        }

        @Test
        void territory() {
            DatelineMatch m = detect("SAN JUAN, Puerto Rico — The island's");
            assertThat(m.city()).isEqualTo("San Juan");
            assertThat(m.region()).isEqualTo("Puerto Rico");
            assertThat(m.country()).isEqualTo("Puerto Rico");
            assertThat(m.located()).isEqualTo("San Juan, Puerto Rico");
        }

        @Test
        void unknownTownWithKnownState() {
            DatelineMatch m = detect("FAIRVIEW, W.Va. - The coal was piled");
            assertThat(m.city()).isEqualTo("Fairview");
            assertThat(m.regionName()).isEqualTo("West Virginia");
            assertThat(m.country()).isEqualTo("United States");
        }

        @Test
        void unknownPlaceOnlyWhenAsked() {
            assertThat(parser.detect("MIDWAY ATOLL - Seventy-four years ago")).isNull();
            DatelineMatch m = parser.detect("MIDWAY ATOLL - Seventy-four years ago", true, 160);
            assertThat(m).isNotNull();
            assertThat(m.city()).isEqualTo("Midway Atoll");
        }
    }

    @Nested
    class Spacing {
        @Test
        void noBreakSpaces() {
            String text = "TOKYO,\u00A0April\u00A028\u00A0(KUNA)\u00A0--\u00A0South Korea";
            DatelineMatch m = detect(text);
            assertThat(m.city()).isEqualTo("Tokyo");
            assertThat(m.day()).isEqualTo(28);
            assertThat(text.substring(m.next())).startsWith("South Korea");
        }

        @Test
        void titleCaseCityWithParticle() {
            DatelineMatch m = detect("RIO DE JANEIRO, March 26 - Brazilian");
            assertThat(m.city()).isEqualTo("Rio de Janeiro");
            assertThat(m.country()).isEqualTo("Brazil");
        }

        @Test
        void accentsFromTheGazetteer() {
            assertThat(detect("SAO PAULO, April 9 - THE FOLLOWING").city()).isEqualTo("São Paulo");
        }

        @Test
        void unknownCityIsProperCased() {
            assertThat(detect("MOUNT GILEAD, N.C., March 17 - Shr").city()).isEqualTo("Mount Gilead");
            assertThat(detect("DALLAS/FORT WORTH, Texas, March 3 - AMR").city()).isEqualTo("Dallas/Fort Worth");
        }
    }

    @Nested
    class Negatives {
        @ParameterizedTest
        @ValueSource(strings = {
            "President Joe Biden said Tuesday that the economy",
            "U.S. stocks fell on Monday, as investors",
            "BREAKING: A major earthquake",
            "NATO, the 32-member alliance, said on Friday",
            "EXPORTS, which account for a third of output, fell in March",
            "QUESTIONABLE MEDICAL CLAIMS — For years, Oz has been dogged",
            "HE'S BEEN CALLED OUT BY FELLOW DOCTORS — He's been dragged",
            "Mehmet Oz — Ivy League-trained surgeon",
            "Kall -- co-editor of Debating The Donald",
            "COPPER GRADE A - 3250 tonnes",
            "Bids only -\n 1 month",
            "APRIL 7  - 1000 hrs cdt",
            "If we lived in normal times -- with perspective",
            "What also became evident - again - is that",
            "Friday, Sept. 9 - Clinton said",
            "The company said on March 3 - a day later",
            "Washington: The Senate",
            "UPDATE: The Senate",
            "Astronaut (NR): Jaden Siemans 7 saves.",
            "Published March 3, 2024 - Updated",
            "Posted: March 3, 2024",
            "Sunday, March 3, 2024 - The",
            "Paris — the city of light — is",
            "Ferguson — a community of over 21,000",
            "Democratic Sen. Claire McCaskill (D-Mo.) said",
            "However, Rep. Stephen Lynch (D-Mass.) argued",
            "",
            "   ",
        })
        void noDateline(String text) {
            assertThat(parser.detect(text)).isNull();
        }
    }

    @Nested
    class PreSplit {
        @Test
        void parsesAWholeRawDateline() {
            DatelineMatch m = parser.parse("TOKYO, April 28 (KUNA) --");
            assertThat(m).isNotNull();
            assertThat(m.city()).isEqualTo("Tokyo");
            assertThat(m.day()).isEqualTo(28);
        }

        @Test
        void acceptsMissingDashAndUnknownPlace() {
            assertThat(parser.parse("MIDWAY ATOLL").city()).isEqualTo("Midway Atoll");
            assertThat(parser.parse("  LONDON, Jan 5 (Reuters) ").agency()).isEqualTo("Reuters");
        }

        @Test
        void rejectsTextThatIsNotADateline() {
            assertThat(parser.parse("South Korea condemned, Monday, North Korea's admission")).isNull();
            assertThat(parser.parse("(KUNA) --")).isNull();
        }
    }
}
