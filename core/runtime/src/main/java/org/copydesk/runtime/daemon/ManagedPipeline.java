package org.copydesk.runtime.daemon;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.copydesk.runtime.config.ConfigError;
import org.copydesk.runtime.pipeline.PipelineRunner;

/**
 * What the supervisor knows of one pipeline file: its state, the errors of its latest version if that was invalid,
 * and the runner of the version that runs (which may be an older, valid one).
 *
 * @param file       the pipeline file
 * @param name       the pipeline's name (null when the file never parsed)
 * @param state      see {@link State}
 * @param errors     problems of the file's latest version; empty when it is valid
 * @param runner     the running version, or null
 * @param digest     SHA-256 of the file content the runner was made from (or the latest invalid content)
 * @param changedAt  when this entry last changed
 */
public record ManagedPipeline(Path file, String name, State state, List<ConfigError> errors, PipelineRunner runner,
                              String digest, Instant changedAt) {
    public ManagedPipeline {
        errors = List.copyOf(errors);
    }

    /** Life of a pipeline file in the daemon. */
    public enum State {
        /** Running its latest version. */
        RUNNING,
        /** The latest version is invalid or cannot start; an older valid version keeps running. */
        RUNNING_PREVIOUS,
        /** Invalid, and no older version runs. */
        INVALID,
        /** Valid but failed to start (e.g. its input could not open), and no older version runs. */
        FAILED,
        /** Paused through the admin API: defined, not taking input. */
        PAUSED
    }

    boolean valid() {
        return state == State.RUNNING || state == State.PAUSED;
    }
}
