package org.copydesk.plugins.translate;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.copydesk.api.ConfigurationException;
import org.copydesk.api.Setting;
import org.copydesk.api.Settings;
import org.copydesk.api.StageContext;
import org.copydesk.api.Step;
import org.copydesk.api.StepFactory;
import org.copydesk.api.TranslationEngine;
import org.copydesk.api.TranslationEngineFactory;
import org.pf4j.Extension;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Contributes the step type {@code translate}. */
@Extension
public final class TranslateStepFactory implements StepFactory {
    private static final Logger LOG = LoggerFactory.getLogger(TranslateStepFactory.class);

    public static final Setting<List<String>> TO = Setting.stringList("to", null).required()
            .describedAs("Languages to translate into, as BCP-47 tags, e.g. [es, ca]. A document already in one of "
                    + "them is not translated into it.");
    public static final Setting<String> FROM = Setting.string("from", "auto")
            .describedAs("The source language: auto (the document's language when known, else detected among "
                    + "detect_languages), or a BCP-47 tag that every document is taken to be in.");
    public static final Setting<List<String>> FIELDS = Setting.stringList("fields", DocumentTranslator.FIELDS)
            .describedAs("What to translate: any of headline, body, quotes. Quote offsets point into the translated "
                    + "body, so quotes want body too.");
    public static final Setting<String> ENGINE = Setting.string("engine", "apertium")
            .describedAs("The translation engine: apertium (local, default), apy or libretranslate (HTTP), or one "
                    + "another plugin provides.");
    public static final Setting<Object> ENGINE_SETTINGS = Setting.structure("engine_settings")
            .describedAs("Settings of the engine, a map, e.g. {url: 'http://127.0.0.1:2737', timeout: 10s}; see "
                    + "the engine's own settings.");
    public static final Setting<String> ON_ERROR = Setting.oneOf("on_error", "warn", "warn", "fail")
            .describedAs("When a translation fails: warn (the document goes on with a warning naming the engine, "
                    + "pair and error) or fail (the document goes to the dead-letter store).");
    public static final Setting<List<String>> DETECT_LANGUAGES = Setting.stringList("detect_languages",
                    List.of("en", "es", "ca", "fr", "pt", "it"))
            .describedAs("With from: auto, the languages detection chooses among when a document does not give "
                    + "its language; any of " + new TreeSet<>(LinguaDetector.SHIPPED) + ".");
    public static final Setting<Integer> CACHE_SIZE = Setting.integer("cache_size", 10_000).range(0, 10_000_000)
            .describedAs("How many translated texts (headlines, paragraphs, quotes, speaker mentions) to remember, so that a story "
                    + "processed again costs nothing; 0 remembers none. Kept in the daemon's state store.");

    @Override
    public String type() {
        return "translate";
    }

    @Override
    public String description() {
        return "Machine-translates headline, body and quotes into one or more languages (Apertium by default).";
    }

    @Override
    public List<Setting<?>> settings() {
        return List.of(TO, FROM, FIELDS, ENGINE, ENGINE_SETTINGS, ON_ERROR, DETECT_LANGUAGES, CACHE_SIZE);
    }

    @Override
    public void check(StageContext context, Settings settings) throws ConfigurationException {
        List<String> to = targets(settings);
        String from = from(settings);
        for (String field : settings.get(FIELDS)) {
            if (!DocumentTranslator.FIELDS.contains(field)) {
                throw new ConfigurationException(FIELDS.name(), "unknown field '" + field + "'; the fields are "
                        + String.join(", ", DocumentTranslator.FIELDS));
            }
        }
        List<String> detect = detectLanguages(settings);
        try (TranslationEngine engine = engine(context, settings)) {
            for (String target : to) {
                List<String> sources = new ArrayList<>();
                if (from != null) {
                    sources.add(from);
                } else {
                    detect.stream().filter(l -> !l.equals(target)).forEach(sources::add);
                }
                sources.remove(target);
                List<String> missing = new ArrayList<>();
                for (String source : sources) {
                    if (!engine.supports(source, target)) {
                        missing.add(engine instanceof PairAdvice advice ? advice.whyNot(source, target)
                                : "engine " + settings.get(ENGINE) + " cannot translate " + source + "-" + target);
                    }
                }
                if (!sources.isEmpty() && missing.size() == sources.size()) {
                    throw new ConfigurationException(TO.name(), String.join("; ", missing));
                }
                if (!missing.isEmpty()) {
                    LOG.info("translate: documents in some languages will not be translated into {}: {}", target,
                            String.join("; ", missing));
                }
            }
        } catch (ConfigurationException e) {
            throw e;
        } catch (Exception e) {
            throw new ConfigurationException(ENGINE.name(), "engine " + settings.get(ENGINE) + ": " + e.getMessage());
        }
    }

    @Override
    public Step create(StageContext context, Settings settings) throws ConfigurationException {
        List<String> to = targets(settings);
        String from = from(settings);
        LanguageDetector detector = from == null ? new LinguaDetector(detectLanguages(settings)) : null;
        int size = settings.get(CACHE_SIZE);
        TranslationCache cache = size == 0 ? TranslationCache.NONE
                : new StateTranslationCache(context.state().map("translations"), size);
        TranslationEngine engine = engine(context, settings);
        DocumentTranslator translator = new DocumentTranslator(engine, cache, new LinkedHashSet<>(settings.get(FIELDS)));
        return new TranslateStep(settings.get(ENGINE), engine, translator, to, from, detector,
                "fail".equals(settings.get(ON_ERROR)));
    }

    private static List<String> targets(Settings settings) throws ConfigurationException {
        List<String> to = settings.get(TO);
        if (to == null || to.isEmpty()) {
            throw new ConfigurationException(TO.name(), "give at least one target language, e.g. to: [es]");
        }
        List<String> out = new ArrayList<>();
        for (String tag : to) {
            if (!LanguageCodes.isTag(tag)) {
                throw new ConfigurationException(TO.name(), "'" + tag + "' is not a language tag such as es or pt-BR");
            }
            out.add(tag);
        }
        return out;
    }

    private static String from(Settings settings) throws ConfigurationException {
        String from = settings.get(FROM);
        if (from == null || from.equals("auto")) {
            return null;
        }
        if (!LanguageCodes.isTag(from)) {
            throw new ConfigurationException(FROM.name(), "'" + from + "' is neither auto nor a language tag such as en");
        }
        return LanguageCodes.primary(from);
    }

    private static List<String> detectLanguages(Settings settings) throws ConfigurationException {
        List<String> out = new ArrayList<>();
        for (String tag : settings.get(DETECT_LANGUAGES)) {
            String p = LanguageCodes.primary(tag);
            if (!LinguaDetector.SHIPPED.contains(p)) {
                throw new ConfigurationException(DETECT_LANGUAGES.name(), "cannot detect '" + tag
                        + "'; detection knows " + new TreeSet<>(LinguaDetector.SHIPPED));
            }
            out.add(p);
        }
        if (out.isEmpty()) {
            throw new ConfigurationException(DETECT_LANGUAGES.name(), "give at least one language");
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static TranslationEngine engine(StageContext context, Settings settings) throws ConfigurationException {
        Object raw = settings.get(ENGINE_SETTINGS);
        if (raw != null && !(raw instanceof Map)) {
            throw new ConfigurationException(ENGINE_SETTINGS.name(), "must be a map of the engine's settings");
        }
        return context.component(TranslationEngineFactory.class, settings.get(ENGINE),
                raw == null ? Map.of() : (Map<String, Object>) raw);
    }
}
