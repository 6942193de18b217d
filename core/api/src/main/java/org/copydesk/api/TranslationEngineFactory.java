package org.copydesk.api;

/**
 * Contributes a machine-translation engine, e.g. {@code apertium}. Engines are not pipeline stages of their own: a
 * translation step creates the one its settings name through {@link StageContext#component}, so a plugin JAR can add
 * an engine (DeepL, a local neural model, ...) without touching the step.
 */
public interface TranslationEngineFactory extends StageFactory<TranslationEngine> {
}
