package org.copydesk.runtime.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Guice;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class LazyHttpClientTest {
    @Test
    void theCoreClientIsBuiltOnFirstUseAndThenWorks() throws Exception {
        HttpClient injected = Guice.createInjector(new CoreModule(Clock.systemUTC())).getInstance(HttpClient.class);
        assertThat(injected).isInstanceOf(LazyHttpClient.class);
        LazyHttpClient lazy = (LazyHttpClient) injected;
        assertThat(lazy.built()).as("injecting the client does not build it").isFalse();

        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/hello", ex -> {
            byte[] body = "hi".getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().set("Location", "/elsewhere");
            ex.sendResponseHeaders(302, body.length);
            ex.getResponseBody().write(body);
            ex.close();
        });
        server.start();
        try {
            HttpResponse<String> r = injected.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/hello")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as("redirects are left to the caller").isEqualTo(302);
            assertThat(r.body()).isEqualTo("hi");
            assertThat(lazy.built()).isTrue();
            assertThat(injected.connectTimeout()).contains(Duration.ofSeconds(10));
            assertThat(injected.followRedirects()).isEqualTo(HttpClient.Redirect.NEVER);
        } finally {
            server.stop(0);
        }
    }
}
