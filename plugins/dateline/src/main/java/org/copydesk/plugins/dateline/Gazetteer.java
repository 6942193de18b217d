package org.copydesk.plugins.dateline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Countries, regions (states, provinces) and cities from {@code countries.tsv}, {@code regions.tsv} and
 * {@code cities.tsv}. Lookups take keys made by {@link Keys#of}.
 */
final class Gazetteer {
    /** A country: ISO 3166-1 alpha-2 code and the English short name. */
    record Country(String code, String name) {
    }

    /** A state, province or country that may follow the city; {@code country} may be null. */
    record Region(String name, Country country) {
    }

    /** A city as listed: reported name, country (null for places like "United Nations"), primary mark. */
    record City(String name, Country country, boolean primary) {
    }

    private final Map<String, Country> countries;
    private final Map<String, List<Region>> regions;
    private final Map<String, List<City>> cities;

    private Gazetteer(Map<String, Country> countries, Map<String, List<Region>> regions,
                      Map<String, List<City>> cities) {
        this.countries = countries;
        this.regions = regions;
        this.cities = cities;
    }

    static Gazetteer load(String countriesResource, String regionsResource, String citiesResource) {
        Map<String, Country> countries = new HashMap<>();
        Map<String, Country> byCode = new HashMap<>();
        for (String[] row : Tsv.read(countriesResource)) {
            Country c = new Country(row[0], row[1]);
            byCode.put(row[0], c);
            countries.put(Keys.compact(row[1]), c);
            for (String alias : Tsv.list(row, 2)) {
                countries.putIfAbsent(Keys.compact(alias), c);
            }
        }
        Map<String, List<Region>> regions = new HashMap<>();
        for (String[] row : Tsv.read(regionsResource)) {
            Country c = row.length > 1 ? countries.get(Keys.compact(row[1])) : null;
            if (c == null) {
                throw new IllegalStateException("region " + row[0] + " names an unknown country in "
                        + regionsResource);
            }
            Region r = new Region(row[0], c);
            add(regions, Keys.compact(row[0]), r);
            for (String alias : Tsv.list(row, 2)) {
                add(regions, Keys.compact(alias), r);
            }
        }
        Map<String, List<City>> cities = new HashMap<>();
        for (String[] row : Tsv.read(citiesResource)) {
            Country c = null;
            if (!row[0].equals("-")) {
                c = byCode.get(row[0]);
                if (c == null) {
                    c = countries.get(Keys.compact(row[0]));
                }
                if (c == null) {
                    throw new IllegalStateException("unknown country " + row[0] + " in " + citiesResource);
                }
            }
            for (String entry : Tsv.list(row, 1)) {
                boolean primary = entry.startsWith("*");
                String[] names = (primary ? entry.substring(1) : entry).split("=");
                City city = new City(names[0].strip(), c, primary);
                for (String n : names) {
                    List<City> list = cities.computeIfAbsent(Keys.of(n.strip()), k -> new ArrayList<>());
                    boolean seen = false;
                    for (City old : list) {
                        seen |= old.country() == c;
                    }
                    if (!seen) {
                        list.add(city);
                    }
                }
            }
        }
        cities.replaceAll((k, v) -> List.copyOf(v));
        regions.replaceAll((k, v) -> List.copyOf(v));
        return new Gazetteer(Map.copyOf(countries), Map.copyOf(regions), Map.copyOf(cities));
    }

    private static <T> void add(Map<String, List<T>> map, String key, T value) {
        map.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
    }

    /** Cities known under this key (from {@link Keys#of}), possibly in several countries; empty if unknown. */
    List<City> cities(String key) {
        return cities.getOrDefault(key, List.of());
    }

    /** The country with this name or alias, or null. */
    Country country(String key) {
        return countries.get(key.replace(" ", ""));
    }

    /** States and provinces with this name or abbreviation; empty if unknown. */
    List<Region> regions(String key) {
        return regions.getOrDefault(key.replace(" ", ""), List.of());
    }

    boolean isKnownPlace(String key) {
        return cities.containsKey(key) || country(key) != null;
    }

    int cityCount() {
        return cities.size();
    }
}
