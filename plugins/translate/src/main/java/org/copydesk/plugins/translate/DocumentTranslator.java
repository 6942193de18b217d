package org.copydesk.plugins.translate;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.copydesk.api.Document;
import org.copydesk.api.Quote;
import org.copydesk.api.Translation;
import org.copydesk.api.TranslationEngine;

/**
 * Translates the chosen fields of one document into one language: the headline, the body paragraph by paragraph
 * (blank lines and surrounding whitespace kept as they were), each quote's text and its speaker's mention, all in one
 * engine call. Thread-safe.
 */
public final class DocumentTranslator {
    /** The fields the step can translate. */
    public static final List<String> FIELDS = List.of("headline", "body", "quotes");

    private final TranslationEngine engine;
    private final CachingTranslator translator;
    private final Set<String> fields;

    public DocumentTranslator(TranslationEngine engine, TranslationCache cache, Set<String> fields) {
        this.engine = engine;
        this.translator = new CachingTranslator(engine, cache);
        this.fields = Set.copyOf(fields);
    }

    public Translation translate(Document doc, String from, String to) throws Exception {
        boolean headline = fields.contains("headline") && doc.headline() != null && !doc.headline().isBlank();
        boolean body = fields.contains("body");
        boolean quotes = fields.contains("quotes") && !doc.quotes().isEmpty();
        Paragraphs source = Paragraphs.of(body || quotes ? doc.body() : "");

        List<String> texts = new ArrayList<>();
        if (headline) {
            texts.add(doc.headline());
        }
        texts.addAll(source.texts());
        List<Quote> originalQuotes = quotes ? doc.quotes() : List.of();
        for (Quote q : originalQuotes) {
            texts.add(q.text());
        }
        for (Quote q : originalQuotes) {
            texts.add(q.speaker() == null ? "" : q.speaker().text());
        }

        List<String> out = texts.isEmpty() ? List.of() : translator.translate(from, to, texts);
        int at = 0;
        String translatedHeadline = headline ? out.get(at++).strip() : null;
        List<String> paragraphs = new ArrayList<>();
        for (int i = 0; i < source.texts().size(); i++) {
            paragraphs.add(out.get(at++).strip());
        }
        Paragraphs target = source.with(paragraphs);
        List<Quote> translatedQuotes = List.of();
        if (quotes) {
            int n = originalQuotes.size();
            translatedQuotes = QuoteAligner.align(originalQuotes, out.subList(at, at + n),
                    out.subList(at + n, at + 2 * n), source, target);
        }
        return new Translation(translatedHeadline, body ? target.join() : "", translatedQuotes,
                engine.describe(from, to), from, true);
    }
}
