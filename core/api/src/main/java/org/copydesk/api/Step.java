package org.copydesk.api;

/**
 * Document to document. One instance serves every worker thread of its pipeline, so implementations must be
 * thread-safe (keep per-call state on the stack). Errors should name the field and the value that caused them.
 */
public interface Step extends AutoCloseable {
    /**
     * Processes one document.
     *
     * @return the document to pass on (usually the same instance), or null to drop it on purpose
     * @throws Exception when the document cannot be processed; the core retries nothing and sends the document to
     *                   the dead-letter store with this error
     */
    Document apply(Document document) throws Exception;

    /** Releases resources (processes, connections). Called once when the pipeline stops. */
    @Override
    default void close() throws Exception {
    }
}
