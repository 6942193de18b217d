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
}
