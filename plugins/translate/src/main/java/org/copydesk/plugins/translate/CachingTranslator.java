package org.copydesk.plugins.translate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.copydesk.api.TranslationEngine;

/**
 * Translates a list of texts through an engine, asking it only for the texts the cache does not know, in one call.
 * Blank texts are not sent. Thread-safe.
 */
public final class CachingTranslator {
    private final TranslationEngine engine;
    private final TranslationCache cache;

    public CachingTranslator(TranslationEngine engine, TranslationCache cache) {
        this.engine = engine;
        this.cache = cache;
    }

    public List<String> translate(String from, String to, List<String> texts) throws Exception {
        String description = engine.describe(from, to);
        Map<String, String> done = new LinkedHashMap<>();
        Map<String, TranslationCache.Key> missing = new LinkedHashMap<>();
        for (String text : texts) {
            if (text.isBlank()) {
                done.put(text, text);
                continue;
            }
            if (done.containsKey(text) || missing.containsKey(text)) {
                continue;
            }
            TranslationCache.Key key = new TranslationCache.Key(description, from, to, sha256(text));
            Optional<String> cached = cache.get(key);
            if (cached.isPresent()) {
                done.put(text, cached.get());
            } else {
                missing.put(text, key);
            }
        }
        if (!missing.isEmpty()) {
            List<String> asked = new ArrayList<>(missing.keySet());
            List<String> answers = engine.translate(from, to, asked);
            if (answers == null || answers.size() != asked.size()) {
                throw new IllegalStateException(description + ": engine returned "
                        + (answers == null ? "nothing" : answers.size() + " translations") + " for " + asked.size()
                        + " texts");
            }
            for (int i = 0; i < asked.size(); i++) {
                String answer = answers.get(i);
                done.put(asked.get(i), answer);
                cache.put(missing.get(asked.get(i)), answer);
            }
        }
        List<String> out = new ArrayList<>(texts.size());
        for (String text : texts) {
            out.add(done.get(text));
        }
        return out;
    }

    static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
