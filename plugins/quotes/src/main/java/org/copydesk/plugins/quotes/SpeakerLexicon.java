package org.copydesk.plugins.quotes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Word lists about speakers (titles, honorifics, organization words, places, person and organization nouns), read
 * from the data file {@code speakers.txt} beside this class. Immutable and thread-safe once loaded.
 */
final class SpeakerLexicon {
    static final String RESOURCE = "speakers.txt";

    private final Map<String, Set<String>> sections;

    private SpeakerLexicon(Map<String, Set<String>> sections) {
        this.sections = sections;
    }

    static SpeakerLexicon standard() {
        try (InputStream in = SpeakerLexicon.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource " + RESOURCE + " missing from the quotes plugin");
            }
            Map<String, Set<String>> sections = new HashMap<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            Set<String> current = null;
            String line;
            while ((line = r.readLine()) != null) {
                String l = line.strip();
                if (l.isEmpty() || l.startsWith("#")) {
                    continue;
                }
                if (l.startsWith("[") && l.endsWith("]")) {
                    current = sections.computeIfAbsent(l.substring(1, l.length() - 1), k -> new HashSet<>());
                } else if (current != null) {
                    current.add(l.toLowerCase(Locale.ROOT));
                }
            }
            Map<String, Set<String>> frozen = new HashMap<>();
            sections.forEach((k, v) -> frozen.put(k, Set.copyOf(v)));
            return new SpeakerLexicon(Map.copyOf(frozen));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private boolean in(String section, String word) {
        Set<String> s = sections.get(section);
        return s != null && s.contains(word);
    }

    boolean isTitle(String lower) { return in("titles", lower); }
    boolean isHonorific(String lower) { return in("honorifics", lower); }
    boolean isOrgWord(String lower) { return in("org-words", lower); }
    boolean isPlace(String lower) { return in("places", lower); }
    boolean isPersonNoun(String lower) { return in("person-nouns", lower); }
    boolean isOrgNoun(String lower) { return in("org-nouns", lower); }
    boolean isThingNoun(String lower) { return in("thing-nouns", lower); }

    boolean isNoun(String lower) {
        return isPersonNoun(lower) || isOrgNoun(lower) || isThingNoun(lower) || isOrgWord(lower);
    }
}
