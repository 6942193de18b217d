package org.copydesk.plugins.translate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The long-lived Apertium translator: real pairs, and fake modes that hang or die. */
class ApertiumEngineTest {
    @TempDir
    Path dir;

    private static ApertiumEngine real() {
        return new ApertiumEngine(new ApertiumInstallation(ApertiumInstallation.DEFAULT_DATA), false,
                Duration.ofSeconds(30));
    }

    @Test
    void translatesParagraphsWithTheLoadedTranslator() throws Exception {
        Apertium.assumeInstalled("eng-spa");
        try (ApertiumEngine engine = real()) {
            assertThat(engine.supports("en", "es")).isTrue();
            assertThat(engine.supports("en", "xx")).isFalse();
            assertThat(engine.describe("en", "es")).matches("apertium eng-spa( [0-9][0-9.]*)?");
            List<String> out = engine.translate("en", "es",
                    List.of("The minister said the talks were useful.", "Kuwait [KUNA] exports oil to Japan.\nIt "
                            + "grows.", "  "));
            assertThat(out.get(0)).isEqualTo("El ministro dijo que las charlas eran útiles.");
            assertThat(out.get(1)).contains("[KUNA]").contains("Japón").contains("\n");
            assertThat(out.get(2)).isEqualTo("  ");
            int processes = engine.startedProcesses().size();
            assertThat(processes).isGreaterThan(1);
            engine.translate("en", "es", List.of("The cat sleeps."));
            assertThat(engine.startedProcesses()).hasSize(processes);  // the same translator, still loaded
        }
    }

    @Test
    void aTranslatorThatDiedIsStartedAgain() throws Exception {
        Apertium.assumeInstalled("eng-spa");
        try (ApertiumEngine engine = real()) {
            engine.translate("en", "es", List.of("Good morning."));
            int before = engine.startedProcesses().size();
            ProcessHandle first = engine.startedProcesses().iterator().next();
            first.destroyForcibly();
            first.onExit().get();
            assertThat(engine.translate("en", "es", List.of("The minister said the talks were useful.")))
                    .containsExactly("El ministro dijo que las charlas eran útiles.");
            assertThat(engine.startedProcesses()).hasSizeGreaterThan(before);
        }
    }

    @Test
    void aHungCallTimesOutNamingEngineAndPairAndTheTranslatorIsKilled() throws Exception {
        Apertium.fakeData(dir, "eng-spa", "exec sleep 600");
        ApertiumEngine engine = new ApertiumEngine(new ApertiumInstallation(dir), false, Duration.ofMillis(300));
        try {
            assertThatThrownBy(() -> engine.translate("en", "es", List.of("Hello.")))
                    .isInstanceOf(TimeoutException.class)
                    .hasMessageContaining("apertium eng-spa").hasMessageContaining("no answer within 300 ms");
            for (ProcessHandle h : engine.startedProcesses()) {
                h.onExit().get();
                assertThat(h.isAlive()).isFalse();
            }
        } finally {
            engine.close();
        }
    }

    @Test
    void aHungTranslatorThatNoLongerReadsDoesNotBlockTheCallerPastTheTimeout() throws Exception {
        Apertium.fakeData(dir, "eng-spa", "exec sleep 600");
        String big = "word ".repeat(200_000);  // far more than a pipe holds
        try (ApertiumEngine engine = new ApertiumEngine(new ApertiumInstallation(dir), false, Duration.ofMillis(300))) {
            assertThatThrownBy(() -> engine.translate("en", "es", List.of(big)))
                    .isInstanceOf(TimeoutException.class).hasMessageContaining("apertium eng-spa");
        }
    }

    @Test
    void workersShareThePairsTranslatorsAndGetTheirOwnAnswers() throws Exception {
        Apertium.assumeInstalled("eng-spa");
        List<String> sentences = List.of("Good morning.", "The minister said the talks were useful.",
                "Kuwait exports oil to Japan.", "The cat sleeps.", "Trade grew last year.", "The meeting ended.");
        try (ApertiumEngine engine = new ApertiumEngine(new ApertiumInstallation(ApertiumInstallation.DEFAULT_DATA),
                false, Duration.ofSeconds(30), 2)) {
            List<String> expected = engine.translate("en", "es", sentences);
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
            try {
                List<java.util.concurrent.Future<List<String>>> calls = new java.util.ArrayList<>();
                for (int i = 0; i < 12; i++) {
                    int shift = i % sentences.size();
                    List<String> rotated = new java.util.ArrayList<>(sentences.subList(shift, sentences.size()));
                    rotated.addAll(sentences.subList(0, shift));
                    calls.add(pool.submit(() -> engine.translate("en", "es", rotated)));
                }
                for (int i = 0; i < calls.size(); i++) {
                    int shift = i % sentences.size();
                    List<String> want = new java.util.ArrayList<>(expected.subList(shift, expected.size()));
                    want.addAll(expected.subList(0, shift));
                    assertThat(calls.get(i).get()).isEqualTo(want);
                }
            } finally {
                pool.shutdownNow();
            }
            int perTranslator = new ApertiumInstallation(ApertiumInstallation.DEFAULT_DATA).commands("eng-spa", false)
                    .size();
            assertThat(engine.startedProcesses()).hasSizeLessThanOrEqualTo(2 * perTranslator)
                    .hasSizeGreaterThanOrEqualTo(perTranslator);
        }
    }

    @Test
    void aNulCharacterSeparatesTheWordsAroundItLikeASpace() throws Exception {
        Apertium.assumeInstalled("eng-spa");
        try (ApertiumEngine engine = real()) {
            List<String> out = engine.translate("en", "es", List.of("Nul\0char here.", "Nul char here.",
                    "The cat\0sleeps."));
            assertThat(out.get(0)).isEqualTo(out.get(1)).doesNotContain("\0");
            assertThat(out.get(2)).isEqualTo(engine.translate("en", "es", List.of("The cat sleeps.")).get(0));
        }
    }

    @Test
    void anInterruptedTranslationDoesNotHandItsAnswerToTheNextText() throws Exception {
        Apertium.assumeInstalled("eng-spa");
        List<String> sentences = List.of("The cat sleeps.", "The dog runs.", "It rains today.");
        String longText = "The minister said the harbour would reopen on Monday after repairs. ".repeat(20_000);
        try (ApertiumEngine engine = real()) {
            List<String> expected = engine.translate("en", "es", sentences);
            java.util.concurrent.atomic.AtomicReference<Throwable> failed = new java.util.concurrent.atomic
                    .AtomicReference<>();
            java.util.concurrent.CountDownLatch started = new java.util.concurrent.CountDownLatch(1);
            Thread caller = new Thread(() -> {
                try {
                    started.countDown();
                    engine.translate("en", "es", List.of(longText));
                } catch (Throwable e) {
                    failed.set(e);
                }
            });
            caller.start();
            started.await();
            Thread.sleep(300);  // the long text (1.4 MB) is written and being translated (it takes many seconds)
            caller.interrupt();
            caller.join(10_000);
            assertThat(caller.isAlive()).isFalse();
            assertThat(failed.get()).isInstanceOf(InterruptedException.class);
            // the translator that still owed the long text's answer is gone: each text gets its own translation
            for (int i = 0; i < sentences.size(); i++) {
                assertThat(engine.translate("en", "es", List.of(sentences.get(i)))).containsExactly(expected.get(i));
            }
        }
    }

    @Test
    void aTranslatorThatKeepsDyingIsAnErrorWithItsExitCode() throws Exception {
        Apertium.fakeData(dir, "eng-spa", "cat > /dev/null; exit 3");
        try (ApertiumEngine engine = new ApertiumEngine(new ApertiumInstallation(dir), false, Duration.ofSeconds(5))) {
            Apertium.fakeData(dir, "eng-spa", "echo 'cannot open dictionary' >&2; exit 3");
            assertThatThrownBy(() -> engine.translate("en", "es", List.of("Hello.")))
                    .isInstanceOf(IOException.class)
                    .hasMessageContaining("apertium eng-spa").hasMessageContaining("stopped")
                    .hasMessageContaining("exit 3").hasMessageContaining("it said: cannot open dictionary");
            assertThat(engine.startedProcesses()).hasSize(2);  // started once more before giving up
        }
    }

    @Test
    void anEchoingModeShowsTheProtocol() throws Exception {
        // cat answers every NUL-terminated text with itself: the stream format goes out and comes back.
        Apertium.fakeData(dir, "eng-spa", "exec cat");
        try (ApertiumEngine engine = new ApertiumEngine(new ApertiumInstallation(dir), false, Duration.ofSeconds(5))) {
            assertThat(engine.translate("en", "es", List.of("a [b] $c^", "line\nbreak")))
                    .containsExactly("a [b] $c^", "line\nbreak");
        }
    }

    @Test
    void noProcessIsLeftAfterClose() throws Exception {
        Apertium.assumeInstalled("eng-spa", "eng-cat");
        ApertiumEngine engine = real();
        engine.translate("en", "es", List.of("Good morning."));
        engine.translate("en", "ca", List.of("Good morning."));
        List<ProcessHandle> started = List.copyOf(engine.startedProcesses());
        assertThat(started).hasSizeGreaterThan(10).allMatch(ProcessHandle::isAlive);
        engine.close();
        for (ProcessHandle h : started) {
            assertThat(h.isAlive()).as("process %s", h.pid()).isFalse();
        }
        assertThat(Apertium.running()).isEmpty();
        assertThatThrownBy(() -> engine.translate("en", "es", List.of("x"))).hasMessageContaining("closed");
    }

    @Test
    void pairsAndPackages() throws Exception {
        Apertium.fakeData(dir, "eng-spa", "exec cat");
        ApertiumEngine engine = new ApertiumEngine(new ApertiumInstallation(dir), false, Duration.ofSeconds(5));
        assertThat(engine.supports("en", "es")).isTrue();
        assertThat(engine.supports("en", "gl")).isFalse();
        assertThat(engine.whyNot("en", "gl")).contains("apertium cannot translate en-gl")
                .contains("eng-glg").contains("apt-get install apertium-en-gl");
        assertThat(engine.describe("en", "es")).isEqualTo("apertium eng-spa");
        engine.close();
    }
}
