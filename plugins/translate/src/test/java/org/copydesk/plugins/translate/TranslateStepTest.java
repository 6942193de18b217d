package org.copydesk.plugins.translate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.copydesk.api.Document;
import org.copydesk.api.Quote;
import org.copydesk.api.Step;
import org.copydesk.api.Translation;
import org.copydesk.testkit.Payloads;
import org.copydesk.testkit.Stages;
import org.junit.jupiter.api.Test;

/** The step's behaviour with a fake engine: which languages, what output, errors, cache. */
class TranslateStepTest {
    private final FakeEngineFactory fake = new FakeEngineFactory();

    private Step step(String yaml) {
        return Stages.step(new TranslateStepFactory(), "engine: fake\n" + yaml, fake);
    }

    @Test
    void translatesHeadlineBodyParagraphsAndQuotes() throws Exception {
        Document d = step("to: [es]").apply(Fixtures.story());
        Translation t = d.translations().get("es");
        assertThat(t.headline()).isEqualTo(Fixtures.HEADLINE.toUpperCase());
        assertThat(t.body()).isEqualTo(Fixtures.BODY.toUpperCase());
        assertThat(t.engine()).isEqualTo("fake en-es");
        assertThat(t.sourceLanguage()).isEqualTo("en");
        assertThat(t.machineTranslated()).isTrue();
        assertThat(t.quotes()).hasSize(3);
        for (Quote q : t.quotes()) {
            assertThat(t.body().substring(q.start(), q.end())).isEqualTo(q.text());
            assertThat(q.speaker().name()).isNotNull();
        }
        assertThat(t.quotes().get(0).text()).isEqualTo("THE TWO COUNTRIES SHARE A LONG HISTORY OF FRIENDSHIP AND TRADE");
        // the speaker's mention is translated too and found in the translated body
        assertThat(t.quotes().get(0).speaker().text()).isEqualTo("THE AMBASSADOR");
        assertThat(t.body().substring(t.quotes().get(0).speaker().start(), t.quotes().get(0).speaker().end()))
                .isEqualTo("THE AMBASSADOR");
    }

    @Test
    void noTranslationIntoTheSourceLanguageAndNoneForOtherFields() throws Exception {
        Document d = step("to: [en, es]\nfields: [headline]").apply(Fixtures.story());
        assertThat(d.translations()).containsOnlyKeys("es");
        assertThat(d.translations().get("es").body()).isEmpty();
        assertThat(d.translations().get("es").quotes()).isEmpty();
        assertThat(fake.texts.get()).isEqualTo(1);
    }

    @Test
    void sourceLanguageDetectedWhenTheDocumentHasNone() throws Exception {
        Document d = Fixtures.story().setLanguage(null);
        step("to: [es]").apply(d);
        assertThat(d.translations().get("es").sourceLanguage()).isEqualTo("en");

        Document spanish = Payloads.document("El ministro de asuntos exteriores dijo el lunes que las dos "
                + "naciones firmarán un acuerdo de cooperación económica y cultural la próxima semana.");
        step("to: [en]").apply(spanish);
        assertThat(spanish.translations().get("en").sourceLanguage()).isEqualTo("es");
    }

    @Test
    void anUndeterminedLanguageIsDetected() throws Exception {
        Document d = Fixtures.story().setLanguage("und");
        step("to: [es]").apply(d);
        assertThat(d.translations().get("es").sourceLanguage()).isEqualTo("en");
    }

    @Test
    void fixedSourceLanguageWinsOverTheDocument() throws Exception {
        Document d = Fixtures.story().setLanguage("es-ES");
        step("to: [es]\nfrom: en").apply(d);
        assertThat(d.translations()).containsKey("es");
    }

    @Test
    void reprocessingAStoryCostsNothing() throws Exception {
        Step step = step("to: [es]");
        step.apply(Fixtures.story());
        int asked = fake.texts.get();
        assertThat(asked).isEqualTo(1 + 5 + 3 + 3);  // headline, paragraphs, quotes, speakers
        Document again = step.apply(Fixtures.story());
        assertThat(fake.texts.get()).isEqualTo(asked);
        assertThat(fake.calls.get()).isEqualTo(1);
        assertThat(again.translations().get("es").body()).isEqualTo(Fixtures.BODY.toUpperCase());
    }

    @Test
    void cacheSizeZeroAsksEveryTime() throws Exception {
        Step step = step("to: [es]\ncache_size: 0");
        step.apply(Fixtures.story());
        step.apply(Fixtures.story());
        assertThat(fake.calls.get()).isEqualTo(2);
    }

    @Test
    void warnKeepsTheDocumentGoingWithAWarningNamingEngineAndError() throws Exception {
        Document d = step("to: [es]\nengine_settings: {fail: true}").apply(Fixtures.story());
        assertThat(d.translations()).isEmpty();
        assertThat(d.warnings()).singleElement().satisfies(w -> {
            assertThat(w.stage()).isEqualTo("translate");
            assertThat(w.message()).contains("engine fake").contains("en-es").contains("server on fire");
        });
    }

    @Test
    void failThrowsSoTheDocumentGoesToTheDeadLetterStore() {
        Step step = step("to: [es]\non_error: fail\nengine_settings: {fail: true}");
        assertThatThrownBy(() -> step.apply(Fixtures.story()))
                .hasMessageContaining("engine fake").hasMessageContaining("server on fire");
    }

    @Test
    void aPairTheEngineLacksAtRunTimeIsAnError() throws Exception {
        Document d = Fixtures.story().setLanguage("ca");
        step("to: [es]").apply(d);
        assertThat(d.translations()).isEmpty();
        assertThat(d.warnings()).singleElement().satisfies(w ->
                assertThat(w.message()).contains("fake cannot translate ca-es"));
    }

    @Test
    void closingTheStepClosesTheEngine() throws Exception {
        step("to: [es]").close();
        assertThat(fake.closed).isTrue();
    }

    @Test
    void validationNamesTheSettingAtFault() {
        assertThatThrownBy(() -> step("to: [es]\nfields: [headline, summary]"))
                .hasMessageContaining("(fields)").hasMessageContaining("unknown field 'summary'");
        assertThatThrownBy(() -> step("to: ['e s']")).hasMessageContaining("(to)");
        assertThatThrownBy(() -> step("to: [es]\nfrom: English")).hasMessageContaining("(from)");
        assertThatThrownBy(() -> step("to: [es]\ndetect_languages: [en, ja]"))
                .hasMessageContaining("(detect_languages)").hasMessageContaining("cannot detect 'ja'");
        assertThatThrownBy(() -> step("to: [fr]\nfrom: en"))
                .hasMessageContaining("(to)").hasMessageContaining("fake cannot translate en-fr");
        assertThatThrownBy(() -> Stages.step(new TranslateStepFactory(), "to: [es]\nengine: deepl", fake))
                .hasMessageContaining("deepl");
    }
}
