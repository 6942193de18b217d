package org.copydesk.plugins.translate;

import com.github.pemistahl.lingua.api.IsoCode639_1;
import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Language detection with Lingua, limited to the configured languages (each loads only its own model, on first
 * use) and in low-accuracy mode (trigrams only): fast and small, and reliable on a story's first paragraphs. Looks
 * at the first 1,000 characters.
 */
public final class LinguaDetector implements LanguageDetector {
    /** The languages whose Lingua models the plugin JAR ships (see the shade filter in pom.xml). */
    public static final Set<String> SHIPPED = Set.of("en", "es", "ca", "fr", "pt", "it", "eu", "ro", "eo", "de", "nl");
    private static final int SAMPLE = 1000;

    private final String only;
    private final com.github.pemistahl.lingua.api.LanguageDetector detector;

    /** @param languages BCP-47 primary tags, each in {@link #SHIPPED} */
    public LinguaDetector(List<String> languages) {
        List<Language> wanted = new ArrayList<>();
        for (String tag : languages) {
            String p = LanguageCodes.primary(tag);
            if (!SHIPPED.contains(p)) {
                throw new IllegalArgumentException("no language model for '" + tag + "'; available: "
                        + new java.util.TreeSet<>(SHIPPED));
            }
            Language l = Language.getByIsoCode639_1(IsoCode639_1.valueOf(p.toUpperCase(Locale.ROOT)));
            if (!wanted.contains(l)) {
                wanted.add(l);
            }
        }
        if (wanted.isEmpty()) {
            throw new IllegalArgumentException("no languages to detect");
        }
        this.only = wanted.size() == 1 ? LanguageCodes.primary(languages.get(0)) : null;
        this.detector = wanted.size() == 1 ? null
                : LanguageDetectorBuilder.fromLanguages(wanted.toArray(Language[]::new)).withLowAccuracyMode().build();
    }

    @Override
    public Optional<String> detect(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        if (only != null) {
            return Optional.of(only);
        }
        String sample = text.length() > SAMPLE ? text.substring(0, SAMPLE) : text;
        Language l = detector.detectLanguageOf(sample);
        if (l == null || l == Language.UNKNOWN) {
            return Optional.empty();
        }
        return Optional.of(l.getIsoCode639_1().name().toLowerCase(Locale.ROOT));
    }
}
