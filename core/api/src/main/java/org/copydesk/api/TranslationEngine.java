package org.copydesk.api;

import java.util.List;

/**
 * Translates text between languages. Shared by worker threads: thread-safe. Languages are BCP-47 tags
 * ({@code en}, {@code es}, {@code ca}).
 */
public interface TranslationEngine extends AutoCloseable {
    /** True when this engine can translate {@code from} into {@code to} as installed now. */
    boolean supports(String from, String to);

    /** Engine, pair and version for the document, e.g. {@code apertium eng-spa 1.1.0}. */
    String describe(String from, String to);

    /**
     * Translates texts (usually the paragraphs of one story) in one call.
     *
     * @return one translation per input text, in order
     * @throws Exception when the engine fails or times out; the message names the engine and the reason
     */
    List<String> translate(String from, String to, List<String> texts) throws Exception;

    @Override
    default void close() throws Exception {
    }
}
