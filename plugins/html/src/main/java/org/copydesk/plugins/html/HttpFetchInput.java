package org.copydesk.plugins.html;

import static java.util.Map.entry;
import static org.copydesk.fetch.SourceStateLayout.Field.ETAG;
import static org.copydesk.fetch.SourceStateLayout.Field.FAILURES;
import static org.copydesk.fetch.SourceStateLayout.Field.FINISHED;
import static org.copydesk.fetch.SourceStateLayout.Field.LAST_ERROR;
import static org.copydesk.fetch.SourceStateLayout.Field.LAST_MODIFIED;
import static org.copydesk.fetch.SourceStateLayout.Field.LAST_SUCCESS;
import static org.copydesk.fetch.SourceStateLayout.Field.NEXT_ATTEMPT;
import static org.copydesk.fetch.SourceStateLayout.Field.TOTAL_FAILURES;

import org.copydesk.fetch.PoliteFetcher;
import org.copydesk.fetch.FetchException;
import org.copydesk.fetch.SourceState;
import org.copydesk.fetch.SourceStateLayout;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.copydesk.api.Acknowledgement;
import org.copydesk.api.Input;
import org.copydesk.api.InputContext;
import org.copydesk.api.Payload;
import org.copydesk.api.StateStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Fetches a list of URLs with a {@link PoliteFetcher}; each page (status 200) is one payload with the response
 * headers as attributes {@code http.<lower-case name>}. A URL counts as fetched only once its payload is
 * acknowledged (written or dead-lettered), so a crash fetches it again. With an interval, URLs are fetched again
 * with conditional GET; an unchanged page (304) is not submitted. Failures are per URL: logged with the URL and
 * reason, counted in the state, retried with backoff (30 s doubling to an hour); a URL refused for good (403, 404,
 * the SSRF guard, a robots.txt Disallow) is not retried when fetching once; an unreadable robots.txt is retried.
 */
final class HttpFetchInput implements Input {
    private static final Logger LOG = LoggerFactory.getLogger(HttpFetchInput.class);
    private static final Duration FIRST_BACKOFF = Duration.ofSeconds(30);
    private static final Duration MAX_BACKOFF = Duration.ofHours(1);
    /**
     * What this input stores per URL in the map {@code urls}: the keys, and their order, that it wrote before the
     * state moved to core/fetch, so a daemon upgraded in place reads its old state (the rss input's keys differ).
     */
    static final SourceStateLayout URL_STATE = SourceStateLayout.of(entry(ETAG, "etag"),
            entry(LAST_MODIFIED, "last_modified"), entry(LAST_SUCCESS, "fetched_at"), entry(FAILURES, "failures"),
            entry(TOTAL_FAILURES, "total_failures"), entry(LAST_ERROR, "last_error"), entry(NEXT_ATTEMPT, "next_attempt"),
            entry(FINISHED, "finished"));

    private final String pipeline;
    private final List<URI> urls;
    private final Duration interval;
    private final PoliteFetcher fetcher;
    private final StateStore state;
    private final StateStore.StateMap map;
    private final Clock clock;
    private final Set<URI> inFlight = ConcurrentHashMap.newKeySet();
    /**
     * URLs held back after an unexpected error (a bug, or the state store failing: a full disk), kept in memory since
     * the store may be what failed; such an error in the scheduling loop stopped the input for good while the
     * pipeline still showed as running (review 5).
     */
    private final Map<URI, HeldBack> heldBack = new ConcurrentHashMap<>();
    /** The first hold after an unexpected error, doubled per error in a row up to an hour; shorter in tests. */
    private Duration firstHold = FIRST_BACKOFF;
    private final Object lock = new Object();
    private volatile boolean stopped;
    private Thread thread;
    private ExecutorService workers;
    /** Masks what the core took from the environment (a URL's ?key=) in what this input logs and stores. */
    private UnaryOperator<String> redact = UnaryOperator.identity();

    HttpFetchInput(String pipeline, List<URI> urls, Duration interval, PoliteFetcher fetcher, StateStore state,
                   Clock clock) {
        this.pipeline = pipeline;
        this.urls = List.copyOf(new java.util.LinkedHashSet<>(urls));
        this.interval = interval;
        this.fetcher = fetcher;
        this.state = state;
        this.map = state.map("urls");
        this.clock = clock;
    }

    /** Uses the stage context's {@link org.copydesk.api.StageContext#redact} for what this input logs. */
    /** Where each URL's failed and good fetches are reported (the admin API's failing sources). */
    private org.copydesk.api.SourceHealth sourceHealth = org.copydesk.api.SourceHealth.NONE;

    HttpFetchInput reportingTo(org.copydesk.api.SourceHealth health) {
        this.sourceHealth = health;
        return this;
    }

    HttpFetchInput redacting(UnaryOperator<String> redact) {
        this.redact = redact;
        return this;
    }

    private String shown(Object text) {
        return redact.apply(String.valueOf(text));
    }

    @Override
    public void start(InputContext context) {
        int threads = Math.min(4, urls.size());
        // Every line of this input carries the pipeline's logging context (the log's [pipeline] field), as the
        // runner's workers do; its own threads logged as [core] (review C17).
        workers = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(withPipelineContext(r), "copydesk-" + pipeline + "-http-fetch-worker");
            t.setDaemon(true);
            return t;
        });
        thread = new Thread(withPipelineContext(() -> run(context)), "copydesk-" + pipeline + "-http-fetch");
        thread.setDaemon(true);
        thread.start();
        try (MDC.MDCCloseable ignored = MDC.putCloseable("pipeline", pipeline)) {
            LOG.info("Pipeline '{}': fetching {} URL(s){}", pipeline, urls.size(),
                    interval.isZero() ? " once" : " every " + interval);
        }
    }

    private Runnable withPipelineContext(Runnable r) {
        return () -> {
            MDC.put("pipeline", pipeline);
            try {
                r.run();
            } finally {
                MDC.clear();
            }
        };
    }

    /**
     * A URL fetched with success is fetched again no later than its last fetch plus the current interval: the
     * stored next attempt was computed with the interval of the time (review 5 #13: a shortened interval waited for
     * the old schedule).
     */
    private void reschedule() {
        if (interval.isZero()) {
            return;
        }
        for (URI url : urls) {
            SourceState s = urlState(url);
            long due = s.lastSuccess() + interval.toMillis();
            if (!s.finished() && s.failures() == 0 && s.lastSuccess() > 0 && due < s.nextAttempt()) {
                update(url, f -> f.nextAttemptNoLaterThan(due));
                LOG.info("Pipeline '{}': {} rescheduled to {} under the current interval", pipeline, shown(url),
                        java.time.Instant.ofEpochMilli(due));
            }
        }
    }

    private void run(InputContext context) {
        try {
            try {
                reschedule();
            } catch (RuntimeException e) {
                LOG.warn("Pipeline '{}': URLs not rescheduled at start: {}", pipeline, e.toString());
            }
            while (!stopped && !context.isStopping()) {
                long now = clock.millis();
                boolean allFinished = true;
                for (URI url : urls) {
                    HeldBack held = heldBack.get(url);
                    if (held != null && held.until() > now) {
                        allFinished = false;
                        continue;
                    }
                    try {
                        SourceState s = urlState(url);
                        boolean done = s.finished() || interval.isZero() && s.lastSuccess() > 0;
                        allFinished &= done && !inFlight.contains(url);
                        if (done || inFlight.contains(url) || s.nextAttempt() > now) {
                            continue;
                        }
                    } catch (RuntimeException e) {
                        allFinished = false;
                        holdBack(url, e);
                        continue;
                    }
                    inFlight.add(url);
                    workers.execute(() -> fetch(context, url));
                }
                if (allFinished && interval.isZero()) {
                    LOG.info("Pipeline '{}': every URL fetched; http-fetch input idle", pipeline);
                    return;
                }
                Thread.sleep(200);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            if (!stopped) {
                LOG.error("Pipeline '{}': http-fetch input stopped by an unexpected error", pipeline, e);
            }
        } finally {
            workers.shutdown(); // fetches already started finish; awaitStop waits for them
        }
    }

    private void fetch(InputContext context, URI url) {
        boolean submitted = false;
        try {
            SourceState s = urlState(url);
            PoliteFetcher.Response r = fetcher.get(url, s.etag(), s.lastModified());
            sourceHealth.succeeded(url.toString());
            if (r.notModified()) {
                LOG.debug("Pipeline '{}': {} not modified", pipeline, shown(url));
                update(url, f -> fetched(f, f.etag(), f.lastModified()));
                return;
            }
            Map<String, String> attributes = new LinkedHashMap<>();
            r.headers().forEach((name, value) -> attributes.put("http." + name, value));
            attributes.put("http.url", url.toString());
            Payload payload = new Payload(r.body(), r.uri().toString(), clock.instant(), r.header("content-type"),
                    attributes);
            String etag = r.header("etag");
            String lastModified = r.header("last-modified");
            context.submit(payload, new Acknowledgement() {
                @Override
                public void ack() {
                    try {
                        update(url, f -> fetched(f, etag, lastModified));
                        heldBack.remove(url);
                    } catch (RuntimeException e) {
                        // the page is written but the store did not take it (a full disk): held back, then fetched
                        // again (the output's id window drops the repeat); it stayed in flight for good (review 6)
                        holdBack(url, e);
                    } finally {
                        inFlight.remove(url);
                    }
                }

                @Override
                public void nack(Throwable error) {
                    // a stop that cut the page short (the runner refuses with an InterruptedException) is no fault of
                    // the page or its server: no failure, no back-off; it is fetched again at the next start
                    try {
                        if (!(error instanceof InterruptedException)) {
                            update(url, f -> failed(f, shown("not handled: " + error)));
                        }
                    } catch (RuntimeException e) {
                        holdBack(url, e);
                    } finally {
                        inFlight.remove(url);
                    }
                }
            });
            submitted = true;
        } catch (FetchException e) {
            sourceHealth.failed(url.toString(), e.getMessage());
            update(url, f -> {
                Duration wait = failed(f, shown(e.getMessage()));
                if (interval.isZero() && !e.isTransient()) {
                    f.finish();
                }
                LOG.warn("Pipeline '{}': http-fetch failed ({} in a row): {}; {}", pipeline, f.failures(),
                        shown(e.getMessage()), f.finished() ? "not retried" : "next try in " + wait.toSeconds() + " s");
            });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            sourceHealth.failed(url.toString(), "unexpected error: " + e);
            holdBack(url, e);
            try {
                update(url, f -> failed(f, shown(e.toString())));
            } catch (RuntimeException again) {
                LOG.debug("Pipeline '{}': the failure of {} not recorded: {}", pipeline, shown(url),
                        shown(again.toString()));
            }
        } finally {
            if (!submitted) {
                inFlight.remove(url);
            }
        }
    }

    private void fetched(SourceState f, String etag, String lastModified) {
        long now = clock.millis();
        f.succeeded(etag, lastModified, now, interval.isZero() ? Long.MAX_VALUE : now + interval.toMillis());
    }

    /** Logs an unexpected error of a URL and holds the URL back (see {@link #heldBack}). */
    private void holdBack(URI url, RuntimeException e) {
        HeldBack before = heldBack.get(url);
        int failures = before == null ? 1 : before.failures() + 1;
        Duration wait = SourceState.waitAfter(failures, firstHold, MAX_BACKOFF);
        heldBack.put(url, new HeldBack(failures, clock.millis() + wait.toMillis()));
        LOG.error("Pipeline '{}': http-fetch of {} failed unexpectedly ({} in a row), next try in {} s", pipeline,
                shown(url),
                failures, String.format(java.util.Locale.ROOT, "%.1f", wait.toMillis() / 1000.0), e);
    }

    /** For tests: the first hold after an unexpected error (30 s otherwise). */
    HttpFetchInput firstHold(Duration hold) {
        this.firstHold = hold;
        return this;
    }

    /** A URL held back after unexpected errors: how many in a row, and until when (epoch millis). */
    private record HeldBack(int failures, long until) {
    }

    /** Records a failure; the next try is 30 s later, doubled per failure in a row, at most an hour. */
    private Duration failed(SourceState f, String error) {
        return f.failed(error, clock.millis(), FIRST_BACKOFF, MAX_BACKOFF);
    }

    private SourceState urlState(URI url) {
        synchronized (lock) {
            return SourceState.fromJson(map.get(url.toString()), URL_STATE);
        }
    }

    private void update(URI url, java.util.function.Consumer<SourceState> change) {
        synchronized (lock) {
            SourceState f = SourceState.fromJson(map.get(url.toString()), URL_STATE);
            change.accept(f);
            map.put(url.toString(), f.toJson());
        }
        state.commit();
    }

    @Override
    public void stop() {
        stopped = true;
        if (workers != null) {
            workers.shutdownNow();
        }
        if (thread != null) {
            thread.interrupt();
        }
    }

    @Override
    public boolean awaitStop(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        if (thread != null) {
            thread.join(Math.max(1, timeout.toMillis()));
        }
        boolean poolDone = workers == null
                || workers.awaitTermination(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        return poolDone && (thread == null || !thread.isAlive());
    }
}
