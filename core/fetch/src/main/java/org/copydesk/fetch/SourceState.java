package org.copydesk.fetch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import org.copydesk.fetch.SourceStateLayout.Field;

/**
 * What an input that polls a URL remembers of it between polls and across restarts: the validators for conditional
 * GET (ETag, Last-Modified), when it last succeeded and was last tried, when to try next, failures in a row and in
 * all, the last error, and whether it is finished for good. The plugin keeps it as one JSON object per URL in its
 * state map ({@link #fromJson}, {@link #toJson}); the JSON key names come from a {@link SourceStateLayout}, because
 * each plugin has always written its own names and a daemon upgraded in place must read them. Not thread-safe:
 * the plugin loads, changes and saves it under its own lock.
 */
public final class SourceState {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Failures in a row past which the wait stops doubling (it is capped by the maximum long before). */
    private static final int MAX_DOUBLINGS = 20;

    private final SourceStateLayout layout;
    private String etag;
    private String lastModified;
    private long lastSuccess;
    private long lastAttempt;
    private long nextAttempt;
    private int failures;
    private long totalFailures;
    private String lastError;
    private boolean finished;

    private SourceState(SourceStateLayout layout) {
        this.layout = layout;
    }

    /**
     * Reads the state a plugin stored: {@code null}, or text that is not a JSON object, is a new URL (fetched again:
     * at-least-once); a key missing from the text reads as empty or zero.
     */
    public static SourceState fromJson(String text, SourceStateLayout layout) {
        SourceState s = new SourceState(layout);
        if (text == null) {
            return s;
        }
        JsonNode n;
        try {
            n = JSON.readTree(text);
        } catch (Exception e) {
            return s;
        }
        if (!(n instanceof ObjectNode)) {
            return s;
        }
        s.etag = at(n, layout, Field.ETAG).textValue();
        s.lastModified = at(n, layout, Field.LAST_MODIFIED).textValue();
        s.lastSuccess = at(n, layout, Field.LAST_SUCCESS).asLong();
        s.lastAttempt = at(n, layout, Field.LAST_ATTEMPT).asLong();
        s.nextAttempt = at(n, layout, Field.NEXT_ATTEMPT).asLong();
        s.failures = at(n, layout, Field.FAILURES).asInt();
        s.totalFailures = at(n, layout, Field.TOTAL_FAILURES).asLong();
        s.lastError = at(n, layout, Field.LAST_ERROR).textValue();
        s.finished = at(n, layout, Field.FINISHED).asBoolean();
        return s;
    }

    /** The value stored for a field; a missing node (empty or zero) when the layout does not store it. */
    private static JsonNode at(JsonNode n, SourceStateLayout layout, Field field) {
        String key = layout.key(field);
        return key == null ? MissingNode.getInstance() : n.path(key);
    }

    /** The JSON object to store: the layout's keys in the layout's order, nothing else. */
    public String toJson() {
        ObjectNode n = JSON.createObjectNode();
        for (Field field : layout.fields()) {
            String key = layout.key(field);
            switch (field) {
                case ETAG -> n.put(key, etag);
                case LAST_MODIFIED -> n.put(key, lastModified);
                case LAST_SUCCESS -> n.put(key, lastSuccess);
                case LAST_ATTEMPT -> n.put(key, lastAttempt);
                case NEXT_ATTEMPT -> n.put(key, nextAttempt);
                case FAILURES -> n.put(key, failures);
                case TOTAL_FAILURES -> n.put(key, totalFailures);
                case LAST_ERROR -> n.put(key, lastError);
                case FINISHED -> n.put(key, finished);
            }
        }
        return n.toString();
    }

    /**
     * A successful fetch (200, or 304 with the validators kept): remembers the validators to send next time (either
     * may be {@code null}), ends the run of failures and schedules the next attempt.
     */
    public void succeeded(String etag, String lastModified, long nowMillis, long nextAttemptMillis) {
        this.etag = etag;
        this.lastModified = lastModified;
        this.failures = 0;
        this.lastSuccess = nowMillis;
        this.lastAttempt = nowMillis;
        this.nextAttempt = nextAttemptMillis;
    }

    /**
     * A failed attempt: counts it (in a row and in all), keeps the error and schedules the next attempt after
     * {@link #waitAfter the wait} for this many failures in a row.
     *
     * @return the wait before the next attempt
     */
    public Duration failed(String error, long nowMillis, Duration firstWait, Duration maxWait) {
        failures++;
        totalFailures++;
        lastError = error;
        lastAttempt = nowMillis;
        Duration wait = waitAfter(failures, firstWait, maxWait);
        nextAttempt = nowMillis + wait.toMillis();
        return wait;
    }

    /**
     * The wait after {@code failures} failures in a row: {@code firstWait} doubled per failure before the last, at
     * most {@code maxWait}, but never less than {@code firstWait} (with an rss interval longer than max_backoff, a
     * failing feed was polled more often than a healthy one; review 5 #18).
     */
    public static Duration waitAfter(int failures, Duration firstWait, Duration maxWait) {
        long doubled = firstWait.toMillis() << Math.min(Math.max(0, failures - 1), MAX_DOUBLINGS);
        return Duration.ofMillis(Math.max(firstWait.toMillis(), Math.min(maxWait.toMillis(), doubled)));
    }

    /**
     * Brings the next attempt forward to {@code millis} when it is later (the schedule stored under an older, longer
     * interval or backoff); a later time leaves it as it is.
     *
     * @return whether the next attempt changed
     */
    public boolean nextAttemptNoLaterThan(long millis) {
        if (millis < nextAttempt) {
            nextAttempt = millis;
            return true;
        }
        return false;
    }

    /**
     * A failure of something fetched on this URL's behalf (a feed item's page, say): counted in all and its error
     * kept, but not in the run of failures, and the next attempt stays as it is.
     */
    public void failedAside(String error) {
        totalFailures++;
        lastError = error;
    }

    /** Never to be fetched again (fetched once, or refused for good). */
    public void finish() {
        finished = true;
    }

    /** The ETag of the last answer kept, for If-None-Match; {@code null} if none. */
    public String etag() {
        return etag;
    }

    /** The Last-Modified of the last answer kept, for If-Modified-Since; {@code null} if none. */
    public String lastModified() {
        return lastModified;
    }

    /** When it last succeeded (epoch millis), 0 if never. */
    public long lastSuccess() {
        return lastSuccess;
    }

    /** When it was last tried (epoch millis), 0 if never. */
    public long lastAttempt() {
        return lastAttempt;
    }

    /** When it is due again (epoch millis); 0 for a new URL, which is due now. */
    public long nextAttempt() {
        return nextAttempt;
    }

    /** Failures in a row since the last success. */
    public int failures() {
        return failures;
    }

    /** All failures counted so far. */
    public long totalFailures() {
        return totalFailures;
    }

    /** The message of the last failure; {@code null} if none. */
    public String lastError() {
        return lastError;
    }

    /** Whether it is never to be fetched again. */
    public boolean finished() {
        return finished;
    }
}
