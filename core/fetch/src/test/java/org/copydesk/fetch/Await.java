package org.copydesk.fetch;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * Waits in a test for what an input's own threads do (a payload submitted, a request made). Shared in the test-jar,
 * like {@link TestServer}, because the rss and html input tests both poll for it the same way.
 */
public final class Await {
    /** Long enough for a loaded CI machine; a passing test returns as soon as the check holds. */
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private Await() {
    }

    /**
     * Returns once {@code check} holds, checking every 20 ms.
     *
     * @throws AssertionError naming {@code what} if it does not hold within 30 s
     */
    public static void await(String what, BooleanSupplier check) throws InterruptedException {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (!check.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(20);
        }
    }
}
