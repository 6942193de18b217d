package org.copydesk.api;

import java.util.List;
import java.util.Objects;

/**
 * A document's headline, body and quotes in another language.
 *
 * @param headline          translated headline, or null if the document had none
 * @param body              translated body, paragraphs kept
 * @param quotes            translated quotes with their speakers; offsets into the translated body where found
 * @param engine            the engine and pair that made it, e.g. {@code apertium eng-spa 0.9}
 * @param sourceLanguage    the language translated from
 * @param machineTranslated true when a machine made it
 */
public record Translation(String headline, String body, List<Quote> quotes, String engine, String sourceLanguage,
                          boolean machineTranslated) {
    public Translation {
        Objects.requireNonNull(body, "body");
        quotes = quotes == null ? List.of() : List.copyOf(quotes);
    }
}
