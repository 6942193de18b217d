package org.copydesk.dist;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.copydesk.api.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The first end-to-end path: the real daemon process, a wire story dropped into its inbox, a JSON line out, and a
 * clean stop on SIGTERM.
 */
class DaemonIT {
    @TempDir
    Path work;

    /** A fictional story in the MENAFN/KUNA layout of the shared sample. */
    static final String STORY = String.join("\n",
            "Japan And Kuwait Sign Solar Research Accord",
            "(MENAFN- Kuwait News Agency (KUNA)) TOKYO, April 28 (KUNA) -- Japan and Kuwait signed an accord on Monday"
                    + " to fund joint research on desert solar farms, the Japanese Foreign Ministry said.",
            "\"This accord opens a new chapter in our energy partnership,\" the ministry said in a statement.",
            "Kuwaiti Ambassador Nasser Al-Mutairi told reporters the first projects would start next year. (end)",
            "");

    /** Starts the daemon on the work folder's copydesk.yaml and waits until it says it is ready. */
    private Process startAndAwaitReady(Path stderr) throws Exception {
        Process daemon = Copydesk.builder(work, "run", "--config", "copydesk.yaml")
                .redirectError(stderr.toFile()).redirectOutput(work.resolve("daemon.out").toFile()).start();
        try {
            Copydesk.await(Duration.ofSeconds(60), "the daemon to be ready",
                    () -> Files.readString(stderr).contains("Copydesk ready"));
        } catch (AssertionError | Exception e) {
            daemon.destroyForcibly();
            throw e;
        }
        return daemon;
    }

    @Test
    void aPipelinesFolderThatDoesNotExistIsSaidNotSilent() throws Exception {
        // as when the installation's configuration is used from another folder: its relative paths miss
        Files.writeString(work.resolve("copydesk.yaml"), """
                pipelines: config/pipelines
                plugins: plugins
                data: data
                admin: {host: 127.0.0.1, port: -1}
                """);
        Path stderr = work.resolve("daemon.err");
        Process daemon = startAndAwaitReady(stderr);
        try {
            assertThat(Files.readString(stderr)).contains("0 pipeline(s) running")
                    .contains("The pipelines folder " + work.toRealPath().resolve("config/pipelines") + " does not exist")
                    .contains("resolve against the folder Copydesk was started in");
        } finally {
            daemon.destroy();
            assertThat(daemon.waitFor(10, TimeUnit.SECONDS)).isTrue();
        }
    }

    /**
     * Review 5, finding 20: a busy admin port said only 'Address already in use', without the host and port, and
     * was found after every pipeline had started (they were drained again). Now the port is bound first.
     */
    @Test
    void aBusyAdminPortIsNamedAndNoPipelineStarts() throws Exception {
        try (java.net.ServerSocket busy = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            Files.createDirectories(work.resolve("pipelines"));
            Files.writeString(work.resolve("copydesk.yaml"), """
                    pipelines: pipelines
                    plugins: plugins
                    data: data
                    admin: {host: 127.0.0.1, port: %d}
                    """.formatted(busy.getLocalPort()));
            Files.writeString(work.resolve("pipelines/wire.yaml"), """
                    name: wire-test
                    input: {type: directory, path: inbox, format: wire}
                    outputs:
                      - type: jsonl
                        path: outbox/stories.jsonl
                    """);
            Copydesk.Result r = Copydesk.run(work, "run", "--config", "copydesk.yaml");
            assertThat(r.code()).isEqualTo(2);
            assertThat(r.err()).contains("Admin API cannot start on 127.0.0.1:" + busy.getLocalPort() + ": ")
                    .contains("no pipeline was started")
                    .doesNotContain("Pipeline 'wire-test' started");
        }
    }

    @Test
    void wireStoryInJsonLineOutCleanStopOnSigterm() throws Exception {
        Files.createDirectories(work.resolve("pipelines"));
        Files.writeString(work.resolve("copydesk.yaml"), """
                pipelines: pipelines
                plugins: plugins
                data: data
                admin: {host: 127.0.0.1, port: 0}
                """);
        Files.writeString(work.resolve("pipelines/wire.yaml"), """
                name: wire-test
                input:
                  type: directory
                  path: inbox
                  settle: 200ms
                  poll: 100ms
                  format: wire
                steps:
                  - type: dateline
                  - type: quotes
                outputs:
                  - type: jsonl
                    path: outbox/stories.jsonl
                """);
        Path stderr = work.resolve("daemon.err");
        Process daemon = startAndAwaitReady(stderr);
        try {
            assertThat(Files.readString(stderr)).contains("1 pipeline(s) running");

            Path staged = work.resolve("staged.txt");
            Files.writeString(staged, STORY, StandardCharsets.UTF_8);
            Files.createDirectories(work.resolve("inbox"));
            Files.move(staged, work.resolve("inbox/kuna-0428.txt"), StandardCopyOption.ATOMIC_MOVE);

            Path out = work.resolve("outbox/stories.jsonl");
            Copydesk.await(Duration.ofSeconds(30), "a line in " + out,
                    () -> Files.exists(out) && Files.readString(out).endsWith("\n"));
            Copydesk.await(Duration.ofSeconds(10), "the story to move to .done",
                    () -> Files.exists(work.resolve("inbox/.done/kuna-0428.txt")));
            List<String> lines = Files.readAllLines(out);
            assertThat(lines).hasSize(1);
            JsonNode doc = new ObjectMapper().readTree(lines.get(0));
            try (InputStream schema = Document.class.getResourceAsStream("document.schema.json")) {
                assertThat(JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schema).validate(doc))
                        .isEmpty();
            }
            assertThat(doc.get("headline").asText()).isEqualTo("Japan And Kuwait Sign Solar Research Accord");
            assertThat(doc.get("dateline").get("raw").asText()).isEqualTo("TOKYO, April 28 (KUNA) --");
            assertThat(doc.get("provider").asText()).isEqualTo("Kuwait News Agency (KUNA)");
            assertThat(doc.get("distributor").asText()).isEqualTo("MENAFN");
            assertThat(doc.get("body").asText())
                    .startsWith("Japan and Kuwait signed an accord on Monday")
                    .endsWith("the first projects would start next year.")
                    .contains("\n\n\"This accord opens a new chapter")
                    .doesNotContain("(end)").doesNotContain("TOKYO, April 28").doesNotContain("MENAFN");
            assertThat(doc.get("source").get("uri").asText()).endsWith("kuna-0428.txt");
            assertThat(doc.get("source").get("format").asText()).isEqualTo("wire");
        } finally {
            daemon.destroy(); // SIGTERM
            boolean exited = daemon.waitFor(10, TimeUnit.SECONDS);
            if (!exited) {
                daemon.destroyForcibly();
            }
            assertThat(exited).as("daemon exits within 10 s of SIGTERM").isTrue();
        }
        assertThat(daemon.exitValue()).isZero();
        String log = Files.readString(stderr);
        assertThat(log).contains("Stop requested").contains("Copydesk stopped");
        assertThat(work.resolve("data/logs/copydesk.log")).exists();
    }

    @Test
    void jsonLogsWithTheShippedSwitch() throws Exception {
        Files.createDirectories(work.resolve("pipelines"));
        Files.writeString(work.resolve("copydesk.yaml"), "pipelines: pipelines\ndata: data\nadmin: {host: 127.0.0.1, port: -1}\n");
        Files.writeString(work.resolve("pipelines/wire.yaml"), """
                name: json-logs
                input: {type: directory, path: inbox, settle: 100ms, poll: 100ms, format: wire}
                outputs: [{type: jsonl, path: out.jsonl}]
                """);
        ProcessBuilder pb = Copydesk.builder(work, "run", "--config", "copydesk.yaml");
        pb.environment().put("COPYDESK_JAVA_OPTS", "-Dlogback.configurationFile="
                + Copydesk.home().resolve("config/logback-json.xml").toAbsolutePath());
        Path stderr = work.resolve("daemon.err");
        Process daemon = pb.redirectError(stderr.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            Copydesk.await(Duration.ofSeconds(60), "ready", () -> Files.readString(stderr).contains("Copydesk ready"));
            ObjectMapper mapper = new ObjectMapper();
            List<JsonNode> events = new java.util.ArrayList<>();
            for (String line : Files.readAllLines(stderr)) {
                events.add(mapper.readTree(line)); // every line is one JSON object
            }
            // the message as people read it, arguments filled in (review 7: the template "Copydesk ready in {} ms")
            assertThat(events).anySatisfy(e -> assertThat(e.path("formattedMessage").asText())
                    .matches("Copydesk ready in \\d+ ms: 1 pipeline\\(s\\) running"));
            assertThat(events).allSatisfy(e -> assertThat(e.has("arguments")).isFalse());
            assertThat(events).anySatisfy(e -> assertThat(e.path("level").asText()).isEqualTo("INFO"));
        } finally {
            daemon.destroy();
            assertThat(daemon.waitFor(10, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(daemon.exitValue()).isZero();
        assertThat(work.resolve("data/logs/copydesk.json")).exists();
    }
}
