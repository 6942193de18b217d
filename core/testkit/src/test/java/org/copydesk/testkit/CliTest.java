package org.copydesk.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.copydesk.runtime.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI in-process, against real plugin JARs. */
class CliTest {
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

    @Test
    void pluginsListsADroppedInJarWithVersionStateAndTypes() {
        Path plugins = dir.resolve("plugins");
        TestPlugins.shout(plugins, "2.0.1");
        TestPlugins.broken(plugins);
        Result r = run("plugins", "--plugins", plugins.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).containsPattern("(?m)^core\\s+\\S+\\s+STARTED\\s+format: copydesk-json; input: directory, http-push; output: jsonl$");
        assertThat(r.out()).containsPattern("(?m)^shout\\s+2\\.0\\.1\\s+STARTED\\s+format: plain; step: shout$");
        assertThat(r.out()).contains("problem: plugin 'broken'").contains("cannot find my model file");
    }

    /** Review 5, finding 20: a truncated JAR was missing from the table (and gave 58 lines of stack traces). */
    @Test
    void pluginsShowsATruncatedJarAsAFailedRowWithTheReason() throws Exception {
        Path plugins = dir.resolve("plugins");
        Path shout = TestPlugins.shout(plugins, "2.0.1");
        byte[] whole = Files.readAllBytes(shout);
        Files.write(plugins.resolve("cut.jar"), java.util.Arrays.copyOf(whole, whole.length / 2));
        Result r = run("plugins", "--plugins", plugins.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).containsPattern("(?m)^shout\\s+2\\.0\\.1\\s+STARTED\\s+format: plain; step: shout$");
        assertThat(r.out()).containsPattern("(?m)^cut\\.jar\\s+-\\s+FAILED\\s+error: not a readable JAR: .+$");
    }

    @Test
    void pluginsDocsAreGeneratedFromTheSettingDeclarations() {
        Path plugins = shoutPlugin();
        Result r = run("plugins", "--docs", "--plugins", plugins.toString());
        assertThat(r.out()).contains("### step `shout` (plugin `shout`)")
                .contains("| `suffix` | string | `!` | Appended to the headline. |")
                .contains("| `path` | path | required | Folder to watch; created if missing. |");
    }

    @Test
    void validateReportsLineColumnSuggestionAndExits2() throws Exception {
        Path plugins = shoutPlugin();
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, """
                name: bad
                input:
                  type: directory
                  path: in
                  format: text
                steps:
                  - type: shuot
                  - type: shout
                    sufix: "?"
                outputs:
                  - type: jsonl
                    path: out.jsonl
                """);
        Result r = run("validate", "--plugins", plugins.toString(), bad.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains(bad + ":5:11: unknown format type 'text' (known: copydesk-json, plain)")
                .contains(bad + ":7:11: unknown step type 'shuot'; did you mean 'shout'? (known: shout)")
                .contains(bad + ":9:5: unknown setting 'sufix' for step 'shout'; did you mean 'suffix'? (known: suffix)");
        assertThat(r.out()).isEmpty();
    }

    /**
     * Review 5, finding 20: a missing 'input' (here misspelt) hid the unknown output type, so the next run brought
     * a new error. Now every problem of the file comes at once, in line order.
     */
    @Test
    void validateReportsAnUnknownOutputTypeTogetherWithAMissingInput() throws Exception {
        Path plugins = shoutPlugin();
        Path typo = dir.resolve("typo.yaml");
        Files.writeString(typo, """
                name: a
                inptu:
                  type: directory
                  path: ./in
                  format: wire
                stpes: []
                outputs:
                  - type: jsnol
                    path: ./o.jsonl
                """);
        Result r = run("validate", "--plugins", plugins.toString(), typo.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().lines().toList()).containsExactly(
                typo + ":1:1: missing 'input' (where stories come from, e.g. type: directory)",
                typo + ":2:1: unknown pipeline key 'inptu'; did you mean 'input'?"
                        + " (known: description, input, name, outputs, steps, workers)",
                typo + ":6:1: unknown pipeline key 'stpes'; did you mean 'steps'?"
                        + " (known: description, input, name, outputs, steps, workers)",
                typo + ":8:11: unknown output type 'jsnol'; did you mean 'jsonl'? (known: jsonl)");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void validateAcceptsAValidPipelineAndRejectsTheInvalidOneBesideIt() throws Exception {
        Path plugins = shoutPlugin();
        Path folder = dir.resolve("pipelines");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("a-ok.yaml"), """
                name: ok
                input: {type: directory, path: in, format: plain}
                steps: [{type: shout, suffix: "?"}]
                outputs: [{type: jsonl, path: out.jsonl}]
                """);
        Files.writeString(folder.resolve("b-broken.yaml"), "name: broken\ninput: [\n");
        Result r = run("validate", "--plugins", plugins.toString(), folder.toString());
        assertThat(r.out()).contains("a-ok.yaml: ok: pipeline 'ok': input 'directory' -> format 'plain' -> shout"
                + " -> output 'jsonl'");
        assertThat(r.err()).contains("b-broken.yaml:3:1: YAML syntax error");
        assertThat(r.code()).isEqualTo(2);
    }

    /**
     * Review 5, finding 19: {@code validate} on a folder with no {@code *.yaml} printed nothing and exited 0, and
     * {@code *.yml} files (which the daemon does not read) were passed over in silence.
     */
    @Test
    void validateSaysSoWhenAFolderHasNoPipelineFilesAndNamesYmlFilesAsIgnored() throws Exception {
        Path plugins = shoutPlugin();
        Path empty = Files.createDirectories(dir.resolve("empty"));
        Result none = run("validate", "--plugins", plugins.toString(), empty.toString());
        assertThat(none.code()).isEqualTo(2);
        assertThat(none.err()).contains(empty + ": no pipeline files (*.yaml) in this folder");
        assertThat(none.out()).isEmpty();

        Path ymlOnly = Files.createDirectories(dir.resolve("yml-only"));
        String ok = """
                name: ok
                input: {type: directory, path: in, format: plain}
                outputs: [{type: jsonl, path: out.jsonl}]
                """;
        Files.writeString(ymlOnly.resolve("feeds.yml"), ok);
        Result yml = run("validate", "--plugins", plugins.toString(), ymlOnly.toString());
        assertThat(yml.code()).isEqualTo(2);
        assertThat(yml.err()).contains(ymlOnly.resolve("feeds.yml") + ": ignored: pipeline files end in .yaml")
                .contains("rename it to feeds.yaml").contains("no pipeline files (*.yaml)");

        Files.writeString(ymlOnly.resolve("main.yaml"), ok);
        Result both = run("validate", "--plugins", plugins.toString(), ymlOnly.toString());
        assertThat(both.code()).as("a valid *.yaml beside a *.yml: valid, with the warning").isZero();
        assertThat(both.out()).contains("main.yaml: ok");
        assertThat(both.err()).contains("feeds.yml: ignored");
    }

    /**
     * Review 7, F3 (b): two files with the same pipeline name were both reported ok, exit 0, while the daemon runs the
     * first and refuses the second. The second must be an error naming both files.
     */
    @Test
    void validateRefusesASecondFileWithTheSamePipelineName() throws Exception {
        Path plugins = shoutPlugin();
        Path folder = Files.createDirectories(dir.resolve("two"));
        String same = """
                name: same
                input: {type: directory, path: in, format: plain}
                outputs: [{type: jsonl, path: %s}]
                """;
        Files.writeString(folder.resolve("a.yaml"), same.formatted("a.jsonl"));
        Files.writeString(folder.resolve("b.yaml"), same.formatted("b.jsonl"));
        Result r = run("validate", "--plugins", plugins.toString(), folder.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).contains("a.yaml: ok: pipeline 'same'").doesNotContain("b.yaml: ok");
        assertThat(r.err()).contains(folder.resolve("b.yaml") + ":1:1: pipeline name 'same' is already used by "
                + folder.resolve("a.yaml"));
        // the same file named twice is one pipeline, not two
        Path a = folder.resolve("a.yaml");
        assertThat(run("validate", "--plugins", plugins.toString(), a.toString(), a.toString()).code()).isZero();
    }

    /**
     * Review 7, F9: errors came in the order they were found (an input's unknown setting before its missing required
     * one, which is reported at the input's own line above it), though the README says "in line order".
     */
    @Test
    void validateListsErrorsInLineOrder() throws Exception {
        Path plugins = shoutPlugin();
        Path file = dir.resolve("order.yaml");
        Files.writeString(file, """
                name: order
                input:
                  type: directory
                  format: plain
                  settle: soon
                outputs:
                  - type: jsonl
                    path: a.jsonl
                    fsync: maybe
                """);
        Result r = run("validate", "--plugins", plugins.toString(), file.toString());
        assertThat(r.code()).isEqualTo(2);
        List<String> lines = r.err().lines().filter(l -> l.startsWith(file.toString())).toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).startsWith(file + ":3:3: missing required setting 'path'");
        assertThat(lines.get(1)).startsWith(file + ":5:11: ");
        assertThat(lines.get(2)).startsWith(file + ":9:12: ");
    }

    /**
     * Review 7, F9: {@code formt:} under input got no "did you mean 'format'?" (format is read by the parser, so it
     * was not among the candidates), and {@code workers: two} did not say what it was given.
     */
    @Test
    void aMisspeltFormatIsSuggestedAndWorkersSaysWhatItGot() throws Exception {
        Path plugins = shoutPlugin();
        Path file = dir.resolve("formt.yaml");
        Files.writeString(file, """
                name: formt
                input:
                  type: directory
                  path: in
                  formt: plain
                outputs: [{type: jsonl, path: a.jsonl}]
                workers: two
                """);
        Result r = run("validate", "--plugins", plugins.toString(), file.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains(file + ":5:3: unknown setting 'formt' for input 'directory'; did you mean"
                + " 'format'? (known: ").contains(file + ":7:10: workers must be a whole number from 1 to 64, not 'two'");
    }

    /**
     * Review 7, F13: {@code process} on a folder with no files printed nothing and exited 0, as if its stories had
     * gone through. It names the folder and exits 1, like an input that cannot be read.
     */
    @Test
    void processOnAFolderWithNoFilesSaysSoAndExitsOne() throws Exception {
        Path plugins = shoutPlugin();
        Path pipeline = shoutPipeline();
        Path empty = Files.createDirectories(dir.resolve("empty"));
        Files.createDirectories(empty.resolve(".done"));
        Files.writeString(empty.resolve(".done/old.txt"), "Old\nstory.");
        Result r = run("process", "--plugins", plugins.toString(), "--pipeline", pipeline.toString(), empty.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains(empty + ": no files to process in this folder");
        assertThat(dir.resolve("out.jsonl")).satisfiesAnyOf(p -> assertThat(p).doesNotExist(),
                p -> assertThat(p).isEmptyFile());
    }

    /** The plugins folder with the test plugin whose step 'shout' upper-cases the headline and adds '!'. */
    private Path shoutPlugin() {
        Path plugins = dir.resolve("plugins");
        TestPlugins.shout(plugins, "1.0.0");
        return plugins;
    }

    /** A pipeline: format 'plain', step 'shout', JSON Lines to out.jsonl in the test folder. */
    private Path shoutPipeline() throws Exception {
        Path file = dir.resolve("p.yaml");
        Files.writeString(file, """
                name: p
                input: {type: directory, path: in, format: plain}
                steps: [{type: shout}]
                outputs: [{type: jsonl, path: %s}]
                """.formatted(dir.resolve("out.jsonl")));
        return file;
    }

    @Test
    void processStopsWithExit1NamingTheOutputWhenItCannotWrite() throws Exception {
        Path full = Path.of("/dev/full"); // every write fails with "No space left on device", as on a full disk
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isWritable(full), "no /dev/full here");
        Path plugins = shoutPlugin();
        Path file = dir.resolve("full.yaml");
        Files.writeString(file, """
                name: p
                input: {type: directory, path: in, format: plain}
                steps: [{type: shout}]
                outputs: [{type: jsonl, path: /dev/full}]
                """);
        Path in = dir.resolve("in");
        Files.createDirectories(in);
        Files.writeString(in.resolve("a.txt"), "first\nbody one");
        Result r = run("process", "--plugins", plugins.toString(), "--pipeline", file.toString(), in.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("write failed, stopping: output 'jsonl':").doesNotContain("\tat ");
    }

    @Test
    void processLeavesAFileTooLargeToReadAndGoesOnWithTheOthers() throws Exception {
        Path plugins = shoutPlugin();
        Path file = shoutPipeline();
        Path in = dir.resolve("in");
        Files.createDirectories(in);
        try (java.io.RandomAccessFile huge = new java.io.RandomAccessFile(in.resolve("a-huge.txt").toFile(), "rw")) {
            huge.setLength(65L * 1024 * 1024); // sparse: no disk used
        }
        Files.writeString(in.resolve("b.txt"), "second\nbody two");
        Result r = run("process", "--plugins", plugins.toString(), "--pipeline", file.toString(), in.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("a-huge.txt: 68157440 bytes, larger than 64 MiB; not read");
        assertThat(Files.readAllLines(dir.resolve("out.jsonl"))).hasSize(1);
    }

    @Test
    void processWritesJsonLinesToStdoutAndReportsBadInputs() throws Exception {
        Path plugins = shoutPlugin();
        Path file = shoutPipeline();
        Path in = dir.resolve("in");
        Files.createDirectories(in.resolve(".done"));
        Files.writeString(in.resolve("b.txt"), "second\nbody two");
        Files.writeString(in.resolve("a.txt"), "first\nbody one");
        Files.writeString(in.resolve("empty.txt"), "  ");
        Files.writeString(in.resolve(".done/old.txt"), "old\nskipped");
        Result r = run("process", "--plugins", plugins.toString(), "--pipeline", file.toString(),
                in.toString(), dir.resolve("missing.txt").toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("empty.txt: format 'plain' failed: empty file")
                .contains("missing.txt: no such file");
        // Processing a story again does not write it twice (the jsonl output remembers recent ids); a new one is.
        Files.writeString(in.resolve("c.txt"), "third\nbody three");
        Result written = run("process", "--plugins", plugins.toString(), "--pipeline", file.toString(),
                in.resolve("a.txt").toString(), in.resolve("c.txt").toString());
        assertThat(written.code()).isZero();
        assertThat(Files.readAllLines(dir.resolve("out.jsonl"))).hasSize(3);
        assertThat(Files.readAllLines(dir.resolve("out.jsonl")).get(2)).contains("\"headline\":\"THIRD!\"");
        assertThat(Files.readAllLines(dir.resolve("out.jsonl")).get(0)).contains("\"headline\":\"FIRST!\"");
        assertThat(Files.readAllLines(dir.resolve("out.jsonl")).get(1)).contains("\"headline\":\"SECOND!\"");
    }

    @Test
    void processReadsSubfoldersInOrderSkipsDotFoldersAndKeepsEachFilesTime() throws Exception {
        Path plugins = shoutPlugin();
        Path file = shoutPipeline();
        Path in = dir.resolve("in");
        Files.createDirectories(in.resolve("sub"));
        Files.createDirectories(in.resolve(".done/deeper"));
        Files.writeString(in.resolve("b.txt"), "second\nbody two");
        Files.writeString(in.resolve("sub/c.txt"), "third\nbody three");
        Files.writeString(in.resolve(".hidden.txt"), "hidden\nskipped");
        Files.writeString(in.resolve(".done/deeper/old.txt"), "old\nskipped");
        Files.setLastModifiedTime(in.resolve("b.txt"), FileTime.from(Instant.parse("2020-01-02T03:04:05Z")));
        Files.setLastModifiedTime(in.resolve("sub/c.txt"), FileTime.from(Instant.parse("2021-06-07T08:09:10Z")));
        Result r = run("process", "--plugins", plugins.toString(), "--pipeline", file.toString(), in.toString());
        assertThat(r.code()).isZero();
        List<String> lines = Files.readAllLines(dir.resolve("out.jsonl"));
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).contains("\"headline\":\"SECOND!\"", "\"received\":\"2020-01-02T03:04:05Z\"");
        assertThat(lines.get(1)).contains("\"headline\":\"THIRD!\"", "\"received\":\"2021-06-07T08:09:10Z\"");
    }

    @Test
    void usageErrorsExit2() {
        assertThat(run("frobnicate").code()).isEqualTo(2);
        assertThat(run("process").code()).isEqualTo(2);
        Result v = run("--version");
        assertThat(v.code()).isZero();
        assertThat(v.out()).startsWith("copydesk ");
    }
}
