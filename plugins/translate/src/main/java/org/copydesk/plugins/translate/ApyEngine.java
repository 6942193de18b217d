package org.copydesk.plugins.translate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.copydesk.api.TranslationEngine;

/**
 * Engine {@code apy}: an existing Apertium-APy server ({@code POST /translate}, {@code GET /listPairs}), one request
 * per text. Thread-safe.
 */
public final class ApyEngine implements TranslationEngine, PairAdvice {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ResilientHttp http;
    private final HttpSettings settings;
    private final boolean markUnknown;
    private final ServerPairs pairs;

    public ApyEngine(ResilientHttp http, HttpSettings settings, boolean markUnknown, Clock clock) {
        this.http = http;
        this.settings = settings;
        this.markUnknown = markUnknown;
        this.pairs = new ServerPairs("apy " + settings.url(), this::listPairs, clock);
    }

    private Set<String> listPairs() throws IOException, InterruptedException {
        JsonNode root = JSON.readTree(http.probe(HttpRequest.newBuilder(settings.resolve("/listPairs")).GET()));
        Set<String> out = new HashSet<>();
        for (JsonNode p : root.path("responseData")) {
            String s = p.path("sourceLanguage").asText();
            String t = p.path("targetLanguage").asText();
            if (s.contains("_") || t.contains("_")) {
                continue;  // variants such as cat_valencia
            }
            LanguageCodes.tag(s).ifPresent(f -> LanguageCodes.tag(t).ifPresent(g -> out.add(f + "-" + g)));
        }
        return out;
    }

    @Override
    public boolean supports(String from, String to) {
        return pairs.offers(from, to);
    }

    @Override
    public String whyNot(String from, String to) {
        String mode = ApertiumInstallation.modeName(from, to);
        return "apy at " + settings.url() + " cannot translate " + from + "-" + to + ": the server has no pair "
                + mode + " (its pairs: " + pairs.describe()
                + "); install the Debian package " + ApertiumInstallation.debianPackage(mode)
                + " on the server and restart it";
    }

    @Override
    public String describe(String from, String to) {
        return "apy " + ApertiumInstallation.modeName(from, to);
    }

    @Override
    public List<String> translate(String from, String to, List<String> texts) throws Exception {
        String pair = LanguageCodes.iso3(from).orElse(from) + "|" + LanguageCodes.iso3(to).orElse(to);
        String what = ApertiumInstallation.modeName(from, to);
        List<String> out = new ArrayList<>(texts.size());
        for (String text : texts) {
            if (text.isBlank()) {
                out.add(text);
                continue;
            }
            String form = "langpair=" + enc(pair) + "&q=" + enc(text) + "&markUnknown=" + (markUnknown ? "yes" : "no")
                    + (settings.apiKey() == null ? "" : "&key=" + enc(settings.apiKey()));
            String body = http.send(what, HttpRequest.newBuilder(settings.resolve("/translate"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)));
            JsonNode root = JSON.readTree(body);
            JsonNode translated = root.path("responseData").path("translatedText");
            if (!translated.isTextual()) {
                throw new IOException("apy " + what + ": unexpected answer (status "
                        + root.path("responseStatus").asText("?") + ", " + root.path("responseDetails").asText("")
                        + ")");
            }
            out.add(translated.asText());
        }
        return out;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
