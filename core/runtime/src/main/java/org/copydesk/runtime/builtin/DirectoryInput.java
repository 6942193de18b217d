package org.copydesk.runtime.builtin;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.copydesk.api.Acknowledgement;
import org.copydesk.api.Input;
import org.copydesk.api.InputContext;
import org.copydesk.api.Payload;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads files dropped into a folder. A file is read once it has settled (same size and modification time for the
 * settle period); dotfiles and names that writers use for partial files are ignored. The file stays in place until
 * its acknowledgement: then it is moved to the done folder (or deleted); a dead-lettered file is deleted (the
 * dead-letter store has its bytes). A crash before that leaves the file where it was, so it is read again at the
 * next start: at-least-once delivery.
 */
final class DirectoryInput implements Input {
    private static final Logger LOG = LoggerFactory.getLogger(DirectoryInput.class);
    /** How often the move of a processed file that could not be moved away is tried again. */
    private static final Duration MOVE_RETRY = Duration.ofSeconds(60);
    private static final List<String> PARTIAL_SUFFIXES = List.of(".tmp", ".part", ".partial", ".crdownload", "~",
            ".swp", ".filepart");

    private record Seen(long size, Instant modified, long firstSeenNanos) {
    }

    /** What a file was when it was read: a file renamed over it under the same name is another version. */
    private record Version(Object key, long size, Instant modified) {
        static Version of(BasicFileAttributes a) {
            return new Version(a.fileKey(), a.size(), a.lastModifiedTime().toInstant());
        }
    }

    private final String pipeline;
    private final Path folder;
    private final Path doneFolder;
    private final Duration settle;
    private final Duration poll;
    private final boolean delete;
    private final int readers;
    private final long maxBytes;
    private final Clock clock;
    private final Set<Path> inFlight = ConcurrentHashMap.newKeySet();
    private final Map<Path, Seen> seen = new HashMap<>();
    private final Map<Path, Instant> retryAfter = new ConcurrentHashMap<>();
    /** Files processed and acknowledged that could not be moved away: not read again while unchanged. */
    private final Map<Path, Version> notMoved = new ConcurrentHashMap<>();
    private volatile boolean stopped;
    private Thread thread;
    private WatchService watcher;
    /** Reads settled files and hands them to the pipeline; null with one reader (the scanning thread reads). */
    private ThreadPoolExecutor readPool;

    /**
     * @param readers files read at the same time: the scanning thread reads when 1; otherwise a pool of this many
     *                threads does, so a read that waits on the disk does not leave the workers idle
     */
    DirectoryInput(String pipeline, Path folder, Path doneFolder, Duration settle, Duration poll, boolean delete,
                   int readers, Clock clock) {
        this(pipeline, folder, doneFolder, settle, poll, delete, readers, DEFAULT_MAX_BYTES, clock);
    }

    /** Files larger than this by default are set aside unread (the push API's limit too). */
    static final long DEFAULT_MAX_BYTES = 16L * 1024 * 1024;

    /** @param maxBytes a larger file is moved to {@code .rejected} unread, with an error naming it and its size */
    DirectoryInput(String pipeline, Path folder, Path doneFolder, Duration settle, Duration poll, boolean delete,
                   int readers, long maxBytes, Clock clock) {
        this.maxBytes = maxBytes;
        this.pipeline = pipeline;
        this.folder = folder;
        this.doneFolder = doneFolder;
        this.settle = settle;
        this.poll = poll;
        this.delete = delete;
        this.readers = readers;
        this.clock = clock;
    }

    @Override
    public void start(InputContext context) throws IOException {
        Files.createDirectories(folder);
        if (!delete) {
            Files.createDirectories(doneFolder);
        }
        try {
            watcher = folder.getFileSystem().newWatchService();
            // Arrivals and writes only: a file leaving the folder (most often this input's own move into the done
            // folder, one per story) needs no scan, and its event would cost the watcher thread as much as an
            // arrival's.
            folder.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY);
        } catch (IOException | UnsupportedOperationException e) {
            LOG.info("Pipeline '{}': no file-system notifications for {} ({}); scanning every {} ms", pipeline, folder,
                    e.toString(), poll.toMillis());
            watcher = null;
        }
        if (readers > 1) {
            AtomicInteger n = new AtomicInteger();
            // A queue as long as the pool: a scan that finds thousands of files waits here (caller runs) rather than
            // queueing them all; the pipeline's own bounded queue is what really holds work back.
            readPool = new ThreadPoolExecutor(readers, readers, 30, TimeUnit.SECONDS,
                    new ArrayBlockingQueue<>(readers), r -> {
                        Thread t = new Thread(r, "copydesk-" + pipeline + "-read-" + n.incrementAndGet());
                        t.setDaemon(true);
                        return t;
                    }, new ThreadPoolExecutor.CallerRunsPolicy());
        }
        thread = new Thread(() -> run(context), "copydesk-" + pipeline + "-directory");
        thread.setDaemon(true);
        thread.start();
        LOG.info("Pipeline '{}': watching {}", pipeline, folder.toAbsolutePath().normalize());
    }

    private void run(InputContext context) {
        try {
            while (!stopped && !context.isStopping()) {
                scan(context);
                waitForChange();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException | Error e) {
            LOG.error("Pipeline '{}': directory input stopped by an unexpected error", pipeline, e);
            if (e instanceof Error error) {
                throw error;
            }
        }
    }

    private void waitForChange() throws InterruptedException {
        long waitMillis = Math.max(10, Math.min(poll.toMillis(), seen.isEmpty() ? poll.toMillis()
                : Math.max(10, settle.toMillis() / 2)));
        if (watcher == null) {
            Thread.sleep(waitMillis);
            return;
        }
        try {
            var key = watcher.poll(waitMillis, TimeUnit.MILLISECONDS);
            if (key != null) {
                key.pollEvents();
                key.reset();
            }
        } catch (ClosedWatchServiceException e) {
            Thread.sleep(waitMillis);
        }
    }

    private void scan(InputContext context) throws InterruptedException {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder)) {
            for (Path p : stream) {
                if (!ignored(p)) {
                    files.add(p);
                }
            }
        } catch (IOException e) {
            LOG.warn("Pipeline '{}': cannot list {}: {}", pipeline, folder, e.toString());
            return;
        }
        files.sort(null);
        long now = System.nanoTime();
        Set<Path> present = new java.util.HashSet<>(files);
        seen.keySet().removeIf(p -> !present.contains(p));
        retryAfter.keySet().removeIf(p -> !present.contains(p));
        notMoved.keySet().removeIf(p -> !present.contains(p));
        for (Path file : files) {
            if (stopped || context.isStopping()) {
                return;
            }
            if (inFlight.contains(file)) {
                continue;
            }
            Instant notBefore = retryAfter.get(file);
            if (notBefore != null && clock.instant().isBefore(notBefore)) {
                continue;
            }
            BasicFileAttributes attrs;
            try {
                attrs = Files.readAttributes(file, BasicFileAttributes.class);
            } catch (NoSuchFileException e) {
                continue;
            } catch (IOException e) {
                LOG.warn("Pipeline '{}': cannot read attributes of {}: {}", pipeline, file, e.toString());
                continue;
            }
            if (!attrs.isRegularFile()) {
                continue;
            }
            Version processed = notMoved.get(file);
            if (processed != null) {
                if (processed.equals(Version.of(attrs))) {
                    new FileAck(file, processed).retryMove(); // done already: only the move is left
                    continue;
                }
                notMoved.remove(file); // a new version under the same name: read it
            }
            Instant modified = attrs.lastModifiedTime().toInstant();
            Seen before = seen.get(file);
            if (before == null || before.size() != attrs.size() || !before.modified().equals(modified)) {
                seen.put(file, new Seen(attrs.size(), modified, now));
                if (!settle.isZero()) {
                    continue;
                }
            } else if (now - before.firstSeenNanos() < settle.toNanos()) {
                continue;
            }
            seen.remove(file);
            if (attrs.size() > maxBytes) {
                reject(file, attrs.size()); // only once settled: a file still being written may not be moved
                continue;
            }
            inFlight.add(file); // from here until its acknowledgement (or a failed read) no scan offers it again
            Version version = Version.of(attrs);
            if (readPool == null) {
                submit(context, file, version);
            } else {
                readPool.execute(() -> {
                    try {
                        submit(context, file, version);
                    } catch (InterruptedException e) {
                        // stopping: the file stays where it is and is read again at the next start
                    } catch (RuntimeException | Error e) {
                        // not silently: the file is released for a later scan and the reason is in the log
                        LOG.error("Pipeline '{}': reading {} failed: {}", pipeline, file, e.toString(), e);
                        retryAfter.put(file, clock.instant().plus(Duration.ofSeconds(30)));
                        inFlight.remove(file);
                    }
                });
            }
        }
    }

    /**
     * Sets aside, unread, a file larger than {@link #maxBytes} (reading it whole could exhaust the heap): moved to
     * {@code .rejected} in the watched folder, for a human, with an error that names it and its size.
     */
    private void reject(Path file, long size) {
        Path rejected = folder.resolve(".rejected");
        try {
            Files.createDirectories(rejected);
            Path target = moveInto(rejected, file);
            LOG.error("Pipeline '{}': {} is {} bytes, larger than the input's max_file_mb ({} bytes); moved unread to {}",
                    pipeline, file, size, maxBytes, target);
        } catch (IOException e) {
            retryAfter.put(file, clock.instant().plus(MOVE_RETRY));
            LOG.error("Pipeline '{}': {} is {} bytes, larger than the input's max_file_mb ({} bytes), and cannot be moved"
                    + " to {}: {}", pipeline, file, size, maxBytes, rejected, e.toString());
        }
    }

    /** Moves a file into a folder under a free name ({@code a.txt}, else {@code a.txt.1}, ...); the target. */
    private static Path moveInto(Path folder, Path file) throws IOException {
        // rename(2) silently replaces an existing target, so pick a free name first.
        String name = file.getFileName().toString();
        Path target = folder.resolve(name);
        for (int n = 1; Files.exists(target); n++) {
            target = folder.resolve(name + "." + n);
        }
        Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
        return target;
    }

    /** Reads one file and hands it to the pipeline; on any failure the file is released for a later scan. */
    private void submit(InputContext context, Path file, Version version) throws InterruptedException {
        Instant modified = version.modified();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            inFlight.remove(file);
            return;
        } catch (IOException e) {
            LOG.warn("Pipeline '{}': cannot read {}: {}; will try again", pipeline, file, e.toString());
            retryAfter.put(file, clock.instant().plus(Duration.ofSeconds(30)));
            inFlight.remove(file);
            return;
        }
        Payload payload = new Payload(bytes, file.toAbsolutePath().normalize().toString(), modified, null,
                Map.of("file.name", file.getFileName().toString()));
        try {
            context.submit(payload, new FileAck(file, version));
        } catch (InterruptedException e) {
            inFlight.remove(file);
            throw e;
        }
    }

    private boolean ignored(Path p) {
        String name = p.getFileName().toString();
        if (name.startsWith(".")) {
            return true;
        }
        for (String suffix : PARTIAL_SUFFIXES) {
            if (name.endsWith(suffix)) {
                return true;
            }
        }
        return false;
    }

    /** Moves, deletes or releases one file when the core is done with it. */
    private final class FileAck implements Acknowledgement {
        private final Path file;
        private final Version version;

        FileAck(Path file, Version version) {
            this.file = file;
            this.version = version;
        }

        /**
         * Whether the file at the path is still the one that was read. A feed that drops the same name again
         * (feed.xml, latest.txt) may have renamed a new version over it meanwhile: that one must be read, not
         * archived or deleted unread.
         */
        private boolean stillTheFileRead() {
            try {
                if (Version.of(Files.readAttributes(file, BasicFileAttributes.class)).equals(version)) {
                    return true;
                }
                LOG.info("Pipeline '{}': {} was replaced while it was processed; the new version will be read", pipeline,
                        file);
                return false;
            } catch (IOException e) {
                return false; // gone (or unreadable): nothing to move
            }
        }

        @Override
        public void ack() {
            try {
                if (!stillTheFileRead()) {
                    return;
                }
                if (delete) {
                    Files.deleteIfExists(file);
                } else {
                    moveToDone();
                }
                retryAfter.remove(file);
            } catch (IOException e) {
                // Not read again while it is unchanged (that would repeat its documents): only the move is retried.
                notMoved.put(file, version);
                retryAfter.put(file, clock.instant().plus(MOVE_RETRY));
                LOG.error("Pipeline '{}': {} was processed but cannot be moved away ({}); the move is tried again every"
                        + " {} s, and the file is not read again unless it changes", pipeline, file, e.toString(),
                        MOVE_RETRY.toSeconds());
            } finally {
                inFlight.remove(file);
            }
        }

        /** Called by the scan for a file in {@link #notMoved}, at most every {@link #MOVE_RETRY}. */
        void retryMove() {
            Instant notBefore = retryAfter.get(file);
            if (notBefore != null && clock.instant().isBefore(notBefore)) {
                return;
            }
            try {
                if (delete) {
                    Files.deleteIfExists(file);
                } else {
                    moveToDone();
                }
                notMoved.remove(file);
                retryAfter.remove(file);
            } catch (IOException e) {
                retryAfter.put(file, clock.instant().plus(MOVE_RETRY));
                LOG.warn("Pipeline '{}': {} still cannot be moved away: {}", pipeline, file, e.toString());
            }
        }

        private void moveToDone() throws IOException {
            moveInto(doneFolder, file);
        }

        @Override
        public void deadLettered() {
            try {
                if (stillTheFileRead()) {
                    Files.deleteIfExists(file);
                }
                retryAfter.remove(file);
            } catch (IOException e) {
                LOG.error("Pipeline '{}': {} is in the dead-letter store but cannot be deleted: {}", pipeline, file,
                        e.toString());
            } finally {
                inFlight.remove(file);
            }
        }

        @Override
        public void nack(Throwable error) {
            retryAfter.put(file, clock.instant().plus(Duration.ofSeconds(10)));
            inFlight.remove(file);
        }
    }

    @Override
    public void stop() {
        stopped = true;
        if (watcher != null) {
            try {
                watcher.close();
            } catch (IOException ignored) {
                // closing to wake the thread; nothing to do
            }
        }
    }

    @Override
    public boolean awaitStop(Duration timeout) throws InterruptedException {
        if (thread == null) {
            return true;
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        thread.join(Math.max(1, timeout.toMillis()));
        if (readPool != null) {
            // Reads under way finish handing their file over (or give up when the pipeline says it is stopping).
            readPool.shutdown();
            long left = Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime()));
            if (!readPool.awaitTermination(left, TimeUnit.MILLISECONDS)) {
                return false;
            }
        }
        return !thread.isAlive();
    }
}
