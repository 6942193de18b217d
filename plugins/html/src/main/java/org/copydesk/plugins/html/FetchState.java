package org.copydesk.plugins.html;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import org.copydesk.api.StateStore;

/**
 * What the {@code http-fetch} input remembers of one URL, kept as JSON in the stage's state: validators for
 * conditional GET, when it was last fetched, consecutive failures and the last error, when to try next, and
 * whether it is finished (fetched once with interval 0, or refused for good).
 */
final class FetchState {
    private static final ObjectMapper JSON = new ObjectMapper();

    String etag;
    String lastModified;
    long fetchedAt;
    int failures;
    long totalFailures;
    String lastError;
    long nextAttempt;
    boolean finished;

    static FetchState load(StateStore.StateMap map, String key) {
        FetchState s = new FetchState();
        String text = map.get(key);
        if (text == null) {
            return s;
        }
        try {
            ObjectNode n = (ObjectNode) JSON.readTree(text);
            s.etag = n.path("etag").textValue();
            s.lastModified = n.path("last_modified").textValue();
            s.fetchedAt = n.path("fetched_at").asLong();
            s.failures = n.path("failures").asInt();
            s.totalFailures = n.path("total_failures").asLong();
            s.lastError = n.path("last_error").textValue();
            s.nextAttempt = n.path("next_attempt").asLong();
            s.finished = n.path("finished").asBoolean();
        } catch (Exception e) {
            // an unreadable entry is treated as new: the URL is fetched again (at-least-once)
        }
        return s;
    }

    void save(StateStore.StateMap map, String key) {
        ObjectNode n = JSON.createObjectNode();
        n.put("etag", etag);
        n.put("last_modified", lastModified);
        n.put("fetched_at", fetchedAt);
        n.put("failures", failures);
        n.put("total_failures", totalFailures);
        n.put("last_error", lastError);
        n.put("next_attempt", nextAttempt);
        n.put("finished", finished);
        map.put(key, n.toString());
    }

    /** Records a failure and returns the wait before the next try: 30 s doubled per failure, at most {@code max}. */
    Duration failed(String error, long nowMillis, Duration max) {
        failures++;
        totalFailures++;
        lastError = error;
        long delay = Math.min(max.toMillis(), 30_000L << Math.min(failures - 1, 20));
        nextAttempt = nowMillis + delay;
        return Duration.ofMillis(delay);
    }
}
