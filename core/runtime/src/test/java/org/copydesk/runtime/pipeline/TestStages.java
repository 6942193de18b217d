package org.copydesk.runtime.pipeline;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.copydesk.api.ConfigurationException;
import org.copydesk.api.Document;
import org.copydesk.api.Format;
import org.copydesk.api.FormatException;
import org.copydesk.api.FormatFactory;
import org.copydesk.api.Setting;
import org.copydesk.api.Settings;
import org.copydesk.api.Source;
import org.copydesk.api.StageContext;
import org.copydesk.api.Step;
import org.copydesk.api.StepFactory;

/** Small stages for testing the core without plugins. */
public final class TestStages {
    private TestStages() {
    }

    /**
     * Format 'lines': first line headline, rest body; refuses text starting with "BAD"; text starting with "EMPTY" is
     * valid and holds no stories.
     */
    public static final class LinesFormatFactory implements FormatFactory {
        @Override
        public String type() {
            return "lines";
        }

        @Override
        public List<Setting<?>> settings() {
            return List.of();
        }

        @Override
        public Format create(StageContext context, Settings settings) {
            return payload -> {
                String text = new String(payload.bytes(), StandardCharsets.UTF_8);
                if (text.startsWith("BAD")) {
                    throw new FormatException("not a story: starts with BAD");
                }
                if (text.startsWith("EMPTY")) {
                    return List.of(); // valid, but holds no stories (like a feed without items)
                }
                int nl = text.indexOf('\n');
                Document d = new Document(new Source(payload.sourceUri(), "lines", payload.received()));
                d.setHeadline(nl < 0 ? text : text.substring(0, nl));
                d.setBody(nl < 0 ? "" : text.substring(nl + 1).strip());
                return List.of(d);
            };
        }
    }

    /** Step 'upper': upper-cases a field; fails on a body containing FAIL. */
    public static final class UpperStepFactory implements StepFactory {
        static final Setting<String> FIELD = Setting.oneOf("field", "headline", "headline", "body")
                .describedAs("Which field to upper-case.");
        static final Setting<Integer> TIMES = Setting.integer("times", 1).range(1, 3);
        static final Setting<String> LABEL = Setting.string("label").required();

        @Override
        public String type() {
            return "upper";
        }

        @Override
        public List<Setting<?>> settings() {
            return List.of(FIELD, TIMES, LABEL);
        }

        @Override
        public void check(StageContext context, Settings settings) throws ConfigurationException {
            if (settings.get(LABEL).equals("forbidden")) {
                throw new ConfigurationException("label", "the label 'forbidden' is reserved");
            }
        }

        @Override
        public Step create(StageContext context, Settings settings) {
            String field = settings.get(FIELD);
            String label = settings.get(LABEL);
            return doc -> {
                if (doc.body().contains("FAIL")) {
                    throw new IllegalStateException("body contains FAIL");
                }
                if (field.equals("headline")) {
                    doc.setHeadline(doc.headline().toUpperCase(java.util.Locale.ROOT));
                } else {
                    doc.setBody(doc.body().toUpperCase(java.util.Locale.ROOT));
                }
                doc.meta().put("label", label);
                return doc;
            };
        }
    }
}
