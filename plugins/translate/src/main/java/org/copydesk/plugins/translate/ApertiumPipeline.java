package org.copydesk.plugins.translate;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One running Apertium translator for one mode (e.g. {@code eng-spa}): the mode's programs connected by pipes, in
 * null-flush mode, so the dictionaries are loaded once and each text costs only its translation. A text goes in
 * followed by NUL; its translation comes out followed by NUL. A reader thread collects the answers.
 *
 * <p>Not thread-safe on its own: {@link ApertiumEngine} serialises calls. {@link #close()} ends every process.
 */
final class ApertiumPipeline implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ApertiumPipeline.class);
    private static final Object END = new Object();

    private final String mode;
    private final List<Process> processes;
    private final OutputStream in;
    private final BlockingQueue<Object> answers = new LinkedBlockingQueue<>();
    private final Thread reader;
    private final java.util.concurrent.ExecutorService writer;

    private final java.nio.file.Path errors;

    private ApertiumPipeline(String mode, List<Process> processes, java.nio.file.Path errors) {
        this.mode = mode;
        this.processes = processes;
        this.errors = errors;
        this.in = processes.get(0).getOutputStream();
        InputStream out = processes.get(processes.size() - 1).getInputStream();
        this.reader = new Thread(() -> read(out), "apertium-" + mode + "-reader");
        reader.setDaemon(true);
        reader.start();
        this.writer = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "apertium-" + mode + "-writer");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Starts the mode's programs.
     *
     * @param started told of every process as soon as it runs, so that the owner can account for it
     */
    static ApertiumPipeline start(String mode, List<List<String>> commands, Consumer<ProcessHandle> started)
            throws IOException {
        // The programs' error output goes to one temporary file, whose last lines explain a failure.
        java.nio.file.Path errors = java.nio.file.Files.createTempFile("copydesk-apertium-" + mode + "-", ".err");
        List<ProcessBuilder> builders = new ArrayList<>();
        for (List<String> command : commands) {
            builders.add(new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.appendTo(errors.toFile())));
        }
        List<Process> processes;
        try {
            processes = builders.size() == 1 ? List.of(builders.get(0).start())
                    : ProcessBuilder.startPipeline(builders);
        } catch (IOException e) {
            java.nio.file.Files.deleteIfExists(errors);
            throw e;
        }
        processes.forEach(p -> started.accept(p.toHandle()));
        LOG.debug("apertium {}: started {} processes", mode, processes.size());
        return new ApertiumPipeline(mode, processes, errors);
    }

    private void read(InputStream out) {
        ByteArrayOutputStream current = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try (out) {
            int n;
            while ((n = out.read(buffer)) >= 0) {
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == 0) {
                        answers.add(current.toString(StandardCharsets.UTF_8));
                        current.reset();
                    } else {
                        current.write(buffer[i]);
                    }
                }
            }
        } catch (IOException e) {
            // the pipeline was closed or died; END below tells a waiting caller
        }
        answers.add(END);
    }

    boolean alive() {
        return processes.stream().allMatch(Process::isAlive) && reader.isAlive();
    }

    List<ProcessHandle> handles() {
        return processes.stream().map(Process::toHandle).toList();
    }

    /**
     * Translates one text.
     *
     * @throws TimeoutException when no answer comes within {@code timeout}
     * @throws IOException      when the translator has stopped
     */
    String translate(String text, Duration timeout) throws IOException, TimeoutException, InterruptedException {
        byte[] bytes = ApertiumStream.deformat(text).getBytes(StandardCharsets.UTF_8);
        // Written by another thread: a hung translator that no longer reads must not block the caller past the
        // timeout (killing it ends the write).
        java.util.concurrent.Future<?> written = writer.submit(() -> {
            in.write(bytes);
            in.write(0);
            in.flush();
            return null;
        });
        Object answer = answers.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (answer == null) {
            if (written.isDone()) {
                try {
                    written.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    throw new IOException("the translator stopped (" + exitCodes() + ")", e.getCause());
                }
            }
            throw new TimeoutException("no answer within " + timeout.toMillis() + " ms");
        }
        if (answer == END) {
            answers.add(END);
            throw new IOException("the translator stopped (" + exitCodes() + ")");
        }
        return ApertiumStream.reformat((String) answer);
    }

    private String exitCodes() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        String codes = processes.stream()
                .map(p -> p.info().command().map(c -> c.substring(c.lastIndexOf('/') + 1)).orElse("process")
                        + (p.isAlive() ? " running" : " exit " + p.exitValue()))
                .collect(Collectors.joining(", "));
        String said = lastErrorLine();
        return codes + (said.isEmpty() ? "" : "; it said: " + said);
    }

    private String lastErrorLine() {
        try {
            List<String> lines = java.nio.file.Files.readAllLines(errors, StandardCharsets.UTF_8);
            for (int i = lines.size() - 1; i >= 0; i--) {
                String line = lines.get(i).strip();
                if (!line.isEmpty()) {
                    return line.length() > 300 ? line.substring(0, 300) + "…" : line;
                }
            }
        } catch (IOException | RuntimeException e) {
            // no file, no explanation
        }
        return "";
    }

    private void deleteErrors() {
        try {
            java.nio.file.Files.deleteIfExists(errors);
        } catch (IOException e) {
            LOG.debug("apertium {}: cannot delete {}", mode, errors);
        }
    }

    /** Closes the input so the programs end, kills whatever still runs half a second later, waits for the end. */
    @Override
    public void close() {
        writer.shutdown();
        try {
            in.close();
        } catch (IOException e) {
            // already gone
        }
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(500);
        for (Process p : processes) {
            try {
                long left = deadline - System.nanoTime();
                if (left <= 0 || !p.waitFor(left, TimeUnit.NANOSECONDS)) {
                    kill(p);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                kill(p);
            }
        }
        processes.forEach(ApertiumPipeline::kill);
        writer.shutdownNow();
        for (Process p : processes) {
            try {
                p.waitFor(2, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        deleteErrors();
        LOG.debug("apertium {}: closed", mode);
    }

    /** Kills at once, without waiting for the programs to finish. */
    void kill() {
        processes.forEach(ApertiumPipeline::kill);
        writer.shutdownNow();
        deleteErrors();
        try {
            in.close();
        } catch (IOException e) {
            // already gone
        }
    }

    private static void kill(Process p) {
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly();
    }
}
