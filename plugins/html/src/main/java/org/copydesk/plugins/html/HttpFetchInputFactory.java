package org.copydesk.plugins.html;

import org.copydesk.fetch.PoliteFetcher;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.copydesk.api.ConfigurationException;
import org.copydesk.api.Input;
import org.copydesk.api.InputFactory;
import org.copydesk.api.Setting;
import org.copydesk.api.Settings;
import org.copydesk.api.StageContext;
import org.pf4j.Extension;

/** Contributes input {@code http-fetch}: fetches a list of URLs politely, once or on an interval. */
@Extension
public final class HttpFetchInputFactory implements InputFactory {
    static final String DEFAULT_USER_AGENT = "Copydesk/0.1 (+https://github.com/copydesk)";

    static final Setting<List<String>> URLS = Setting.stringList("urls", null).required()
            .describedAs("The http(s) URLs to fetch.");
    static final Setting<Duration> INTERVAL = Setting.duration("interval", Duration.ZERO)
            .describedAs("Fetch each URL again this long after it was last fetched (conditional GET: an unchanged"
                    + " page is not read again); 0 fetches each URL once (remembered across restarts).");
    static final Setting<String> USER_AGENT = Setting.string("user_agent", DEFAULT_USER_AGENT)
            .describedAs("The User-Agent header; its first word is the name matched in robots.txt.");
    static final Setting<Double> RATE_PER_HOST = Setting.decimal("rate_per_host", 1.0).range(0.001, 100)
            .describedAs("Requests per second started to one host (scheme, host and port), robots.txt included.");
    static final Setting<Integer> CONCURRENCY_PER_HOST = Setting.integer("concurrency_per_host", 2).range(1, 16)
            .describedAs("Requests to one host at the same time.");
    static final Setting<Duration> TIMEOUT = Setting.duration("timeout", Duration.ofSeconds(20))
            .range(Duration.ofMillis(1), null)
            .describedAs("Longest wait for one complete response (headers and body).");
    static final Setting<Integer> MAX_BYTES = Setting.integer("max_bytes", 10 * 1024 * 1024).range(1, null)
            .describedAs("Largest response body read, in bytes; a larger one is an error for that URL.");
    static final Setting<Integer> MAX_REDIRECTS = Setting.integer("max_redirects", 5).range(0, 20)
            .describedAs("Redirects followed per URL; each hop is checked like the URL itself.");
    static final Setting<Boolean> ALLOW_PRIVATE = Setting.bool("allow_private_addresses", false)
            .describedAs("Allow hosts on loopback, link-local and private addresses: feeds and pages on an intranet (10.x, 192.168.x) or on this machine (off: a guard against requests to internal hosts through a hostile URL or redirect).");
    static final Setting<Boolean> RESPECT_ROBOTS = Setting.bool("respect_robots", true)
            .describedAs("Honour the host's robots.txt (cached for an hour).");

    private final HttpClient client;

    @Inject
    public HttpFetchInputFactory(HttpClient client) {
        this.client = client;
    }

    @Override
    public String type() {
        return "http-fetch";
    }

    @Override
    public String description() {
        return "Fetches a list of URLs politely (robots.txt, per-host rate limit, SSRF guard); each page is a payload.";
    }

    @Override
    public List<Setting<?>> settings() {
        return List.of(URLS, INTERVAL, USER_AGENT, RATE_PER_HOST, CONCURRENCY_PER_HOST, TIMEOUT, MAX_BYTES,
                MAX_REDIRECTS, ALLOW_PRIVATE, RESPECT_ROBOTS);
    }

    @Override
    public void check(StageContext context, Settings settings) throws ConfigurationException {
        urls(settings);
        if (settings.get(USER_AGENT).isBlank()) {
            throw new ConfigurationException(USER_AGENT.name(), "user_agent must not be empty");
        }
    }

    static List<URI> urls(Settings settings) throws ConfigurationException {
        List<URI> urls = new ArrayList<>();
        for (String text : settings.get(URLS)) {
            URI uri;
            try {
                uri = new URI(text.strip());
            } catch (java.net.URISyntaxException e) {
                throw new ConfigurationException(URLS.name(), "not a URL: '" + text + "' (" + e.getReason() + ")");
            }
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
                throw new ConfigurationException(URLS.name(),
                        "only absolute http and https URLs are fetched: '" + text + "'");
            }
            urls.add(uri);
        }
        if (urls.isEmpty()) {
            throw new ConfigurationException(URLS.name(), "no URLs given");
        }
        return urls;
    }

    @Override
    public Input create(StageContext context, Settings settings) throws ConfigurationException {
        PoliteFetcher fetcher = new PoliteFetcher(client, new PoliteFetcher.Options(settings.get(USER_AGENT),
                settings.get(TIMEOUT), settings.get(MAX_BYTES), settings.get(MAX_REDIRECTS),
                settings.get(ALLOW_PRIVATE), settings.get(RESPECT_ROBOTS), settings.get(RATE_PER_HOST),
                settings.get(CONCURRENCY_PER_HOST)));
        return new HttpFetchInput(context.pipeline(), urls(settings), settings.get(INTERVAL), fetcher,
                context.state(), context.clock()).redacting(context::redact).reportingTo(context.sourceHealth());
    }
}
