package org.copydesk.runtime.state;

/** The state store cannot be opened or used; the message says what to do. */
public final class StateStoreException extends Exception {
    public StateStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
