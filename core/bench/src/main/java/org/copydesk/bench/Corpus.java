package org.copydesk.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.copydesk.api.Document;
import org.copydesk.api.Payload;
import org.copydesk.plugins.dateline.DatelineStepFactory;
import org.copydesk.plugins.quotes.QuotesStepFactory;
import org.copydesk.plugins.wire.WireFormatFactory;
import org.copydesk.runtime.builtin.DirectoryInputFactory;
import org.copydesk.runtime.builtin.JsonlOutputFactory;
import org.copydesk.runtime.config.ConfigException;
import org.copydesk.runtime.config.PipelineDefinition;
import org.copydesk.runtime.config.PipelineParser;
import org.copydesk.runtime.config.YamlReader;
import org.copydesk.runtime.pipeline.Pipeline;
import org.copydesk.runtime.pipeline.PipelineAssembler;
import org.copydesk.runtime.plugin.StageRegistry;
import org.copydesk.runtime.bench.StoryGenerator;

/**
 * Generated stories as payloads, and the pipeline {@code wire -> dateline -> quotes} assembled by the core's own
 * validator and assembler from the plugins' factories (on the class path, without PF4J), as {@code copydesk
 * process} assembles it.
 */
public final class Corpus {
    /** The pipeline, as a pipeline file would say it. */
    static final String PIPELINE = """
            name: bench
            input: {type: directory, path: unused-inbox, format: wire}
            steps:
              - type: dateline
              - type: quotes
            outputs:
              - {type: jsonl, path: unused.jsonl}
            """;

    private Corpus() {
    }

    /** Stories 0..count-1 of the generator as payloads named like files in an inbox. */
    public static List<Payload> payloads(long seed, int count) {
        StoryGenerator gen = new StoryGenerator(seed);
        Instant received = Instant.parse("2026-11-28T06:00:00Z");
        List<Payload> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            StoryGenerator.Story s = gen.story(i);
            out.add(new Payload(s.bytes(), "/bench/inbox/" + s.fileName(), received, null,
                    Map.of("file.name", s.fileName())));
        }
        return out;
    }

    /** The assembled pipeline (format and steps; no outputs: documents are written with DocumentJson). */
    public static Pipeline pipeline() {
        try {
            Path dir = Files.createTempDirectory("copydesk-bench-");
            Path file = dir.resolve("bench.yaml");
            Files.writeString(file, PIPELINE);
            StageRegistry registry = StageRegistry.of(List.of(new DirectoryInputFactory(), new JsonlOutputFactory(),
                    new WireFormatFactory(), new DatelineStepFactory(), new QuotesStepFactory()));
            PipelineAssembler assembler = new PipelineAssembler(registry, dir.resolve("data"), Clock.systemUTC());
            PipelineDefinition def = new PipelineParser(new YamlReader()).parse(file);
            Pipeline pipeline = assembler.create(assembler.validate(def), false);
            Files.delete(file);
            Files.deleteIfExists(dir); // left in place if a stage wrote something under data/
            return pipeline;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ConfigException e) {
            throw new IllegalStateException("the benchmark pipeline is invalid:\n" + e.getMessage(), e);
        }
    }

    /**
     * A copy of what a format or step left in a document, for steps that change the document they get: the copy is
     * cheap (field assignments) next to the step.
     */
    public static Document copy(Document d) {
        Document c = new Document(d.source());
        c.setId(d.id()).setUri(d.uri()).setLanguage(d.language()).setHeadline(d.headline()).setByline(d.byline())
                .setProvider(d.provider()).setDistributor(d.distributor()).setPublished(d.published())
                .setBody(d.body()).setBodyOffset(d.bodyOffset()).setDateline(d.dateline()).setQuotes(d.quotes());
        return c;
    }
}
