package org.copydesk.runtime.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.copydesk.api.Document;
import org.copydesk.runtime.builtin.DirectoryInputFactory;
import org.copydesk.runtime.builtin.JsonlOutputFactory;
import org.copydesk.runtime.config.ConfigException;
import org.copydesk.runtime.config.EnvInterpolator;
import org.copydesk.runtime.config.PipelineDefinition;
import org.copydesk.runtime.config.PipelineParser;
import org.copydesk.runtime.config.YamlReader;
import org.copydesk.runtime.plugin.StageRegistry;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PipelineAssemblerTest {
    @TempDir
    Path dir;

    private final StageRegistry registry = StageRegistry.of(List.of(new TestStages.LinesFormatFactory(),
            new TestStages.UpperStepFactory(), new DirectoryInputFactory(), new JsonlOutputFactory()));

    private PipelineDefinition parse(String yaml) throws Exception {
        Path file = dir.resolve("p.yaml");
        Files.writeString(file, yaml);
        return new PipelineParser(new YamlReader(new EnvInterpolator(Map.<String, String>of()::get))).parse(file);
    }

    private PipelineAssembler assembler() {
        return new PipelineAssembler(registry, dir.resolve("data"), Clock.systemUTC());
    }

    @Test
    void everyProblemIsReportedTogetherWithLineColumnAndSuggestion() throws Exception {
        PipelineDefinition def = parse("""
                name: demo
                input:
                  type: directory
                  path: ./in
                  setle: 2s
                  format: lines
                steps:
                  - type: uper
                  - type: upper
                    field: title
                    times: 7
                outputs:
                  - type: jsonl
                """);
        assertThatThrownBy(() -> assembler().validate(def))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.errors()).hasSize(6))
                .hasMessageContaining("p.yaml:5:3: unknown setting 'setle' for input 'directory'; did you mean 'settle'?")
                .hasMessageContaining("p.yaml:8:11: unknown step type 'uper'; did you mean 'upper'? (known: upper)")
                .hasMessageContaining("p.yaml:10:12: setting 'field' of step 'upper': unknown value 'title'")
                .hasMessageContaining("p.yaml:11:12: setting 'times' of step 'upper' must be between 1 and 3, not '7'")
                .hasMessageContaining("p.yaml:9:5: missing required setting 'label' for step 'upper'")
                .hasMessageContaining("p.yaml:13:5: missing required setting 'path' for output 'jsonl'");
    }

    @Test
    void theSameOutputFileTwiceIsAnErrorNamingBothOutputs() throws Exception {
        // review 5, finding 20: this validated, and every story was written twice
        PipelineDefinition def = parse("""
                name: demo
                input: {type: directory, path: ./in, format: lines}
                outputs:
                  - type: jsonl
                    path: ./o.jsonl
                  - type: jsonl
                    path: o.jsonl
                """);
        assertThatThrownBy(() -> assembler().validate(def))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.errors()).hasSize(1))
                .hasMessageContaining("p.yaml:6:5: output 'jsonl' (outputs[1]) writes to the same file as output"
                        + " 'jsonl' (outputs[0]) at " + dir.resolve("p.yaml") + ":4:5 (")
                .hasMessageContaining("o.jsonl); every story would be written twice");
    }

    @Test
    void aZeroPollAndANegativeSettleAreErrorsAtTheirPlace() throws Exception {
        // review 5, finding 20: zero and negative durations where they make no sense were accepted
        PipelineDefinition def = parse("""
                name: demo
                input: {type: directory, path: ./in, format: lines, poll: 0s, settle: PT-1S}
                outputs:
                  - type: jsonl
                    path: ./o.jsonl
                """);
        assertThatThrownBy(() -> assembler().validate(def))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.errors()).hasSize(2))
                .hasMessageContaining("p.yaml:2:59: setting 'poll' of input 'directory' must be more than 0s, not '0s'")
                .hasMessageContaining("p.yaml:2:71: setting 'settle' of input 'directory' must not be negative, not"
                        + " 'PT-1S'");
    }

    @Test
    void shapeErrorsComeFromTheParser() {
        assertThatThrownBy(() -> parse("name: Bad_Name\ninput: {type: directory, path: x}\nsteps: {}\nouptuts: []\n"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("p.yaml:1:7: pipeline name 'Bad_Name' must use only a-z, 0-9 and '-'")
                .hasMessageContaining("p.yaml:2:8: missing 'format' in input")
                .hasMessageContaining("p.yaml:3:8: 'steps' must be a list")
                .hasMessageContaining("p.yaml:4:1: unknown pipeline key 'ouptuts'; did you mean 'outputs'?")
                .hasMessageContaining("missing 'outputs'");
    }

    @Test
    void aDurationTooLongForAClockIsAnErrorAtItsPlaceNotACrash() throws Exception {
        for (String value : List.of("999999999999999d", "99999999999999999999s", "3651d")) {
            PipelineDefinition def = parse("""
                    name: demo
                    input: {type: directory, path: ./in, format: lines, settle: %s}
                    steps: [{type: upper, label: l}]
                    outputs: [{type: jsonl, path: out.jsonl}]
                    """.formatted(value));
            assertThatThrownBy(() -> assembler().validate(def)).as(value)
                    .isInstanceOf(ConfigException.class)
                    .hasMessageContaining("p.yaml:2:").hasMessageContaining("must be at most 3650 days, not '" + value + "'");
        }
        PipelineDefinition tenYears = parse("""
                name: demo
                input: {type: directory, path: ./in, format: lines, settle: 3650d}
                steps: [{type: upper, label: l}]
                outputs: [{type: jsonl, path: out.jsonl}]
                """);
        assertThat(assembler().validate(tenYears)).isNotNull();
    }

    @Test
    void stageCheckErrorsPointAtTheSetting() throws Exception {
        PipelineDefinition def = parse("""
                name: demo
                input: {type: directory, path: ./in, format: lines}
                steps:
                  - type: upper
                    label: forbidden
                outputs: [{type: jsonl, path: out.jsonl}]
                """);
        assertThatThrownBy(() -> assembler().validate(def))
                .hasMessageContaining("p.yaml:5:12: step 'upper': the label 'forbidden' is reserved");
    }

    @Test
    void validPipelineRunsFormatAndStepsInOrder() throws Exception {
        PipelineDefinition def = parse("""
                name: demo
                input: {type: directory, path: ./in, format: {type: lines}}
                steps:
                  - {type: upper, label: one}
                  - {type: upper, field: body, label: two}
                outputs: [{type: jsonl, path: %s}]
                """.formatted(dir.resolve("out.jsonl")));
        try (Pipeline p = assembler().create(assembler().validate(def))) {
            DocumentProcessor.Result r = new DocumentProcessor(p).process(
                    new org.copydesk.api.Payload("Head\nsome body".getBytes(), "test:/a", java.time.Instant.EPOCH));
            assertThat(r.failures()).isEmpty();
            Document d = r.documents().get(0);
            assertThat(d.headline()).isEqualTo("HEAD");
            assertThat(d.body()).isEqualTo("SOME BODY");
            assertThat(d.meta()).containsEntry("label", "two");
            assertThat(d.id()).hasSize(32);
        }
    }

    @Test
    void anOutputThatCannotBeOpenedSaysWhy() throws Exception {
        Files.writeString(dir.resolve("outbox"), "a file where the output folder should be");
        PipelineDefinition def = parse("""
                name: demo
                input: {type: directory, path: ./in, format: lines}
                outputs: [{type: jsonl, path: %s}]
                """.formatted(dir.resolve("outbox/stories.jsonl")));
        assertThatThrownBy(() -> assembler().create(assembler().validate(def)).close())
                .hasMessageContaining("cannot open " + dir.resolve("outbox/stories.jsonl") + ": "
                        + "FileAlreadyExistsException: already exists (a file where a folder is needed?): "
                        + dir.resolve("outbox"));
    }

    @Test
    void anOutputFolderWithoutPermissionSaysPermissionDenied() throws Exception {
        Path locked = Files.createDirectories(dir.resolve("locked"));
        Files.setPosixFilePermissions(locked, java.nio.file.attribute.PosixFilePermissions.fromString("r-x------"));
        try {
            // a behaviour check, not a name: root and users with file-override rights are never denied (the dist
            // ServiceUserIT runs the same case as an unprivileged user)
            Assumptions.assumeFalse(Files.isWritable(locked), "this user is never denied writing");
            PipelineDefinition def = parse("""
                    name: demo
                    input: {type: directory, path: ./in, format: lines}
                    outputs: [{type: jsonl, path: %s}]
                    """.formatted(locked.resolve("outbox/stories.jsonl")));
            assertThatThrownBy(() -> assembler().create(assembler().validate(def)).close())
                    .hasMessageContaining("AccessDeniedException: permission denied: " + locked.resolve("outbox"));
        } finally {
            Files.setPosixFilePermissions(locked, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
        }
    }
}
