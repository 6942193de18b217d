package org.copydesk.runtime.builtin;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import org.copydesk.api.Document;
import org.copydesk.api.Output;
import org.copydesk.runtime.json.DocumentJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Appends JSON Lines. Each batch is encoded in memory and appended with one write (O_APPEND), so lines never
 * interleave. A crash in the middle of a write can leave a partial last line: on opening, a file that
 * does not end with a newline is cut back to its last complete line (logged), so readers never see a torn line.
 * Several writers may share a file (two pipelines, or {@code copydesk process} / {@code dlq replay} beside the
 * daemon): each batch is appended, and the tail is repaired, only while holding an exclusive advisory lock on the
 * file ({@link FileChannel#lock()} between processes, a monitor per file inside one), so an opening never cuts off a
 * line that another writer is still writing (review 5 #3).
 */
final class JsonlOutput implements Output {
    private static final Logger LOG = LoggerFactory.getLogger(JsonlOutput.class);
    /**
     * One monitor per file for the writers inside this JVM: a {@link FileLock} is held for the whole JVM, so two
     * channels of one process asking for it would get an OverlappingFileLockException instead of waiting.
     */
    private static final ConcurrentHashMap<Path, Object> IN_PROCESS = new ConcurrentHashMap<>();

    private interface LockedWork<T> {
        T run() throws IOException;
    }

    private final Path path;
    private final boolean fsync;
    private final FileChannel channel;
    private final RecentIds recent;
    private final Object fileMonitor;
    private boolean lockUnsupportedLogged;

    JsonlOutput(Path path, boolean fsync) throws IOException {
        this(path, fsync, 0);
    }

    /**
     * @param dedupeWindow how many of the most recent documents (read back from the file's tail at open, then
     *                     kept as written) are remembered, by id and a hash of headline and body; a document with
     *                     the same id and the same headline and body as one of them is not written again. This
     *                     removes the duplicates a crash leaves (documents written, input not yet acknowledged, so
     *                     processed again at restart); a document with a known id and new content (an updated page,
     *                     a corrected story) is written. 0 turns it off.
     */
    JsonlOutput(Path path, boolean fsync, int dedupeWindow) throws IOException {
        this.path = path;
        this.fsync = fsync;
        this.recent = new RecentIds(dedupeWindow);
        Path parent = path.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        FileChannel check = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.READ);
        try {
            this.fileMonitor = IN_PROCESS.computeIfAbsent(path.toRealPath(), p -> new Object());
        } catch (IOException | RuntimeException e) {
            check.close();
            throw e;
        }
        // The channel is closed inside the monitor too: closing any channel of a file drops every lock this process
        // holds on it (POSIX record locks belong to the process), so a close while another writer here is
        // mid-batch would let a third process cut that batch off (review 6).
        synchronized (fileMonitor) {
            try (check) {
                // under the lock: a line another writer is appending right now is complete before we look at the tail
                locked(check, () -> {
                    repairTail(check);
                    if (dedupeWindow > 0) {
                        recent.loadTail(path);
                    }
                    return null;
                });
            }
        }
        // O_APPEND: every write lands at the end of the file, even with another writer on the same file.
        this.channel = FileChannel.open(path, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
    }

    /** Runs work holding this file's monitor (writers in this JVM) and an exclusive lock on it (other processes). */
    private <T> T locked(FileChannel lockOn, LockedWork<T> work) throws IOException {
        synchronized (fileMonitor) {
            FileLock lock;
            try {
                lock = lockOn.lock();
            } catch (java.nio.channels.ClosedChannelException e) {
                throw e;
            } catch (IOException e) {
                // a file system without locks (some network mounts): writers in this JVM are still kept apart
                if (!lockUnsupportedLogged) {
                    lockUnsupportedLogged = true;
                    LOG.warn("Output {}: cannot lock the file ({}); other processes writing it are not kept apart",
                            path, e.toString());
                }
                return work.run();
            }
            try (FileLock ignored = lock) {
                return work.run();
            }
        }
    }

    private void repairTail(FileChannel channel) throws IOException {
        long size = channel.size();
        if (size == 0) {
            return;
        }
        ByteBuffer one = ByteBuffer.allocate(1);
        channel.read(one, size - 1);
        if (one.get(0) == '\n') {
            return;
        }
        long pos = size - 1;
        ByteBuffer chunk = ByteBuffer.allocate(8192);
        long keep = 0;
        search:
        while (pos >= 0) {
            long start = Math.max(0, pos - chunk.capacity() + 1);
            chunk.clear();
            chunk.limit((int) (pos - start + 1));
            channel.read(chunk, start);
            for (int i = chunk.position() - 1; i >= 0; i--) {
                if (chunk.get(i) == '\n') {
                    keep = start + i + 1;
                    break search;
                }
            }
            pos = start - 1;
        }
        LOG.warn("Output {} ended with a partial line ({} bytes, left by an interrupted write); cut back to the last"
                + " complete line", path, size - keep);
        channel.truncate(keep);
        channel.force(true);
    }

    @Override
    public void write(List<Document> documents) throws IOException {
        if (documents.isEmpty()) {
            return;
        }
        // Encoding is the costly part and needs no lock; only choosing what is new and appending it are serialised.
        byte[][] lines = new byte[documents.size()][];
        for (int i = 0; i < lines.length; i++) {
            lines[i] = DocumentJson.toJsonLine(documents.get(i));
        }
        synchronized (this) {
            java.io.ByteArrayOutputStream batch = new java.io.ByteArrayOutputStream(lines.length * 2048);
            java.util.Set<String> written = new java.util.HashSet<>();
            for (int i = 0; i < lines.length; i++) {
                Document d = documents.get(i);
                String key = recent.enabled() ? RecentIds.key(d.id(), d.headline(), d.body()) : null;
                boolean repeat = key != null && (recent.contains(key) || !written.add(key));
                if (!repeat) {
                    batch.write(lines[i]);
                } else {
                    LOG.info("Output {}: document {} ({}) was already written with the same headline and body;"
                            + " not writing it again", path, d.id(),
                            d.source().uri());
                }
            }
            // The ids count as written only once their bytes are: a failed write is retried in full, and what it left
            // half-written is cut off, so the file never holds a torn line before later ones.
            ByteBuffer buffer = ByteBuffer.wrap(batch.toByteArray());
            if (buffer.hasRemaining()) {
                // Under the file lock: no other writer appends between the size read here and the truncate, and
                // none opens the file and cuts this batch off as a torn line while it is being written.
                locked(channel, () -> {
                    long before = channel.size();
                    try {
                        while (buffer.hasRemaining()) {
                            channel.write(buffer);
                        }
                    } catch (IOException e) {
                        try {
                            channel.truncate(before);
                        } catch (IOException again) {
                            e.addSuppressed(again);
                        }
                        throw e;
                    }
                    return null;
                });
            }
            if (recent.enabled()) {
                written.forEach(recent::add);
            }
        }
    }

    @Override
    public synchronized void flush() throws IOException {
        // Channel writes go straight to the operating system; there is no user-space buffer to flush.
        if (fsync) {
            channel.force(false);
        }
    }

    @Override
    public synchronized void close() throws IOException {
        synchronized (fileMonitor) { // see the constructor: a close drops this process's locks on the file
            if (channel.isOpen()) {
                if (fsync) {
                    channel.force(true);
                }
                channel.close();
            }
        }
    }
}
