package org.copydesk.runtime.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.copydesk.api.Payload;
import org.copydesk.runtime.Bootstrap;
import org.copydesk.runtime.config.ConfigException;
import org.copydesk.runtime.config.DaemonConfig;
import org.copydesk.runtime.config.PipelineDefinition;
import org.copydesk.runtime.json.DocumentJson;
import org.copydesk.runtime.pipeline.DeadLetterStore;
import org.copydesk.runtime.pipeline.DocumentProcessor;
import org.copydesk.runtime.pipeline.Pipeline;
import org.copydesk.runtime.pipeline.StageFailure;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code copydesk dlq list|show|replay|purge}: the dead-letter store for humans. */
@Command(name = "dlq", description = "Inspect, replay or purge dead letters (data/dead-letter/<pipeline>/).",
        subcommands = {DlqCommand.ListLetters.class, DlqCommand.Show.class, DlqCommand.Replay.class,
                DlqCommand.Purge.class})
final class DlqCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "dlq needs a subcommand: list, show, replay or purge");
    }

    /** Shared options: config, pipeline filter, letter names. */
    abstract static class LetterCommand implements Callable<Integer> {
        @Mixin
        CommonOptions common;

        @Option(names = "--pipeline", paramLabel = "NAME", description = "Only this pipeline's letters.")
        String pipeline;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        DaemonConfig config;
        /** Names given that match no dead letter (each reported on stderr); they make the command exit 1. */
        int unknown;

        /** ", N not found" for the summary line when some names matched nothing. */
        String notFound() {
            return unknown == 0 ? "" : ", " + unknown + " not found";
        }

        /** True when --pipeline names a pipeline that has no letter folder (reported on stderr; exit 1). */
        boolean noSuchPipeline;

        List<DeadLetterStore.Letter> letters(List<String> names) throws IOException {
            DeadLetterStore store = new DeadLetterStore(config.data(), java.time.Clock.systemUTC());
            if (pipeline != null && !Files.isDirectory(store.root().resolve(pipeline))) {
                // 'dlq purge --pipeline nosuch' said "0 dead letter(s) purged", exit 0, as if it had worked (review 7)
                List<String> known = new ArrayList<>();
                if (Files.isDirectory(store.root())) {
                    try (Stream<Path> s = Files.list(store.root())) {
                        s.filter(Files::isDirectory).map(d -> d.getFileName().toString())
                                .filter(n -> !n.startsWith(".")).sorted().forEach(known::add);
                    }
                }
                spec.commandLine().getErr().println("copydesk: no such pipeline among the dead letters: '" + pipeline
                        + "' has no folder in " + store.root() + " (" + (known.isEmpty() ? "no pipeline has dead letters"
                        : "pipelines with dead letters: " + String.join(", ", known)) + ")");
                noSuchPipeline = true;
                return List.of();
            }
            List<DeadLetterStore.Letter> all = store.list(pipeline);
            if (names == null || names.isEmpty()) {
                return all;
            }
            List<DeadLetterStore.Letter> chosen = new ArrayList<>();
            for (String n : names) {
                String base = Path.of(n).getFileName().toString().replaceFirst("\\.error\\.json$", "");
                Optional<DeadLetterStore.Letter> l = all.stream()
                        .filter(x -> x.content().getFileName().toString().equals(base)).findFirst();
                if (l.isEmpty()) {
                    spec.commandLine().getErr().println("copydesk: no dead letter named " + n);
                    unknown++;
                } else {
                    chosen.add(l.get());
                }
            }
            return chosen;
        }

        @Override
        public Integer call() throws Exception {
            config = common.loadConfig(spec.commandLine().getErr());
            if (config == null) {
                return ExitCodes.USAGE;
            }
            return execute(spec.commandLine().getOut(), spec.commandLine().getErr());
        }

        abstract int execute(PrintWriter out, PrintWriter err) throws Exception;
    }

    @Command(name = "list", description = "One line per dead letter: pipeline, letter, stage, time, reason.")
    static final class ListLetters extends LetterCommand {
        @Override
        int execute(PrintWriter out, PrintWriter err) throws IOException {
            List<DeadLetterStore.Letter> all = letters(null);
            for (DeadLetterStore.Letter l : all) {
                out.printf("%s\t%s\t%s\t%s\t%s%n", l.pipeline(), l.content().getFileName(), l.error().get("stage"),
                        l.error().get("time"), l.error().get("message"));
            }
            out.println(all.size() + " dead letter(s)");
            out.flush();
            return noSuchPipeline ? ExitCodes.SOME_FAILED : ExitCodes.OK;
        }
    }

    @Command(name = "show", description = "The error record and the start of the content of dead letters.")
    static final class Show extends LetterCommand {
        @Parameters(arity = "1..*", paramLabel = "LETTER", description = "Letter names as 'dlq list' prints them.")
        List<String> names;

        @Override
        int execute(PrintWriter out, PrintWriter err) throws IOException {
            List<DeadLetterStore.Letter> chosen = letters(names);
            for (DeadLetterStore.Letter l : chosen) {
                out.println("== " + l.content());
                out.println(Files.readString(l.errorFile()));
                byte[] content = Files.readAllBytes(l.content());
                String text = new String(content, 0, Math.min(content.length, 2000), java.nio.charset.StandardCharsets.UTF_8);
                out.println("-- content (" + content.length + " bytes)" + (content.length > 2000 ? ", first 2000" : ""));
                out.println(text.replace("\u0000", "\\0"));
            }
            out.flush();
            return chosen.size() == names.size() && !noSuchPipeline ? ExitCodes.OK : ExitCodes.SOME_FAILED;
        }
    }

    @Command(name = "replay", description = "Send dead letters back through their (possibly fixed) pipeline; letters"
            + " that now go through are removed, the others stay as they were and their new error is printed.")
    static final class Replay extends LetterCommand {
        @Parameters(arity = "0..*", paramLabel = "LETTER", description = "Letter names (default: all, or all of --pipeline).")
        List<String> names;

        @Override
        int execute(PrintWriter out, PrintWriter err) throws Exception {
            int failed = 0;
            int done = 0;
            // One pipeline per name for the whole run: building one per letter re-read the output's recent ids (up
            // to 40 MB of a jsonl file's tail) for every letter.
            Map<String, Pipeline> built = new java.util.HashMap<>();
            try (Bootstrap core = Bootstrap.start(config, common.pluginFolders)) {
                try {
                    for (DeadLetterStore.Letter l : letters(names)) {
                        Pipeline p = built.get(l.pipeline());
                        if (p == null) {
                            Optional<Path> file = pipelineFile(core, l.pipeline());
                            if (file.isEmpty()) {
                                err.println("copydesk: " + l.content().getFileName() + ": no pipeline named '"
                                        + l.pipeline() + "' in " + config.pipelines());
                                failed++;
                                continue;
                            }
                            PipelineDefinition def = core.pipelineParser().parse(file.get());
                            p = core.assembler().create(core.assembler().validate(def));
                            built.put(l.pipeline(), p);
                        }
                        try {
                            int written = replay(l, p, err);
                            if (written < 0) {
                                failed++;
                                continue;
                            }
                            Files.deleteIfExists(l.errorFile());
                            Files.deleteIfExists(l.content());
                            done++;
                            out.println(l.content().getFileName() + ": replayed, " + written + " document(s)");
                        } catch (IOException e) {
                            // an output that fails now: this letter stays, the next ones are still tried
                            err.println("copydesk: " + l.content().getFileName() + ": still fails: "
                                    + org.copydesk.runtime.config.Secrets.redact(e.getMessage()));
                            failed++;
                        }
                    }
                } finally {
                    built.values().forEach(Pipeline::close);
                }
            }
            out.println(done + " replayed, " + failed + " still failing" + notFound());
            out.flush();
            // a misspelt name is a failure, as for 'dlq show': 'replay X && purge X' must not go on (review 5, #20)
            return failed == 0 && unknown == 0 && !noSuchPipeline ? ExitCodes.OK : ExitCodes.SOME_FAILED;
        }

        /** Runs one letter through the pipeline and writes it; the documents written, or -1 when a stage fails. */
        private static int replay(DeadLetterStore.Letter l, Pipeline p, PrintWriter err) throws IOException {
            DocumentProcessor processor = new DocumentProcessor(p);
            Instant now = Instant.now();
            byte[] content = Files.readAllBytes(l.content());
            DocumentProcessor.Result r;
            if (l.content().getFileName().toString().endsWith(".document.json")) {
                r = processor.steps(List.of(DocumentJson.read(content)));
            } else {
                String source = String.valueOf(l.error().getOrDefault("source", l.content().toString()));
                Object type = l.error().get("content_type");
                Map<String, String> attributes = new java.util.LinkedHashMap<>();
                if (l.error().get("attributes") instanceof Map<?, ?> m) {
                    m.forEach((k, v) -> attributes.put(String.valueOf(k), String.valueOf(v)));
                }
                r = processor.process(new Payload(content, source, received(l, now),
                        type == null ? null : type.toString(), attributes));
            }
            // source.received stays when the story first came in; the replay has a field of its own
            r.documents().forEach(d -> d.setSource(d.source().replayedAt(now)));
            if (!r.failures().isEmpty()) {
                StageFailure f = r.failures().get(0);
                err.println("copydesk: " + l.content().getFileName() + ": still fails at " + f.stage() + ": "
                        + org.copydesk.runtime.config.Secrets.redact(f.message()));
                return -1;
            }
            for (Pipeline.NamedOutput o : p.outputs()) {
                o.output().write(r.documents());
                o.output().flush();
            }
            return r.documents().size();
        }

        /**
         * When the letter's payload first came in: its {@code received}; for letters written before it was stored,
         * the time it failed (closer than the replay time); else now.
         */
        private static Instant received(DeadLetterStore.Letter l, Instant now) {
            for (String field : List.of("received", "time")) {
                if (l.error().get(field) instanceof String text) {
                    try {
                        return Instant.parse(text);
                    } catch (java.time.format.DateTimeParseException e) {
                        // try the next
                    }
                }
            }
            return now;
        }

        /** The pipeline file whose name is {@code name}; files that do not parse are passed over. */
        private Optional<Path> pipelineFile(Bootstrap core, String name) throws IOException {
            if (!Files.isDirectory(config.pipelines())) {
                return Optional.empty();
            }
            try (Stream<Path> s = Files.list(config.pipelines())) {
                for (Path p : s.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                    try {
                        if (core.pipelineParser().parse(p).name().equals(name)) {
                            return Optional.of(p);
                        }
                    } catch (ConfigException e) {
                        // not this one
                    }
                }
            }
            return Optional.empty();
        }
    }

    @Command(name = "purge", description = "Delete dead letters: the ones named, all of --pipeline, or all of them"
            + " with --all (one of the three is required).")
    static final class Purge extends LetterCommand {
        @Parameters(arity = "0..*", paramLabel = "LETTER")
        List<String> names;

        @Option(names = "--all", description = "Delete every dead letter of every pipeline.")
        boolean all;

        @Override
        int execute(PrintWriter out, PrintWriter err) throws IOException {
            boolean named = names != null && !names.isEmpty();
            // 'dlq purge' with nothing after it deleted every letter of every pipeline at once (review 7, F2)
            if (!named && pipeline == null && !all) {
                err.println("copydesk: dlq purge deletes nothing unless told what: give the LETTER names, --pipeline"
                        + " NAME for one pipeline's letters, or --all for every dead letter");
                err.flush();
                return ExitCodes.USAGE;
            }
            if (all && (named || pipeline != null)) {
                err.println("copydesk: dlq purge --all deletes every dead letter; give either --all or LETTER names"
                        + " / --pipeline NAME, not both");
                err.flush();
                return ExitCodes.USAGE;
            }
            int n = 0;
            for (DeadLetterStore.Letter l : letters(names)) {
                Files.deleteIfExists(l.errorFile());
                Files.deleteIfExists(l.content());
                n++;
            }
            out.println(n + " dead letter(s) purged" + notFound());
            out.flush();
            return unknown == 0 && !noSuchPipeline ? ExitCodes.OK : ExitCodes.SOME_FAILED;
        }
    }
}
