package org.copydesk.runtime.pipeline;

import org.copydesk.api.Settings;
import org.copydesk.runtime.config.StageSpec;
import org.copydesk.runtime.plugin.StageRegistry;

/** A stage whose type exists and whose settings passed validation. */
public record ValidatedStage(StageSpec spec, StageRegistry.Entry entry, Settings settings) {
    /** "step 'dateline'" */
    public String name() {
        return spec.kind().word() + " '" + spec.type() + "'";
    }
}
