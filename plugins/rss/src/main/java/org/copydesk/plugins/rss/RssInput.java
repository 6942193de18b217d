package org.copydesk.plugins.rss;

import static java.util.Map.entry;
import static org.copydesk.fetch.SourceStateLayout.Field.ETAG;
import static org.copydesk.fetch.SourceStateLayout.Field.FAILURES;
import static org.copydesk.fetch.SourceStateLayout.Field.LAST_ATTEMPT;
import static org.copydesk.fetch.SourceStateLayout.Field.LAST_ERROR;
import static org.copydesk.fetch.SourceStateLayout.Field.LAST_MODIFIED;
import static org.copydesk.fetch.SourceStateLayout.Field.LAST_SUCCESS;
import static org.copydesk.fetch.SourceStateLayout.Field.NEXT_ATTEMPT;
import static org.copydesk.fetch.SourceStateLayout.Field.TOTAL_FAILURES;

import org.copydesk.fetch.PoliteFetcher;
import org.copydesk.fetch.FetchException;
import org.copydesk.fetch.SourceState;
import org.copydesk.fetch.SourceStateLayout;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import org.copydesk.api.Acknowledgement;
import org.copydesk.api.Document;
import org.copydesk.api.FormatException;
import org.copydesk.api.Input;
import org.copydesk.api.InputContext;
import org.copydesk.api.Payload;
import org.copydesk.api.StateStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls feeds on their schedules with conditional GET and passes on only items not seen before. Each fetched feed is
 * read with {@link RssFormat} to list its item ids ({@link ItemIds}); ids already seen or in flight are dropped, and a
 * feed with nothing new submits nothing. Without {@code follow} the feed's bytes are submitted once with the new ids
 * in the {@link ItemIds#ONLY_IDS} attribute; with {@code follow} each new item's page is fetched and submitted with
 * the item's fields as {@code feed.*} attributes. An id is remembered as seen (state map {@code seen}: per feed the
 * most recent {@value #SEEN_KEPT} ids, and every id still in the feed) only when its payload is acknowledged, so a
 * crash re-delivers. A feed's ETag/Last-Modified are kept only once every item in it is seen, so an item whose
 * payload was lost in a crash or refused is never hidden behind a 304. Errors are per feed: logged with the URL and
 * reason, counted in the state map {@code feeds}, and the feed is polled again after a wait that doubles per
 * failure up to {@code max_backoff}.
 */
final class RssInput implements Input {
    private static final Logger LOG = LoggerFactory.getLogger(RssInput.class);
    static final int SEEN_KEPT = 5000;
    private static final int PAGE_ATTEMPTS = 3;
    private static final ObjectMapper JSON = new ObjectMapper();
    /**
     * What this input stores per feed in the map {@code feeds}: the keys, and their order, that it wrote before the
     * state moved to core/fetch, so a daemon upgraded in place reads its old state (http-fetch's keys differ).
     */
    static final SourceStateLayout FEED_STATE = SourceStateLayout.of(entry(ETAG, "etag"),
            entry(LAST_MODIFIED, "last_modified"), entry(NEXT_ATTEMPT, "next_poll"), entry(LAST_SUCCESS, "last_polled"),
            entry(LAST_ATTEMPT, "last_attempt"), entry(FAILURES, "failures"), entry(TOTAL_FAILURES, "total_failures"),
            entry(LAST_ERROR, "last_error"));

    private final String pipeline;
    private final List<FeedSpec> feeds;
    private final boolean follow;
    private final Duration maxBackoff;
    private final PoliteFetcher feedFetcher;
    private final PoliteFetcher pageFetcher;
    private final StateStore state;
    private final StateStore.StateMap feedMap;
    private final StateStore.StateMap seenMap;
    private final Clock clock;
    private final RssFormat reader = new RssFormat("auto");
    private final Set<String> inFlight = ConcurrentHashMap.newKeySet();
    private final Map<String, Integer> pageAttempts = new HashMap<>();
    /** Per feed, the item ids of its last fetched version: never trimmed from its seen list. */
    private final Map<String, Set<String>> inFeed = new ConcurrentHashMap<>();
    private final Object lock = new Object();
    /** Feeds held back after an unexpected error; read and written by the polling thread only. */
    private final Map<String, HeldBack> heldBack = new HashMap<>();
    private volatile boolean stopped;
    private Thread thread;
    /** Masks what the core took from the environment (a feed URL's ?key=) in what this input logs and stores. */
    private UnaryOperator<String> redact = UnaryOperator.identity();

    RssInput(String pipeline, List<FeedSpec> feeds, boolean follow, Duration maxBackoff, PoliteFetcher feedFetcher,
             PoliteFetcher pageFetcher, StateStore state, Clock clock) {
        this.pipeline = pipeline;
        this.feeds = feeds;
        this.follow = follow;
        this.maxBackoff = maxBackoff;
        this.feedFetcher = feedFetcher;
        this.pageFetcher = pageFetcher;
        this.state = state;
        this.feedMap = state.map("feeds");
        this.seenMap = state.map("seen");
        this.clock = clock;
    }

    /** Uses the stage context's {@link org.copydesk.api.StageContext#redact} for what this input logs. */
    RssInput redacting(UnaryOperator<String> redact) {
        this.redact = redact;
        return this;
    }

    /** Where each feed's failed and good polls are reported (the admin API's failing sources). */
    private org.copydesk.api.SourceHealth sourceHealth = org.copydesk.api.SourceHealth.NONE;

    RssInput reportingTo(org.copydesk.api.SourceHealth health) {
        this.sourceHealth = health;
        return this;
    }

    private String shown(String text) {
        return redact.apply(text);
    }

    @Override
    public void start(InputContext context) {
        thread = new Thread(() -> run(context), "copydesk-" + pipeline + "-rss");
        thread.setDaemon(true);
        thread.start();
        LOG.info("Pipeline '{}': polling {} feed(s){}", pipeline, feeds.size(), follow ? ", following item links" : "");
    }

    /**
     * The stored next poll was computed with the interval and max_backoff of the time: a feed is polled no later
     * than its last attempt plus the wait the current settings give (review 5 #13: after {@code interval: 1d} was
     * changed to {@code 5m}, the feed stayed silent until the day-old schedule came due).
     */
    private void reschedule() {
        for (FeedSpec feed : feeds) {
            String key = feed.url().toString();
            SourceState s = feedState(key);
            if (s.lastAttempt() <= 0) {
                continue;
            }
            Duration wait = s.failures() == 0 ? feed.interval()
                    : SourceState.waitAfter(s.failures(), feed.interval(), maxBackoff);
            long due = s.lastAttempt() + wait.toMillis();
            if (due < s.nextAttempt()) {
                updateFeed(key, f -> f.nextAttemptNoLaterThan(due));
                LOG.info("Pipeline '{}': feed {} rescheduled to {} under the current interval and max_backoff",
                        pipeline, shown(key), java.time.Instant.ofEpochMilli(due));
            }
        }
    }

    private void run(InputContext context) {
        try {
            try {
                reschedule();
            } catch (RuntimeException e) {
                LOG.warn("Pipeline '{}': feeds not rescheduled at start: {}", pipeline, e.toString());
            }
            while (!stopped && !context.isStopping()) {
                long next = Long.MAX_VALUE;
                for (FeedSpec feed : feeds) {
                    if (stopped || context.isStopping()) {
                        return;
                    }
                    next = Math.min(next, pollIfDue(context, feed));
                }
                long wait = Math.max(20, Math.min(1000, next - clock.millis()));
                Thread.sleep(wait);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Polls the feed when it is due. @return when it is next due. An unexpected error (a bug, or the state store
     * failing: a full disk) is logged with the feed and holds that feed back, doubling up to max_backoff, in memory,
     * since the store may be what failed; it stopped the input thread for good while the pipeline still showed as
     * running (review 5).
     */
    private long pollIfDue(InputContext context, FeedSpec feed) throws InterruptedException {
        String key = feed.url().toString();
        HeldBack held = heldBack.get(key);
        if (held != null && held.until() > clock.millis()) {
            return held.until();
        }
        try {
            SourceState s = feedState(key);
            if (s.nextAttempt() <= clock.millis()) {
                poll(context, feed);
                s = feedState(key);
            }
            heldBack.remove(key);
            return s.nextAttempt();
        } catch (RuntimeException e) {
            int failures = held == null ? 1 : held.failures() + 1;
            Duration wait = SourceState.waitAfter(failures, feed.interval(), maxBackoff);
            heldBack.put(key, new HeldBack(failures, clock.millis() + wait.toMillis()));
            sourceHealth.failed(key, "unexpected error: " + e);
            LOG.error("Pipeline '{}': feed {} failed unexpectedly ({} in a row), next poll in {} s", pipeline,
                    shown(key),
                    failures, String.format(java.util.Locale.ROOT, "%.1f", wait.toMillis() / 1000.0), e);
            return clock.millis() + wait.toMillis();
        }
    }

    /** A feed held back after unexpected errors: how many in a row, and until when (epoch millis). */
    private record HeldBack(int failures, long until) {
    }

    private void poll(InputContext context, FeedSpec feed) throws InterruptedException {
        String key = feed.url().toString();
        SourceState s = feedState(key);
        PoliteFetcher.Response r;
        List<Document> items;
        try {
            r = feedFetcher.get(feed.url(), s.etag(), s.lastModified());
            items = r.notModified() ? List.of() : reader.parse(new Payload(r.body(), r.uri().toString(),
                    clock.instant(), r.header("content-type"), Map.of()));
        } catch (FetchException | FormatException e) {
            String reason = shown(e instanceof FormatException ? key + ": " + e.getMessage() : e.getMessage());
            sourceHealth.failed(key, reason);
            updateFeed(key, f -> {
                Duration wait = f.failed(reason, clock.millis(), feed.interval(), maxBackoff);
                LOG.warn("Pipeline '{}': feed failed ({} in a row): {}; next poll in {} s", pipeline, f.failures(),
                        reason, wait.toSeconds());
            });
            return;
        }
        sourceHealth.succeeded(key);
        if (r.notModified()) {
            LOG.debug("Pipeline '{}': feed {} not modified", pipeline, shown(key));
            updateFeed(key, f -> polled(f, feed, f.etag(), f.lastModified()));
            return;
        }
        Map<String, Document> byId = new LinkedHashMap<>();
        for (Document d : items) {
            byId.putIfAbsent(ItemIds.of(d), d);
        }
        inFeed.put(key, Set.copyOf(byId.keySet()));
        Set<String> seen = adoptLinkIds(key, byId.keySet(), seen(key));
        List<String> fresh = new ArrayList<>();
        boolean allSeen = true;
        for (String id : byId.keySet()) {
            if (!seen.contains(id)) {
                allSeen = false;
                if (!inFlight.contains(key + "\n" + id)) {
                    fresh.add(id);
                }
            }
        }
        boolean keepValidators = allSeen;
        updateFeed(key, f -> polled(f, feed, keepValidators ? r.header("etag") : null,
                keepValidators ? r.header("last-modified") : null));
        if (fresh.isEmpty()) {
            return;
        }
        LOG.info("Pipeline '{}': feed {} has {} new item(s)", pipeline, shown(key), fresh.size());
        if (follow) {
            for (String id : oldestFirst(fresh, byId)) {
                if (stopped || context.isStopping()) {
                    return;
                }
                followItem(context, key, id, byId.get(id));
            }
        } else {
            Map<String, String> attributes = httpAttributes(r);
            attributes.put(ItemIds.ONLY_IDS, ItemIds.toJson(fresh));
            submit(context, key, fresh, new Payload(r.body(), r.uri().toString(), clock.instant(),
                    r.header("content-type"), attributes));
        }
    }

    /**
     * The new items in the order they were published: by their dates when every one has a readable one (a feed may
     * list its items oldest first; review 7 saw a3, a2, a1 fetched from such a feed), else the feed's order reversed,
     * as feeds mostly list the newest first; items of the same time are taken in that reversed order too.
     */
    static List<String> oldestFirst(List<String> ids, Map<String, Document> byId) {
        Map<String, java.time.Instant> dates = new java.util.HashMap<>();
        for (String id : ids) {
            java.time.Instant when = instant(byId.get(id).published());
            if (when == null) {
                List<String> reversed = new ArrayList<>(ids);
                Collections.reverse(reversed);
                return reversed;
            }
            dates.put(id, when);
        }
        List<String> sorted = new ArrayList<>(ids);
        Collections.reverse(sorted); // items of the same time: the feed's order reversed, as below
        sorted.sort(java.util.Comparator.comparing(dates::get));
        return sorted;
    }

    private static java.time.Instant instant(String published) {
        if (published == null) {
            return null;
        }
        try {
            return java.time.OffsetDateTime.parse(published).toInstant();
        } catch (java.time.format.DateTimeParseException e) {
            try {
                return java.time.Instant.parse(published);
            } catch (java.time.format.DateTimeParseException e2) {
                try {
                    // no zone (review 9: one such item sent a whole batch back to the feed's order): taken as UTC
                    return published.indexOf('T') > 0
                            ? java.time.LocalDateTime.parse(published).toInstant(java.time.ZoneOffset.UTC)
                            : java.time.LocalDate.parse(published).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
                } catch (java.time.format.DateTimeParseException e3) {
                    return null;
                }
            }
        }
    }

    private void followItem(InputContext context, String feedKey, String id, Document item)
            throws InterruptedException {
        String link = item.uri();
        if (link == null || link.isBlank()) {
            LOG.warn("Pipeline '{}': item '{}' of feed {} has no link to follow; skipped", pipeline, id,
                    shown(feedKey));
            markSeen(feedKey, List.of(id));
            return;
        }
        PoliteFetcher.Response page;
        try {
            page = pageFetcher.get(URI.create(link.strip()), null, null);
        } catch (FetchException | IllegalArgumentException e) {
            String reason = shown(e instanceof FetchException ? e.getMessage() : link + ": " + e.getMessage());
            // a host whose robots.txt cannot be read for now (5xx, timeout) was not asked for the page at all: the
            // item waits for it without using up its tries (review 5 #2: it was skipped for good)
            boolean robotsUnreachable = e instanceof FetchException f && f.isRobotsUnreachable();
            int attempts = robotsUnreachable ? 0 : pageAttempts.merge(feedKey + "\n" + id, 1, Integer::sum);
            boolean giveUp = !robotsUnreachable
                    && (attempts >= PAGE_ATTEMPTS || e instanceof FetchException f && !f.isTransient());
            LOG.warn("Pipeline '{}': page of item '{}' of feed {} failed: {}; {}", pipeline, id, shown(feedKey), reason,
                    giveUp ? "skipped" : "tried again at the next poll");
            updateFeed(feedKey, f -> f.failedAside(reason));
            if (giveUp) {
                pageAttempts.remove(feedKey + "\n" + id);
                markSeen(feedKey, List.of(id));
            }
            return;
        }
        pageAttempts.remove(feedKey + "\n" + id);
        Map<String, String> attributes = httpAttributes(page);
        put(attributes, "feed.title", item.headline());
        put(attributes, "feed.link", link);
        // an item without a guid passes its link, as before its id told items sharing a link apart: format html then
        // takes the page's own canonical URL as the document's id
        String linkOnly = ItemIds.linkOf(id);
        put(attributes, "feed.id", linkOnly != null ? linkOnly : id);
        put(attributes, "feed.published", item.published());
        put(attributes, "feed.author", item.byline());
        put(attributes, "feed.source", item.distributor());
        submit(context, feedKey, List.of(id), new Payload(page.body(), page.uri().toString(), clock.instant(),
                page.header("content-type"), attributes));
    }

    private void submit(InputContext context, String feedKey, List<String> ids, Payload payload)
            throws InterruptedException {
        ids.forEach(id -> inFlight.add(feedKey + "\n" + id));
        try {
            context.submit(payload, new Acknowledgement() {
                @Override
                public void ack() {
                    markSeen(feedKey, ids);
                }

                @Override
                public void nack(Throwable error) {
                    LOG.warn("Pipeline '{}': {} item(s) of feed {} not handled ({}); offered again at the next poll",
                            pipeline, ids.size(), shown(feedKey), shown(error.toString()));
                    ids.forEach(id -> inFlight.remove(feedKey + "\n" + id));
                }
            });
        } catch (InterruptedException e) {
            ids.forEach(id -> inFlight.remove(feedKey + "\n" + id));
            throw e;
        }
    }

    private static Map<String, String> httpAttributes(PoliteFetcher.Response r) {
        Map<String, String> attributes = new LinkedHashMap<>();
        r.headers().forEach((name, value) -> attributes.put("http." + name, value));
        return attributes;
    }

    private static void put(Map<String, String> attributes, String name, String value) {
        if (value != null && !value.isBlank()) {
            attributes.put(name, value);
        }
    }

    private void polled(SourceState f, FeedSpec feed, String etag, String lastModified) {
        long now = clock.millis();
        f.succeeded(etag, lastModified, now, now + feed.interval().toMillis());
    }

    private SourceState feedState(String key) {
        synchronized (lock) {
            return SourceState.fromJson(feedMap.get(key), FEED_STATE);
        }
    }

    private void updateFeed(String key, java.util.function.Consumer<SourceState> change) {
        synchronized (lock) {
            SourceState f = SourceState.fromJson(feedMap.get(key), FEED_STATE);
            change.accept(f);
            feedMap.put(key, f.toJson());
        }
        state.commit();
    }

    /** The ids seen for a feed, oldest first. */
    private Set<String> seen(String feedKey) {
        synchronized (lock) {
            Set<String> ids = new LinkedHashSet<>();
            String text = seenMap.get(feedKey);
            if (text != null) {
                try {
                    JsonNode array = JSON.readTree(text);
                    array.forEach(n -> ids.add(n.asText()));
                } catch (Exception e) {
                    LOG.warn("Pipeline '{}': unreadable seen ids of feed {}; starting them afresh", pipeline,
                            shown(feedKey));
                }
            }
            return ids;
        }
    }

    /**
     * State written before items without a guid got ids of their own ({@link ItemIds#linked}) holds such an item's
     * bare link as seen: the items of this poll with that link are taken as seen, under their new ids, and the bare
     * link is dropped, so that later items with the same link are not hidden behind it.
     */
    private Set<String> adoptLinkIds(String feedKey, Collection<String> ids, Set<String> seen) {
        List<String> adopted = new ArrayList<>();
        Set<String> oldLinks = new LinkedHashSet<>();
        for (String id : ids) {
            String link = ItemIds.linkOf(id);
            if (link != null && seen.contains(link) && !seen.contains(id)) {
                adopted.add(id);
                oldLinks.add(link);
            }
        }
        if (adopted.isEmpty()) {
            return seen;
        }
        synchronized (lock) {
            Set<String> all = seen(feedKey);
            all.removeAll(oldLinks);
            all.addAll(adopted);
            seenMap.put(feedKey, ItemIds.toJson(new ArrayList<>(all)));
        }
        state.commit();
        LOG.info("Pipeline '{}': feed {}: {} item(s) without a guid seen under their link before now have ids of"
                + " their own", pipeline, shown(feedKey), adopted.size());
        return seen(feedKey);
    }

    private void markSeen(String feedKey, Collection<String> ids) {
        synchronized (lock) {
            Set<String> all = seen(feedKey);
            all.addAll(ids);
            List<String> list = new ArrayList<>(all);
            if (list.size() > SEEN_KEPT) {
                // the most recent SEEN_KEPT ids, and every id still in the feed: a feed listing more items than that
                // re-delivered the overflow at every poll and never got a 304 (review 5 #14)
                Set<String> current = inFeed.getOrDefault(feedKey, Set.of());
                List<String> kept = new ArrayList<>();
                int recent = 0;
                for (int i = list.size() - 1; i >= 0; i--) {
                    String id = list.get(i);
                    if (recent < SEEN_KEPT || current.contains(id)) {
                        kept.add(id);
                        recent++;
                    }
                }
                Collections.reverse(kept);
                list = kept;
            }
            seenMap.put(feedKey, ItemIds.toJson(list));
            ids.forEach(id -> inFlight.remove(feedKey + "\n" + id));
        }
        state.commit();
    }

    @Override
    public void stop() {
        stopped = true;
        if (thread != null) {
            thread.interrupt();
        }
    }

    @Override
    public boolean awaitStop(Duration timeout) throws InterruptedException {
        if (thread == null) {
            return true;
        }
        thread.join(Math.max(1, timeout.toMillis()));
        return !thread.isAlive();
    }
}
