package org.copydesk.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.copydesk.api.Document;
import org.copydesk.api.Payload;
import org.copydesk.api.Step;
import org.copydesk.plugins.translate.ApertiumEngineFactory;
import org.copydesk.plugins.translate.TranslateStepFactory;
import org.copydesk.runtime.pipeline.Pipeline;
import org.copydesk.testkit.Stages;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
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
 * {@code translateStep}: the {@code translate} step, English to Spanish with the real Apertium engine (the local
 * {@code apertium} installation, one long-lived translator process per pair), translation cache off, on the
 * generated stories after the {@code wire} format, {@code dateline} and {@code quotes} (so the quotes are translated
 * and aligned too). One operation is one story. Needs {@code apertium} and {@code apertium-eng-spa} installed (as
 * {@code .ci/run} installs them); without them the setup fails saying so.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx512m"})
public class TranslateBenchmarks {
    @Param("200")
    public int stories;

    @Param("42")
    public long seed;

    Step translate;
    Document[] ready;

    @Setup
    public void setUp() throws Exception {
        translate = Stages.step(new TranslateStepFactory(), "to: [es]\nfrom: en\ncache_size: 0",
                new ApertiumEngineFactory());
        List<Document> docs = new ArrayList<>(stories);
        try (Pipeline pipeline = Corpus.pipeline()) {
            for (Payload p : Corpus.payloads(seed, stories)) {
                Document d = pipeline.format().parse(p).get(0);
                for (Pipeline.NamedStep s : pipeline.steps()) {
                    d = s.step().apply(d);
                }
                docs.add(d);
            }
        }
        ready = docs.toArray(new Document[0]);
        Document first = translate.apply(Corpus.copy(ready[0]));
        if (first.translations().get("es") == null) {
            throw new IllegalStateException("the translate step gave no Spanish translation: " + first.warnings());
        }
    }

    @TearDown
    public void tearDown() throws Exception {
        translate.close();
    }

    @Benchmark
    public Document translateStep(Cursor c) throws Exception {
        return translate.apply(Corpus.copy(ready[c.next(stories)]));
    }
}
