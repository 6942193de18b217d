package org.copydesk.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import org.copydesk.api.Document;
import org.copydesk.api.Step;
import org.copydesk.runtime.Bootstrap;
import org.copydesk.runtime.config.DaemonConfig;
import org.copydesk.runtime.config.StageKind;
import org.copydesk.runtime.plugin.StageRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pf4j.PluginState;
import org.pf4j.PluginWrapper;

/** Real plugin JARs, built here, loaded by the real plugin manager. */
class PluginLoadingTest {
    @TempDir
    Path dir;

    private Bootstrap start(Path plugins) {
        DaemonConfig d = DaemonConfig.defaults();
        return Bootstrap.start(new DaemonConfig(null, d.pipelines(), plugins, dir.resolve("data"), "127.0.0.1", 0),
                List.of());
    }

    @Test
    void builtJarHasManifestAndExtensionIndex() throws Exception {
        Path jar = TestPlugins.shout(dir.resolve("plugins"), "1.2.0");
        try (JarFile jf = new JarFile(jar.toFile())) {
            assertThat(jf.getManifest().getMainAttributes().getValue("Plugin-Id")).isEqualTo("shout");
            try (InputStream in = jf.getInputStream(jf.getEntry("META-INF/extensions.idx"))) {
                assertThat(new String(in.readAllBytes())).contains("org.example.shout.ShoutStepFactory");
            }
        }
    }

    @Test
    void pluginStepIsCreatedThroughGuiceAndWorks() throws Exception {
        Path plugins = dir.resolve("plugins");
        TestPlugins.shout(plugins, "1.2.0");
        try (Bootstrap core = start(plugins)) {
            StageRegistry.Entry entry = core.registry().find(StageKind.STEP, "shout").orElseThrow();
            assertThat(entry.pluginId()).isEqualTo("shout");
            assertThat(entry.pluginVersion()).isEqualTo("1.2.0");
            // Loaded by the plugin's own class loader, yet implementing the host's API interface.
            assertThat(entry.factory().getClass().getClassLoader()).isNotSameAs(Step.class.getClassLoader());
            assertThat(core.registry().find(StageKind.INPUT, "directory")).isPresent();
            Step step = Stages.step(asStep(entry), "suffix: '?!'");
            Document doc = Payloads.document("body");
            doc.setHeadline("quiet");
            assertThat(step.apply(doc).headline()).isEqualTo("QUIET?!");
            assertThat(doc.meta()).containsEntry("shouted_with_clock", true);
        }
    }

    @Test
    void aBrokenPluginIsSkippedAndTheOthersWork() throws Exception {
        Path plugins = dir.resolve("plugins");
        TestPlugins.shout(plugins, "1.0.0");
        TestPlugins.broken(plugins);
        TestPlugins.future(plugins);
        Files.writeString(plugins.resolve("garbage.jar"), "this is not a zip file");
        try (Bootstrap core = start(plugins)) {
            assertThat(core.registry().find(StageKind.STEP, "shout")).isPresent();
            assertThat(core.registry().find(StageKind.STEP, "broken")).isEmpty();
            assertThat(core.registry().find(StageKind.STEP, "future")).isEmpty();
            assertThat(core.registry().problems()).anySatisfy(p -> {
                assertThat(p.pluginId()).isEqualTo("broken");
                assertThat(p.message()).contains("cannot find my model file");
            });
            PluginWrapper future = core.plugins().stream().filter(p -> p.getPluginId().equals("future")).findFirst()
                    .orElseThrow();
            assertThat(future.getPluginState()).isNotEqualTo(PluginState.STARTED);
        }
    }

    @SuppressWarnings("unchecked")
    private static org.copydesk.api.StageFactory<Step> asStep(StageRegistry.Entry entry) {
        return (org.copydesk.api.StageFactory<Step>) entry.factory();
    }

    private static void tagPlugin(Path folder, String id) {
        new PluginJarBuilder(id, "1.0.0").source("org.example." + id + ".TagStepFactory", """
                package org.example.%s;
                import java.util.List;
                import org.copydesk.api.*;
                @org.pf4j.Extension
                public final class TagStepFactory implements StepFactory {
                    public String type() { return "tag"; }
                    public List<Setting<?>> settings() { return List.of(); }
                    public Step create(StageContext c, Settings s) { return d -> d; }
                }
                """.formatted(id)).build(folder);
    }

    /**
     * Review 5, finding 16: two plugins providing the same type, and which one won depended on PF4J's hash order of
     * their ids ('zeta' beat 'acme' in one folder). Now the order is fixed and documented: the core, then plugins by
     * folder (bundled, configured, --plugins), then by id; the one left out is named with a WARN naming both JARs.
     */
    @Test
    void twoPluginsWithTheSameTypeHaveAFixedWinnerAndAWarningNamingBoth() throws Exception {
        ch.qos.logback.classic.Logger logger = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory
                .getLogger(StageRegistry.class);
        ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent> logs =
                new ch.qos.logback.core.read.ListAppender<>();
        logs.start();
        logger.addAppender(logs);
        try {
            // One folder: the id that sorts first wins.
            Path plugins = dir.resolve("plugins");
            tagPlugin(plugins, "zeta");
            tagPlugin(plugins, "acme");
            try (Bootstrap core = start(plugins)) {
                assertThat(core.registry().find(StageKind.STEP, "tag").orElseThrow().pluginId()).isEqualTo("acme");
                assertThat(core.registry().problems()).singleElement().satisfies(p -> {
                    assertThat(p.pluginId()).isEqualTo("zeta");
                    assertThat(p.message()).contains("already provided by plugin 'acme'").contains("acme-1.0.0.jar")
                            .contains("zeta-1.0.0.jar");
                });
            }
            assertThat(logs.list).filteredOn(e -> e.getLevel() == ch.qos.logback.classic.Level.WARN)
                    .anySatisfy(e -> assertThat(e.getFormattedMessage()).contains("'zeta'").contains("'acme'")
                            .contains("acme-1.0.0.jar").contains("zeta-1.0.0.jar").contains("is ignored"));

            // Two folders: the configured plugin folder comes before a --plugins folder, whatever the ids.
            Path extra = dir.resolve("extra");
            Files.delete(plugins.resolve("acme-1.0.0.jar"));
            tagPlugin(extra, "acme");
            DaemonConfig d = DaemonConfig.defaults();
            try (Bootstrap core = Bootstrap.start(new DaemonConfig(null, d.pipelines(), plugins, dir.resolve("data"),
                    "127.0.0.1", 0), List.of(extra))) {
                assertThat(core.registry().find(StageKind.STEP, "tag").orElseThrow().pluginId()).isEqualTo("zeta");
                assertThat(core.registry().problems()).singleElement()
                        .satisfies(p -> assertThat(p.pluginId()).isEqualTo("acme"));
            }
        } finally {
            logger.detachAppender(logs);
        }
    }
}
