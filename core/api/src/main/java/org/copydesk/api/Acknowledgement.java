package org.copydesk.api;

/** How the core tells an input that a payload is finished with. Exactly one of the two methods is called. */
public interface Acknowledgement {
    /** The payload is fully handled: written, or kept in the dead-letter store. The input may forget it. */
    void ack();

    /** The payload could not be handled; the input keeps it and offers it again later. */
    void nack(Throwable error);
}
