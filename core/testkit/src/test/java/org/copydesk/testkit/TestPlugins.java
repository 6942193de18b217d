package org.copydesk.testkit;

import java.nio.file.Path;

/** Sources of small plugins, compiled into real JARs by the tests. */
final class TestPlugins {
    private TestPlugins() {
    }

    /**
     * Plugin 'shout': step 'shout' upper-cases the headline (it gets the core's Clock by constructor injection);
     * format 'plain' reads a headline line and a body.
     */
    static Path shout(Path folder, String version) {
        return new PluginJarBuilder("shout", version)
                .source("org.example.shout.ShoutStepFactory", """
                        package org.example.shout;

                        import java.time.Clock;
                        import java.util.List;
                        import jakarta.inject.Inject;
                        import org.copydesk.api.*;
                        import org.pf4j.Extension;

                        @Extension
                        public final class ShoutStepFactory implements StepFactory {
                            static final Setting<String> SUFFIX = Setting.string("suffix", "!")
                                    .describedAs("Appended to the headline.");
                            private final Clock clock;

                            @Inject
                            public ShoutStepFactory(Clock clock) {
                                this.clock = clock;
                            }

                            public String type() { return "shout"; }
                            public String description() { return "Upper-cases the headline."; }
                            public List<Setting<?>> settings() { return List.of(SUFFIX); }

                            public Step create(StageContext context, Settings settings) {
                                String suffix = settings.get(SUFFIX);
                                return doc -> {
                                    doc.setHeadline(doc.headline().toUpperCase() + suffix);
                                    doc.meta().put("shouted_with_clock", clock != null);
                                    return doc;
                                };
                            }
                        }
                        """)
                .source("org.example.shout.PlainFormatFactory", """
                        package org.example.shout;

                        import java.nio.charset.StandardCharsets;
                        import java.util.List;
                        import org.copydesk.api.*;
                        import org.pf4j.Extension;

                        @Extension
                        public final class PlainFormatFactory implements FormatFactory {
                            public String type() { return "plain"; }
                            public List<Setting<?>> settings() { return List.of(); }
                            public Format create(StageContext context, Settings settings) {
                                return payload -> {
                                    String text = new String(payload.bytes(), StandardCharsets.UTF_8).strip();
                                    if (text.isEmpty()) {
                                        throw new FormatException("empty file");
                                    }
                                    Document d = new Document(new Source(payload.sourceUri(), "plain", payload.received()));
                                    int nl = text.indexOf('\\n');
                                    d.setHeadline(nl < 0 ? text : text.substring(0, nl));
                                    d.setBody(nl < 0 ? "" : text.substring(nl + 1).strip());
                                    return List.of(d);
                                };
                            }
                        }
                        """)
                .build(folder);
    }

    /** Plugin 'broken': its only extension throws while being created. */
    static Path broken(Path folder) {
        return new PluginJarBuilder("broken", "1.0.0")
                .source("org.example.broken.BrokenStepFactory", """
                        package org.example.broken;

                        import java.util.List;
                        import org.copydesk.api.*;
                        import org.pf4j.Extension;

                        @Extension
                        public final class BrokenStepFactory implements StepFactory {
                            public BrokenStepFactory() {
                                throw new IllegalStateException("cannot find my model file");
                            }
                            public String type() { return "broken"; }
                            public List<Setting<?>> settings() { return List.of(); }
                            public Step create(StageContext context, Settings settings) { return doc -> doc; }
                        }
                        """)
                .build(folder);
    }

    /** Plugin 'future': requires a Copydesk version that does not exist yet. */
    static Path future(Path folder) {
        return new PluginJarBuilder("future", "1.0.0")
                .requires(">=99.0.0")
                .source("org.example.future.FutureStepFactory", """
                        package org.example.future;

                        import java.util.List;
                        import org.copydesk.api.*;
                        import org.pf4j.Extension;

                        @Extension
                        public final class FutureStepFactory implements StepFactory {
                            public String type() { return "future"; }
                            public List<Setting<?>> settings() { return List.of(); }
                            public Step create(StageContext context, Settings settings) { return doc -> doc; }
                        }
                        """)
                .build(folder);
    }
}
