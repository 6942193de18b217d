package org.copydesk.plugins.translate;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.copydesk.api.ConfigurationException;
import org.copydesk.api.Setting;
import org.copydesk.api.Settings;

/**
 * The settings the HTTP engines ({@code apy}, {@code libretranslate}) share.
 *
 * @param url           the server's base URL
 * @param apiKey        the API key, or null
 * @param timeout       how long one request may take
 * @param retries       how many times a failed request is repeated
 * @param backoff       the wait before the first repetition; it doubles each time
 * @param maxConcurrent how many requests may run at once
 * @param breakerFailures failed requests in a row that open the circuit
 * @param breakerOpenFor  how long an open circuit refuses calls
 */
public record HttpSettings(URI url, String apiKey, Duration timeout, int retries, Duration backoff,
                           int maxConcurrent, int breakerFailures, Duration breakerOpenFor) {
    public static final Setting<URI> URL = Setting.uri("url").required()
            .describedAs("The server's base URL, e.g. http://127.0.0.1:2737.");
    public static final Setting<String> API_KEY = Setting.string("api_key")
            .describedAs("The API key, if the server wants one; write ${ENV_VAR} to take it from the environment.");
    public static final Setting<Duration> TIMEOUT = Setting.duration("timeout", Duration.ofSeconds(10))
            .describedAs("How long one request may take.");
    public static final Setting<Integer> RETRIES = Setting.integer("retries", 2).range(0, 10)
            .describedAs("How many times a request that failed (no connection, time-out, HTTP 429 or 5xx) is "
                    + "repeated.");
    public static final Setting<Duration> BACKOFF = Setting.duration("backoff", Duration.ofMillis(500))
            .describedAs("The wait before the first repetition; it doubles with each further one.");
    public static final Setting<Integer> MAX_CONCURRENT = Setting.integer("max_concurrent", 4).range(1, 256)
            .describedAs("How many requests may run at once; further calls wait up to the timeout.");
    public static final Setting<Integer> BREAKER_FAILURES = Setting.integer("breaker_failures", 5).range(1, 1000)
            .describedAs("Failed requests in a row after which the circuit opens: calls then fail at once.");
    public static final Setting<Duration> BREAKER_OPEN_FOR = Setting.duration("breaker_open_for",
                    Duration.ofSeconds(30))
            .describedAs("How long an open circuit refuses calls before one trial request may go.");

    public static final List<Setting<?>> ALL = List.of(URL, API_KEY, TIMEOUT, RETRIES, BACKOFF, MAX_CONCURRENT,
            BREAKER_FAILURES, BREAKER_OPEN_FOR);

    public static HttpSettings of(String engine, Settings s) throws ConfigurationException {
        URI url = s.get(URL);
        if (url == null || !("http".equals(url.getScheme()) || "https".equals(url.getScheme()))) {
            throw new ConfigurationException(URL.name(), engine + ": url must be an http or https URL, was " + url);
        }
        for (Setting<Duration> d : List.of(TIMEOUT, BACKOFF, BREAKER_OPEN_FOR)) {
            if (s.get(d).isNegative() || (d == TIMEOUT && s.get(d).isZero())) {
                throw new ConfigurationException(d.name(), engine + ": " + d.name() + " must be positive");
            }
        }
        String key = s.get(API_KEY);
        return new HttpSettings(url, key == null || key.isBlank() ? null : key, s.get(TIMEOUT), s.get(RETRIES),
                s.get(BACKOFF), s.get(MAX_CONCURRENT), s.get(BREAKER_FAILURES), s.get(BREAKER_OPEN_FOR));
    }

    /** The base URL with a path appended. */
    public URI resolve(String path) {
        String base = url.toString();
        return URI.create((base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path);
    }
}
