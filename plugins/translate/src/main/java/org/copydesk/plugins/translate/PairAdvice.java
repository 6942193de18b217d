package org.copydesk.plugins.translate;

/**
 * Implemented by this plugin's engines: why a pair cannot be translated and what to install. Engines from other
 * plugins do not have it; the step then says only that the pair is not supported.
 */
public interface PairAdvice {
    /** A sentence naming the engine, the pair and the remedy, for a pair {@code supports} refused. */
    String whyNot(String from, String to);
}
