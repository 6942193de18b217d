package org.copydesk.runtime.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.copydesk.api.Document;
import org.copydesk.api.FormatException;
import org.copydesk.api.Payload;
import org.copydesk.runtime.metrics.PipelineMetrics;
import org.slf4j.MDC;

/**
 * Runs one payload through a pipeline's format and steps. A stage's exception, and the errors a plugin can cause
 * without the JVM being at fault (a class it lacks, a failed assertion, a stack overflow), fail that payload or
 * document as a stage failure (a dead letter); the JVM's own errors (out of memory) go up. Thread-safe as long as the stages are (their contract).
 * A format failure fails the whole payload; a step failure fails only that document, the others go on.
 */
public final class DocumentProcessor {
    private final Pipeline pipeline;
    private final PipelineMetrics metrics;
    private final String formatTag;
    private final String[] stepTags;

    public DocumentProcessor(Pipeline pipeline) {
        this(pipeline, PipelineMetrics.none());
    }

    public DocumentProcessor(Pipeline pipeline, PipelineMetrics metrics) {
        this.pipeline = pipeline;
        this.metrics = metrics;
        this.formatTag = "format:" + pipeline.formatType();
        this.stepTags = pipeline.steps().stream().map(s -> "step:" + s.type()).toArray(String[]::new);
    }

    /** Documents ready for the outputs, and the failures met on the way. */
    public record Result(List<Document> documents, List<StageFailure> failures) {
    }

    public Result process(Payload payload) {
        String formatStage = "format '" + pipeline.formatType() + "'";
        List<Document> parsed;
        MDC.put("stage", formatStage);
        long t0 = System.nanoTime();
        try {
            parsed = pipeline.format().parse(payload);
            if (parsed == null) {
                throw new FormatException("the format returned nothing (a bug in the format)");
            }
            metrics.count(formatTag, PipelineMetrics.OK, 1);
        } catch (Exception | LinkageError | AssertionError | StackOverflowError e) {
            metrics.count(formatTag, PipelineMetrics.FAILED, 1);
            String plugin = pipeline.validated().format().entry().pluginId();
            String version = pipeline.validated().format().entry().pluginVersion();
            return new Result(List.of(), List.of(new StageFailure(formatStage, plugin, version, e, null)));
        } finally {
            metrics.time(formatTag, System.nanoTime() - t0);
            MDC.remove("stage");
        }
        return steps(parsed);
    }

    /** Runs the steps over documents that are already parsed (a replayed dead letter, a pushed document). */
    public Result steps(List<Document> parsed) {
        List<Document> out = new ArrayList<>(parsed.size());
        List<StageFailure> failures = new ArrayList<>();
        for (Document doc : parsed) {
            DocumentIds.assign(doc);
            MDC.put("document", doc.id());
            try {
                Document current = doc;
                for (int i = 0; i < pipeline.steps().size(); i++) {
                    Pipeline.NamedStep step = pipeline.steps().get(i);
                    String stage = "step '" + step.type() + "'";
                    MDC.put("stage", stage);
                    long s0 = System.nanoTime();
                    try {
                        current = step.step().apply(current);
                    } catch (Exception | LinkageError | AssertionError | StackOverflowError e) {
                        metrics.count(stepTags[i], PipelineMetrics.FAILED, 1);
                        failures.add(new StageFailure(stage, step.pluginId(), step.pluginVersion(), e, current));
                        current = null;
                        break;
                    } finally {
                        metrics.time(stepTags[i], System.nanoTime() - s0);
                    }
                    if (current == null) {
                        metrics.count(stepTags[i], PipelineMetrics.DROPPED, 1);
                        break; // dropped on purpose by the step
                    }
                    metrics.count(stepTags[i], PipelineMetrics.OK, 1);
                }
                if (current != null) {
                    out.add(current);
                }
            } finally {
                MDC.remove("stage");
                MDC.remove("document");
            }
        }
        return new Result(out, failures);
    }
}
