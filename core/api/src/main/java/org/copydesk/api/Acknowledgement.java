package org.copydesk.api;

/** How the core tells an input that a payload is finished with. Exactly one of the methods is called, once. */
public interface Acknowledgement {
    /** The payload is fully handled: every document made from it is written. The input may forget it. */
    void ack();

    /**
     * The payload failed and its bytes are now kept in the dead-letter store with the reason, so the input may forget
     * it (a directory input deletes the file rather than archiving it as done). Defaults to {@link #ack()}.
     */
    default void deadLettered() {
        ack();
    }

    /** The payload could not be handled; the input keeps it and offers it again later. */
    void nack(Throwable error);
}
