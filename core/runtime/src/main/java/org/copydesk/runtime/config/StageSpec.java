package org.copydesk.runtime.config;

import java.util.Map;

/**
 * One stage as written in a pipeline file, before validation.
 *
 * @param kind     input, format, step or output
 * @param label    where it sits, e.g. {@code steps[1]}
 * @param type     the {@code type:} value
 * @param typeMark where the type is written
 * @param mark     where the stage starts
 * @param settings every other key, as written
 */
public record StageSpec(StageKind kind, String label, String type, Mark typeMark, Mark mark,
                        Map<String, ConfigNode.Entry> settings) {
    public StageSpec {
        settings = Map.copyOf(settings);
    }

    /** "step 'dateline' (steps[0])" */
    public String describe() {
        return kind.word() + " '" + type + "' (" + label + ")";
    }
}
