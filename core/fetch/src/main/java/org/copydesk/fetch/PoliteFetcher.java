package org.copydesk.fetch;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Polite HTTP GET over the core's {@link HttpClient} (which never follows redirects itself): a clear User-Agent,
 * robots.txt honoured (cached per host for an hour), per-host rate limit and concurrency, an overall timeout per
 * request, a size limit, redirects followed here up to a limit with every hop checked by the {@link AddressGuard}
 * (http/https only, no private addresses unless allowed), and conditional GET (ETag, Last-Modified). Thread-safe.
 */
public final class PoliteFetcher {
    /** Settings of a fetcher. */
    public record Options(String userAgent, Duration timeout, long maxBytes, int maxRedirects,
                          boolean allowPrivateAddresses, boolean respectRobots, double ratePerHost,
                          int concurrencyPerHost) {
    }

    /**
     * A response: status 200 with the body, or 304 (not modified, empty body).
     *
     * @param headers the response headers by lower-case name (several values joined by ", ")
     */
    public record Response(URI uri, int status, byte[] body, Map<String, String> headers) {
        public boolean notModified() {
            return status == 304;
        }

        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    private static final long ROBOTS_TTL_NANOS = TimeUnit.HOURS.toNanos(1);
    private static final long ROBOTS_MAX_BYTES = 500 * 1024;

    /** @param unreachable why robots.txt could not be read (5xx, timeout, network error), or {@code null} */
    private record CachedRobots(RobotsRules rules, long fetchedNanos, String unreachable) {
    }

    private final HttpClient client;
    private final Options options;
    private final AddressGuard guard;
    private final HostLimiter limiter;
    private final Map<String, CachedRobots> robots = new ConcurrentHashMap<>();
    private final long unreachableRobotsRetryNanos;

    public PoliteFetcher(HttpClient client, Options options) {
        this(client, options, Duration.ofMinutes(1));
    }

    /**
     * @param unreachableRobotsRetry how long a robots.txt that could not be read (5xx, timeout, network error) keeps
     *                               its host refused before it is asked for again (a minute by default)
     */
    public PoliteFetcher(HttpClient client, Options options, Duration unreachableRobotsRetry) {
        this.client = client;
        this.options = options;
        this.unreachableRobotsRetryNanos = Math.min(ROBOTS_TTL_NANOS, unreachableRobotsRetry.toNanos());
        this.guard = new AddressGuard(options.allowPrivateAddresses());
        this.limiter = new HostLimiter(options.ratePerHost(), options.concurrencyPerHost());
    }

    /**
     * Fetches a URL, following redirects.
     *
     * @param etag         sent as If-None-Match when not null
     * @param lastModified sent as If-Modified-Since when not null
     * @throws FetchException naming the URL and the reason for anything but a 2xx or 304 answer; a refusal because
     *                        the host's robots.txt could not be read is transient and
     *                        {@linkplain FetchException#isRobotsUnreachable() says so}: the URL itself was not asked for
     */
    public Response get(URI uri, String etag, String lastModified) throws FetchException, InterruptedException {
        URI current = uri;
        for (int hop = 0; ; hop++) {
            guard.check(current);
            if (options.respectRobots()) {
                CachedRobots rules = robotsFor(current);
                if (rules.unreachable() != null) {
                    throw new FetchException(current + ": not fetched for now: " + origin(current)
                            + "/robots.txt could not be read (" + rules.unreachable() + "); asked for again within "
                            + Math.max(1, TimeUnit.NANOSECONDS.toSeconds(unreachableRobotsRetryNanos)) + " s",
                            true, true);
                }
                if (!rules.rules().allows(pathOf(current))) {
                    throw new FetchException(current + ": disallowed by " + origin(current) + "/robots.txt", false);
                }
            }
            Response r = send(current, etag, lastModified, options.maxBytes());
            if (r.status() >= 300 && r.status() < 400 && r.status() != 304 && r.header("location") != null) {
                if (hop >= options.maxRedirects()) {
                    throw new FetchException(uri + ": more than " + options.maxRedirects() + " redirects", false);
                }
                try {
                    current = current.resolve(r.header("location").strip());
                } catch (IllegalArgumentException e) {
                    throw new FetchException(current + ": bad redirect location '" + r.header("location") + "'",
                            false);
                }
                continue;
            }
            if (r.status() == 304 || r.status() >= 200 && r.status() < 300) {
                return r;
            }
            boolean again = r.status() >= 500 || r.status() == 429 || r.status() == 408;
            throw new FetchException(current + ": HTTP " + r.status(), again);
        }
    }

    private Response send(URI uri, String etag, String lastModified, long maxBytes)
            throws FetchException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).GET().timeout(options.timeout())
                .header("User-Agent", options.userAgent());
        if (etag != null) {
            request.header("If-None-Match", etag);
        }
        if (lastModified != null) {
            request.header("If-Modified-Since", lastModified);
        }
        String host = origin(uri);
        limiter.acquire(host);
        CompletableFuture<HttpResponse<byte[]>> future = null;
        long started = System.nanoTime();
        try {
            future = client.sendAsync(request.build(), info -> new LimitedBody(uri, maxBytes));
            HttpResponse<byte[]> response = future.get(options.timeout().toMillis(), TimeUnit.MILLISECONDS);
            Map<String, String> headers = new LinkedHashMap<>();
            for (Map.Entry<String, List<String>> h : response.headers().map().entrySet()) {
                if (!h.getKey().startsWith(":")) {
                    headers.merge(h.getKey().toLowerCase(Locale.ROOT), String.join(", ", h.getValue()),
                            (a, b) -> a + ", " + b);
                }
            }
            return new Response(uri, response.statusCode(), response.body(), headers);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new FetchException(uri + ": no complete answer within " + options.timeout().toMillis() + " ms",
                    true);
        } catch (InterruptedException e) {
            if (future != null) {
                future.cancel(true);
            }
            throw e;
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            while (cause != null && !(cause instanceof FetchException) && cause.getCause() != null) {
                cause = cause.getCause();
            }
            if (cause instanceof FetchException f) {
                throw f;
            }
            // the client's own timer can close the connection a moment before ours fires, and the request then
            // fails with "connection closed locally": past the timeout, that is the timeout
            if (cause instanceof java.net.http.HttpTimeoutException
                    || System.nanoTime() - started >= options.timeout().toNanos()) {
                throw new FetchException(uri + ": no complete answer within " + options.timeout().toMillis()
                        + " ms", true);
            }
            throw new FetchException(uri + ": " + (cause == null ? e : cause), cause == null ? e : cause);
        } catch (IllegalArgumentException e) {
            throw new FetchException(uri + ": " + e.getMessage(), false);
        } finally {
            limiter.release(host);
        }
    }

    private CachedRobots robotsFor(URI uri) throws InterruptedException {
        String origin = origin(uri);
        CachedRobots cached = robots.get(origin);
        if (cached != null && System.nanoTime() - cached.fetchedNanos() < ROBOTS_TTL_NANOS) {
            return cached;
        }
        RobotsRules rules;
        String unreachable = null;
        try {
            URI robotsUri = URI.create(origin + "/robots.txt");
            Response r = null;
            URI current = robotsUri;
            for (int hop = 0; hop <= 5; hop++) {
                guard.check(current);
                r = send(current, null, null, ROBOTS_MAX_BYTES);
                if (r.status() >= 300 && r.status() < 400 && r.header("location") != null) {
                    current = current.resolve(r.header("location").strip());
                    continue;
                }
                break;
            }
            if (r.status() >= 200 && r.status() < 300) {
                rules = RobotsRules.parse(new String(r.body(), StandardCharsets.UTF_8), options.userAgent());
            } else if (r.status() >= 400 && r.status() < 500) {
                rules = RobotsRules.ALLOW_ALL; // RFC 9309: robots.txt "unavailable"
            } else {
                rules = RobotsRules.DISALLOW_ALL; // "unreachable": assume complete disallow for now
                unreachable = "HTTP " + r.status();
            }
        } catch (FetchException e) {
            rules = RobotsRules.DISALLOW_ALL;
            unreachable = e.getMessage();
        }
        long fetched = System.nanoTime();
        if (unreachable != null) {
            // a temporary state, not the site's rules: ask again soon, and the refusal it causes is transient
            fetched = fetched - ROBOTS_TTL_NANOS + unreachableRobotsRetryNanos;
        }
        CachedRobots entry = new CachedRobots(rules, fetched, unreachable);
        robots.put(origin, entry);
        return entry;
    }

    private static String pathOf(URI uri) {
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
    }

    static String origin(URI uri) {
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        int port = uri.getPort();
        return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (port < 0 ? "" : ":" + port);
    }

    /** Collects a body up to a limit; a longer body fails the request (the connection is let go). */
    private static final class LimitedBody implements HttpResponse.BodySubscriber<byte[]> {
        private final URI uri;
        private final long maxBytes;
        private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private Flow.Subscription subscription;

        LimitedBody(URI uri, long maxBytes) {
            this.uri = uri;
            this.maxBytes = maxBytes;
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            s.request(1);
        }

        @Override
        public void onNext(List<ByteBuffer> items) {
            for (ByteBuffer b : items) {
                if (buffer.size() + (long) b.remaining() > maxBytes) {
                    subscription.cancel();
                    result.completeExceptionally(new FetchException(uri + ": larger than " + maxBytes + " bytes",
                            false));
                    return;
                }
                byte[] chunk = new byte[b.remaining()];
                b.get(chunk);
                buffer.writeBytes(chunk);
            }
            subscription.request(1);
        }

        @Override
        public void onError(Throwable t) {
            result.completeExceptionally(t);
        }

        @Override
        public void onComplete() {
            result.complete(buffer.toByteArray());
        }
    }
}
