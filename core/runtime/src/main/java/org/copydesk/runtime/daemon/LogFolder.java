package org.copydesk.runtime.daemon;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.copydesk.runtime.FileErrors;

/** Checks, before logging starts, that the daemon's log folder and its log file can be created and written. */
final class LogFolder {
    /** The file the built-in configuration ({@code logback-daemon.xml}) writes in the folder. */
    static final String FILE = "copydesk.log";
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
        // a log file left by another user (an earlier run as root) in a folder this one may write: logback would
        // fail to open it and print its status report of every attempt on standard output
        Path file = folder.resolve(FILE);
        if (Files.exists(file) && !Files.isWritable(file)) {
            return "permission denied: " + file.toAbsolutePath();
        }
        return null;
    }
}
