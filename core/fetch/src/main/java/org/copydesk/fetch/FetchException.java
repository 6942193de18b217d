package org.copydesk.fetch;

import java.io.IOException;

/** A fetch that did not give a usable response; the message names the URL and the reason. */
public final class FetchException extends IOException {
    private static final long serialVersionUID = 1L;

    /** Whether trying the same URL again later may help (network error, 5xx, 429) or not (403, 404, refused). */
    private final boolean transientFailure;

    public FetchException(String message, boolean transientFailure) {
        super(message);
        this.transientFailure = transientFailure;
    }

    public FetchException(String message, Throwable cause) {
        super(message, cause);
        this.transientFailure = true;
    }

    public boolean isTransient() {
        return transientFailure;
    }
}
