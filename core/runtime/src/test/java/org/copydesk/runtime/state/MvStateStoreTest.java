package org.copydesk.runtime.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.copydesk.api.StateStore;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MvStateStoreTest {
    @TempDir
    Path dir;

    @Test
    void stateSurvivesReopenAndStagesAreIsolated() throws Exception {
        Path file = MvStateStore.file(dir);
        try (MvStateStore store = MvStateStore.open(file)) {
            StateStore feeds = store.forStage("news", "input:rss");
            feeds.map("seen").put("guid-1", "2025-04-28T09:30:00Z");
            assertThat(feeds.map("seen").putIfAbsent("guid-1", "other")).isEqualTo("2025-04-28T09:30:00Z");
            assertThat(store.forStage("sports", "input:rss").map("seen").containsKey("guid-1")).isFalse();
            feeds.commit();
        }
        try (MvStateStore store = MvStateStore.open(file)) {
            StateStore.StateMap seen = store.forStage("news", "input:rss").map("seen");
            assertThat(seen.get("guid-1")).isEqualTo("2025-04-28T09:30:00Z");
            assertThat(seen.size()).isEqualTo(1);
            assertThat(store.describe()).containsEntry("news/input:rss/seen", 1L);
        }
    }

    @Test
    void aCorruptStoreIsAClearErrorNotASilentReset() throws Exception {
        Path file = MvStateStore.file(dir);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "this is not an MVStore file, just text that happens to be here".repeat(100));
        assertThatThrownBy(() -> MvStateStore.open(file))
                .isInstanceOf(StateStoreException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("copydesk state reset");
        assertThat(Files.readString(file)).startsWith("this is not an MVStore file");
    }

    @Test
    void aStoreInUseByAnotherOpenerIsReportedAsSuch() throws Exception {
        Path file = MvStateStore.file(dir);
        try (MvStateStore first = MvStateStore.open(file)) {
            assertThatThrownBy(() -> MvStateStore.open(file)).hasMessageContaining("in use by another Copydesk process");
        }
    }

    @Test
    void aDataFolderThatCannotBeCreatedIsAFileSystemErrorNotAResetAdvice() throws Exception {
        Path data = dir.resolve("data");
        Files.writeString(data, "a file where the data folder should be");
        Path file = MvStateStore.file(data);
        assertThatThrownBy(() -> MvStateStore.open(file))
                .isInstanceOf(StateStoreException.class)
                .hasMessageContaining("state store " + file + " cannot be opened: FileSystemException: "
                        + "Not a directory: " + data.resolve("state"))
                .hasMessageContaining("must be able to create and write")
                .hasMessageNotContaining("state reset");
        assertThat(Files.readString(data)).isEqualTo("a file where the data folder should be");
    }

    @Test
    void aFullDiskIsNamedWithAdviceToFreeSpaceNotToReset() throws Exception {
        Path full = Path.of("/dev/full"); // every write fails with ENOSPC, as on a full disk
        Assumptions.assumeTrue(Files.isWritable(full), "no /dev/full here");
        Path data = Files.createDirectories(dir.resolve("data"));
        Path file = MvStateStore.file(data);
        Files.createDirectories(file.getParent());
        Files.createSymbolicLink(file, full); // the store's file is where every write fails
        assertThatThrownBy(() -> MvStateStore.open(file))
                .hasMessageContaining("No space left on device")
                .hasMessageContaining("Free some space on the disk")
                .hasMessageNotContaining("state reset");
    }

    @Test
    void aStoreFolderWithoutPermissionSaysPermissionDenied() throws Exception {
        Path data = Files.createDirectories(dir.resolve("data"));
        Files.setPosixFilePermissions(data, java.nio.file.attribute.PosixFilePermissions.fromString("r-x------"));
        try {
            // a behaviour check, not a name: root and users with file-override rights are never denied (the dist
            // ServiceUserIT runs the same case as an unprivileged user)
            Assumptions.assumeFalse(Files.isWritable(data), "this user is never denied writing");
            assertThatThrownBy(() -> MvStateStore.open(MvStateStore.file(data)))
                    .hasMessageContaining("AccessDeniedException: permission denied: " + data.resolve("state"))
                    .hasMessageNotContaining("state reset");
        } finally {
            Files.setPosixFilePermissions(data, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
        }
    }
}
