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
    private Thread trialThread;

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
        trialThread = Thread.currentThread();
        return null;
    }

    public synchronized void success() {
        failures = 0;
        openUntil = null;
        trialRunning = false;
        trialThread = null;
    }

    public synchronized void failure() {
        failures++;
        trialRunning = false;
        trialThread = null;
        if (failures >= threshold) {
            openUntil = clock.instant().plus(openFor);
        }
    }

    /**
     * Ends the calling thread's trial request, if it still holds one, without a verdict (it was interrupted or failed
     * in a way that says nothing of the server): the next request may be the trial. Called in a finally after every
     * request, so that no trial is left running for good; does nothing once success or failure was told.
     */
    public synchronized void release() {
        if (trialRunning && trialThread == Thread.currentThread()) {
            trialRunning = false;
            trialThread = null;
        }
    }

    public synchronized boolean isOpen() {
        return openUntil != null && clock.instant().isBefore(openUntil);
    }
}
