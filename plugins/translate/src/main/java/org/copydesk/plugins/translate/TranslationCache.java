package org.copydesk.plugins.translate;

import java.util.Optional;

/**
 * Remembers translations so that reprocessing a story costs nothing. Thread-safe. Today's implementation is
 * {@link MemoryTranslationCache}; it moves to the core's embedded store once the core has one.
 */
public interface TranslationCache {
    Optional<String> get(Key key);

    void put(Key key, String translation);

    /**
     * @param engine the engine's description of the pair (engine, pair and version), e.g. {@code apertium eng-spa 0.8.1}
     * @param from   source language
     * @param to     target language
     * @param hash   SHA-256 of the source text, hex
     */
    record Key(String engine, String from, String to, String hash) {
    }

    /** A cache that remembers nothing. */
    TranslationCache NONE = new TranslationCache() {
        @Override
        public Optional<String> get(Key key) {
            return Optional.empty();
        }

        @Override
        public void put(Key key, String translation) {
        }
    };
}
