package org.copydesk.api;

import java.util.Objects;

/**
 * A non-fatal problem met while handling a document.
 *
 * @param stage   the stage that met it, e.g. {@code dateline} or {@code format wire}
 * @param message what went wrong, naming the field and value where there is one
 */
public record Warning(String stage, String message) {
    public Warning {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(message, "message");
    }
}
