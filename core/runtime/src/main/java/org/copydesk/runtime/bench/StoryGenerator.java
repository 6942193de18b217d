package org.copydesk.runtime.bench;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Fictional wire stories for benchmarks, in the layouts of {@code config/samples}: a headline line, an optional
 * distributor credit, an agency dateline, paragraphs of about 2 KB in all with 0 to 6 quotations in the common
 * constructions (some with curly marks), and sometimes an {@code (end)} marker. Story {@code i} depends only on the
 * seed and {@code i}, so any subset can be regenerated in any order. Names, places and events are made up from small
 * built-in lists.
 */
public final class StoryGenerator {
    /** The agencies whose dateline layouts are generated. */
    public static final List<String> AGENCIES = List.of("KUNA", "Reuters", "AP", "AFP", "Xinhua", "Yonhap", "WAM");

    /** One generated story: its text and what it was built with. */
    public record Story(int index, String agency, String city, int quotes, boolean curly, String text) {
        public byte[] bytes() {
            return text.getBytes(StandardCharsets.UTF_8);
        }

        /** A file name that sorts in story order: {@code story-0000042.txt}. */
        public String fileName() {
            return fileName(index);
        }

        public static String fileName(int index) {
            return String.format("story-%07d.txt", index);
        }
    }

    private static final String[] MONTHS = {"Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept",
        "Oct", "Nov", "Dec"};
    private static final String[] MONTHS_LONG = {"January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"};
    private static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
        "Sunday"};

    /** Dateline places per agency: {@code CITY} as written in the dateline and the country named in the text. */
    private static final String[][] KUNA_PLACES = {{"KUWAIT", "Kuwait"}, {"TOKYO", "Japan"}, {"CAIRO", "Egypt"},
        {"GENEVA", "Switzerland"}, {"LONDON", "Britain"}, {"NEW YORK", "the United States"}, {"PARIS", "France"}};
    private static final String[][] REUTERS_PLACES = {{"LONDON", "Britain"}, {"SANTIAGO", "Chile"},
        {"FRANKFURT", "Germany"}, {"NAIROBI", "Kenya"}, {"SINGAPORE", "Singapore"}, {"MUMBAI", "India"},
        {"JOHANNESBURG", "South Africa"}, {"TORONTO", "Canada"}};
    private static final String[][] AP_PLACES = {{"WASHINGTON", "the United States"}, {"ST. LOUIS", "the United States"},
        {"CHICAGO", "the United States"}, {"NEW YORK", "the United States"}, {"KYIV, Ukraine", "Ukraine"},
        {"DENVER", "the United States"}, {"UNITED NATIONS", "the United Nations"}};
    private static final String[][] AFP_PLACES = {{"PARIS", "France"}, {"LYON", "France"}, {"DAKAR", "Senegal"},
        {"BRUSSELS", "Belgium"}, {"MARSEILLE", "France"}};
    private static final String[][] XINHUA_PLACES = {{"BEIJING", "China"}, {"SHANGHAI", "China"},
        {"NAIROBI", "Kenya"}, {"CAIRO", "Egypt"}};
    private static final String[][] YONHAP_PLACES = {{"SEOUL", "South Korea"}, {"BUSAN", "South Korea"},
        {"INCHEON", "South Korea"}};
    private static final String[][] WAM_PLACES = {{"ABU DHABI", "the United Arab Emirates"},
        {"DUBAI", "the United Arab Emirates"}, {"SHARJAH", "the United Arab Emirates"}};

    private static final String[] FIRST = {"Faisal", "Nasser", "Amira", "Leila", "Tomas", "Ingrid", "Kenji", "Mei",
        "Carlos", "Ana", "Pedro", "Joan", "Ray", "Sofia", "Omar", "Hana", "Yusuf", "Elena", "Marco", "Priya", "Daniel",
        "Grace", "Min-jun", "Aisha"};
    private static final String[] LAST = {"Al-Rashidi", "Al-Mutairi", "Whitfield", "Castillo", "Morales", "Vidal",
        "Tanaka", "Lindqvist", "Okafor", "Haddad", "Novak", "Brennan", "Kowalski", "Sato", "Mendes", "Farouk",
        "Delacroix", "Osei", "Park", "Varga", "Henning", "Quispe"};
    private static final String[] ROLES = {"Minister of Electricity and Water", "Foreign Minister", "Finance Minister",
        "council member", "commission director", "central bank governor", "Trade Minister", "chief executive",
        "Health Minister", "mayor"};
    private static final String[] APPOSITIONS = {"a metals analyst at a local brokerage", "a spokesman for the ministry",
        "an economist at the state university", "a senior member of the committee", "a spokeswoman for the agency",
        "a researcher at the regional institute"};
    private static final String[] ORGS = {"the ministry", "the commission", "the central bank", "the council",
        "the agency", "the statistics office"};
    private static final String[] TOPICS = {"desalination", "copper output", "solar farms", "port expansion",
        "rail freight", "wheat imports", "bridge repairs", "water security", "vaccine supply", "fisheries",
        "housing loans", "grid storage"};
    private static final String[] VERBS = {"rose", "fell", "edged up", "climbed", "slipped", "jumped"};

    private static final String[] FILLER = {
        "The {topic} plan covers the next {n} years and will be reviewed by parliament in the autumn.",
        "Output {verb} {p} percent in {month} from a year earlier, according to figures published on {day}.",
        "Officials expect the first contracts under the {topic} programme to be signed before the end of the year.",
        "The project, first proposed {n} years ago, had been delayed by disputes over funding and land.",
        "Ministers from {n} countries attended the meeting, which ends on {day} with a joint statement.",
        "Prices {verb} on the news, with traders pointing to strong demand from the construction sector.",
        "The government has set aside {n} million dollars for the first phase of the work.",
        "Regional partners have been asked to share data on {topic} and to agree on common standards.",
        "Previous efforts stalled after a change of government and a sharp fall in revenue.",
        "Several companies have already submitted bids, and a decision is expected within {n} weeks.",
        "The announcement came a week after a report warned that demand could outstrip supply by {n} percent.",
        "Local residents have long complained about delays, and business groups welcomed the move.",
        "Critics argue that the cost of the {topic} scheme has been underestimated by at least a third.",
        "The next round of talks is scheduled for {month} in the capital.",
        "Figures for the first quarter showed exports of {topic} equipment {verb} to a record.",
        "The plan also includes training for {n} hundred engineers and technicians over five years.",
    };

    private static final String[] SAYINGS = {
        "This plan will change how we think about {topic} for a generation",
        "We have made hard choices, and the result is a stronger economy",
        "No country in our region can reach this goal alone",
        "The increase came almost entirely from the new project in the north",
        "We expect supply to stay ahead of demand through the second half",
        "Nobody expected the figures to improve so quickly",
        "We will not stand by while costs keep rising",
        "The first results are encouraging, but there is a long way to go",
        "Our partners have shown that they are serious about {topic}",
        "It is the best budget in a decade for {topic}",
    };
    private static final String[] PARTIALS = {"a turning point", "chosen nostalgia over arithmetic",
        "set out a common plan for the next decade", "a difficult winter", "optimistic assumptions",
        "a model for the region", "long overdue"};

    private final long seed;

    public StoryGenerator(long seed) {
        this.seed = seed;
    }

    /** Story {@code index}; the same seed and index always give the same story. */
    public Story story(int index) {
        SplittableRandom r = new SplittableRandom(mix(seed, index));
        String agency = AGENCIES.get(r.nextInt(AGENCIES.size()));
        boolean curly = r.nextInt(4) == 0;
        int quotes = r.nextInt(7);
        String topic = pick(r, TOPICS);
        int month = r.nextInt(12);
        int day = 1 + r.nextInt(28);
        String[] place;
        String dateline;
        String credit = "";
        boolean end = false;
        switch (agency) {
            case "KUNA" -> {
                place = pick(r, KUNA_PLACES);
                dateline = place[0] + ", " + MONTHS[month] + " " + day + " (KUNA) --";
                if (r.nextInt(3) > 0) {
                    credit = "(MENAFN- Kuwait News Agency (KUNA)) ";
                }
                end = r.nextInt(3) > 0;
            }
            case "Reuters" -> {
                place = pick(r, REUTERS_PLACES);
                dateline = place[0] + ", " + MONTHS[month] + " " + day + " (Reuters) -";
            }
            case "AP" -> {
                place = pick(r, AP_PLACES);
                dateline = place[0] + " (AP) \u2014";
            }
            case "AFP" -> {
                place = pick(r, AFP_PLACES);
                dateline = r.nextBoolean() ? place[0] + ", " + MONTHS[month] + " " + day + " (AFP) -"
                        : properCase(place[0]) + " (AFP) -";
            }
            case "Xinhua" -> {
                place = pick(r, XINHUA_PLACES);
                dateline = place[0] + ", " + MONTHS[month] + " " + day + " (Xinhua) --";
                end = r.nextInt(4) == 0;
            }
            case "Yonhap" -> {
                place = pick(r, YONHAP_PLACES);
                dateline = place[0] + ", " + MONTHS[month] + " " + day + " (Yonhap) --";
            }
            default -> {
                place = pick(r, WAM_PLACES);
                dateline = place[0] + ", " + ordinal(day) + " " + MONTHS_LONG[month] + ", 2026 (WAM) --";
                end = r.nextInt(3) == 0;
            }
        }
        String country = place[1];
        String open = curly ? "\u201C" : "\"";
        String close = curly ? "\u201D" : "\"";

        // People who speak in this story (one to three), each introduced in full once.
        int people = 1 + r.nextInt(3);
        List<String[]> speakers = new ArrayList<>();
        for (int i = 0; i < people; i++) {
            speakers.add(new String[] {pick(r, FIRST), pick(r, LAST), pick(r, ROLES), pick(r, APPOSITIONS)});
        }

        String headline = headline(r, agency, topic, country);
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(credit + dateline + " " + fill(r, lead(r), topic, month));
        List<String> quoteParagraphs = new ArrayList<>();
        boolean[] introduced = new boolean[people];
        for (int q = 0; q < quotes; q++) {
            int s = r.nextInt(people);
            quoteParagraphs.add(quoteParagraph(r, speakers.get(s), !introduced[s], open, close, topic, month));
            introduced[s] = true;
        }
        int target = 1750 + r.nextInt(500);
        int length = headline.length() + paragraphs.get(0).length();
        for (String qp : quoteParagraphs) {
            length += qp.length() + 1;
        }
        List<String> fillers = new ArrayList<>();
        while (length < target) {
            String f = fill(r, pick(r, FILLER) + " " + pick(r, FILLER), topic, month);
            fillers.add(f);
            length += f.length() + 1;
        }
        // Interleave quote paragraphs with filler paragraphs, never two quote paragraphs in a row.
        int fi = 0;
        for (String qp : quoteParagraphs) {
            if (fi < fillers.size()) {
                paragraphs.add(fillers.get(fi++));
            }
            paragraphs.add(qp);
        }
        while (fi < fillers.size()) {
            paragraphs.add(fillers.get(fi++));
        }
        if (end) {
            int last = paragraphs.size() - 1;
            paragraphs.set(last, paragraphs.get(last) + " (end) " + (char) ('a' + r.nextInt(26)) + "b."
                    + (char) ('a' + r.nextInt(26)) + "s");
        }
        StringBuilder text = new StringBuilder(2400);
        text.append(headline).append('\n');
        for (String p : paragraphs) {
            text.append(p).append('\n');
        }
        return new Story(index, agency, properCase(place[0].split(",")[0]), quotes, curly, text.toString());
    }

    private static String headline(SplittableRandom r, String agency, String topic, String country) {
        String base = switch (r.nextInt(4)) {
            case 0 -> country + " opens talks on " + topic;
            case 1 -> country + " backs new " + topic + " plan";
            case 2 -> "Ministers agree " + topic + " targets in " + country;
            default -> topic.substring(0, 1).toUpperCase() + topic.substring(1) + " rises as new plan starts";
        };
        if (base.startsWith("the ")) {
            base = "The " + base.substring(4);
        }
        // KUNA/MENAFN headlines are in Title Case, as in the sample.
        return agency.equals("KUNA") ? titleCase(base) : base;
    }

    private static String lead(SplittableRandom r) {
        return switch (r.nextInt(3)) {
            case 0 -> "The government opened a two-day forum on {topic} on {day}, with ministers from {n} countries"
                    + " calling for shared investment in new plants.";
            case 1 -> "Output of the {topic} sector {verb} {p} percent in {month} from a year earlier as a new"
                    + " project reached full production, officials said on {day}.";
            default -> "Lawmakers voted {n}-3 on {day} to spend {n} million dollars on {topic}, ending a two-year"
                    + " dispute over the cost.";
        };
    }

    /** One paragraph with one quotation, in one of the common constructions. */
    private static String quoteParagraph(SplittableRandom r, String[] who, boolean first, String open, String close,
                                         String topic, int month) {
        String full = who[0] + " " + who[1];
        String name = first ? full : who[1];
        String titled = first ? who[2] + " " + full : who[1];
        String saying = fill(r, pick(r, SAYINGS), topic, month);
        String saying2 = fill(r, pick(r, SAYINGS), topic, month);
        return switch (r.nextInt(7)) {
            case 0 -> open + saying + "," + close + " " + titled + " said.";
            case 1 -> open + saying + "," + close + " said " + name + (first ? ", " + who[3] + "." : ".");
            case 2 -> name + " said: " + open + saying + "." + close;
            case 3 -> "According to " + name + ", " + open + lower(saying) + "." + close;
            case 4 -> titled + " said the plan was " + open + pick(r, PARTIALS) + close + " and would be"
                    + " reviewed in " + MONTHS_LONG[month] + ".";
            case 5 -> open + saying + "," + close + " " + name + " said, " + open + lower(saying2) + "." + close;
            default -> titled + " told reporters that " + open + lower(saying) + "." + close;
        };
    }

    private static String fill(SplittableRandom r, String template, String topic, int month) {
        StringBuilder sb = new StringBuilder(template.length() + 32);
        int i = 0;
        while (i < template.length()) {
            int open = template.indexOf('{', i);
            if (open < 0) {
                sb.append(template, i, template.length());
                break;
            }
            sb.append(template, i, open);
            int closeAt = template.indexOf('}', open);
            String key = template.substring(open + 1, closeAt);
            switch (key) {
                case "topic" -> sb.append(topic);
                case "n" -> sb.append(2 + r.nextInt(9));
                case "p" -> sb.append(1 + r.nextInt(9)).append('.').append(r.nextInt(10));
                case "month" -> sb.append(MONTHS_LONG[month]);
                case "day" -> sb.append(DAYS[r.nextInt(DAYS.length)]);
                case "verb" -> sb.append(VERBS[r.nextInt(VERBS.length)]);
                default -> throw new IllegalStateException("unknown slot " + key);
            }
            i = closeAt + 1;
        }
        return sb.toString();
    }

    private static String lower(String s) {
        return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    private static String titleCase(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean start = true;
        for (char c : s.toCharArray()) {
            sb.append(start ? Character.toUpperCase(c) : c);
            start = c == ' ';
        }
        return sb.toString();
    }

    private static String properCase(String caps) {
        StringBuilder sb = new StringBuilder(caps.length());
        boolean start = true;
        for (char c : caps.toCharArray()) {
            sb.append(start ? c : Character.toLowerCase(c));
            start = c == ' ' || c == '-';
        }
        return sb.toString();
    }

    private static String ordinal(int day) {
        String suffix = day % 10 == 1 && day != 11 ? "st" : day % 10 == 2 && day != 12 ? "nd"
                : day % 10 == 3 && day != 13 ? "rd" : "th";
        return day + suffix;
    }

    private static <T> T pick(SplittableRandom r, T[] items) {
        return items[r.nextInt(items.length)];
    }

    /** SplitMix64's finalizer over seed and index: independent streams per story. */
    private static long mix(long seed, int index) {
        long z = seed * 0x9E3779B97F4A7C15L + index;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
