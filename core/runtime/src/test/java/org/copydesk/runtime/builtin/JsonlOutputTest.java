package org.copydesk.runtime.builtin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.copydesk.api.Document;
import org.copydesk.api.Source;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonlOutputTest {
    @TempDir
    Path dir;

    private static Document doc(String id) {
        Document d = new Document(new Source("test:/" + id, "text", Instant.EPOCH));
        d.setId(id);
        d.setBody("body of " + id);
        return d;
    }

    @Test
    void appendsWholeLinesAcrossReopen() throws Exception {
        Path file = dir.resolve("sub/out.jsonl");
        try (JsonlOutput out = new JsonlOutput(file, false)) {
            out.write(List.of(doc("a"), doc("b")));
            out.flush();
        }
        try (JsonlOutput out = new JsonlOutput(file, true)) {
            out.write(List.of(doc("c")));
            out.flush();
        }
        List<String> lines = Files.readAllLines(file);
        assertThat(lines).hasSize(3);
        assertThat(lines.get(2)).startsWith("{\"id\":\"c\"");
        assertThat(Files.readString(file)).endsWith("}\n");
    }

    @Test
    void aTornLastLineIsCutBackOnOpen() throws Exception {
        Path file = dir.resolve("out.jsonl");
        String good = "{\"id\":\"a\"}\n{\"id\":\"b\"}\n";
        Files.write(file, (good + "{\"id\":\"c\",\"bo").getBytes(StandardCharsets.UTF_8));
        try (JsonlOutput out = new JsonlOutput(file, false)) {
            out.write(List.of(doc("d")));
        }
        List<String> lines = Files.readAllLines(file);
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).isEqualTo("{\"id\":\"a\"}");
        assertThat(lines.get(2)).startsWith("{\"id\":\"d\"");
    }

    @Test
    void aFileWithOnlyAPartialLineIsEmptied() throws Exception {
        Path file = dir.resolve("out.jsonl");
        Files.writeString(file, "{\"id\":\"x");
        new JsonlOutput(file, false).close();
        assertThat(Files.size(file)).isZero();
    }

    @Test
    void documentsWrittenBeforeACrashAreNotWrittenAgainAfterRestart() throws Exception {
        Path file = dir.resolve("out.jsonl");
        try (JsonlOutput out = new JsonlOutput(file, false, 3)) {
            out.write(List.of(doc("a"), doc("b"), doc("c")));
            out.write(List.of(doc("b")));
        }
        // "Restart": the ids come back from the file's tail; a replayed document is skipped, a new one written.
        try (JsonlOutput out = new JsonlOutput(file, false, 3)) {
            out.write(List.of(doc("c"), doc("d")));
            out.write(List.of(doc("d")));
        }
        assertThat(Files.readAllLines(file)).extracting(l -> l.substring(7, 8)).containsExactly("a", "b", "c", "d");
        // The window is bounded: 'a' has been forgotten (window 3: b, c, d), so it is written again.
        try (JsonlOutput out = new JsonlOutput(file, false, 3)) {
            out.write(List.of(doc("a")));
        }
        assertThat(Files.readAllLines(file)).hasSize(5);
    }

    @Test
    void aWriteThatFailedIsNotTakenAsWrittenWhenItIsRetried() throws Exception {
        // /dev/full fails every write with ENOSPC, as a full disk does: the retry must fail too, not skip the
        // documents as already written (then the input would ack them and they would be lost)
        Path full = Path.of("/dev/full");
        Assumptions.assumeTrue(Files.isWritable(full), "no /dev/full here");
        try (JsonlOutput out = new JsonlOutput(full, false, 10)) {
            assertThatThrownBy(() -> out.write(List.of(doc("a"), doc("b")))).isInstanceOf(java.io.IOException.class);
            assertThatThrownBy(() -> out.write(List.of(doc("a"), doc("b")))).isInstanceOf(java.io.IOException.class);
        }
    }

    @Test
    void aDocumentTwiceInOneBatchIsWrittenOnce() throws Exception {
        Path file = dir.resolve("out.jsonl");
        try (JsonlOutput out = new JsonlOutput(file, false, 10)) {
            out.write(List.of(doc("a"), doc("a"), doc("b")));
        }
        assertThat(Files.readAllLines(file)).extracting(l -> l.substring(7, 8)).containsExactly("a", "b");
    }
}
