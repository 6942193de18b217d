package org.copydesk.plugins.translate;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Maps Copydesk's BCP-47 language tags ({@code en}, {@code es}, {@code ca}) to the ISO-639-3 codes Apertium names
 * its pairs with ({@code eng}, {@code spa}, {@code cat}) and back.
 */
public final class LanguageCodes {
    private static final Pattern TAG = Pattern.compile("[a-zA-Z]{2,3}(-[a-zA-Z0-9]{1,8})*");

    private static final Map<String, String> TO_ISO3 = Map.ofEntries(
            Map.entry("en", "eng"), Map.entry("es", "spa"), Map.entry("ca", "cat"), Map.entry("fr", "fra"),
            Map.entry("pt", "por"), Map.entry("it", "ita"), Map.entry("gl", "glg"), Map.entry("eu", "eus"),
            Map.entry("ro", "ron"), Map.entry("eo", "epo"), Map.entry("de", "deu"), Map.entry("nl", "nld"),
            Map.entry("af", "afr"), Map.entry("da", "dan"), Map.entry("nb", "nob"), Map.entry("nn", "nno"),
            Map.entry("no", "nor"), Map.entry("sv", "swe"), Map.entry("is", "isl"), Map.entry("ru", "rus"),
            Map.entry("uk", "ukr"), Map.entry("be", "bel"), Map.entry("mk", "mkd"), Map.entry("bg", "bul"),
            Map.entry("pl", "pol"), Map.entry("id", "ind"), Map.entry("ms", "zlm"), Map.entry("oc", "oci"),
            Map.entry("an", "arg"), Map.entry("ast", "ast"), Map.entry("br", "bre"), Map.entry("sc", "srd"),
            Map.entry("hi", "hin"), Map.entry("ur", "urd"), Map.entry("sl", "slv"), Map.entry("sh", "hbs"),
            Map.entry("ar", "ara"), Map.entry("tr", "tur"), Map.entry("szl", "szl"), Map.entry("frp", "frp"));

    private static final Map<String, String> FROM_ISO3;

    static {
        java.util.HashMap<String, String> back = new java.util.HashMap<>();
        TO_ISO3.forEach((bcp, iso) -> back.put(iso, bcp));
        // ISO-639-2/B and older Apertium names.
        back.put("fre", "fr");
        back.put("ger", "de");
        back.put("dut", "nl");
        back.put("rum", "ro");
        back.put("baq", "eu");
        back.put("ice", "is");
        back.put("mac", "mk");
        back.put("may", "ms");
        back.put("msa", "ms");
        back.put("zsm", "ms");
        FROM_ISO3 = Map.copyOf(back);
    }

    private LanguageCodes() {
    }

    /** True when {@code tag} looks like a BCP-47 tag ({@code en}, {@code pt-BR}). */
    public static boolean isTag(String tag) {
        return tag != null && TAG.matcher(tag).matches();
    }

    /** The primary language subtag in lower case: {@code en-US} gives {@code en}; null stays null. */
    public static String primary(String tag) {
        if (tag == null || tag.isBlank()) {
            return null;
        }
        String t = tag.trim().replace('_', '-');
        int dash = t.indexOf('-');
        return (dash < 0 ? t : t.substring(0, dash)).toLowerCase(Locale.ROOT);
    }

    /** The ISO-639-3 code Apertium uses for a BCP-47 tag, e.g. {@code spa} for {@code es}. */
    public static Optional<String> iso3(String tag) {
        String p = primary(tag);
        if (p == null) {
            return Optional.empty();
        }
        if (TO_ISO3.containsKey(p)) {
            return Optional.of(TO_ISO3.get(p));
        }
        return p.length() == 3 ? Optional.of(p) : Optional.empty();
    }

    /**
     * The BCP-47 tag for a code in an Apertium pair name: ISO-639-3 ({@code spa}), ISO-639-1 ({@code es}, used by
     * older pairs such as {@code es-pt}), each possibly with a variant ({@code cat_valencia}).
     */
    public static Optional<String> tag(String apertiumCode) {
        if (apertiumCode == null || apertiumCode.isBlank()) {
            return Optional.empty();
        }
        String c = apertiumCode.toLowerCase(Locale.ROOT);
        int variant = c.indexOf('_');
        if (variant >= 0) {
            c = c.substring(0, variant);
        }
        if (c.length() == 2) {
            return Optional.of(c);
        }
        if (FROM_ISO3.containsKey(c)) {
            return Optional.of(FROM_ISO3.get(c));
        }
        return Optional.of(c);
    }
}
