package org.copydesk.plugins.dateline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads agency datelines: {@code TOKYO, April 28 (KUNA) --}, {@code WASHINGTON (AP) —}, {@code Madrid, 3 may
 * (EFE).-}, {@code MOSCOW, June 12. /TASS/.}, {@code SAN JUAN, Puerto Rico —} and the other styles listed in the
 * plugin's README.
 *
 * <p>A dateline is read as: a place of up to six words, up to three comma-separated regions, a date (month first or
 * day first, in six languages, with an optional year), an agency ({@code (AP)}, {@code /TASS/}, {@code , Reuter}),
 * and a closing {@code -}, {@code --}, {@code —}, {@code –}, {@code _}, {@code .-} or {@code :}. To keep ordinary
 * sentences out, a dateline with neither a date nor an agency must name a place or region of the gazetteer and be
 * in capitals or title case.
 *
 * <p>Immutable and thread-safe: the tables are loaded once, when the parser is made; each call keeps its state on
 * the stack.
 */
public final class DatelineParser {
    /** Longest dateline, in characters, looked for at the start of a text. */
    public static final int DEFAULT_MAX_LENGTH = 160;

    private static final String DATA = "/org/copydesk/plugins/dateline/";
    private static final int MAX_PLACE_WORDS = 6;
    private static final int MAX_PLACE_CHARS = 40;

    /** First words that make a sentence, not a place, unless the gazetteer knows the whole place ("The Hague"). */
    private static final Set<String> NOT_PLACE_START = Set.of("the", "a", "an", "in", "on", "at", "by", "for",
            "from", "to", "of", "and", "but", "or", "if", "when", "while", "as", "after", "before", "since", "this",
            "that", "these", "those", "it", "its", "he", "she", "we", "they", "i", "you", "his", "her", "their",
            "our", "my", "mr", "mrs", "ms", "dr", "president", "sen", "rep", "gov", "breaking", "update", "updated",
            "exclusive", "editor", "editors", "note", "photo", "video", "watch", "read", "analysis", "opinion",
            "correction", "corrected", "urgent", "flash", "bulletin", "advisory", "embargoed", "exports", "imports",
            "stocks", "shares", "prices", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday", "today", "yesterday", "tomorrow", "here", "there", "so", "yet", "also", "now", "then", "however",
            "meanwhile", "democratic", "republican", "democrat", "former", "senator", "governor", "mayor", "chairman",
            "secretary", "minister", "prime", "police", "officials", "sources", "according", "published", "posted",
            "dated", "issued", "released", "filed", "written", "edited", "last", "first", "reporting", "story",
            "news", "press", "release", "statement", "comment", "comments", "sport", "sports", "weather", "live");

    private final MonthTable months;
    private final AgencyTable agencies;
    private final PlaceResolver places;

    private DatelineParser(MonthTable months, AgencyTable agencies, Gazetteer gazetteer) {
        this.months = months;
        this.agencies = agencies;
        this.places = new PlaceResolver(gazetteer);
    }

    private static final class Holder {
        static final DatelineParser INSTANCE = new DatelineParser(MonthTable.load(DATA + "months.tsv"),
                AgencyTable.load(DATA + "agencies.tsv"),
                Gazetteer.load(DATA + "countries.tsv", DATA + "regions.tsv", DATA + "cities.tsv"));
    }

    /** The parser with the plugin's own tables, loaded once per class loader. */
    public static DatelineParser standard() {
        return Holder.INSTANCE;
    }

    /** A distributor credit before the story, e.g. {@code (MENAFN- Kuwait News Agency (KUNA))}. */
    public record Credit(int start, int end, String distributor, String provider) {
    }

    /**
     * Looks for a dateline at the start of {@code text} (after whitespace and a distributor credit).
     *
     * @param acceptUnknownPlaces also accept a dateline with neither date nor agency whose place the gazetteer does
     *                            not know, when it is written in capitals ({@code MIDWAY ATOLL -})
     * @param maxLength           longest dateline looked for, in characters
     * @return the dateline, or null when the text does not start with one
     */
    public DatelineMatch detect(String text, boolean acceptUnknownPlaces, int maxLength) {
        int n = text.length();
        int p = Chars.skipWhitespace(text, 0, n);
        Credit credit = credit(text, p);
        if (credit != null) {
            p = Chars.skipWhitespace(text, credit.end(), n);
        }
        int limit = (int) Math.min(n, (long) p + maxLength);
        return scan(text, p, limit, credit, acceptUnknownPlaces ? Mode.DETECT_LOOSE : Mode.DETECT);
    }

    public DatelineMatch detect(String text) {
        return detect(text, false, DEFAULT_MAX_LENGTH);
    }

    /** The distributor credit at the start of {@code text} (after whitespace), or null. */
    public Credit credit(String text) {
        return credit(text, Chars.skipWhitespace(text, 0, text.length()));
    }

    /**
     * Parses a dateline that a format has already split off ({@code TOKYO, April 28 (KUNA) --}). The whole text must
     * be the dateline; the closing dash may be missing. Places the gazetteer does not know are accepted.
     *
     * @return the dateline with offsets into {@code raw}, or null when it cannot be read
     */
    public DatelineMatch parse(String raw) {
        return parse(raw, true);
    }

    /**
     * As {@link #parse(String)}; with {@code acceptUnknownPlaces} false, a dateline with neither date nor agency
     * needs a place (or a region after it) that the gazetteer knows, as in running text.
     */
    public DatelineMatch parse(String raw, boolean acceptUnknownPlaces) {
        int n = raw.length();
        int p = Chars.skipWhitespace(raw, 0, n);
        Credit credit = credit(raw, p);
        if (credit != null) {
            p = Chars.skipWhitespace(raw, credit.end(), n);
        }
        DatelineMatch m = scan(raw, p, n, credit, acceptUnknownPlaces ? Mode.RAW : Mode.RAW_KNOWN);
        if (m == null) {
            return null;
        }
        for (int i = m.end(); i < n; i++) {
            char c = raw.charAt(i);
            if (!Chars.isWhitespace(c) && "-—–_:.,".indexOf(c) < 0) {
                return null;
            }
        }
        return m;
    }

    private enum Mode { DETECT, DETECT_LOOSE, RAW, RAW_KNOWN }

    private enum Closing { DASH, COLON, DOT, NONE }

    /** Where a run of words ends and how many there are. */
    private record Words(int start, int end, int count) {
    }

    /** A parsed date: its end offset and the numbers as written (year 0 when absent). */
    private record DateParts(int end, int month, int day, int year) {
    }

    /** An agency as written and the end offset. */
    private record AgencyParts(int end, String written, AgencyTable.Agency known) {
    }

    private DatelineMatch scan(String t, int s, int limit, Credit credit, Mode mode) {
        AgencyParts agency = null;
        int placeStart = s;
        if (s < limit && t.charAt(s) == '(') { // "(ANSA) - ROME, MAY 15 - ": a known agency before the place
            AgencyParts a = parenAgency(t, s, limit);
            if (a != null && a.known != null) {
                int dash = closing(t, Chars.skipSpaces(t, a.end, limit), limit);
                if (dash >= 0) {
                    agency = a;
                    placeStart = Chars.skipSpaces(t, dash, limit);
                }
            }
        }
        Words place = words(t, placeStart, limit, MAX_PLACE_WORDS);
        if (place == null || place.end - place.start > MAX_PLACE_CHARS) {
            return null;
        }
        int p = place.end;
        List<Words> regions = new ArrayList<>(2);
        DateParts date = null;
        boolean dateWithoutComma = false;
        boolean unreadDate = false;
        // "New Delhi [India], April 28 (ANI):": a region in square brackets
        int b = Chars.skipSpaces(t, p, limit);
        if (b < limit && t.charAt(b) == '[') {
            Words w = words(t, b + 1, limit, 4);
            if (w != null && w.end < limit && t.charAt(w.end) == ']') {
                regions.add(w);
                p = w.end + 1;
            }
        }
        for (int guard = 0; guard < 8; guard++) {
            int q = Chars.skipSpaces(t, p, limit);
            if (q < limit && t.charAt(q) == ',') {
                int r = Chars.skipSpaces(t, q + 1, limit);
                DateParts d = date == null ? date(t, r, limit) : null;
                if (d != null) {
                    date = d;
                    p = d.end;
                    continue;
                }
                AgencyParts a = agency == null ? agencyWords(t, r, limit) : null;
                if (a != null) {
                    agency = a;
                    p = a.end;
                    continue;
                }
                if (date == null && agency == null && regions.size() < 3) {
                    Words w = words(t, r, limit, 4);
                    int unread = w == null ? -1 : unreadDate(t, w, limit);
                    if (unread >= 0) {
                        unreadDate = true; // "BOSTON, Mrach 3 -": a date we cannot read is still a date
                        p = unread;
                        break;
                    }
                    if (w != null) {
                        regions.add(w);
                        p = w.end;
                        continue;
                    }
                }
                if (closing(t, r, limit) >= 0 || (r < limit && t.charAt(r) == '(')) {
                    p = q + 1; // "SAN JOSE, Calif., -"
                    break;
                }
                return null;
            }
            if (date == null && q > p) {
                DateParts d = date(t, q, limit); // "ANGLETON, Tex. March 3 -", "WASHINGTON March 3 -"
                if (d != null) {
                    date = d;
                    dateWithoutComma = regions.isEmpty();
                    p = d.end;
                    continue;
                }
            }
            if (date != null && agency == null && q > p) {
                AgencyParts a = agencyWords(t, q, limit); // "TOKYO, April 28 Kyodo -"
                if (a != null) {
                    agency = a;
                    p = a.end;
                    continue;
                }
            }
            break;
        }

        // "June 12." before "/TASS/"
        int q = Chars.skipSpaces(t, p, limit);
        if (date != null && q < limit && t.charAt(q) == '.' && (q + 1 >= limit || t.charAt(q + 1) != '-')) {
            p = q + 1;
            q = Chars.skipSpaces(t, p, limit);
        }
        boolean slashAgency = false;
        if (agency == null && q < limit) {
            char c = t.charAt(q);
            if (c == '(') {
                agency = parenAgency(t, q, limit);
            } else if (c == '/') {
                agency = slashAgency(t, q, limit);
                slashAgency = agency != null;
            } else {
                int dashEnd = closing(t, q, limit);
                if (dashEnd >= 0 && closingKind(t, q) == Closing.DASH) { // "ROMA, 15 MAG - (ANSA) -"
                    int r = Chars.skipSpaces(t, dashEnd, limit);
                    if (r < limit && t.charAt(r) == '(') {
                        AgencyParts a = parenAgency(t, r, limit);
                        if (a != null && closing(t, Chars.skipSpaces(t, a.end, limit), limit) >= 0) {
                            agency = a;
                        }
                    }
                }
            }
            if (agency != null) {
                p = agency.end;
                q = Chars.skipSpaces(t, p, limit);
            }
        }

        int end = closing(t, q, limit);
        Closing kind = end >= 0 ? closingKind(t, q) : Closing.NONE;
        if (end < 0 && agency != null && q < limit && t.charAt(q) == '.'
                && (q + 1 >= limit || Chars.isWhitespace(t.charAt(q + 1)))) {
            end = q + 1; // "/TASS/." and "(PTI)."
            kind = Closing.DOT;
        }
        if (end < 0) {
            // only a known agency may close a dateline on its own: "Sen. Claire McCaskill (D-Mo.) said" is no dateline
            boolean closesAlone = agency != null && agency.known != null;
            if (closesAlone && (p >= t.length() || Chars.isWhitespace(t.charAt(p)))) {
                end = p; // "New Delhi, Apr 28 (PTI) India's ..."
            } else if (mode == Mode.RAW || mode == Mode.RAW_KNOWN) {
                end = p;
            } else {
                return null;
            }
        }

        String placeText = t.substring(place.start, place.end);
        String placeKey = Keys.of(placeText);
        boolean placeKnown = places.isKnownPlace(placeKey);
        boolean anyRegionKnown = false;
        List<String> regionTexts = new ArrayList<>(regions.size());
        for (Words w : regions) {
            String rt = t.substring(w.start, w.end);
            regionTexts.add(rt);
            boolean known = places.isKnownRegion(rt);
            anyRegionKnown |= known;
            if (!known && !Chars.strictCase(rt, false)) {
                return null;
            }
        }
        String first = Chars.firstWord(placeText);
        if (!placeKnown && (NOT_PLACE_START.contains(first) || months.month(first) > 0)) {
            return null;
        }
        if (date == null && !Chars.strictCase(placeText, true)) {
            return null;
        }
        // "WASHINGTON March 3 -" yes, "Published March 3, 2024 -" no: a date right after the place, with no comma,
        // needs a place the gazetteer knows or one in capitals
        if (dateWithoutComma && !placeKnown && !Chars.isAllCaps(placeText)) {
            return null;
        }
        // an agency the table does not know is weaker evidence: "Astronaut (NR): Jaden Siemans 7 saves."
        boolean split = mode == Mode.RAW || mode == Mode.RAW_KNOWN;
        if (!split && date == null && agency != null && agency.known == null
                && (kind != Closing.DASH || !(placeKnown || anyRegionKnown || Chars.isAllCaps(placeText)))) {
            return null;
        }
        // A format that split the dateline off has already said it is one: there, any place in capitals or title
        // case will do. In running text, a place with neither date nor agency must be known.
        // Split off by the format but with nothing that makes it a dateline (no date, no agency, a place and regions
        // the gazetteer does not know): the wire format's rule takes any capitalised words before a dash, so
        // "QUESTIONABLE MEDICAL CLAIMS —" became a city (review). Unless unknown places are accepted, it must meet
        // the same test as in running text.
        if (mode == Mode.RAW_KNOWN && date == null && agency == null && !unreadDate && !placeKnown
                && !anyRegionKnown) {
            return null;
        }
        if (!split && date == null && agency == null && !unreadDate) {
            // "KARACHI: The Sindh government" (South Asian and Gulf papers) but not "BREAKING:" nor "Washington:"
            boolean colonDateline = kind == Closing.COLON && placeKnown && Chars.isAllCaps(placeText);
            if (kind != Closing.DASH && !colonDateline) {
                return null;
            }
            boolean loose = mode == Mode.DETECT_LOOSE && Chars.isAllCaps(placeText);
            if (!placeKnown && !anyRegionKnown && !loose) {
                return null;
            }
            // a story starts with a capital: "Ferguson — a community of 21,000" is a sentence, not a dateline
            int after = Chars.skipWhitespace(t, end, t.length());
            if (after < t.length() && Character.isLowerCase(t.charAt(after))) {
                return null;
            }
        }

        int next = Chars.skipWhitespace(t, end, t.length());
        PlaceResolver.Resolved where = places.resolve(placeText, placeKey, regionTexts);
        return new DatelineMatch(credit == null ? -1 : credit.start(), credit == null ? -1 : credit.end(),
                credit == null ? null : credit.distributor(), credit == null ? null : credit.provider(),
                s, end, next, where.city(), where.region(), where.regionName(), where.country(),
                date == null ? 0 : date.month, date == null ? 0 : date.day, date == null ? 0 : date.year,
                agency == null ? null : agency.written,
                agency == null || agency.known == null ? null : agency.known.name());
    }

    // ---------------------------------------------------------------- tokens

    /** Words of letters (with inner dots, hyphens, apostrophes and slashes) separated by one to three spaces. */
    private Words words(String t, int s, int limit, int maxWords) {
        if (s >= limit || !Character.isLetter(t.charAt(s))) {
            return null;
        }
        int p = s;
        int count = 0;
        while (true) {
            p++;
            while (p < limit) {
                char c = t.charAt(p);
                if (Character.isLetter(c) || c == '.') {
                    p++;
                } else if ((c == '-' || c == '\'' || c == '\u2019' || c == '/' || c == '&')
                        && p + 1 < limit && Character.isLetter(t.charAt(p + 1))) {
                    p++;
                } else {
                    break;
                }
            }
            count++;
            int q = p;
            while (q < limit && q - p < 3 && Chars.isSpace(t.charAt(q))) {
                q++; // "NEW  YORK": a doubled space does not end the place
            }
            if (q > p && q < limit && Character.isLetter(t.charAt(q)) && !dateAhead(t, q, limit)) {
                if (count == maxWords) {
                    return null; // too long to be a place: a sentence
                }
                p = q;
                continue;
            }
            return new Words(s, p, count);
        }
    }

    /**
     * A single unknown word, a day number and a closing dash ({@code Mrach 3 -}): a misspelt month. Returns the end
     * of the number, or -1.
     */
    private int unreadDate(String t, Words w, int limit) {
        if (w.count != 1 || w.end - w.start < 3 || places.isKnownRegion(t.substring(w.start, w.end))) {
            return -1;
        }
        int d = Chars.skipSpaces(t, w.end, limit);
        if (d == w.end) {
            return -1;
        }
        int e = d;
        while (e < limit && e - d < 2 && Chars.isDigit(t.charAt(e))) {
            e++;
        }
        if (e == d || (e < limit && Character.isLetterOrDigit(t.charAt(e)))) {
            return -1;
        }
        return closing(t, Chars.skipSpaces(t, e, limit), limit) >= 0 ? e : -1;
    }

    /** True when a month name followed by a day number starts at {@code s}. */
    private boolean dateAhead(String t, int s, int limit) {
        int e = s;
        while (e < limit && Character.isLetter(t.charAt(e))) {
            e++;
        }
        if (months.month(t.subSequence(s, e)) == 0) {
            return false;
        }
        if (e < limit && t.charAt(e) == '.') {
            e++;
        }
        e = Chars.skipSpaces(t, e, limit);
        return e < limit && Chars.isDigit(t.charAt(e));
    }

    private DateParts date(String t, int s, int limit) {
        if (s >= limit) {
            return null;
        }
        char c0 = t.charAt(s);
        if (Character.isLetter(c0)) {
            int e = s;
            while (e < limit && Character.isLetter(t.charAt(e))) {
                e++;
            }
            int month = months.month(t.subSequence(s, e));
            if (month == 0) {
                return null;
            }
            int p = e;
            if (p < limit && t.charAt(p) == '.') {
                p++;
            }
            int q = Chars.skipSpaces(t, p, limit);
            if (q == p && t.charAt(p - 1) != '.') {
                return null;
            }
            int d = q;
            while (d < limit && d - q < 3 && Chars.isDigit(t.charAt(d))) {
                d++;
            }
            if (d == q || (d < limit && Chars.isDigit(t.charAt(d)))) {
                return null;
            }
            int day = Integer.parseInt(t, q, d, 10);
            p = ordinal(t, d, limit);
            if (p < limit && Character.isLetterOrDigit(t.charAt(p))) {
                return null;
            }
            int[] year = year(t, p, limit, false);
            return new DateParts(year[1], month, day, year[0]);
        }
        if (Chars.isDigit(c0)) {
            int d = s;
            while (d < limit && d - s < 2 && Chars.isDigit(t.charAt(d))) {
                d++;
            }
            if (d < limit && Chars.isDigit(t.charAt(d))) {
                return null;
            }
            int day = Integer.parseInt(t, s, d, 10);
            int p = d;
            if (p < limit && t.charAt(p) == '.') {
                p++; // "12. Mai"
            }
            p = ordinal(t, p, limit);
            int q = Chars.skipSpaces(t, p, limit);
            if (q == p) {
                return null;
            }
            q = skipDe(t, q, limit);
            int e = q;
            while (e < limit && Character.isLetter(t.charAt(e))) {
                e++;
            }
            int month = months.month(t.subSequence(q, e));
            if (month == 0) {
                return null;
            }
            p = e;
            if (p < limit && t.charAt(p) == '.' && !(p + 1 < limit && t.charAt(p + 1) == '-')) {
                p++;
            }
            int[] year = year(t, p, limit, true);
            return new DateParts(year[1], month, day, year[0]);
        }
        return null;
    }

    /** {@code [year, end]}: an optional ", 2025" / " 2025" / " de 2025" after a date; year 0 when absent. */
    private int[] year(String t, int p, int limit, boolean allowDe) {
        int r = p;
        if (r < limit && t.charAt(r) == ',') {
            r++;
        }
        int q = Chars.skipSpaces(t, r, limit);
        if (q == r && r == p) {
            return new int[] {0, p};
        }
        if (allowDe) {
            q = skipDe(t, q, limit);
        }
        if (q + 4 <= limit && Chars.isDigit(t.charAt(q)) && Chars.isDigit(t.charAt(q + 1)) && Chars.isDigit(t.charAt(q + 2))
                && Chars.isDigit(t.charAt(q + 3)) && (q + 4 == limit || !Character.isLetterOrDigit(t.charAt(q + 4)))) {
            int y = Integer.parseInt(t, q, q + 4, 10);
            if (y >= 1900 && y <= 2199) {
                return new int[] {y, q + 4};
            }
        }
        return new int[] {0, p};
    }

    private static int skipDe(String t, int q, int limit) {
        if (q + 3 <= limit && (t.charAt(q) == 'd' || t.charAt(q) == 'D') && (t.charAt(q + 1) == 'e'
                || t.charAt(q + 1) == 'E') && q + 2 < limit && Chars.isSpace(t.charAt(q + 2))) {
            return Chars.skipSpaces(t, q + 2, limit);
        }
        return q;
    }

    /** Skips an ordinal suffix after a day: 28th, 1st, French 1er, Spanish and Portuguese 1º. */
    private static int ordinal(String t, int p, int limit) {
        if (p < limit && (t.charAt(p) == '\u00BA' || t.charAt(p) == '\u00B0')) {
            return p + 1;
        }
        if (p + 2 <= limit) {
            String two = t.substring(p, p + 2).toLowerCase(Locale.ROOT);
            if ((two.equals("st") || two.equals("nd") || two.equals("rd") || two.equals("th") || two.equals("er"))
                    && (p + 2 == limit || !Character.isLetter(t.charAt(p + 2)))) {
                return p + 2;
            }
        }
        return p;
    }

    /** {@code (AP)}, {@code (dpa/lbn)}, {@code (Reuters)}: an agency in parentheses. */
    private AgencyParts parenAgency(String t, int s, int limit) {
        int close = -1;
        for (int i = s + 1; i < limit && i - s <= 40; i++) {
            char c = t.charAt(i);
            if (c == ')') {
                close = i;
                break;
            }
            if (c == '(' || c == '\n' || c == '\r') {
                return null;
            }
        }
        if (close < 0) {
            return null;
        }
        String inner = t.substring(s + 1, close).strip();
        if (inner.isEmpty() || !Character.isLetter(inner.charAt(0))) {
            return null;
        }
        AgencyTable.Agency known = agencies.find(inner);
        if (known == null && !looksLikeAgency(inner)) {
            return null;
        }
        return new AgencyParts(close + 1, inner, known);
    }

    /** {@code /TASS/}. */
    private AgencyParts slashAgency(String t, int s, int limit) {
        int close = t.indexOf('/', s + 1);
        if (close < 0 || close >= limit || close - s > 30) {
            return null;
        }
        String inner = t.substring(s + 1, close).strip();
        if (inner.isEmpty() || !Character.isLetter(inner.charAt(0)) || inner.indexOf('\n') >= 0) {
            return null;
        }
        AgencyTable.Agency known = agencies.find(inner);
        if (known == null && !looksLikeAgency(inner)) {
            return null;
        }
        return new AgencyParts(close + 1, inner, known);
    }

    /** {@code , Reuter -} or {@code , SPA --}: a known agency after a comma, then the closing dash. */
    private AgencyParts agencyWords(String t, int s, int limit) {
        Words w = words(t, s, limit, 3);
        if (w == null) {
            return null;
        }
        // try the longest run of words first: "RIA Novosti", then "RIA"
        int end = w.end;
        while (end > s) {
            AgencyTable.Agency known = agencies.find(t.substring(s, end));
            if (known != null && closing(t, Chars.skipSpaces(t, end, limit), limit) >= 0) {
                return new AgencyParts(end, t.substring(s, end), known);
            }
            int sp = t.lastIndexOf(' ', end - 1);
            if (sp < s) {
                break;
            }
            end = sp;
        }
        return null;
    }

    /** An unknown agency must look like a name: up to four words, each starting with a capital. */
    private static boolean looksLikeAgency(String inner) {
        if (inner.length() > 30 || PARTY_STATE.matcher(inner).matches()) {
            return false;
        }
        if (LOWER_AGENCY.matcher(inner).matches()) {
            return true; // "awp/sda", "apa": German-language agencies write themselves in lower case
        }
        int words = 0;
        boolean startOfWord = true;
        for (int i = 0; i < inner.length(); i++) {
            char c = inner.charAt(i);
            if (c == ' ') {
                startOfWord = true;
                continue;
            }
            if (startOfWord) {
                words++;
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                startOfWord = false;
            } else if (!(Character.isLetterOrDigit(c) || c == '-' || c == '/' || c == '.' || c == '&')) {
                return false;
            }
        }
        return words >= 1 && words <= 4;
    }

    /** End offset of the closing mark at {@code q} ({@code -}, {@code --}, {@code —}, {@code _}, {@code .-}, {@code :}), or -1. */
    private static int closing(String t, int q, int limit) {
        if (q >= limit) {
            return -1;
        }
        char c = t.charAt(q);
        if (c == '.' && q + 1 < limit && t.charAt(q + 1) == '-') {
            int e = q + 2;
            while (e < limit && t.charAt(e) == '-') {
                e++;
            }
            return e;
        }
        if (c == '-') {
            int e = q + 1;
            while (e < limit && t.charAt(e) == '-') {
                e++;
            }
            if (e - q >= 2 || e == t.length() || Chars.isWhitespace(t.charAt(e))) {
                return e;
            }
            // "CHICAGO, April 13 -Simmons Airlines": a dash after a space, glued to the next word
            char after = t.charAt(e);
            if (q > 0 && Chars.isSpace(t.charAt(q - 1))
                    && (Character.isLetterOrDigit(after) || after == '"' || after == '\u201C' || after == '<')) {
                return e;
            }
            return -1;
        }
        if (c == '\u2014' || c == '\u2013' || c == '\u2015') {
            int e = q + 1;
            while (e < limit && (t.charAt(e) == c || t.charAt(e) == '-')) {
                e++;
            }
            return e;
        }
        if (c == '_' || c == ':') {
            int e = q + 1;
            while (c == '_' && e < limit && t.charAt(e) == '_') {
                e++;
            }
            return e == t.length() || Chars.isWhitespace(t.charAt(e)) ? e : -1;
        }
        return -1;
    }

    private static Closing closingKind(String t, int q) {
        return t.charAt(q) == ':' ? Closing.COLON : Closing.DASH;
    }

    // ---------------------------------------------------------------- credit

    private Credit credit(String t, int s) {
        int n = t.length();
        if (s >= n || t.charAt(s) != '(') {
            return null;
        }
        int i = s + 1;
        int w = i;
        while (i < n && i - w < 24 && Character.isLetterOrDigit(t.charAt(i))) {
            i++;
        }
        if (i == w || !Character.isUpperCase(t.charAt(w))) {
            return null;
        }
        String distributor = t.substring(w, i);
        i = Chars.skipSpaces(t, i, n);
        if (i >= n || t.charAt(i) != '-') {
            return null;
        }
        i = Chars.skipSpaces(t, i + 1, n);
        int depth = 1;
        for (int j = i; j < n && j - s < 160; j++) {
            char c = t.charAt(j);
            if (c == '\n' || c == '\r') {
                return null;
            }
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                String provider = t.substring(i, j).strip();
                return provider.isEmpty() ? null : new Credit(s, j + 1, distributor, provider);
            }
        }
        return null;
    }

    /** A US politician's party and state, "(D-Mo.)", "(R-Texas)": not an agency. */
    private static final java.util.regex.Pattern PARTY_STATE = java.util.regex.Pattern.compile("[DRI]-.*");
    /** Short lower-case agency codes with desk suffixes: "apa", "awp/sda", "dpa-afx". */
    private static final java.util.regex.Pattern LOWER_AGENCY =
            java.util.regex.Pattern.compile("[a-z]{2,5}(?:[/-][a-z]{2,5}){0,2}");
}
