package org.copydesk.plugins.translate;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends requests to one translation server with a time-out per request, repetition with doubling back-off (after no
 * connection, a time-out, HTTP 429 or 5xx), a limit on concurrent requests and a circuit breaker. Thread-safe.
 */
public final class ResilientHttp {
    private static final Logger LOG = LoggerFactory.getLogger(ResilientHttp.class);

    private final String engine;
    private final HttpClient client;
    private final HttpSettings settings;
    private final Semaphore permits;
    private final CircuitBreaker breaker;
    /**
     * The largest answer read (16 MiB: several times the largest story the inputs take). A broken or hostile server
     * that sends more would otherwise fill the heap (review); the rest is not read and the call fails.
     */
    static final int MAX_ANSWER_BYTES = 16 << 20;

    public ResilientHttp(String engine, HttpClient client, HttpSettings settings, Clock clock) {
        this.engine = engine;
        this.client = client;
        this.settings = settings;
        this.permits = new Semaphore(settings.maxConcurrent(), true);
        this.breaker = new CircuitBreaker(settings.breakerFailures(), settings.breakerOpenFor(), clock);
    }

    /** An HTTP status the server answered with, and its body. */
    public static final class StatusException extends IOException {
        private final int status;

        StatusException(String message, int status) {
            super(message);
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    /**
     * Sends the request (built anew for each attempt, with the time-out set) and returns the body of a 2xx answer.
     *
     * @param what names the call in errors, e.g. {@code eng-spa}
     * @throws IOException naming engine, call and reason when every attempt failed, the circuit is open or too many
     *                     requests are waiting
     */
    public String send(String what, HttpRequest.Builder request) throws IOException, InterruptedException {
        String prefix = engine + " " + what + ": ";
        if (!permits.tryAcquire(settings.timeout().toMillis(), TimeUnit.MILLISECONDS)) {
            throw new IOException(prefix + "more than " + settings.maxConcurrent()
                    + " requests running (max_concurrent); waited " + settings.timeout().toMillis() + " ms");
        }
        try {
            IOException last = null;
            for (int attempt = 0; attempt <= settings.retries(); attempt++) {
                if (attempt > 0) {
                    long wait = settings.backoff().toMillis() << Math.min(attempt - 1, 20);
                    LOG.debug("{}{}; again in {} ms", prefix, last.getMessage(), wait);
                    Thread.sleep(wait);
                }
                String refused = breaker.refuse();
                if (refused != null) {
                    throw new IOException(prefix + refused + (last == null ? "" : "; last error: " + last.getMessage()));
                }
                try {
                    HttpResponse<java.io.InputStream> response = client.send(
                            request.copy().timeout(settings.timeout()).build(), HttpResponse.BodyHandlers.ofInputStream());
                    String text = readLimited(response.body());
                    int status = response.statusCode();
                    if (status / 100 == 2) {
                        breaker.success();
                        return text;
                    }
                    String body = text.strip();
                    StatusException e = new StatusException("HTTP " + status
                            + (body.isEmpty() ? "" : " " + (body.length() > 300 ? body.substring(0, 300) + "…" : body)),
                            status);
                    if (status != 429 && status / 100 != 5) {
                        breaker.success();  // the server works; the request is at fault
                        throw new StatusException(prefix + e.getMessage(), status);
                    }
                    breaker.failure();
                    last = e;
                } catch (java.net.http.HttpTimeoutException e) {
                    breaker.failure();
                    last = new IOException("no answer within " + settings.timeout().toMillis() + " ms", e);
                } catch (StatusException e) {
                    throw e;
                } catch (TooLargeAnswer e) {
                    breaker.success(); // the server answers; asking again would only read as much again
                    throw new IOException(prefix + e.getMessage(), e);
                } catch (IOException e) {
                    breaker.failure();
                    last = new IOException(describe(e), e);
                } finally {
                    breaker.release();  // an interrupted (or otherwise failed) trial must not leave it half-open
                }
            }
            throw new IOException(prefix + last.getMessage() + " (after " + (settings.retries() + 1) + " attempts)",
                    last);
        } finally {
            permits.release();
        }
    }

    private static String describe(IOException e) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof java.net.ConnectException) {
                return "ConnectException: connection refused or unreachable";
            }
        }
        Throwable t = e;
        while (t.getCause() != null && (t.getMessage() == null || t.getMessage().isBlank())) {
            t = t.getCause();
        }
        String name = t.getClass().getSimpleName();
        return t.getMessage() == null || t.getMessage().isBlank() ? name : name + ": " + t.getMessage();
    }

    /** A plain request for listing what the server offers: one attempt, outside the breaker and the limit. */
    public String probe(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<java.io.InputStream> response = client.send(request.timeout(settings.timeout()).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        String text = readLimited(response.body());
        if (response.statusCode() / 100 != 2) {
            throw new StatusException("HTTP " + response.statusCode(), response.statusCode());
        }
        return text;
    }

    /** An answer over {@link #MAX_ANSWER_BYTES}. */
    static final class TooLargeAnswer extends IOException {
        TooLargeAnswer(String message) {
            super(message);
        }
    }

    /** Reads an answer as UTF-8 text, at most {@link #MAX_ANSWER_BYTES}; the stream is closed either way. */
    static String readLimited(java.io.InputStream in) throws IOException {
        try (in) {
            byte[] bytes = in.readNBytes(MAX_ANSWER_BYTES + 1);
            if (bytes.length > MAX_ANSWER_BYTES) {
                throw new TooLargeAnswer("answer larger than " + (MAX_ANSWER_BYTES >> 20) + " MiB; not read further");
            }
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    public boolean circuitOpen() {
        return breaker.isOpen();
    }
}
