package org.copydesk.plugins.rss;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.copydesk.api.ConfigurationException;
import org.copydesk.api.SettingType;

/** One feed of the {@code rss} input: its URL and polling interval, read from the {@code feeds} setting. */
record FeedSpec(URI url, Duration interval) {

    /** @param value the {@code feeds} structure: a list of URL strings or maps {@code {url, interval}} */
    static List<FeedSpec> parse(Object value, Duration defaultInterval) throws ConfigurationException {
        List<?> list = value instanceof List<?> l ? l : value instanceof String ? List.of(value) : null;
        if (list == null || list.isEmpty()) {
            throw new ConfigurationException("feeds", "give a list of feed URLs, or of maps {url, interval}");
        }
        List<FeedSpec> feeds = new ArrayList<>();
        Set<URI> seen = new LinkedHashSet<>();
        for (Object entry : list) {
            String url;
            Duration interval = defaultInterval;
            if (entry instanceof String s) {
                url = s;
            } else if (entry instanceof Map<?, ?> m) {
                for (Object key : m.keySet()) {
                    if (!key.equals("url") && !key.equals("interval")) {
                        throw new ConfigurationException("feeds", "unknown key '" + key + "' in a feed (known: url,"
                                + " interval)");
                    }
                }
                if (!(m.get("url") instanceof String s)) {
                    throw new ConfigurationException("feeds", "a feed map needs 'url'");
                }
                url = s;
                if (m.get("interval") != null) {
                    interval = duration(String.valueOf(m.get("interval")));
                }
            } else {
                throw new ConfigurationException("feeds", "a feed is a URL or a map {url, interval}, not " + entry);
            }
            URI uri = uri(url.strip());
            if (!seen.add(uri)) {
                throw new ConfigurationException("feeds", "feed " + uri + " is listed twice");
            }
            feeds.add(new FeedSpec(uri, interval));
        }
        return feeds;
    }

    private static URI uri(String text) throws ConfigurationException {
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw new ConfigurationException("feeds", "not a URL: '" + text + "' (" + e.getReason() + ")");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            throw new ConfigurationException("feeds", "only absolute http and https feed URLs are polled: '" + text
                    + "'");
        }
        return uri;
    }

    static Duration duration(String text) throws ConfigurationException {
        Duration d;
        try {
            d = SettingType.parseDuration(text.strip()); // read as the core reads duration settings
        } catch (SettingType.DurationTooLongException e) {
            throw new ConfigurationException("feeds", "a feed's interval is too long: '" + text + "'");
        } catch (IllegalArgumentException | java.time.format.DateTimeParseException e) {
            throw new ConfigurationException("feeds", "not a duration: '" + text + "' (e.g. 500ms, 30s, 5m, 1h)");
        }
        if (d.isZero() || d.isNegative()) {
            throw new ConfigurationException("feeds", "a feed's interval must be positive: '" + text + "'");
        }
        return d;
    }
}
