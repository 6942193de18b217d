package org.copydesk.plugins.translate;

import jakarta.inject.Inject;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.copydesk.api.ConfigurationException;
import org.copydesk.api.Setting;
import org.copydesk.api.Settings;
import org.copydesk.api.StageContext;
import org.copydesk.api.TranslationEngine;
import org.copydesk.api.TranslationEngineFactory;
import org.pf4j.Extension;

/** Contributes the translation engine {@code libretranslate}: an existing LibreTranslate server. */
@Extension
public final class LibreTranslateEngineFactory implements TranslationEngineFactory {
    private final HttpClient client;
    private final Clock clock;

    @Inject
    public LibreTranslateEngineFactory(HttpClient client, Clock clock) {
        this.client = client;
        this.clock = clock;
    }

    public LibreTranslateEngineFactory() {
        this(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build(), Clock.systemUTC());
    }

    @Override
    public String type() {
        return "libretranslate";
    }

    @Override
    public String description() {
        return "A LibreTranslate server over HTTP, with time-outs, retries, a concurrency limit and a circuit breaker.";
    }

    @Override
    public List<Setting<?>> settings() {
        return HttpSettings.ALL;
    }

    @Override
    public void check(StageContext context, Settings settings) throws ConfigurationException {
        HttpSettings.of(type(), settings);
    }

    @Override
    public TranslationEngine create(StageContext context, Settings settings) throws ConfigurationException {
        HttpSettings http = HttpSettings.of(type(), settings);
        return new LibreTranslateEngine(new ResilientHttp("libretranslate", client, http, clock), http, clock);
    }
}
