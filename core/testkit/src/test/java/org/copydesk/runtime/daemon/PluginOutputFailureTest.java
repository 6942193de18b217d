package org.copydesk.runtime.daemon;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.copydesk.runtime.Bootstrap;
import org.copydesk.runtime.config.DaemonConfig;
import org.copydesk.runtime.pipeline.DeadLetterStore;
import org.copydesk.testkit.PluginJarBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An output supplied by a plugin fails for good: the story is kept as a dead letter that names the output, the
 * plugin that supplied it and that plugin's version, so that whoever reads the letter knows whom to ask.
 */
class PluginOutputFailureTest {
    @TempDir
    Path dir;

    private Path refusingPlugin() {
        return new PluginJarBuilder("printer", "3.1.4")
                .source("org.example.printer.PrinterOutputFactory", """
                        package org.example.printer;
                        import java.util.List;
                        import org.copydesk.api.*;
                        @org.pf4j.Extension
                        public final class PrinterOutputFactory implements OutputFactory {
                            public String type() { return "printer"; }
                            public List<Setting<?>> settings() { return List.of(); }
                            public Output create(StageContext c, Settings s) {
                                return new Output() {
                                    public void write(List<Document> documents) {
                                        throw new IllegalStateException("printer on fire");
                                    }
                                    public void flush() {
                                    }
                                };
                            }
                        }
                        """)
                .source("org.example.printer.LineFormatFactory", """
                        package org.example.printer;
                        import java.nio.charset.StandardCharsets;
                        import java.util.List;
                        import org.copydesk.api.*;
                        @org.pf4j.Extension
                        public final class LineFormatFactory implements FormatFactory {
                            public String type() { return "line"; }
                            public List<Setting<?>> settings() { return List.of(); }
                            public Format create(StageContext c, Settings s) {
                                return p -> {
                                    Document d = new Document(new Source(p.sourceUri(), "line", p.received()));
                                    d.setHeadline(new String(p.bytes(), StandardCharsets.UTF_8).strip());
                                    return List.of(d);
                                };
                            }
                        }
                        """)
                .build(dir.resolve("plugins"));
    }

    @Test
    void aDeadLetterOfAPluginOutputNamesThePluginAndItsVersion() throws Exception {
        refusingPlugin();
        Path pipelines = Files.createDirectories(dir.resolve("pipelines"));
        Path inbox = Files.createDirectories(dir.resolve("inbox"));
        Files.writeString(pipelines.resolve("print.yaml"), """
                name: print
                input: {type: directory, path: %s, settle: 50ms, poll: 50ms, format: line}
                outputs: [{type: printer}]
                """.formatted(inbox));
        DaemonConfig config = new DaemonConfig(null, pipelines, dir.resolve("plugins"), dir.resolve("data"),
                "127.0.0.1", -1);
        DeadLetterStore letters = new DeadLetterStore(config.data(), Clock.systemUTC());
        try (Bootstrap core = Bootstrap.start(config, List.of())) {
            PipelineSupervisor supervisor = new PipelineSupervisor(pipelines, core.pipelineParser(), core::assembler,
                    letters, new SimpleMeterRegistry(), Clock.systemUTC());
            supervisor.reconcile();
            assertThat(supervisor.byName("print").orElseThrow().state()).isEqualTo(ManagedPipeline.State.RUNNING);
            Files.writeString(inbox.resolve("story.txt"), "Mayor opens bridge");

            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (letters.list("print").isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            supervisor.stopAll();
        }
        List<DeadLetterStore.Letter> kept = letters.list("print");
        assertThat(kept).hasSize(1);
        assertThat(kept.get(0).error())
                .containsEntry("stage", "output 'printer'")
                .containsEntry("plugin", "printer")
                .containsEntry("plugin_version", "3.1.4");
        assertThat(kept.get(0).error().get("message").toString()).contains("printer on fire");
        assertThat(Files.readString(kept.get(0).content())).contains("Mayor opens bridge");
    }
}
