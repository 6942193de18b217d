package org.copydesk.runtime.state;

/** The state store cannot be opened or used; the message says what to do. */
public final class StateStoreException extends Exception {
    private final boolean inUse;

    public StateStoreException(String message, Throwable cause) {
        this(message, cause, false);
    }

    public StateStoreException(String message, Throwable cause, boolean inUse) {
        super(message, cause);
        this.inUse = inUse;
    }

    /** True when the store is locked by another process (a running daemon): nothing is wrong with it. */
    public boolean inUse() {
        return inUse;
    }
}
