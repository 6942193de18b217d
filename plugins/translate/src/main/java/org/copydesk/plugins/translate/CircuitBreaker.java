package org.copydesk.plugins.translate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Stops calling a server that keeps failing: after {@code threshold} failed requests in a row the breaker opens and
 * calls fail at once for {@code openFor}; then one trial request may go; its success closes the breaker, its failure
 * opens it again. Thread-safe.
 */
public final class CircuitBreaker {
    private final int threshold;
    private final Duration openFor;
    private final Clock clock;
    private int failures;
    private Instant openUntil;
    private boolean trialRunning;

    public CircuitBreaker(int threshold, Duration openFor, Clock clock) {
        this.threshold = threshold;
        this.openFor = openFor;
        this.clock = clock;
    }

    /**
     * Asks to make a request.
     *
     * @return null when it may go, else why not
     */
    public synchronized String refuse() {
        if (openUntil == null) {
            return null;
        }
        Instant now = clock.instant();
        if (now.isBefore(openUntil)) {
            return "circuit open after " + failures + " failed requests in a row; next try in "
                    + Duration.between(now, openUntil).toMillis() + " ms";
        }
        if (trialRunning) {
            return "circuit half-open after " + failures + " failed requests in a row; a trial request is running";
        }
        trialRunning = true;
        return null;
    }

    public synchronized void success() {
        failures = 0;
        openUntil = null;
        trialRunning = false;
    }

    public synchronized void failure() {
        failures++;
        trialRunning = false;
        if (failures >= threshold) {
            openUntil = clock.instant().plus(openFor);
        }
    }

    public synchronized boolean isOpen() {
        return openUntil != null && clock.instant().isBefore(openUntil);
    }
}
