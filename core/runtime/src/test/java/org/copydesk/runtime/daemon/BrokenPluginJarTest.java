package org.copydesk.runtime.daemon;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.copydesk.runtime.Bootstrap;
import org.copydesk.runtime.config.DaemonConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * Review 5, finding 20: a truncated JAR in a plugin folder gave 58 lines of PF4J stack traces and was missing from
 * the plugins table. Now: one WARN line naming the JAR and the reason, and a FAILED row in GET /api/plugins.
 */
class BrokenPluginJarTest {
    @TempDir
    Path dir;

    @Test
    void aTruncatedJarIsOneWarnLineAndAFailedRow() throws Exception {
        Path plugins = Files.createDirectories(dir.resolve("plugins"));
        // the start of a zip (local file header signature) and nothing else: "zip END header not found"
        Path broken = Files.write(plugins.resolve("broken.jar"), new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0});
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> logs = new ListAppender<>();
        logs.start();
        root.addAppender(logs);
        DaemonConfig d = DaemonConfig.defaults();
        try (Bootstrap core = Bootstrap.start(new DaemonConfig(null, d.pipelines(), plugins, dir.resolve("data"),
                "127.0.0.1", 0), List.of())) {
            List<ILoggingEvent> loud = logs.list.stream().filter(e -> e.getLevel().isGreaterOrEqual(Level.WARN))
                    .toList();
            assertThat(loud).singleElement().satisfies(e -> {
                assertThat(e.getLevel()).isEqualTo(Level.WARN);
                assertThat(e.getFormattedMessage()).contains(broken.toAbsolutePath().toString())
                        .contains("not a readable JAR").contains("zip END header not found");
                assertThat(e.getThrowableProxy()).isNull();
            });
            List<Map<String, Object>> rows = PluginGauges.describe(core);
            assertThat(rows).anySatisfy(row -> {
                assertThat(row.get("id")).isEqualTo("broken.jar");
                assertThat(row.get("state")).isEqualTo("FAILED");
                assertThat((String) row.get("error")).contains("zip END header not found");
                assertThat(row.get("jar")).isEqualTo(broken.toAbsolutePath().toString());
            });
        } finally {
            root.detachAppender(logs);
        }
    }
}
