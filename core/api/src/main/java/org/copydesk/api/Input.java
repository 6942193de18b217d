package org.copydesk.api;

import java.time.Duration;

/**
 * A transport: where payloads come from. The core calls {@link #start} once; the input then hands payloads to
 * {@link InputContext#submit} from threads of its own until {@link #stop} is called. Stopping is cooperative:
 * {@code stop()} asks, {@link #awaitStop} waits for the input's threads to end.
 */
public interface Input extends AutoCloseable {
    void start(InputContext context) throws Exception;

    /** Stops taking new work. Must return promptly; in-flight payloads are still acknowledged afterwards. */
    void stop();

    /** Waits until the input's own threads have ended. @return true if they did within the timeout */
    boolean awaitStop(Duration timeout) throws InterruptedException;

    @Override
    default void close() throws Exception {
        stop();
    }
}
