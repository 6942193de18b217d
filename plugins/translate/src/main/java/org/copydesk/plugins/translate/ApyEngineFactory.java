package org.copydesk.plugins.translate;

import jakarta.inject.Inject;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.copydesk.api.ConfigurationException;
import org.copydesk.api.Setting;
import org.copydesk.api.Settings;
import org.copydesk.api.StageContext;
import org.copydesk.api.TranslationEngine;
import org.copydesk.api.TranslationEngineFactory;
import org.pf4j.Extension;

/** Contributes the translation engine {@code apy}: an existing Apertium-APy server. */
@Extension
public final class ApyEngineFactory implements TranslationEngineFactory {
    public static final Setting<Boolean> MARK_UNKNOWN = Setting.bool("mark_unknown", false)
            .describedAs("Ask the server to mark words its dictionaries do not know with '*'.");

    private final HttpClient client;
    private final Clock clock;

    @Inject
    public ApyEngineFactory(HttpClient client, Clock clock) {
        this.client = client;
        this.clock = clock;
    }

    public ApyEngineFactory() {
        this(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build(), Clock.systemUTC());
    }

    @Override
    public String type() {
        return "apy";
    }

    @Override
    public String description() {
        return "An Apertium-APy server over HTTP, with time-outs, retries, a concurrency limit and a circuit breaker.";
    }

    @Override
    public List<Setting<?>> settings() {
        List<Setting<?>> all = new ArrayList<>(HttpSettings.ALL);
        all.add(MARK_UNKNOWN);
        return all;
    }

    @Override
    public void check(StageContext context, Settings settings) throws ConfigurationException {
        HttpSettings.of(type(), settings);
    }

    @Override
    public TranslationEngine create(StageContext context, Settings settings) throws ConfigurationException {
        HttpSettings http = HttpSettings.of(type(), settings);
        return new ApyEngine(new ResilientHttp("apy", client, http, clock), http, settings.get(MARK_UNKNOWN), clock);
    }
}
