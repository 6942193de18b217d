package org.copydesk.runtime.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.copydesk.api.StageContext;
import org.copydesk.api.StateStore;

/** The {@link StageContext} the core hands to factories. */
final class SimpleStageContext implements StageContext {
    private final String pipeline;
    private final String stage;
    private final Path dataDirectory;
    private final Clock clock;
    private final ComponentResolver components;
    private final StateStore state;
    private final org.copydesk.api.SourceHealth sourceHealth;

    SimpleStageContext(String pipeline, String stage, Path dataDirectory, Clock clock, ComponentResolver components,
                       StateStore state) {
        this(pipeline, stage, dataDirectory, clock, components, state, org.copydesk.api.SourceHealth.NONE);
    }

    SimpleStageContext(String pipeline, String stage, Path dataDirectory, Clock clock, ComponentResolver components,
                       StateStore state, org.copydesk.api.SourceHealth sourceHealth) {
        this.sourceHealth = sourceHealth;
        this.pipeline = pipeline;
        this.stage = stage;
        this.dataDirectory = dataDirectory;
        this.clock = clock;
        this.components = components;
        this.state = state;
    }

    @Override
    public StateStore state() {
        return state;
    }

    @Override
    public org.copydesk.api.SourceHealth sourceHealth() {
        return sourceHealth;
    }

    @Override
    public <T> T component(Class<? extends org.copydesk.api.StageFactory<T>> extensionPoint, String type,
                           java.util.Map<String, Object> settings) throws org.copydesk.api.ConfigurationException {
        return components.create(this, extensionPoint, type, settings);
    }

    @Override
    public String redact(String text) {
        return org.copydesk.runtime.config.Secrets.redact(text);
    }

    @Override
    public String pipeline() {
        return pipeline;
    }

    @Override
    public String stage() {
        return stage;
    }

    @Override
    public Path dataDirectory() {
        try {
            return Files.createDirectories(dataDirectory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create stage data folder " + dataDirectory, e);
        }
    }

    @Override
    public Clock clock() {
        return clock;
    }
}
