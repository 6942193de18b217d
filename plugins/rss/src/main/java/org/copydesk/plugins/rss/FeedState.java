package org.copydesk.plugins.rss;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.copydesk.api.StateStore;

/**
 * What the {@code rss} input remembers of one feed (JSON in the stage's state map {@code feeds}): validators for
 * conditional GET, when it was last tried and when to poll next, consecutive and total failures, the last error, when it was last read.
 */
final class FeedState {
    private static final ObjectMapper JSON = new ObjectMapper();

    String etag;
    String lastModified;
    long nextPoll;
    long lastPolled;
    long lastAttempt;
    int failures;
    long totalFailures;
    String lastError;

    static FeedState load(StateStore.StateMap map, String key) {
        FeedState s = new FeedState();
        String text = map.get(key);
        if (text != null) {
            try {
                JsonNode n = JSON.readTree(text);
                s.etag = n.path("etag").textValue();
                s.lastModified = n.path("last_modified").textValue();
                s.nextPoll = n.path("next_poll").asLong();
                s.lastPolled = n.path("last_polled").asLong();
                s.lastAttempt = n.path("last_attempt").asLong();
                s.failures = n.path("failures").asInt();
                s.totalFailures = n.path("total_failures").asLong();
                s.lastError = n.path("last_error").textValue();
            } catch (Exception e) {
                // unreadable: poll it as new; the seen ids (kept apart) still prevent duplicates
            }
        }
        return s;
    }

    void save(StateStore.StateMap map, String key) {
        ObjectNode n = JSON.createObjectNode();
        n.put("etag", etag);
        n.put("last_modified", lastModified);
        n.put("next_poll", nextPoll);
        n.put("last_polled", lastPolled);
        n.put("last_attempt", lastAttempt);
        n.put("failures", failures);
        n.put("total_failures", totalFailures);
        n.put("last_error", lastError);
        map.put(key, n.toString());
    }
}
