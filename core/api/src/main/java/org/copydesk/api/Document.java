package org.copydesk.api;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One story as it moves through a pipeline. Formats create it, steps change it, outputs write it.
 *
 * <p>The field names are the document JSON contract (see {@code document.schema.json} beside this class):
 * {@code id, uri, source, language, headline, byline, provider, distributor, published, body, dateline,
 * quotes, translations, warnings, meta}. A document is handled by one thread at a time and is not thread-safe.
 */
public final class Document {
    private String id;
    private String uri;
    private Source source;
    private String language;
    private String headline;
    private String byline;
    private String provider;
    private String distributor;
    private String published;
    private String body = "";
    private int bodyOffset = -1;
    private Dateline dateline;
    private List<Quote> quotes = new ArrayList<>();
    private final Map<String, Translation> translations = new LinkedHashMap<>();
    private final List<Warning> warnings = new ArrayList<>();
    private final Map<String, Object> meta = new LinkedHashMap<>();

    public Document(Source source) {
        this.source = Objects.requireNonNull(source, "source");
    }

    /** Stable identifier: from the source where it has one, else derived by the core from source URI and content. */
    public String id() { return id; }
    public Document setId(String id) { this.id = id; return this; }

    /** Canonical URI of the story, when known. */
    public String uri() { return uri; }
    public Document setUri(String uri) { this.uri = uri; return this; }

    /** Where the bytes came from. */
    public Source source() { return source; }
    public Document setSource(Source source) { this.source = Objects.requireNonNull(source, "source"); return this; }

    /** BCP-47 language tag when known, else null. */
    public String language() { return language; }
    public Document setLanguage(String language) { this.language = language; return this; }

    public String headline() { return headline; }
    public Document setHeadline(String headline) { this.headline = headline; return this; }

    public String byline() { return byline; }
    public Document setByline(String byline) { this.byline = byline; return this; }

    /** Who wrote the story, e.g. "Kuwait News Agency (KUNA)". */
    public String provider() { return provider; }
    public Document setProvider(String provider) { this.provider = provider; return this; }

    /** Who passed it on, e.g. "MENAFN". */
    public String distributor() { return distributor; }
    public Document setDistributor(String distributor) { this.distributor = distributor; return this; }

    /** Publication time as ISO-8601 text (date, or date-time with its offset as the source gave it). */
    public String published() { return published; }
    public Document setPublished(String published) { this.published = published; return this; }

    /**
     * Story text only: no headline, provider credit, dateline or end marker; paragraphs separated by one blank
     * line. Never null.
     */
    public String body() { return body; }
    public Document setBody(String body) { this.body = body == null ? "" : body; return this; }

    /**
     * Offset of {@link #body()} within the decoded source text, or -1 when unknown. Not part of the JSON; it lets
     * a step that removes text from the start of the body (the dateline step) report offsets into the source.
     */
    public int bodyOffset() { return bodyOffset; }
    public Document setBodyOffset(int bodyOffset) { this.bodyOffset = bodyOffset; return this; }

    public Dateline dateline() { return dateline; }
    public Document setDateline(Dateline dateline) { this.dateline = dateline; return this; }

    /** Quotes in text order; offsets are into {@link #body()}. Mutable list. */
    public List<Quote> quotes() { return quotes; }
    public Document setQuotes(List<Quote> quotes) { this.quotes = new ArrayList<>(quotes); return this; }

    /** Translations by BCP-47 target language. Mutable map. */
    public Map<String, Translation> translations() { return translations; }

    /** Non-fatal problems, each naming its stage. */
    public List<Warning> warnings() { return Collections.unmodifiableList(warnings); }
    public Document addWarning(String stage, String message) { warnings.add(new Warning(stage, message)); return this; }

    /**
     * Free-form metadata: values are JSON-like (String, Number, Boolean, null, List and Map of those). Mutable map.
     */
    public Map<String, Object> meta() { return meta; }

    @Override
    public String toString() {
        return "Document[id=" + id + ", source=" + source.uri() + ", headline=" + headline + "]";
    }
}
