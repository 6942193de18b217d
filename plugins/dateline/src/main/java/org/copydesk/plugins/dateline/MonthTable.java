package org.copydesk.plugins.dateline;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Month names in six languages, from {@code months.tsv}, with unambiguous clipped forms ("Marc", "Apri"). */
final class MonthTable {
    private final Map<String, Integer> months;

    private MonthTable(Map<String, Integer> months) {
        this.months = months;
    }

    static MonthTable load(String resource) {
        Map<String, Integer> exact = new HashMap<>();
        Map<String, Integer> prefixes = new HashMap<>();
        for (String[] row : Tsv.read(resource)) {
            int month = Integer.parseInt(row[0]);
            if (month < 1 || month > 12) {
                throw new IllegalStateException("bad month number in " + resource + ": " + row[0]);
            }
            List<String> names = Tsv.list(row, 1);
            for (String name : names) {
                String key = Keys.of(name);
                exact.put(key, month);
                for (int len = 3; len < key.length(); len++) {
                    String p = key.substring(0, len);
                    Integer old = prefixes.get(p);
                    prefixes.put(p, old == null || old == month ? month : -1);
                }
            }
        }
        Map<String, Integer> all = new HashMap<>();
        prefixes.forEach((k, v) -> {
            if (v > 0) {
                all.put(k, v);
            }
        });
        all.putAll(exact);
        return new MonthTable(Map.copyOf(all));
    }

    /** The month number of a word (letters only, any case), or 0. */
    int month(CharSequence word) {
        if (word.length() < 3 || word.length() > 12) {
            return 0;
        }
        Integer m = months.get(Keys.of(word));
        return m == null ? 0 : m;
    }
}
