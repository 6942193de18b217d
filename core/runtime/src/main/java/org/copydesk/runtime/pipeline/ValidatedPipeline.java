package org.copydesk.runtime.pipeline;

import java.util.List;
import org.copydesk.runtime.config.PipelineDefinition;

/** A pipeline definition checked against the installed stage types; nothing is created yet. */
public record ValidatedPipeline(PipelineDefinition definition, ValidatedStage input, ValidatedStage format,
                                List<ValidatedStage> steps, List<ValidatedStage> outputs) {
    public ValidatedPipeline {
        steps = List.copyOf(steps);
        outputs = List.copyOf(outputs);
    }

    public String name() {
        return definition.name();
    }
}
