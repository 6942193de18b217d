package org.copydesk.runtime.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.copydesk.api.Document;
import org.copydesk.api.FormatException;
import org.copydesk.api.Payload;
import org.slf4j.MDC;

/**
 * Runs one payload through a pipeline's format and steps. Thread-safe as long as the stages are (their contract).
 * A format failure fails the whole payload; a step failure fails only that document, the others go on.
 */
public final class DocumentProcessor {
    private final Pipeline pipeline;

    public DocumentProcessor(Pipeline pipeline) {
        this.pipeline = pipeline;
    }

    /** Documents ready for the outputs, and the failures met on the way. */
    public record Result(List<Document> documents, List<StageFailure> failures) {
    }

    public Result process(Payload payload) {
        String formatStage = "format '" + pipeline.formatType() + "'";
        List<Document> parsed;
        MDC.put("stage", formatStage);
        try {
            parsed = pipeline.format().parse(payload);
            if (parsed == null || parsed.isEmpty()) {
                throw new FormatException("no documents found");
            }
        } catch (Exception | StackOverflowError e) {
            String plugin = pipeline.validated().format().entry().pluginId();
            String version = pipeline.validated().format().entry().pluginVersion();
            return new Result(List.of(), List.of(new StageFailure(formatStage, plugin, version, e, null)));
        } finally {
            MDC.remove("stage");
        }
        List<Document> out = new ArrayList<>(parsed.size());
        List<StageFailure> failures = new ArrayList<>();
        for (Document doc : parsed) {
            DocumentIds.assign(doc);
            MDC.put("document", doc.id());
            try {
                Document current = doc;
                for (Pipeline.NamedStep step : pipeline.steps()) {
                    String stage = "step '" + step.type() + "'";
                    MDC.put("stage", stage);
                    try {
                        current = step.step().apply(current);
                    } catch (Exception | StackOverflowError e) {
                        failures.add(new StageFailure(stage, step.pluginId(), step.pluginVersion(), e, current));
                        current = null;
                        break;
                    }
                    if (current == null) {
                        break; // dropped on purpose by the step
                    }
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
