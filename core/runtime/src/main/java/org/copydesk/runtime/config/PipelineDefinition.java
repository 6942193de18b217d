package org.copydesk.runtime.config;

import java.nio.file.Path;
import java.util.List;

/**
 * A pipeline file, parsed and shape-checked but not yet checked against the installed stage types.
 *
 * @param name    unique name, {@code [a-z0-9-]+}
 * @param file    the file it came from
 * @param input   the transport
 * @param format  the parser of the input's payloads
 * @param steps   ordered steps
 * @param outputs one or more outputs
 * @param workers worker threads for this pipeline
 */
public record PipelineDefinition(String name, Path file, String description, StageSpec input, StageSpec format,
                                 List<StageSpec> steps, List<StageSpec> outputs, int workers) {
    public PipelineDefinition {
        steps = List.copyOf(steps);
        outputs = List.copyOf(outputs);
    }

    /** The same pipeline with another format (the {@code process --format} option). */
    public PipelineDefinition withFormat(StageSpec newFormat) {
        return new PipelineDefinition(name, file, description, input, newFormat, steps, outputs, workers);
    }
}
