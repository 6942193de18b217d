package org.copydesk.runtime.daemon;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.copydesk.runtime.FileErrors;

/** Checks, before logging starts, that the daemon's log folder can be created and written. */
final class LogFolder {
    private LogFolder() {
    }

    /**
     * Creates the folder if it is missing. @return null when a log file can be written in it, else why not (the
     * exception and the operating system's reason, as {@link FileErrors#describe} words them)
     */
    static String problem(Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            return FileErrors.describe(e);
        }
        if (!Files.isWritable(folder)) {
            return "permission denied: " + folder.toAbsolutePath();
        }
        return null;
    }
}
