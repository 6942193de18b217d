package org.copydesk.fetch;

import java.io.IOException;

/** A fetch that did not give a usable response; the message names the URL and the reason. */
public final class FetchException extends IOException {
    private static final long serialVersionUID = 1L;

    /** Whether trying the same URL again later may help (network error, 5xx, 429) or not (403, 404, refused). */
    private final boolean transientFailure;
    /** Whether the URL was not asked for at all because its host's robots.txt could not be read (for now). */
    private final boolean robotsUnreachable;

    public FetchException(String message, boolean transientFailure) {
        this(message, transientFailure, false);
    }

    /** @param robotsUnreachable the URL was not asked for: its host's robots.txt could not be read (5xx, timeout) */
    public FetchException(String message, boolean transientFailure, boolean robotsUnreachable) {
        super(message);
        this.transientFailure = transientFailure;
        this.robotsUnreachable = robotsUnreachable;
    }

    public FetchException(String message, Throwable cause) {
        super(message, cause);
        this.transientFailure = true;
        this.robotsUnreachable = false;
    }

    /**
     * Whether the URL was refused without being asked for because its host's robots.txt could not be read (a 5xx,
     * timeout or network error on robots.txt): a temporary state of the host, not a fault of the URL. Such a failure
     * is always {@linkplain #isTransient() transient}.
     */
    public boolean isRobotsUnreachable() {
        return robotsUnreachable;
    }

    public boolean isTransient() {
        return transientFailure;
    }
}
