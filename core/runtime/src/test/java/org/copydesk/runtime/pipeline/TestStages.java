package org.copydesk.runtime.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.copydesk.api.ConfigurationException;
import org.copydesk.api.Document;
import org.copydesk.api.Format;
import org.copydesk.api.FormatException;
import org.copydesk.api.FormatFactory;
import org.copydesk.api.Output;
import org.copydesk.api.OutputFactory;
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

    /**
     * Step 'upper': upper-cases a field; fails on a body containing FAIL; on a body containing SLOW counts down
     * {@link #SLOW_STARTED} and waits a minute, interruptibly (a long translation, say).
     */
    public static final class UpperStepFactory implements StepFactory {
        public static volatile java.util.concurrent.CountDownLatch SLOW_STARTED = new java.util.concurrent.CountDownLatch(1);
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
                if (doc.body().contains("SLOW")) {
                    SLOW_STARTED.countDown();
                    Thread.sleep(60_000); // an interrupt ends it with InterruptedException, as a real step should
                }
                if (doc.body().contains("FAIL")) {
                    throw new IllegalStateException("body contains FAIL");
                }
                if (doc.body().contains("NULLQUOTE")) {
                    // a step bug that leaves a document no output can encode (a null in the quotes list)
                    doc.setQuotes(java.util.Arrays.asList((org.copydesk.api.Quote) null));
                }
                if (doc.body().contains("LINKAGE")) {
                    // what a plugin missing a class of its own throws: an Error, not an Exception
                    throw new NoClassDefFoundError("com/example/shaded/Missing");
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

    /**
     * Output 'recording': keeps the headlines of each write call in {@link #WRITES}, so a test can see how documents
     * were grouped; with {@code fail: true} every write throws instead; a headline starting with ASSERT makes the
     * write throw an AssertionError; {@code delay_ms} makes each write that slow
     * (so payloads queue up behind it).
     */
    public static final class RecordingOutputFactory implements OutputFactory {
        public static final List<List<String>> WRITES = new java.util.concurrent.CopyOnWriteArrayList<>();
        static final Setting<Boolean> FAIL = Setting.bool("fail", false);
        static final Setting<Integer> DELAY_MS = Setting.integer("delay_ms", 0).range(0, 10_000);

        @Override
        public String type() {
            return "recording";
        }

        @Override
        public List<Setting<?>> settings() {
            return List.of(FAIL, DELAY_MS);
        }

        @Override
        public Output create(StageContext context, Settings settings) {
            boolean fail = settings.get(FAIL);
            int delay = settings.get(DELAY_MS);
            return new Output() {
                @Override
                public void write(List<Document> documents) throws IOException {
                    try {
                        Thread.sleep(delay);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    if (fail) {
                        throw new IOException("the recording output is set to fail");
                    }
                    if (documents.stream().anyMatch(d -> d.headline().startsWith("ASSERT"))) {
                        throw new AssertionError("a bug in the output"); // an Error thrown while writing
                    }
                    WRITES.add(documents.stream().map(Document::headline).toList());
                }

                @Override
                public void flush() {
                }
            };
        }
    }
}
