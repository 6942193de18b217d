package org.copydesk.plugins.dateline;

import java.util.HashMap;
import java.util.Map;

/** News agencies from {@code agencies.tsv}: the short name as written in datelines and the full name. */
final class AgencyTable {
    /** A known agency. */
    record Agency(String code, String name) {
    }

    private final Map<String, Agency> byKey;

    private AgencyTable(Map<String, Agency> byKey) {
        this.byKey = byKey;
    }

    static AgencyTable load(String resource) {
        Map<String, Agency> map = new HashMap<>();
        for (String[] row : Tsv.read(resource)) {
            if (row.length < 2 || row[0].isEmpty()) {
                throw new IllegalStateException("agency line needs a code and a name in " + resource + ": "
                        + String.join("\t", row));
            }
            Agency a = new Agency(row[0], row[1]);
            map.put(Keys.compact(row[0]), a);
            for (String alias : Tsv.list(row, 2)) {
                map.putIfAbsent(Keys.compact(alias), a);
            }
        }
        return new AgencyTable(Map.copyOf(map));
    }

    /** The agency for a name as written ("KUNA", "dpa", "Reuter"), also trying the part before '/' ("dpa/lbn"). */
    Agency find(String written) {
        Agency a = byKey.get(Keys.compact(written));
        if (a == null) {
            int cut = indexOfAny(written, "/,");
            if (cut > 0) {
                a = byKey.get(Keys.compact(written.substring(0, cut)));
            }
        }
        if (a == null && written.indexOf('-') > 0) {
            a = byKey.get(Keys.compact(written.substring(0, written.indexOf('-'))));
        }
        if (a == null && written.indexOf(' ') > 0) {
            a = byKey.get(Keys.compact(written.substring(0, written.indexOf(' ')))); // "Reuters Breakingviews"
        }
        return a;
    }

    private static int indexOfAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
