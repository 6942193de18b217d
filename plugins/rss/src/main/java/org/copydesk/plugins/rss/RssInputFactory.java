package org.copydesk.plugins.rss;

import org.copydesk.fetch.PoliteFetcher;
import jakarta.inject.Inject;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import org.copydesk.api.ConfigurationException;
import org.copydesk.api.Input;
import org.copydesk.api.InputFactory;
import org.copydesk.api.Setting;
import org.copydesk.api.Settings;
import org.copydesk.api.StageContext;
import org.pf4j.Extension;

/** Contributes input {@code rss}: polls feeds, passes on only items not seen before. */
@Extension
public final class RssInputFactory implements InputFactory {
    static final String DEFAULT_USER_AGENT = "Copydesk/0.1 (+https://github.com/copydesk)";

    static final Setting<Object> FEEDS = Setting.structure("feeds").required()
            .describedAs("The feeds: a list of URLs, or of maps {url, interval} for a feed's own interval.");
    static final Setting<Duration> INTERVAL = Setting.duration("interval", Duration.ofMinutes(5))
            .range(Duration.ofMillis(1), null)
            .describedAs("How often each feed is polled (conditional GET: an unchanged feed costs one 304).");
    static final Setting<Boolean> FOLLOW = Setting.bool("follow", false)
            .describedAs("Fetch each new item's link (politely: robots.txt, 1 request/s per host) and pass on the"
                    + " page instead of the feed; use format html, which fills what the page lacks from the item.");
    static final Setting<Duration> TIMEOUT = Setting.duration("timeout", Duration.ofSeconds(20))
            .range(Duration.ofMillis(1), null)
            .describedAs("Longest wait for one complete response.");
    static final Setting<Integer> MAX_BYTES = Setting.integer("max_bytes", 10 * 1024 * 1024).range(1, null)
            .describedAs("Largest feed or page read, in bytes; a larger one is an error.");
    static final Setting<String> USER_AGENT = Setting.string("user_agent", DEFAULT_USER_AGENT)
            .describedAs("The User-Agent header; its first word is the name matched in robots.txt.");
    static final Setting<Boolean> ALLOW_PRIVATE = Setting.bool("allow_private_addresses", false)
            .describedAs("Allow hosts on loopback, link-local and private addresses: feeds and pages on an intranet (10.x, 192.168.x) or on this machine (off: a guard against requests to internal hosts through a hostile URL or redirect).");
    static final Setting<Duration> MAX_BACKOFF = Setting.duration("max_backoff", Duration.ofHours(1))
            .range(Duration.ofMillis(1), null)
            .describedAs("Longest wait before polling a failing feed again (the wait doubles per failure; never shorter than the feed's interval).");

    private final HttpClient client;

    @Inject
    public RssInputFactory(HttpClient client) {
        this.client = client;
    }

    @Override
    public String type() {
        return "rss";
    }

    @Override
    public String description() {
        return "Polls RSS/Atom/JSON feeds (conditional GET, backoff); passes on only new items, optionally their pages.";
    }

    @Override
    public List<Setting<?>> settings() {
        return List.of(FEEDS, INTERVAL, FOLLOW, TIMEOUT, MAX_BYTES, USER_AGENT, ALLOW_PRIVATE, MAX_BACKOFF);
    }

    @Override
    public void check(StageContext context, Settings settings) throws ConfigurationException {
        FeedSpec.parse(settings.get(FEEDS), settings.get(INTERVAL));
        if (settings.get(USER_AGENT).isBlank()) {
            throw new ConfigurationException(USER_AGENT.name(), "user_agent must not be empty");
        }
        if (settings.get(INTERVAL).isZero() || settings.get(INTERVAL).isNegative()) {
            throw new ConfigurationException(INTERVAL.name(), "interval must be positive");
        }
    }

    @Override
    public Input create(StageContext context, Settings settings) throws ConfigurationException {
        check(context, settings);
        List<FeedSpec> feeds = FeedSpec.parse(settings.get(FEEDS), settings.get(INTERVAL));
        // Feeds: one request per feed on its schedule, no robots.txt (a feed is published to be polled).
        PoliteFetcher feedFetcher = new PoliteFetcher(client, new PoliteFetcher.Options(settings.get(USER_AGENT),
                settings.get(TIMEOUT), settings.get(MAX_BYTES), 5, settings.get(ALLOW_PRIVATE), false, 1.0, 1));
        // Item pages: robots.txt honoured, one request a second per host.
        PoliteFetcher pageFetcher = new PoliteFetcher(client, new PoliteFetcher.Options(settings.get(USER_AGENT),
                settings.get(TIMEOUT), settings.get(MAX_BYTES), 5, settings.get(ALLOW_PRIVATE), true, 1.0, 1));
        return new RssInput(context.pipeline(), feeds, settings.get(FOLLOW), settings.get(MAX_BACKOFF), feedFetcher,
                pageFetcher, context.state(), context.clock()).redacting(context::redact)
                .reportingTo(context.sourceHealth());
    }
}
