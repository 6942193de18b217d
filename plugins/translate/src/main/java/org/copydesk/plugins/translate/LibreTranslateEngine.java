package org.copydesk.plugins.translate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.copydesk.api.TranslationEngine;

/**
 * Engine {@code libretranslate}: an existing LibreTranslate server ({@code POST /translate} with all of a story's
 * texts in one request, {@code GET /languages}). Thread-safe.
 */
public final class LibreTranslateEngine implements TranslationEngine, PairAdvice {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ResilientHttp http;
    private final HttpSettings settings;
    private final ServerPairs pairs;

    public LibreTranslateEngine(ResilientHttp http, HttpSettings settings, Clock clock) {
        this.http = http;
        this.settings = settings;
        this.pairs = new ServerPairs("libretranslate " + settings.url(), this::languages, clock);
    }

    private Set<String> languages() throws IOException, InterruptedException {
        JsonNode root = JSON.readTree(http.probe(HttpRequest.newBuilder(settings.resolve("/languages")).GET()));
        Set<String> out = new HashSet<>();
        for (JsonNode lang : root) {
            String from = LanguageCodes.primary(lang.path("code").asText());
            for (JsonNode target : lang.path("targets")) {
                out.add(from + "-" + LanguageCodes.primary(target.asText()));
            }
        }
        return out;
    }

    @Override
    public boolean supports(String from, String to) {
        return pairs.offers(from, to);
    }

    @Override
    public String whyNot(String from, String to) {
        return "libretranslate at " + settings.url() + " cannot translate " + from + "-" + to + " (its pairs: "
                + pairs.describe() + "); install that language model on the server";
    }

    @Override
    public String describe(String from, String to) {
        return "libretranslate " + from + "-" + to;
    }

    @Override
    public List<String> translate(String from, String to, List<String> texts) throws Exception {
        String what = from + "-" + to;
        ObjectNode request = JSON.createObjectNode();
        ArrayNode q = request.putArray("q");
        texts.forEach(q::add);
        request.put("source", LanguageCodes.primary(from)).put("target", LanguageCodes.primary(to))
                .put("format", "text");
        if (settings.apiKey() != null) {
            request.put("api_key", settings.apiKey());
        }
        String body = http.send(what, HttpRequest.newBuilder(settings.resolve("/translate"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(request))));
        JsonNode translated = JSON.readTree(body).path("translatedText");
        if (!translated.isArray() || translated.size() != texts.size()) {
            throw new IOException("libretranslate " + what + ": expected " + texts.size()
                    + " translations, got " + (translated.isArray() ? translated.size() : translated.getNodeType()));
        }
        List<String> out = new ArrayList<>(texts.size());
        translated.forEach(t -> out.add(t.asText()));
        return out;
    }
}
