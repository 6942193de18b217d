package org.copydesk.runtime.daemon;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Calls back when a folder changes: on a file-system notification (after a short quiet period, so an editor's
 * save-as-rename is seen once) and, as a fallback for file systems without notifications, every poll interval.
 */
final class FolderWatcher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(FolderWatcher.class);
    private static final Duration QUIET = Duration.ofMillis(300);

    private final Thread thread;
    private final WatchService watcher;
    private volatile boolean closed;

    FolderWatcher(String name, Path folder, Duration poll, Runnable onChange) {
        WatchService w = null;
        try {
            if (java.nio.file.Files.isDirectory(folder)) {
                w = folder.getFileSystem().newWatchService();
                folder.register(w, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
            }
        } catch (IOException | UnsupportedOperationException e) {
            LOG.info("No file-system notifications for {} ({}); polling every {} ms", folder, e, poll.toMillis());
            w = null;
        }
        this.watcher = w;
        this.thread = new Thread(() -> loop(poll, onChange), "copydesk-watch-" + name);
        thread.setDaemon(true);
    }

    FolderWatcher start() {
        thread.start();
        return this;
    }

    private void loop(Duration poll, Runnable onChange) {
        while (!closed) {
            try {
                if (watcher == null) {
                    Thread.sleep(poll.toMillis());
                } else {
                    WatchKey key = watcher.poll(poll.toMillis(), TimeUnit.MILLISECONDS);
                    if (key != null) {
                        key.pollEvents();
                        key.reset();
                        // Let a burst of events settle, then take them all at once.
                        Thread.sleep(QUIET.toMillis());
                        WatchKey more;
                        while ((more = watcher.poll()) != null) {
                            more.pollEvents();
                            more.reset();
                        }
                    }
                }
                if (!closed) {
                    onChange.run();
                }
            } catch (InterruptedException | ClosedWatchServiceException e) {
                return;
            } catch (RuntimeException e) {
                LOG.error("Folder watch callback failed: {}", e.toString(), e);
            }
        }
    }

    @Override
    public void close() {
        closed = true;
        thread.interrupt();
        if (watcher != null) {
            try {
                watcher.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
    }
}
