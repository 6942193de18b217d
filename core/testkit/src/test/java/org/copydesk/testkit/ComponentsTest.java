package org.copydesk.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.copydesk.api.ConfigurationException;
import org.copydesk.api.Document;
import org.copydesk.api.Setting;
import org.copydesk.api.Settings;
import org.copydesk.api.StageContext;
import org.copydesk.api.Step;
import org.copydesk.api.StepFactory;
import org.copydesk.api.TranslationEngine;
import org.copydesk.api.TranslationEngineFactory;
import org.junit.jupiter.api.Test;

/** A step creates the engine its settings name; the core finds and validates it like any stage. */
class ComponentsTest {
    /** Engine 'reverse': "translates" by reversing the text, with an optional prefix. */
    static final class ReverseEngineFactory implements TranslationEngineFactory {
        static final Setting<String> PREFIX = Setting.string("prefix", "");
        static final Setting<Integer> LIMIT = Setting.integer("limit", 100).range(1, 1000);

        public String type() {
            return "reverse";
        }

        public List<Setting<?>> settings() {
            return List.of(PREFIX, LIMIT);
        }

        public TranslationEngine create(StageContext context, Settings settings) {
            String prefix = settings.get(PREFIX);
            return new TranslationEngine() {
                public boolean supports(String from, String to) {
                    return from.equals("en") && to.equals("xx");
                }

                public String describe(String from, String to) {
                    return "reverse " + from + "-" + to;
                }

                public List<String> translate(String from, String to, List<String> texts) {
                    return texts.stream().map(t -> prefix + new StringBuilder(t).reverse()).toList();
                }
            };
        }
    }

    /** Step 'mirror': translates the body with the engine named in its settings. */
    static final class MirrorStepFactory implements StepFactory {
        static final Setting<String> ENGINE = Setting.string("engine", "reverse");
        static final Setting<Object> ENGINE_SETTINGS = Setting.structure("engine_settings");

        public String type() {
            return "mirror";
        }

        public List<Setting<?>> settings() {
            return List.of(ENGINE, ENGINE_SETTINGS);
        }

        @SuppressWarnings("unchecked")
        public Step create(StageContext context, Settings settings) throws ConfigurationException {
            Object raw = settings.get(ENGINE_SETTINGS);
            TranslationEngine engine = context.component(TranslationEngineFactory.class, settings.get(ENGINE),
                    raw == null ? Map.of() : (Map<String, Object>) raw);
            return doc -> doc.setBody(engine.translate("en", "xx", List.of(doc.body())).get(0));
        }
    }

    @Test
    void stepGetsTheEngineWithValidatedSettings() throws Exception {
        Step step = Stages.step(new MirrorStepFactory(), "engine_settings: {prefix: '>'}", new ReverseEngineFactory());
        Document d = Payloads.document("abc");
        assertThat(step.apply(d).body()).isEqualTo(">cba");
    }

    @Test
    void unknownEngineAndBadEngineSettingsAreClearErrors() {
        assertThatThrownBy(() -> Stages.step(new MirrorStepFactory(), "engine: revrse", new ReverseEngineFactory()))
                .hasMessageContaining("unknown translation engine 'revrse'; did you mean 'reverse'? (known: reverse)");
        assertThatThrownBy(() -> Stages.step(new MirrorStepFactory(), "engine_settings: {limit: 0, colour: red}",
                new ReverseEngineFactory()))
                .hasMessageContaining("setting 'limit' of translation engine 'reverse' must be between 1 and 1000")
                .hasMessageContaining("unknown setting 'colour'");
    }
}
