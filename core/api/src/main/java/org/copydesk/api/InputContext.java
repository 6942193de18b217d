package org.copydesk.api;

/** What the core gives a running {@link Input}. */
public interface InputContext {
    /** The pipeline's name. */
    String pipeline();

    /**
     * Hands a payload to the pipeline. Blocks while the pipeline is full (back-pressure).
     *
     * @param ack called exactly once, later and from another thread: {@link Acknowledgement#ack()} once every
     *            document made from the payload is written by every output or kept in the dead-letter store, so the
     *            input may forget it; {@link Acknowledgement#nack(Throwable)} when it could not be handled at all,
     *            so the input must keep it and offer it again later
     * @throws InterruptedException when the pipeline is stopping
     */
    void submit(Payload payload, Acknowledgement ack) throws InterruptedException;

    /** True once the pipeline has been asked to stop; inputs poll it in their loops. */
    boolean isStopping();
}
