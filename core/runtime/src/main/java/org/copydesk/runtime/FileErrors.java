package org.copydesk.runtime;

import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * Says why a file could not be used. Java's file-system exceptions often carry only the path as their message (an
 * {@link AccessDeniedException} reads "/opt/copydesk/outbox"), which leaves the reader to guess; these name the
 * exception, the reason and the file.
 */
public final class FileErrors {
    private FileErrors() {
    }

    /**
     * The file-system reason in the exception or its causes, e.g. {@code AccessDeniedException: permission denied:
     * /opt/copydesk/outbox}; without one, the exception's type and message.
     */
    public static String describe(Throwable e) {
        String system = systemReason(e);
        if (fileSystemCause(e) == null && system != null) {
            return system + " (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")";
        }
        FileSystemException fs = fileSystemCause(e);
        if (fs != null) {
            String reason = fs.getReason() != null ? fs.getReason() : reason(fs);
            String file = fs.getFile() == null ? "" : fs.getFile()
                    + (fs.getOtherFile() == null ? "" : " -> " + fs.getOtherFile());
            return fs.getClass().getSimpleName() + ": " + (reason == null ? "" : reason + (file.isEmpty() ? "" : ": "))
                    + file;
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName()
                : e.getClass().getSimpleName() + ": " + message;
    }

    /**
     * Whether the exception or a cause is a file-system refusal (permissions, a read-only file system, a file where a
     * folder should be, a missing folder) rather than a problem with the content of a file.
     */
    public static boolean isFileSystemProblem(Throwable e) {
        return fileSystemCause(e) != null || systemReason(e) != null;
    }

    /**
     * Refusals of the operating system that Java reports as a plain {@code IOException} (a full disk, a read-only
     * file system, a quota, no file handles left), often wrapped in a library's exception, so their type says nothing.
     */
    private static final java.util.List<String> SYSTEM_REASONS = java.util.List.of("No space left on device",
            "Disk quota exceeded", "Read-only file system", "Too many open files");

    /** The operating system's words for such a refusal, found in the exception or its causes; else null. */
    public static String systemReason(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            String message = c.getMessage();
            if (message != null) {
                for (String reason : SYSTEM_REASONS) {
                    if (message.contains(reason)) {
                        return reason;
                    }
                }
            }
            if (c.getCause() == c) {
                break;
            }
        }
        return null;
    }

    private static FileSystemException fileSystemCause(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof FileSystemException fs) {
                return fs;
            }
            if (c.getCause() == c) {
                break;
            }
        }
        return null;
    }

    private static String reason(FileSystemException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "already exists (a file where a folder is needed?)";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof NotDirectoryException) {
            return "not a folder";
        }
        if (e instanceof DirectoryNotEmptyException) {
            return "folder not empty";
        }
        return null;
    }
}
