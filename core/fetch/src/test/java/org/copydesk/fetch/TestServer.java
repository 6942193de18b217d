package org.copydesk.fetch;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** A real HTTP server on 127.0.0.1 and a free port, recording every request. */
/** A real HTTP server on 127.0.0.1 (JDK HttpServer, free port) for tests that fetch; shared as a test-jar. */
public final class TestServer implements AutoCloseable {
    /** One request as the server saw it. */
    public record Request(String path, String userAgent, String ifNoneMatch, String ifModifiedSince, long nanos) {
    }

    @FunctionalInterface
    public interface Handler {
        void handle(HttpExchange exchange) throws Exception;
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(8);
    public final List<Request> requests = new CopyOnWriteArrayList<>();

    public TestServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(executor);
        server.start();
    }

    /** Serves {@code /robots.txt}: 503 while {@code up} says false, then one that allows everything. */
    public void robotsTxtUpWhen(java.util.function.BooleanSupplier up) {
        route("/robots.txt", ex -> {
            if (up.getAsBoolean()) {
                send(ex, 200, "text/plain", "User-agent: *\nAllow: /\n");
            } else {
                send(ex, 503, "text/plain", "down");
            }
        });
    }

    public void route(String path, Handler handler) {
        server.createContext(path, exchange -> {
            var h = exchange.getRequestHeaders();
            requests.add(new Request(exchange.getRequestURI().toString(), h.getFirst("User-Agent"),
                    h.getFirst("If-None-Match"), h.getFirst("If-Modified-Since"), System.nanoTime()));
            try {
                handler.handle(exchange);
            } catch (Exception e) {
                exchange.sendResponseHeaders(500, -1);
            } finally {
                exchange.close();
            }
        });
    }

    public static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        if (contentType != null) {
            exchange.getResponseHeaders().set("Content-Type", contentType);
        }
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
    }

    public static void redirect(HttpExchange exchange, int status, String location) throws IOException {
        exchange.getResponseHeaders().set("Location", location);
        exchange.sendResponseHeaders(status, -1);
    }

    public URI url(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    public long count(String path) {
        return requests.stream().filter(r -> r.path().equals(path)).count();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
