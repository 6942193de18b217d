package org.copydesk.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.time.Clock;
import org.copydesk.api.FormatException;
import org.copydesk.runtime.cli.Main;
import org.copydesk.runtime.pipeline.DeadLetterStore;
import org.copydesk.runtime.pipeline.StageFailure;
import org.copydesk.runtime.state.MvStateStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** copydesk dlq and copydesk state, in-process. */
class OperationsCliTest {
    @TempDir
    Path dir;

    private record Result(int code, String out, String err) {
    }

    private Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Result(code, out.toString(), err.toString());
    }

    private Path config() throws Exception {
        Path cfg = dir.resolve("copydesk.yaml");
        Files.writeString(cfg, "pipelines: %s\nplugins: %s\ndata: %s\n".formatted(dir.resolve("pipelines"),
                dir.resolve("plugins"), dir.resolve("data")));
        return cfg;
    }

    @Test
    void aReplayWhoseOutputFailsKeepsEveryLetterAndTriesThemAll() throws Exception {
        Path full = Path.of("/dev/full"); // every write fails, as on a full disk
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isWritable(full), "no /dev/full here");
        Path cfg = config();
        TestPlugins.shout(dir.resolve("plugins"), "1.0.0");
        Files.createDirectories(dir.resolve("pipelines"));
        Files.writeString(dir.resolve("pipelines/news.yaml"), """
                name: news
                input: {type: directory, path: %s, format: plain}
                steps: [{type: shout}]
                outputs: [{type: jsonl, path: /dev/full}]
                """.formatted(dir.resolve("in")));
        DeadLetterStore store = new DeadLetterStore(dir.resolve("data"), Clock.systemUTC());
        for (String name : List.of("one.txt", "two.txt")) {
            store.put("news", new StageFailure("format 'plain'", "shout", "1.0.0", new FormatException("outage"), null),
                    "/in/" + name, name, "A story\nA body.".getBytes(), 1);
        }
        Result replay = run("dlq", "replay", "--config", cfg.toString(), "--plugins", dir.resolve("plugins").toString());
        assertThat(replay.code()).isEqualTo(1);
        assertThat(replay.out()).contains("0 replayed, 2 still failing");
        assertThat(replay.err()).contains("one.txt: still fails:").contains("two.txt: still fails:");
        assertThat(run("dlq", "list", "--config", cfg.toString()).out()).contains("2 dead letter(s)");
    }

    @Test
    void deadLettersAreListedShownReplayedAndPurged() throws Exception {
        Path cfg = config();
        TestPlugins.shout(dir.resolve("plugins"), "1.0.0");
        Files.createDirectories(dir.resolve("pipelines"));
        Path out = dir.resolve("out.jsonl");
        Files.writeString(dir.resolve("pipelines/news.yaml"), """
                name: news
                input: {type: directory, path: %s, format: plain}
                steps: [{type: shout}]
                outputs: [{type: jsonl, path: %s}]
                """.formatted(dir.resolve("in"), out));
        DeadLetterStore store = new DeadLetterStore(dir.resolve("data"), Clock.systemUTC());
        StageFailure failure = new StageFailure("format 'plain'", "shout", "1.0.0",
                new FormatException("temporary outage"), null);
        store.put("news", failure, "/in/good.txt", "good.txt", "Good story\nA body.".getBytes(), 1);
        store.put("news", new StageFailure("format 'plain'", "shout", "1.0.0", new FormatException("empty file"), null),
                "/in/empty.txt", "empty.txt", "  ".getBytes(), 1);

        Result list = run("dlq", "list", "--config", cfg.toString());
        assertThat(list.code()).isZero();
        assertThat(list.out()).contains("news\t").contains("temporary outage").contains("empty file")
                .contains("2 dead letter(s)");
        String goodLetter = list.out().lines().filter(l -> l.contains("good.txt")).findFirst().orElseThrow().split("\t")[1];

        Result show = run("dlq", "show", "--config", cfg.toString(), goodLetter);
        assertThat(show.out()).contains("\"plugin_version\" : \"1.0.0\"").contains("Good story");

        Result replay = run("dlq", "replay", "--config", cfg.toString(), "--plugins", dir.resolve("plugins").toString());
        assertThat(replay.code()).isEqualTo(1);
        assertThat(replay.out()).contains("1 replayed, 1 still failing");
        assertThat(replay.err()).contains("still fails at format 'plain': empty file");
        assertThat(Files.readString(out)).contains("\"headline\":\"GOOD STORY!\"");
        assertThat(run("dlq", "list", "--config", cfg.toString()).out()).contains("1 dead letter(s)");

        assertThat(run("dlq", "purge", "--config", cfg.toString(), "--pipeline", "news").out())
                .contains("1 dead letter(s) purged");
        assertThat(run("dlq", "list", "--config", cfg.toString()).out()).contains("0 dead letter(s)");
    }

    /**
     * A replayed letter's documents keep the original {@code source.received} (when the story came in: the file's
     * modification time) and get {@code source.replayed}; the replay time became {@code received}, so a dateline
     * without a year replayed a year later took the wrong one (review 5, finding 20). The letter comes from a real
     * run: a directory pipeline whose format cannot read the file, then fixed.
     */
    @Test
    void aReplayedLetterKeepsWhenTheStoryCameInAndSaysWhenItWasReplayed() throws Exception {
        Path cfg = config();
        TestPlugins.shout(dir.resolve("plugins"), "1.0.0");
        Path pipelines = Files.createDirectories(dir.resolve("pipelines"));
        Path inbox = Files.createDirectories(dir.resolve("in"));
        Path out = dir.resolve("out.jsonl");
        String yaml = """
                name: news
                input: {type: directory, path: %s, format: %s, settle: 100ms, poll: 50ms}
                steps: [{type: shout}]
                outputs: [{type: jsonl, path: %s}]
                """;
        Files.writeString(pipelines.resolve("news.yaml"), yaml.formatted(inbox, "copydesk-json", out));
        java.time.Instant cameIn = java.time.Instant.parse("2020-03-01T10:00:00Z");
        Path story = inbox.resolve("story.txt");
        Files.writeString(story, "Harbour reopens\nThe harbour reopened on Monday.");
        Files.setLastModifiedTime(story, java.nio.file.attribute.FileTime.from(cameIn));

        org.copydesk.runtime.config.DaemonConfig d = org.copydesk.runtime.config.DaemonConfig.defaults();
        try (org.copydesk.runtime.Bootstrap core = org.copydesk.runtime.Bootstrap.start(
                new org.copydesk.runtime.config.DaemonConfig(null, pipelines, dir.resolve("plugins"), dir.resolve("data"),
                        "127.0.0.1", 0), List.of())) {
            var vp = core.assembler().validate(core.pipelineParser().parse(pipelines.resolve("news.yaml")));
            var runner = new org.copydesk.runtime.pipeline.PipelineRunner(core.assembler().create(vp),
                    core.assembler().createInput(vp), new DeadLetterStore(dir.resolve("data"), Clock.systemUTC()));
            runner.start();
            try {
                long deadline = System.nanoTime() + 30_000_000_000L;
                // a dead-lettered file is deleted from the inbox once its letter is kept
                while (Files.exists(story) && System.nanoTime() < deadline) {
                    Thread.sleep(50);
                }
            } finally {
                runner.stop(java.time.Duration.ofSeconds(10));
            }
        }
        assertThat(run("dlq", "list", "--config", cfg.toString()).out()).contains("1 dead letter(s)")
                .contains("format 'copydesk-json'");

        Files.writeString(pipelines.resolve("news.yaml"), yaml.formatted(inbox, "plain", out)); // fixed
        java.time.Instant before = java.time.Instant.now();
        Result replay = run("dlq", "replay", "--config", cfg.toString(), "--plugins", dir.resolve("plugins").toString());
        assertThat(replay.code()).as(replay.out() + replay.err()).isZero();
        assertThat(replay.out()).contains("1 replayed, 0 still failing");
        com.fasterxml.jackson.databind.JsonNode doc = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(Files.readString(out));
        assertThat(doc.get("headline").asText()).isEqualTo("HARBOUR REOPENS!");
        assertThat(doc.get("source").get("received").asText()).isEqualTo("2020-03-01T10:00:00Z");
        assertThat(java.time.Instant.parse(doc.get("source").get("replayed").asText())).isAfterOrEqualTo(before);
    }

    @Test
    void stateCheckReportsACorruptStoreAndResetMovesItAside() throws Exception {
        Path cfg = config();
        Path file = MvStateStore.file(dir.resolve("data"));
        try (MvStateStore store = MvStateStore.open(file)) {
            store.forStage("news", "input:rss").map("seen").put("a", "1");
        }
        Result ok = run("state", "check", "--config", cfg.toString());
        assertThat(ok.code()).isZero();
        assertThat(ok.out()).contains("ok, 1 map(s)").contains("news/input:rss/seen\t1");

        Files.writeString(file, "garbage ".repeat(1000));
        Result broken = run("state", "check", "--config", cfg.toString());
        assertThat(broken.code()).isEqualTo(1);
        assertThat(broken.err()).contains("cannot be opened").contains("copydesk state reset");

        Result reset = run("state", "reset", "--config", cfg.toString());
        assertThat(reset.code()).isZero();
        assertThat(reset.out()).contains("moved to");
        assertThat(file).doesNotExist();
        assertThat(run("state", "check", "--config", cfg.toString()).out()).contains("no state store yet");
        assertThat(run("state", "frobnicate", "--config", cfg.toString()).code()).isEqualTo(2);
    }

    /**
     * Review 7, F7: {@code state check} on a store a running daemon holds must exit 2 (in use), not 1 (broken).
     * Review 5, finding 4: {@code state reset} moved the store out from under a running daemon (which kept writing to
     * the moved file) and the next start was silently empty. While another holder has the store open (here a real
     * MVStore with its file lock, as the daemon holds it), reset must refuse with exit 2, name the store and say a
     * daemon holds it, and move nothing; once it is let go, a reset goes through as before.
     */
    @Test
    void stateResetRefusesWhileADaemonHoldsTheStore() throws Exception {
        Path cfg = config();
        Path file = MvStateStore.file(dir.resolve("data"));
        try (MvStateStore daemon = MvStateStore.open(file)) {
            daemon.forStage("news", "input:rss").map("seen").put("a", "1");
            // review 7, F7: check said exit 1 ("broken") for a store that is only in use
            Result check = run("state", "check", "--config", cfg.toString());
            assertThat(check.code()).isEqualTo(2);
            assertThat(check.err()).contains(file.toString()).contains("in use");
            Result refused = run("state", "reset", "--config", cfg.toString());
            assertThat(refused.code()).isEqualTo(2);
            assertThat(refused.err()).contains(file.toString()).contains("in use").contains("daemon")
                    .contains("stop it first");
            assertThat(refused.out()).doesNotContain("moved to");
            assertThat(file).exists();
            try (java.util.stream.Stream<Path> s = Files.list(file.getParent())) {
                assertThat(s.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains(".broken-"));
            }
        }
        Result reset = run("state", "reset", "--config", cfg.toString());
        assertThat(reset.code()).isZero();
        assertThat(reset.out()).contains("moved to");
        assertThat(file).doesNotExist();
    }

    /**
     * Review 5, finding 20: {@code dlq show nothere.txt} exits 1, but {@code replay} and {@code purge} of an unknown
     * letter exited 0, so a script's {@code replay X && purge X} took a misspelt name for success. Each must exit 1,
     * name the letter on stderr and count it as not found; the letters that exist are still handled.
     */
    @Test
    void replayAndPurgeOfAnUnknownLetterExitOneLikeShow() throws Exception {
        Path cfg = config();
        Files.createDirectories(dir.resolve("pipelines"));
        DeadLetterStore store = new DeadLetterStore(dir.resolve("data"), Clock.systemUTC());
        store.put("news", new StageFailure("format 'plain'", "shout", "1.0.0", new FormatException("empty file"), null),
                "/in/empty.txt", "empty.txt", "  ".getBytes(), 1);
        String letter = run("dlq", "list", "--config", cfg.toString()).out().lines()
                .filter(l -> l.contains("empty.txt")).findFirst().orElseThrow().split("\t")[1];

        Result show = run("dlq", "show", "--config", cfg.toString(), "nothere.txt");
        assertThat(show.code()).isEqualTo(1);
        Result replay = run("dlq", "replay", "--config", cfg.toString(), "nothere.txt");
        assertThat(replay.code()).isEqualTo(1);
        assertThat(replay.err()).contains("no dead letter named nothere.txt");
        assertThat(replay.out()).contains("0 replayed, 0 still failing, 1 not found");
        Result purge = run("dlq", "purge", "--config", cfg.toString(), "nothere.txt", letter);
        assertThat(purge.code()).isEqualTo(1);
        assertThat(purge.err()).contains("no dead letter named nothere.txt");
        assertThat(purge.out()).contains("1 dead letter(s) purged, 1 not found");
        assertThat(run("dlq", "list", "--config", cfg.toString()).out()).contains("0 dead letter(s)");
        Result known = run("dlq", "purge", "--config", cfg.toString(), "--all");
        assertThat(known.code()).isZero();
        assertThat(known.out()).contains("0 dead letter(s) purged").doesNotContain("not found");
    }

    /**
     * Review 7, F2: {@code dlq purge} with nothing after it deleted every dead letter of every pipeline, exit 0, no
     * question asked. With no LETTER, no {@code --pipeline} and no {@code --all} it must delete nothing, exit 2 and
     * say which to give; {@code --pipeline} deletes that pipeline's letters only, {@code --all} all of them.
     */
    @Test
    void purgeWithoutLetterPipelineOrAllDeletesNothing() throws Exception {
        Path cfg = config();
        Files.createDirectories(dir.resolve("pipelines"));
        DeadLetterStore store = new DeadLetterStore(dir.resolve("data"), Clock.systemUTC());
        for (String pipeline : List.of("news", "wire")) {
            store.put(pipeline, new StageFailure("format 'plain'", "shout", "1.0.0", new FormatException("empty"),
                    null), "/in/" + pipeline + ".txt", pipeline + ".txt", "  ".getBytes(), 1);
        }
        Result bare = run("dlq", "purge", "--config", cfg.toString());
        assertThat(bare.code()).isEqualTo(2);
        assertThat(bare.err()).contains("LETTER").contains("--pipeline").contains("--all");
        assertThat(bare.out()).doesNotContain("purged");
        assertThat(run("dlq", "list", "--config", cfg.toString()).out()).contains("2 dead letter(s)");

        assertThat(run("dlq", "purge", "--config", cfg.toString(), "--all", "--pipeline", "news").code()).isEqualTo(2);
        assertThat(run("dlq", "list", "--config", cfg.toString()).out()).contains("2 dead letter(s)");

        Result one = run("dlq", "purge", "--config", cfg.toString(), "--pipeline", "news");
        assertThat(one.code()).isZero();
        assertThat(one.out()).contains("1 dead letter(s) purged");
        assertThat(run("dlq", "list", "--config", cfg.toString()).out()).contains("wire\t").contains("1 dead letter(s)");

        Result all = run("dlq", "purge", "--config", cfg.toString(), "--all");
        assertThat(all.code()).isZero();
        assertThat(all.out()).contains("1 dead letter(s) purged");
        assertThat(run("dlq", "list", "--config", cfg.toString()).out()).contains("0 dead letter(s)");
    }

    /**
     * Review 7, F13: {@code dlq list --pipeline nosuch} and {@code dlq purge --pipeline nosuch} printed "0 dead
     * letter(s)" with exit 0; a name with no letter folder must be named as no such pipeline, exit 1.
     */
    @Test
    void anUnknownPipelineIsNamedAndExitsOne() throws Exception {
        Path cfg = config();
        DeadLetterStore store = new DeadLetterStore(dir.resolve("data"), Clock.systemUTC());
        store.put("news", new StageFailure("format 'plain'", "shout", "1.0.0", new FormatException("empty"), null),
                "/in/a.txt", "a.txt", "  ".getBytes(), 1);
        for (String command : List.of("list", "purge")) {
            Result r = run("dlq", command, "--config", cfg.toString(), "--pipeline", "nosuch");
            assertThat(r.code()).as(command).isEqualTo(1);
            assertThat(r.err()).contains("no such pipeline").contains("'nosuch'")
                    .contains("pipelines with dead letters: news");
        }
        Result known = run("dlq", "list", "--config", cfg.toString(), "--pipeline", "news");
        assertThat(known.code()).isZero();
        assertThat(known.out()).contains("1 dead letter(s)");
    }

    /** Review 7, F13: {@code copydesk plugins --help} and {@code copydesk dlq --help} said "Unknown option". */
    @Test
    void everySubcommandAnswersHelp() {
        for (List<String> command : List.of(List.of("plugins"), List.of("dlq"), List.of("dlq", "purge"),
                List.of("state"), List.of("validate"), List.of("process"), List.of("run"))) {
            List<String> args = new java.util.ArrayList<>(command);
            args.add("--help");
            Result r = run(args.toArray(String[]::new));
            assertThat(r.code()).as(String.join(" ", args)).isZero();
            assertThat(r.out()).as(String.join(" ", args)).contains("Usage: copydesk " + String.join(" ", command));
            assertThat(r.err()).doesNotContain("Unknown option");
        }
        assertThat(run("dlq", "purge", "--help").out()).contains("--all");
    }
}
