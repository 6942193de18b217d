package org.copydesk.runtime.pipeline;

import org.copydesk.api.Document;

/**
 * Why a payload or one of its documents could not go on.
 *
 * @param stage         e.g. {@code format 'wire'}, {@code step 'dateline'}, {@code output 'jsonl'}
 * @param pluginId      the plugin of the stage, or "core"
 * @param pluginVersion its version
 * @param error         what was thrown
 * @param document      the document that failed, or null when the whole payload did (format errors)
 */
public record StageFailure(String stage, String pluginId, String pluginVersion, Throwable error, Document document) {
    /** The error message, never null. */
    public String message() {
        String m = error.getMessage();
        return m == null || m.isBlank() ? error.getClass().getSimpleName() : m;
    }
}
