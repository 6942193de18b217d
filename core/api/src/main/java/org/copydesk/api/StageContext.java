package org.copydesk.api;

import java.nio.file.Path;
import java.time.Clock;

/** What the core tells a factory about the stage it is creating. */
public interface StageContext {
    /** The pipeline's name. */
    String pipeline();

    /** A readable label of the stage within the pipeline, e.g. {@code steps[1] (quotes)}. */
    String stage();

    /** A folder for this stage's own state, under the daemon's data folder; created on first call. */
    Path dataDirectory();

    Clock clock();
}
