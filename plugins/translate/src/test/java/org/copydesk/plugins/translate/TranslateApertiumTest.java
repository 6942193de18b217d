package org.copydesk.plugins.translate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.copydesk.api.Document;
import org.copydesk.api.Quote;
import org.copydesk.api.Step;
import org.copydesk.api.Translation;
import org.copydesk.testkit.Payloads;
import org.copydesk.testkit.Stages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The step end to end with the real Apertium engine. */
class TranslateApertiumTest {
    @TempDir
    Path dir;

    @Test
    void theStoryToSpanishAndBack() throws Exception {
        Apertium.assumeInstalled("eng-spa", "spa-eng", "eng-cat");
        Document d = Fixtures.story();
        try (Step step = Stages.step(new TranslateStepFactory(), "to: [es, ca]", new ApertiumEngineFactory())) {
            step.apply(d);
        }
        assertThat(d.warnings()).isEmpty();
        assertThat(d.translations()).containsOnlyKeys("es", "ca");
        Translation es = d.translations().get("es");
        System.out.println("es headline: " + es.headline() + "\nes body:\n" + es.body() + "\n" + es.quotes());
        assertThat(es.engine()).startsWith("apertium eng-spa");
        assertThat(es.sourceLanguage()).isEqualTo("en");
        assertThat(es.machineTranslated()).isTrue();
        assertThat(es.headline()).contains("Kuwait").contains("Japón").contains("energía");
        assertThat(es.body().split("\n\n")).hasSize(5);
        assertThat(es.body()).contains("Japón").doesNotContain("[]").doesNotContain("\0");
        assertThat(es.quotes()).hasSize(3);
        for (Quote q : es.quotes()) {
            if (q.start() < q.end()) {
                assertThat(es.body().substring(q.start(), q.end())).isEqualTo(q.text());
            }
            assertThat(q.speaker()).isNotNull();
        }
        Quote direct = es.quotes().get(0);
        assertThat(direct.start()).isLessThan(direct.end());
        assertThat(direct.text()).startsWith("Los dos países");
        assertThat(direct.speaker().text()).isEqualTo("el embajador");
        assertThat(es.body().substring(direct.speaker().start(), direct.speaker().end())).isEqualTo("el embajador");
        assertThat(es.quotes().get(1).text()).startsWith("ambos lados");  // lower case, as in the body
        assertThat(es.quotes()).allMatch(q -> q.start() < q.end());
        assertThat(d.translations().get("ca").engine()).startsWith("apertium eng-cat");

        Document back = Fixtures.story().setHeadline(es.headline()).setBody(es.body()).setLanguage("es");
        back.setQuotes(es.quotes());
        try (Step step = Stages.step(new TranslateStepFactory(), "to: [en]", new ApertiumEngineFactory())) {
            step.apply(back);
        }
        Translation en = back.translations().get("en");
        System.out.println("back to en: " + en.headline() + "\n" + en.body());
        assertThat(en.engine()).startsWith("apertium spa-eng");
        assertThat(en.headline()).contains("Kuwait").contains("Japan");
        assertThat(en.body()).contains("Japan").contains("two countries");
        assertThat(en.body().split("\n\n")).hasSize(5);
    }

    @Test
    void noApertiumProcessIsLeftAfterTheStepIsClosed() throws Exception {
        Apertium.assumeInstalled("eng-spa");
        assertThat(Apertium.running()).isEmpty();
        Step step = Stages.step(new TranslateStepFactory(), "to: [es]", new ApertiumEngineFactory());
        step.apply(Fixtures.story());
        var running = Apertium.running();
        assertThat(running).isNotEmpty();
        step.close();
        assertThat(running).noneMatch(ProcessHandle::isAlive);
        assertThat(Apertium.running()).isEmpty();
    }

    @Test
    void aStopDuringATranslationIsAStopNotAWarningAndTheNextStoryGetsItsOwnTranslation() throws Exception {
        Apertium.assumeInstalled("eng-spa");
        Document longStory = Fixtures.story().setQuotes(java.util.List.of())
                .setBody("The minister said the harbour would reopen on Monday after repairs. ".repeat(40_000));
        try (Step step = Stages.step(new TranslateStepFactory(), "to: [es]\nfrom: en\ncache_size: 0",
                new ApertiumEngineFactory())) {
            Document before = Payloads.document("The cat sleeps.").setLanguage("en");
            step.apply(before);
            String expected = before.translations().get("es").body();
            java.util.concurrent.atomic.AtomicReference<Throwable> thrown = new java.util.concurrent.atomic
                    .AtomicReference<>();
            java.util.concurrent.atomic.AtomicBoolean flag = new java.util.concurrent.atomic.AtomicBoolean();
            Thread worker = new Thread(() -> {
                try {
                    step.apply(longStory);
                } catch (Throwable e) {
                    thrown.set(e);
                }
                flag.set(Thread.currentThread().isInterrupted());
            });
            worker.start();
            // the long body (2.8 MB) is with the translator: it takes well over a second even on an idle machine (the
            // first version, 0.2 MB, was sometimes done before the interrupt in CI)
            Thread.sleep(1000);
            worker.interrupt();
            worker.join(10_000);
            assertThat(thrown.get()).isInstanceOf(InterruptedException.class);
            assertThat(flag.get()).as("interrupt flag kept").isTrue();
            assertThat(longStory.warnings()).isEmpty();
            assertThat(longStory.translations()).isEmpty();

            Document next = Payloads.document("The cat sleeps.").setLanguage("en");
            step.apply(next);
            assertThat(next.warnings()).isEmpty();
            assertThat(next.translations().get("es").body()).isEqualTo(expected);
        }
    }

    @Test
    void validationNamesTheDebianPackageOfAMissingPair() throws Exception {
        Path data = Apertium.fakeData(dir, "eng-spa", "exec cat");
        String yaml = "to: [es, gl]\nfrom: en\nengine_settings: {data_dir: '" + data + "'}";
        assertThatThrownBy(() -> Stages.step(new TranslateStepFactory(), yaml, new ApertiumEngineFactory()))
                .hasMessageContaining("(to)")
                .hasMessageContaining("apertium cannot translate en-gl")
                .hasMessageContaining("apt-get install apertium-en-gl");
        // from auto: a target no candidate source can reach is refused too
        assertThatThrownBy(() -> Stages.step(new TranslateStepFactory(),
                "to: [gl]\nengine_settings: {data_dir: '" + data + "'}", new ApertiumEngineFactory()))
                .hasMessageContaining("apertium-en-gl");
        // and a missing Apertium altogether
        Path empty = Files.createDirectories(dir.resolve("none"));
        assertThatThrownBy(() -> Stages.step(new TranslateStepFactory(),
                "to: [es]\nengine_settings: {data_dir: '" + empty + "'}", new ApertiumEngineFactory()))
                .hasMessageContaining("apt-get install apertium");
        // fine when the pair is there; nothing started by validation
        Stages.step(new TranslateStepFactory(), "to: [es]\nfrom: en\nengine_settings: {data_dir: '" + data + "'}",
                new ApertiumEngineFactory()).close();
        assertThat(Apertium.running()).isEmpty();
    }
}
