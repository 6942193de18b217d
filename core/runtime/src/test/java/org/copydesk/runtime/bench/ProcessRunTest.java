package org.copydesk.runtime.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProcessRunTest {

    @Test
    void aRunThatDoesNotCountSaysWhy() {
        ProcessRun.Result good = new ProcessRun.Result(100, 1000, 1.0, 100, 0, 0, 0, 0, "", java.util.Map.of());
        ProcessRun.Result crashed = new ProcessRun.Result(100, 1000, 1.0, 40, 1, 0, 0, 0, "OutOfMemoryError", java.util.Map.of());
        ProcessRun.Result extraLines = new ProcessRun.Result(100, 1000, 1.0, 103, 0, 0, 0, 0, "", java.util.Map.of());

        assertThat(good.ok()).isTrue();
        assertThat(good.failure()).isEmpty();
        assertThat(crashed.ok()).isFalse();
        assertThat(crashed.failure()).isEqualTo("exit 1: OutOfMemoryError");
        assertThat(extraLines.ok()).isFalse();
        assertThat(extraLines.failure()).isEqualTo("103 lines on standard output, expected 100 (one JSON line per story)");
    }
}
