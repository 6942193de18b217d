package org.copydesk.plugins.translate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The language pairs a translation server offers ({@code en-es}, BCP-47), asked once and remembered for five minutes.
 * When the server cannot be asked the pairs are unknown, and the engine assumes a pair is there: a server that is
 * down while a pipeline starts should not stop the pipeline (its documents get warnings or go to the dead-letter
 * store instead). Thread-safe.
 */
final class ServerPairs {
    private static final Logger LOG = LoggerFactory.getLogger(ServerPairs.class);
    private static final Duration KEEP = Duration.ofMinutes(5);

    interface Lister {
        Set<String> list() throws Exception;
    }

    private final String engine;
    private final Lister lister;
    private final Clock clock;
    private Set<String> pairs;
    private Instant asked;
    private String problem;
    private boolean probing;

    ServerPairs(String engine, Lister lister, Clock clock) {
        this.engine = engine;
        this.lister = lister;
        this.clock = clock;
    }

    /**
     * The pairs, or null when the server could not be asked. The server is asked outside the lock, by one caller at a
     * time: while it is being asked (up to the request time-out when it hangs), other callers get the last known
     * pairs at once instead of waiting.
     */
    Set<String> get() {
        synchronized (this) {
            Instant now = clock.instant();
            if (probing || (asked != null && !now.isAfter(asked.plus(KEEP)))) {
                return pairs;
            }
            asked = now;
            probing = true;
        }
        try {
            Set<String> listed = Set.copyOf(lister.list());
            synchronized (this) {
                pairs = listed;
                problem = null;
            }
            return listed;
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            synchronized (this) {
                pairs = null;
                problem = why;
            }
            LOG.warn("{}: cannot list the server's language pairs ({}); assuming every pair is there", engine, why);
            return null;
        } finally {
            synchronized (this) {
                probing = false;
            }
        }
    }

    /** Whether the server offers {@code from-to} (primary subtags compared); true while the pairs are unknown. */
    boolean offers(String from, String to) {
        Set<String> known = get();
        return known == null || known.contains(LanguageCodes.primary(from) + "-" + LanguageCodes.primary(to));
    }

    /** The pairs for a message: sorted, or {@code unknown}. */
    String describe() {
        Set<String> known = get();
        return known == null ? "unknown" : new java.util.TreeSet<>(known).toString();
    }

    synchronized String problem() {
        return problem;
    }
}
