package org.copydesk.plugins.dateline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns the place and regions of a dateline as written into city, region name and country, with the gazetteer:
 * the regions decide between cities of the same name in several countries; a city listed once gives its country;
 * an ambiguous city without a region gives none, unless one listing is marked primary.
 */
final class PlaceResolver {
    private final Gazetteer gazetteer;

    PlaceResolver(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** True when the gazetteer knows the place (a city or a country) with this key. */
    boolean isKnownPlace(String key) {
        return gazetteer.isKnownPlace(key);
    }

    record Resolved(String city, String region, String regionName, String country) {
    }

    boolean isKnownRegion(String written) {
        String key = Keys.of(written);
        return !gazetteer.regions(key).isEmpty() || gazetteer.country(key) != null;
    }

    Resolved resolve(String placeText, String placeKey, List<String> regionTexts) {
        // countries the regions point to, most specific first: a state's country, then a country named as region
        List<Gazetteer.Country> regionCountries = new ArrayList<>(2);
        String regionName = null;
        List<Gazetteer.Region> firstRegions = List.of();
        Gazetteer.Country firstRegionAsCountry = null;
        for (int i = 0; i < regionTexts.size(); i++) {
            String key = Keys.of(regionTexts.get(i));
            List<Gazetteer.Region> rs = gazetteer.regions(key);
            Gazetteer.Country asCountry = gazetteer.country(key);
            for (Gazetteer.Region r : rs) {
                if (!regionCountries.contains(r.country())) {
                    regionCountries.add(r.country());
                }
            }
            if (asCountry != null && !regionCountries.contains(asCountry)) {
                regionCountries.add(asCountry);
            }
            if (i == 0) {
                firstRegions = rs;
                firstRegionAsCountry = asCountry;
            }
        }

        List<Gazetteer.City> cities = gazetteer.cities(placeKey);
        Gazetteer.City chosen = null;
        Gazetteer.Country country = null;
        if (!cities.isEmpty()) {
            if (!regionCountries.isEmpty()) {
                for (Gazetteer.Country rc : regionCountries) {
                    for (Gazetteer.City c : cities) {
                        if (chosen == null && c.country() == rc) {
                            chosen = c;
                        }
                    }
                }
                country = chosen != null ? chosen.country() : regionCountries.get(0);
            } else if (cities.size() == 1) {
                chosen = cities.get(0);
                country = chosen.country();
            } else {
                for (Gazetteer.City c : cities) {
                    if (c.primary()) {
                        chosen = chosen == null ? c : null;
                        if (chosen == null) {
                            break;
                        }
                    }
                }
                country = chosen == null ? null : chosen.country();
            }
        } else {
            Gazetteer.Country asCountry = gazetteer.country(placeKey);
            if (asCountry != null && regionCountries.isEmpty()) {
                country = asCountry; // "BAHRAIN, March 3 -"
            } else if (!regionCountries.isEmpty()) {
                country = regionCountries.get(0);
            }
        }

        String city;
        Gazetteer.City named = chosen != null ? chosen : cities.size() == 1 ? cities.get(0) : null;
        boolean mixedCase = !Chars.isAllCaps(placeText) && !placeText.equals(placeText.toLowerCase(Locale.ROOT));
        if (mixedCase && !placeText.endsWith(".")) {
            city = placeText; // written in proper case already: keep it as written ("Zürich")
        } else if (named != null && Keys.of(named.name()).equals(placeKey)) {
            city = named.name(); // casing rebuilt from the gazetteer's spelling: "SAO PAULO" -> "São Paulo"
        } else {
            city = ProperCase.of(dropFinalDot(placeText));
        }

        if (!regionTexts.isEmpty()) {
            for (Gazetteer.Region r : firstRegions) {
                if (regionName == null || r.country() == country) {
                    regionName = r.name();
                }
            }
            if ((regionName == null || (country != null && firstRegionAsCountry == country))
                    && firstRegionAsCountry != null) {
                regionName = firstRegionAsCountry.name();
            }
        }
        String region = regionTexts.isEmpty() ? null : String.join(", ", regionTexts);
        return new Resolved(city, region, regionName, country == null ? null : country.name());
    }

    /** "MOSCOW." (Interfax: {@code MOSCOW. Feb 3 (Interfax) -}) loses its dot; "ST." keeps it. */
    private static String dropFinalDot(String place) {
        if (!place.endsWith(".")) {
            return place;
        }
        int lastWord = place.lastIndexOf(' ') + 1;
        String word = place.substring(lastWord, place.length() - 1);
        return word.length() > 3 && word.indexOf('.') < 0 ? place.substring(0, place.length() - 1) : place;
    }
}
