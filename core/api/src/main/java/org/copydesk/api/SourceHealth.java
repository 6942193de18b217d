package org.copydesk.api;

/**
 * What an input tells the core about each source it reads (a feed, a URL): every failed read and every good one. The
 * core lists the sources that are failing in the admin API ({@code GET /api/pipelines}) and counts them in the
 * metrics, so that a feed that has answered 404 for three days can be alerted on instead of only being logged.
 * Inputs that read one place (a folder) need not use it. Thread-safe; cheap enough to call at every read.
 */
public interface SourceHealth {
    /**
     * A read of {@code source} failed.
     *
     * @param source the source as the input names it in its log (e.g. the feed URL), not null (a null is ignored);
     *               the core masks values taken from the environment in it
     * @param reason why, as the input would log it
     */
    void failed(String source, String reason);

    /** A read of {@code source} succeeded (a 304 counts): it is no longer failing. */
    void succeeded(String source);

    /** Keeps nothing: for contexts without a daemon (tests, one-shot runs). */
    SourceHealth NONE = new SourceHealth() {
        @Override
        public void failed(String source, String reason) {
        }

        @Override
        public void succeeded(String source) {
        }
    };
}
