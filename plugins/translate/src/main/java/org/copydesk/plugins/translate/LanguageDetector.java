package org.copydesk.plugins.translate;

import java.util.Optional;

/** Tells the language of a text. Thread-safe. */
public interface LanguageDetector {
    /** The BCP-47 tag of the text's language, or empty when unsure. */
    Optional<String> detect(String text);
}
