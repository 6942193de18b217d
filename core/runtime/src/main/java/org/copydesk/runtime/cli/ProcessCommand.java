package org.copydesk.runtime.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import org.copydesk.api.Document;
import org.copydesk.api.Payload;
import org.copydesk.runtime.Bootstrap;
import org.copydesk.runtime.config.ConfigException;
import org.copydesk.runtime.config.DaemonConfig;
import org.copydesk.runtime.config.Mark;
import org.copydesk.runtime.config.PipelineDefinition;
import org.copydesk.runtime.config.StageKind;
import org.copydesk.runtime.config.StageSpec;
import org.copydesk.runtime.json.DocumentJson;
import org.copydesk.runtime.pipeline.DocumentProcessor;
import org.copydesk.runtime.pipeline.OrderedWorkers;
import org.copydesk.runtime.pipeline.Pipeline;
import org.copydesk.runtime.pipeline.StageFailure;
import org.copydesk.runtime.pipeline.ValidatedPipeline;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code copydesk process}: a one-shot run of a pipeline's format and steps over files, writing to the pipeline's
 * outputs or to standard output.
 */
@Command(name = "process", description = "Run a pipeline's format and steps over files or folders once."
        + " Exit 0 when every input was processed, 1 when some failed (each reported), 2 for usage or configuration"
        + " errors.")
final class ProcessCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Option(names = "--pipeline", required = true, paramLabel = "FILE", description = "The pipeline file.")
    Path pipelineFile;

    @Option(names = "--format", paramLabel = "NAME", description = "Read the inputs with this format instead of the"
            + " pipeline's.")
    String format;

    @Option(names = "--stdout", description = "Write JSON Lines to standard output instead of the pipeline's outputs.")
    boolean stdout;

    @Option(names = "--workers", paramLabel = "N", description = "Threads that parse and run the steps (default: one"
            + " per processor). Output order is the order of the inputs whatever the number.")
    Integer workers;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files, or folders (every regular file inside,"
            + " sorted; dotfiles skipped).")
    List<Path> inputs;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (workers != null && (workers < 1 || workers > 256)) {
            err.println("copydesk process: --workers must be from 1 to 256, not " + workers);
            return ExitCodes.USAGE;
        }
        DaemonConfig config = common.loadConfig(err);
        if (config == null) {
            return ExitCodes.USAGE;
        }
        // Listing a folder of 100,000 files (a stat of each, then the sort) took 0.5-0.8 s of the main thread before
        // any worker could start; it now runs on a thread of its own while the plugins load and the pipeline is built.
        CompletableFuture<Listing> listing = CompletableFuture.supplyAsync(this::expand, task -> {
            Thread t = new Thread(task, "copydesk-list-inputs");
            t.setDaemon(true);
            t.start();
        });
        try (Bootstrap core = Bootstrap.start(config, common.pluginFolders)) {
            Pipeline pipeline;
            try {
                PipelineDefinition def = core.pipelineParser().parse(pipelineFile);
                if (format != null) {
                    Mark mark = new Mark("--format", 1, 1);
                    def = def.withFormat(new StageSpec(StageKind.FORMAT, "--format", format, mark, mark, Map.of()));
                }
                ValidatedPipeline vp = core.assembler().validate(def);
                pipeline = core.assembler().create(vp, !stdout);
            } catch (ConfigException e) {
                CommonOptions.printErrors(err, e);
                return ExitCodes.USAGE;
            }
            try (pipeline) {
                return processAll(pipeline, listing.join(), err);
            }
        }
    }

    private int processAll(Pipeline pipeline, Listing listing, PrintWriter err) throws IOException {
        listing.messages().forEach(m -> err.println(org.copydesk.runtime.config.Secrets.redact(m)));
        DocumentProcessor processor = new DocumentProcessor(pipeline);
        // Standard output's file descriptor itself: System.out is a PrintStream, which swallows write errors (a full
        // disk, a closed pipe) and would let a run that lost its output exit 0.
        OutputStream out = stdout ? new BufferedOutputStream(new java.io.FileOutputStream(java.io.FileDescriptor.out),
                1 << 16) : null;
        int[] failed = {0};
        int threads = workers != null ? workers : Runtime.getRuntime().availableProcessors();
        try {
            // Reading, parsing, the steps and (for --stdout) the JSON encoding run on the workers; reports and
            // writes happen here, in the order of the inputs, so the output does not depend on --workers.
            OrderedWorkers.run(listing.files(), threads, threads * 64, in -> processOne(processor, in, out != null),
                    done -> {
                        done.messages().forEach(m -> err.println(org.copydesk.runtime.config.Secrets.redact(m)));
                        if (done.failed()) {
                            failed[0]++;
                        }
                        if (done.documents().isEmpty()) {
                            return;
                        }
                        if (out != null) {
                            out.write(done.json());
                        } else {
                            for (Pipeline.NamedOutput o : pipeline.outputs()) {
                                try {
                                    o.output().write(done.documents());
                                    o.output().flush();
                                } catch (IOException e) {
                                    throw new IOException("output '" + o.type() + "': " + e.getMessage(), e);
                                }
                            }
                        }
                    });
            if (out != null) {
                out.flush();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("copydesk: interrupted");
            failed[0]++;
        } catch (IOException e) {
            // the output itself failed: what is not written is lost for this run, so stop and say where
            err.println("copydesk: " + (out != null ? "standard output: " : "") + "write failed, stopping: " + e.getMessage());
            err.flush();
            return ExitCodes.SOME_FAILED;
        }
        err.flush();
        // a file or folder that could not be listed makes the run exit 1 like a failed input
        return failed[0] == 0 && listing.messages().isEmpty() ? ExitCodes.OK : ExitCodes.SOME_FAILED;
    }

    /** The largest input file read: each is one payload in memory, on a heap of 512 MB by default. */
    static final long MAX_FILE_BYTES = 64L * 1024 * 1024;

    /** What one input file gave: documents (and their JSON Lines when writing to standard output), messages. */
    private record FileResult(List<Document> documents, byte[] json, List<String> messages, boolean failed) {
    }

    /**
     * One file to read: its modification time when listing a folder already read it (one system call less per file
     * than asking again), else null.
     */
    private record InputFile(Path path, Instant modified) {
    }

    /** Runs on a worker: reads, parses and runs the steps over one file; never throws for a bad input. */
    private static FileResult processOne(DocumentProcessor processor, InputFile in, boolean encode) {
        Path file = in.path();
        Payload payload;
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                // read whole, it could exhaust the heap and end the run for every other input
                return new FileResult(List.of(), null, List.of("copydesk: " + file + ": " + size + " bytes, larger than "
                        + (MAX_FILE_BYTES >> 20) + " MiB; not read"), true);
            }
            byte[] bytes = Files.readAllBytes(file);
            Instant modified = in.modified() != null ? in.modified() : Files.getLastModifiedTime(file).toInstant();
            payload = new Payload(bytes, file.toAbsolutePath().normalize().toString(), modified, null,
                    Map.of("file.name", file.getFileName().toString()));
        } catch (NoSuchFileException e) {
            return new FileResult(List.of(), null, List.of("copydesk: " + file + ": no such file"), true);
        } catch (IOException e) {
            return new FileResult(List.of(), null, List.of("copydesk: " + file + ": cannot read: " + e.getMessage()),
                    true);
        }
        DocumentProcessor.Result result = processor.process(payload);
        List<String> messages = new ArrayList<>(result.failures().size());
        for (StageFailure f : result.failures()) {
            messages.add("copydesk: " + file + ": " + f.stage() + " failed"
                    + (f.document() != null && result.failures().size() > 1 ? " for document " + f.document().id() : "")
                    + ": " + f.message());
        }
        List<Document> docs = result.documents();
        byte[] json = encode && !docs.isEmpty() ? DocumentJson.toJsonLines(docs) : null;
        return new FileResult(docs, json, messages, !result.failures().isEmpty());
    }

    /** The files to read, in order, and a message for each file or folder that could not be listed. */
    private record Listing(List<InputFile> files, List<String> messages) {
    }

    /**
     * The inputs as files: a folder gives every regular file inside, sorted, without dotfiles and without descending
     * into dot folders ({@code .done} of an inbox can hold many thousands of files).
     */
    private Listing expand() {
        List<InputFile> files = new ArrayList<>();
        List<String> messages = new ArrayList<>();
        for (Path p : inputs) {
            if (!Files.isDirectory(p)) {
                files.add(new InputFile(p, null));
                continue;
            }
            List<InputFile> found = new ArrayList<>();
            int problemsBefore = messages.size();
            try {
                Files.walkFileTree(p, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                        return !dir.equals(p) && hidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException e) {
                        messages.add("copydesk: " + file + ": cannot read: " + e.getMessage());
                        return FileVisitResult.CONTINUE; // the rest of the folder is still processed
                    }

                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                        if (attrs.isRegularFile() && !hidden(file)) {
                            found.add(new InputFile(file, attrs.lastModifiedTime().toInstant()));
                        }
                        return FileVisitResult.CONTINUE;
                    }
                });
            } catch (IOException e) {
                messages.add("copydesk: " + p + ": cannot list folder: " + e.getMessage());
            }
            if (found.isEmpty() && messages.size() == problemsBefore) {
                // it printed nothing and exited 0, as if the folder's stories had gone through (review 7, F13)
                messages.add("copydesk: " + p + ": no files to process in this folder (dotfiles and dot folders such"
                        + " as .done are skipped)");
            }
            found.sort(Comparator.comparing(InputFile::path));
            files.addAll(found);
        }
        return new Listing(files, messages);
    }

    private static boolean hidden(Path path) {
        Path name = path.getFileName();
        return name != null && name.toString().startsWith(".");
    }
}
