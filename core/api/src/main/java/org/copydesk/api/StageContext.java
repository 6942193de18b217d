package org.copydesk.api;

import java.nio.file.Path;
import java.time.Clock;

/** What the core tells a factory about the stage it is creating. */
public interface StageContext {
    /** The pipeline's name. */
    String pipeline();

    /** A readable label of the stage within the pipeline, e.g. {@code steps[1] (quotes)}. */
    String stage();

    /** A folder for this stage's own state, under the daemon's data folder; created on first call. */
    Path dataDirectory();

    Clock clock();

    /**
     * This stage's crash-safe state. In the daemon it lives in the embedded store under the data folder; in one-shot
     * runs ({@code copydesk process}) and tests it is kept in memory.
     */
    StateStore state();

    /**
     * The text with every secret the core took from the environment (a {@code ${FEED_KEY}} in a pipeline file: a
     * variable whose name says it holds a key, token, password or the like) replaced by {@code ***}. Stages pass URLs and messages built from their settings through it before they log
     * them, put them in a warning or an exception message, or show them: the README promises such values appear
     * nowhere. The core also masks them in every log line, document, dead letter and admin API answer, so this is
     * for what a stage shows by other ways. The default returns the text as it is (nothing taken from the
     * environment).
     *
     * @param text any text, may be null (then null)
     */
    default String redact(String text) {
        return text;
    }

    /**
     * Creates a component contributed by any plugin through another extension point, such as a
     * {@link TranslationEngineFactory}, from settings the core validates against that factory's declaration.
     *
     * @param extensionPoint the factory interface, e.g. {@code TranslationEngineFactory.class}
     * @param type           the component's type name, e.g. {@code apertium}
     * @param settings       its settings as plain values (Map of String to String, List or Map), may be empty
     * @throws ConfigurationException when no plugin provides that type (naming the known ones) or its settings are
     *                                invalid
     */
    default <T> T component(Class<? extends StageFactory<T>> extensionPoint, String type,
                            java.util.Map<String, Object> settings) throws ConfigurationException {
        throw new ConfigurationException("components are not available in this context");
    }

    /**
     * Where an input reports how its sources fare ({@link SourceHealth}). The default keeps nothing; the daemon's
     * context shows failing sources in the admin API and the metrics.
     */
    default SourceHealth sourceHealth() {
        return SourceHealth.NONE;
    }
}
