package org.copydesk.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.copydesk.api.Document;
import org.copydesk.api.Format;
import org.copydesk.api.Payload;
import org.copydesk.api.Step;
import org.copydesk.runtime.json.DocumentJson;
import org.copydesk.runtime.pipeline.DocumentProcessor;
import org.copydesk.runtime.pipeline.Pipeline;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One operation is one generated story (about 2 KB; {@code StoryGenerator}, seed 42), cycling through
 * {@code stories} of them; throughput is in stories per second per thread.
 *
 * <ul>
 *   <li>{@code wireFormat}: the {@code wire} format's parse of the payload bytes;</li>
 *   <li>{@code datelineStep}: the {@code dateline} step on a copy of the format's document;</li>
 *   <li>{@code quotesStep}: the {@code quotes} step on a copy of the document after format and dateline;</li>
 *   <li>{@code jsonWrite}: {@code DocumentJson.toJsonLine} of a finished document;</li>
 *   <li>{@code pipeline}: the whole in-process pipeline, the core's {@code DocumentProcessor} (format, id, steps)
 *       and the JSON line, as {@code copydesk process --stdout} does per file, without file I/O.</li>
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 4)
@Measurement(iterations = 5, time = 4)
@Fork(value = 1, jvmArgsAppend = {"-Xmx512m"})
public class PipelineBenchmarks {
    @Param("1000")
    public int stories;

    @Param("42")
    public long seed;

    Pipeline pipeline;
    DocumentProcessor processor;
    Format format;
    Step dateline;
    Step quotes;
    Payload[] payloads;
    Document[] parsed;
    Document[] dated;
    Document[] finished;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        pipeline = Corpus.pipeline();
        processor = new DocumentProcessor(pipeline);
        format = pipeline.format();
        dateline = pipeline.steps().get(0).step();
        quotes = pipeline.steps().get(1).step();
        List<Payload> ps = Corpus.payloads(seed, stories);
        payloads = ps.toArray(new Payload[0]);
        List<Document> p = new ArrayList<>();
        List<Document> d = new ArrayList<>();
        List<Document> f = new ArrayList<>();
        for (Payload payload : ps) {
            Document doc = format.parse(payload).get(0);
            p.add(Corpus.copy(doc));
            Document afterDateline = dateline.apply(doc);
            d.add(Corpus.copy(afterDateline));
            f.add(quotes.apply(afterDateline));
            DocumentProcessor.Result r = processor.process(payload);
            if (!r.failures().isEmpty() || r.documents().size() != 1) {
                throw new IllegalStateException(payload.sourceUri() + ": " + r.failures());
            }
            f.set(f.size() - 1, r.documents().get(0));
        }
        parsed = p.toArray(new Document[0]);
        dated = d.toArray(new Document[0]);
        finished = f.toArray(new Document[0]);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        pipeline.close();
    }

    @Benchmark
    public List<Document> wireFormat(Cursor c) throws Exception {
        return format.parse(payloads[c.next(stories)]);
    }

    @Benchmark
    public Document datelineStep(Cursor c) throws Exception {
        return dateline.apply(Corpus.copy(parsed[c.next(stories)]));
    }

    @Benchmark
    public Document quotesStep(Cursor c) throws Exception {
        return quotes.apply(Corpus.copy(dated[c.next(stories)]));
    }

    @Benchmark
    public byte[] jsonWrite(Cursor c) {
        return DocumentJson.toJsonLine(finished[c.next(stories)]);
    }

    @Benchmark
    public byte[] pipeline(Cursor c) {
        DocumentProcessor.Result r = processor.process(payloads[c.next(stories)]);
        return DocumentJson.toJsonLines(r.documents());
    }
}
