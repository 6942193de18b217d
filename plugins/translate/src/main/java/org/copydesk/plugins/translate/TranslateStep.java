package org.copydesk.plugins.translate;

import java.util.List;
import java.util.Optional;
import org.copydesk.api.Document;
import org.copydesk.api.Step;
import org.copydesk.api.Translation;
import org.copydesk.api.TranslationEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Step {@code translate}: puts a machine translation of the document into {@code translations.<lang>} for each target
 * language other than the source language. Thread-safe; {@link #close()} closes the engine.
 */
public final class TranslateStep implements Step {
    static final String STAGE = "translate";
    private static final Logger LOG = LoggerFactory.getLogger(TranslateStep.class);
    /** Tags that say the language is not known: detect instead. */
    private static final java.util.Set<String> UNDETERMINED = java.util.Set.of("und", "mul", "zxx", "mis");

    private final String engineType;
    private final TranslationEngine engine;
    private final DocumentTranslator translator;
    private final List<String> targets;
    private final String from;
    private final LanguageDetector detector;
    private final boolean failOnError;

    /**
     * @param from     a fixed source language, or null to take the document's language, else detect it
     * @param detector used when neither {@code from} nor the document gives the language; may be null if
     *                 {@code from} is set
     */
    public TranslateStep(String engineType, TranslationEngine engine, DocumentTranslator translator,
                         List<String> targets, String from, LanguageDetector detector, boolean failOnError) {
        this.engineType = engineType;
        this.engine = engine;
        this.translator = translator;
        this.targets = List.copyOf(targets);
        this.from = from;
        this.detector = detector;
        this.failOnError = failOnError;
    }

    @Override
    public Document apply(Document doc) throws Exception {
        Optional<String> source = sourceLanguage(doc);
        if (source.isEmpty()) {
            problem(doc, "cannot tell the source language of the document (no language given, detection unsure);"
                    + " not translated", null);
            return doc;
        }
        String src = source.get();
        for (String target : targets) {
            if (LanguageCodes.primary(target).equals(src)) {
                continue;
            }
            if (!engine.supports(src, target)) {
                String why = engine instanceof PairAdvice advice ? advice.whyNot(src, target)
                        : "engine " + engineType + " cannot translate " + src + "-" + target;
                problem(doc, why, null);
                continue;
            }
            try {
                Translation t = translator.translate(doc, src, target);
                doc.translations().put(target, t);
            } catch (InterruptedException e) {
                // a stop, not a failure of this document: not a warning on a document written untranslated
                Thread.currentThread().interrupt();
                throw e;
            } catch (Exception e) {
                String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                problem(doc, "engine " + engineType + " failed to translate " + src + "-" + target + ": " + reason, e);
            }
        }
        return doc;
    }

    private Optional<String> sourceLanguage(Document doc) {
        if (from != null) {
            return Optional.of(from);
        }
        String given = LanguageCodes.primary(doc.language());
        if (given != null && !UNDETERMINED.contains(given)) {
            return Optional.of(given);
        }
        String text = (doc.headline() == null ? "" : doc.headline() + "\n\n") + doc.body();
        return detector == null ? Optional.empty() : detector.detect(text);
    }

    private void problem(Document doc, String message, Exception cause) throws Exception {
        if (failOnError) {
            throw new Exception(STAGE + ": " + message, cause);
        }
        LOG.warn("{} ({}): {}", STAGE, doc.id(), message);
        doc.addWarning(STAGE, message);
    }

    @Override
    public void close() throws Exception {
        engine.close();
    }
}
