package org.copydesk.runtime.daemon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sun.misc.Signal;

class DaemonSignalsTest {

    /**
     * A SIGHUP raised in this JVM after the start-up handler is in place is counted, and the JVM lives on. Without
     * the handler the JVM's default ends the process (the test run fails as a crashed fork).
     */
    @Test
    void aHangupBeforeTheDaemonIsReadyIsHeldNotFatal() throws Exception {
        assumeTrue(!System.getProperty("os.name").startsWith("Windows"), "no SIGHUP on Windows");
        Daemon.holdHangupsUntilReady();
        int before = Daemon.hangupsAtStart();

        Signal.raise(new Signal("HUP"));

        long deadline = System.nanoTime() + 10_000_000_000L;
        while (Daemon.hangupsAtStart() == before && System.nanoTime() < deadline) {
            Thread.sleep(10); // the JVM runs signal handlers on a thread of their own
        }
        assertThat(Daemon.hangupsAtStart()).isEqualTo(before + 1);
    }

    @Test
    void aLogFolderThatCanBeCreatedHasNoProblem(@TempDir Path dir) {
        Path logs = dir.resolve("data/logs");

        assertThat(LogFolder.problem(logs)).isNull();
        assertThat(logs).isDirectory();
    }

    @Test
    void aLogFolderUnderAFileIsAProblemNamingTheFolder(@TempDir Path dir) throws Exception {
        Path data = Files.writeString(dir.resolve("data"), "a file where the data folder should be");

        String problem = LogFolder.problem(data.resolve("logs"));

        assertThat(problem).isEqualTo("FileSystemException: Not a directory: " + data.resolve("logs"));
    }
}
