package org.copydesk.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.copydesk.api.ConfigurationException;
import org.copydesk.api.Format;
import org.copydesk.api.Output;
import org.copydesk.api.Settings;
import org.copydesk.api.StageContext;
import org.copydesk.api.StageFactory;
import org.copydesk.api.Step;
import org.copydesk.runtime.config.ConfigError;
import org.copydesk.runtime.config.ConfigException;
import org.copydesk.runtime.config.ConfigNode;
import org.copydesk.runtime.config.EnvInterpolator;
import org.copydesk.runtime.config.SettingsValidator;
import org.copydesk.runtime.config.YamlReader;
import org.copydesk.runtime.pipeline.ComponentResolver;
import org.copydesk.runtime.plugin.StageRegistry;
import org.copydesk.runtime.state.MvStateStore;

/**
 * Creates a stage from its factory and a YAML snippet of settings, validated exactly as the core validates a
 * pipeline file, without PF4J:
 *
 * <pre>{@code
 * Step step = Stages.step(new DatelineStepFactory(), "remove_from_body: false");
 * }</pre>
 */
public final class Stages {
    private Stages() {
    }

    public static Step step(StageFactory<Step> factory, String yaml) {
        return create(factory, yaml);
    }

    /**
     * A step whose factory asks for components ({@link StageContext#component}), e.g. translation engines; the given
     * component factories are the only ones available.
     */
    public static Step step(StageFactory<Step> factory, String yaml, StageFactory<?>... components) {
        return create(factory, yaml, components);
    }

    public static Format format(StageFactory<Format> factory, String yaml) {
        return create(factory, yaml);
    }

    public static Output output(StageFactory<Output> factory, String yaml) {
        return create(factory, yaml);
    }

    /** Validated settings for a factory from a YAML snippet; throws {@link ConfigException} listing every problem. */
    public static Settings settings(StageFactory<?> factory, String yaml) throws ConfigException {
        String text = yaml == null || yaml.isBlank() ? "{}" : yaml;
        ConfigNode node = new YamlReader(new EnvInterpolator(System::getenv)).parse("snippet", text);
        if (!(node instanceof ConfigNode.MapNode map)) {
            throw new ConfigException(new ConfigError(node.mark(), "settings must be a map"));
        }
        List<ConfigError> errors = new ArrayList<>();
        Settings settings = SettingsValidator.validate("'" + factory.type() + "'", map.mark(), map.entries(),
                factory.settings(), errors);
        if (!errors.isEmpty()) {
            throw new ConfigException(errors);
        }
        return settings;
    }

    /**
     * A stage context over a fresh temporary data folder and an in-memory state store, in which
     * {@link StageContext#component} finds the given component factories.
     */
    public static StageContext context(String stage, StageFactory<?>... components) {
        try {
            Path dir = Files.createTempDirectory("copydesk-stage-");
            return ComponentResolver.context("test", stage, dir, Clock.systemUTC(),
                    new ComponentResolver(StageRegistry.of(List.of(components))),
                    MvStateStore.inMemory().forStage("test", stage));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> T create(StageFactory<T> factory, String yaml, StageFactory<?>... components) {
        try {
            Settings settings = settings(factory, yaml);
            StageContext context = context(factory.type(), components);
            factory.check(context, settings);
            return factory.create(context, settings);
        } catch (ConfigException e) {
            throw new IllegalArgumentException("invalid settings for '" + factory.type() + "':\n" + e.getMessage(), e);
        } catch (ConfigurationException e) {
            throw new IllegalArgumentException("'" + factory.type() + "' refused its settings"
                    + (e.setting() == null ? "" : " (" + e.setting() + ")") + ": " + e.getMessage(), e);
        }
    }
}
