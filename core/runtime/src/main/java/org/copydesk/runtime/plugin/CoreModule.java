package org.copydesk.runtime.plugin;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;

/**
 * Core services every plugin may inject. Kept deliberately small: each binding here is a promise to plugin
 * authors.
 */
public final class CoreModule extends AbstractModule {
    private final Clock clock;

    public CoreModule(Clock clock) {
        this.clock = clock;
    }

    @Override
    protected void configure() {
        bind(Clock.class).toInstance(clock);
    }

    /**
     * The core services of a root injector, for a plugin's own injector: the same instances, so every plugin shares
     * one clock and one HTTP client pool.
     */
    public static com.google.inject.Module exportsOf(com.google.inject.Injector root) {
        return new AbstractModule() {
            @Override
            protected void configure() {
                bind(Clock.class).toInstance(root.getInstance(Clock.class));
                bind(HttpClient.class).toProvider(() -> root.getInstance(HttpClient.class));
            }
        };
    }

    /**
     * One shared client: connection pools are per client. Redirects are left to the caller (SSRF checks). Built on
     * first use, so starting Copydesk does not pay for TLS set-up when no pipeline fetches.
     */
    @Provides
    @Singleton
    HttpClient httpClient() {
        return new LazyHttpClient(() -> HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build());
    }
}
