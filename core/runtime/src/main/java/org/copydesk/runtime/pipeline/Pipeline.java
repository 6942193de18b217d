package org.copydesk.runtime.pipeline;

import java.util.List;
import org.copydesk.api.Format;
import org.copydesk.api.Output;
import org.copydesk.api.Step;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The created format, steps and outputs of one pipeline. Closing it closes them all. */
public final class Pipeline implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Pipeline.class);

    /** A step with the names needed to report its failures. */
    public record NamedStep(String type, String pluginId, String pluginVersion, Step step) {
    }

    /** An output with its type name. */
    public record NamedOutput(String type, String pluginId, String pluginVersion, Output output) {
    }

    private final ValidatedPipeline validated;
    private final Format format;
    private final List<NamedStep> steps;
    private final List<NamedOutput> outputs;

    Pipeline(ValidatedPipeline validated, Format format, List<NamedStep> steps, List<NamedOutput> outputs) {
        this.validated = validated;
        this.format = format;
        this.steps = List.copyOf(steps);
        this.outputs = List.copyOf(outputs);
    }

    public String name() {
        return validated.name();
    }

    public ValidatedPipeline validated() {
        return validated;
    }

    public String formatType() {
        return validated.format().spec().type();
    }

    public Format format() {
        return format;
    }

    public List<NamedStep> steps() {
        return steps;
    }

    public List<NamedOutput> outputs() {
        return outputs;
    }

    @Override
    public void close() {
        for (NamedOutput o : outputs) {
            closeQuietly("output '" + o.type() + "'", o.output());
        }
        for (NamedStep s : steps) {
            closeQuietly("step '" + s.type() + "'", s.step());
        }
        closeQuietly("format '" + formatType() + "'", format);
    }

    private void closeQuietly(String what, AutoCloseable c) {
        try {
            c.close();
        } catch (Exception e) {
            LOG.warn("Pipeline '{}': closing {} failed: {}", name(), what, e.toString());
        }
    }
}
