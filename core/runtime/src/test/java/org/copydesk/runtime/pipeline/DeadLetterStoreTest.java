package org.copydesk.runtime.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The listing of letters, which is kept while a pipeline's folder does not change (review 9: untested). */
class DeadLetterStoreTest {
    @TempDir
    Path dir;

    private Path keep(DeadLetterStore store, String name) throws Exception {
        return store.put("wire", new StageFailure("format 'wire'", "wire", "1.0", new IllegalStateException("bad"),
                null), "file:///in/" + name, name, name.getBytes(StandardCharsets.UTF_8), 1);
    }

    @Test
    void aLetterKeptAfterTheListingWasKeptIsListedAndAPurgedOneIsNot() throws Exception {
        DeadLetterStore store = new DeadLetterStore(dir, Clock.systemUTC());
        keep(store, "a.txt");
        Path folder = store.root().resolve("wire");
        // a folder last changed long ago: its listing is kept
        Files.setLastModifiedTime(folder, FileTime.fromMillis(System.currentTimeMillis() - 60_000));
        assertThat(store.entries("wire")).hasSize(1);
        assertThat(store.entries("wire")).hasSize(1);

        Path b = keep(store, "b.txt"); // changes the folder's time
        assertThat(store.entries("wire")).extracting(e -> e.content().getFileName().toString())
                .hasSize(2).anyMatch(n -> n.endsWith("b.txt"));

        Files.setLastModifiedTime(folder, FileTime.fromMillis(System.currentTimeMillis() - 30_000));
        assertThat(store.entries("wire")).hasSize(2);
        Files.delete(b);
        Files.delete(b.resolveSibling(b.getFileName() + ".error.json"));
        assertThat(store.entries("wire")).as("a purge changes the folder's time too").hasSize(1);
    }
}
