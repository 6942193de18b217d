package org.copydesk.plugins.translate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.copydesk.api.Document;
import org.copydesk.api.Step;
import org.copydesk.api.Translation;
import org.copydesk.testkit.Stages;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Engine 'apy' against a real Apertium-APy server (Debian package apertium-apy) that the test starts on 127.0.0.1.
 * APy 0.11 has no option for the address it listens on, so the test starts it through a few lines of Python that
 * make it bind the loopback address only.
 */
class ApyServerTest {
    private static final String BIND_LOOPBACK = """
            import sys, tornado.tcpserver
            _bind = tornado.tcpserver.TCPServer.bind
            def bind(self, port, address=None, *args, **kwargs):
                return _bind(self, port, '127.0.0.1', *args, **kwargs)
            tornado.tcpserver.TCPServer.bind = bind
            from apertium_apy.apy import main
            sys.argv = ['apertium-apy'] + sys.argv[1:]
            main()
            """;

    private static Process apy;
    private static String url;

    @BeforeAll
    static void startApy() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/apertium-apy")), "apertium-apy is not installed");
        Apertium.assumeInstalled("eng-spa");
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        Path logs = Files.createTempDirectory("apy");
        apy = new ProcessBuilder("/usr/bin/python3", "-c", BIND_LOOPBACK, "-p", String.valueOf(port), "-j", "1",
                ApertiumInstallation.DEFAULT_DATA.resolve("modes").toString())
                .directory(logs.toFile())
                .redirectErrorStream(true).redirectOutput(logs.resolve("apy.log").toFile()).start();
        url = "http://127.0.0.1:" + port;
        HttpClient client = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            try {
                HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(url + "/listPairs"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    break;
                }
            } catch (IOException e) {
                // not up yet
            }
            if (!apy.isAlive() || System.nanoTime() > deadline) {
                throw new IllegalStateException("apertium-apy did not start: " + Files.readString(logs.resolve("apy.log")));
            }
            Thread.sleep(200);
        }
    }

    @AfterAll
    static void stopApy() throws Exception {
        if (apy == null) {
            return;
        }
        List<ProcessHandle> all = new java.util.ArrayList<>(apy.descendants().toList());
        all.add(apy.toHandle());
        apy.descendants().forEach(ProcessHandle::destroy);
        apy.destroy();
        if (!apy.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
            apy.descendants().forEach(ProcessHandle::destroyForcibly);
            apy.destroyForcibly().waitFor();
        }
        for (ProcessHandle h : all) {
            h.onExit().get(10, java.util.concurrent.TimeUnit.SECONDS);
            assertThat(h.isAlive()).isFalse();
        }
    }

    @Test
    void translatesTheStoryAsTheLocalEngineDoes() throws Exception {
        Document viaApy = Fixtures.story();
        try (Step step = Stages.step(new TranslateStepFactory(), "to: [es]\nengine: apy\nengine_settings: {url: '"
                + url + "'}", new ApyEngineFactory())) {
            step.apply(viaApy);
        }
        Document local = Fixtures.story();
        try (Step step = Stages.step(new TranslateStepFactory(), "to: [es]", new ApertiumEngineFactory())) {
            step.apply(local);
        }
        assertThat(viaApy.warnings()).isEmpty();
        Translation a = viaApy.translations().get("es");
        Translation b = local.translations().get("es");
        assertThat(a.engine()).isEqualTo("apy eng-spa");
        assertThat(a.headline()).isEqualTo(b.headline());
        assertThat(a.body()).isEqualTo(b.body());
        // the same quotes at the same places (a short speaker mention alone may come out differently: APy
        // deformats as HTML)
        assertThat(a.quotes()).extracting(q -> q.text() + "@" + q.start() + "-" + q.end())
                .isEqualTo(b.quotes().stream().map(q -> q.text() + "@" + q.start() + "-" + q.end()).toList());
    }

    @Test
    void validationAsksTheServerForItsPairs() {
        assertThatThrownBy(() -> Stages.step(new TranslateStepFactory(), "to: [gl]\nfrom: en\nengine: apy\n"
                + "engine_settings: {url: '" + url + "'}", new ApyEngineFactory()))
                .hasMessageContaining("apy at " + url + " cannot translate en-gl")
                .hasMessageContaining("apertium-en-gl");
    }
}
