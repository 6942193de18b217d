package org.copydesk.testkit;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.copydesk.api.ConfigurationException;
import org.copydesk.api.SourceHealth;
import org.copydesk.api.StageContext;
import org.copydesk.api.StateStore;

/**
 * A {@link SourceHealth} that keeps what an input reported, for tests: every report in order ({@code failed URL:
 * reason}, {@code good URL}) and the sources failing now. {@link #context} gives a stage context that reports here.
 */
public final class RecordingSourceHealth implements SourceHealth {
    /** Every report in order: {@code "failed <source>: <reason>"} or {@code "good <source>"}. */
    public final List<String> reports = new CopyOnWriteArrayList<>();
    private final Map<String, String> failing = new ConcurrentHashMap<>();

    @Override
    public void failed(String source, String reason) {
        reports.add("failed " + source + ": " + reason);
        failing.put(source, reason);
    }

    @Override
    public void succeeded(String source) {
        reports.add("good " + source);
        failing.remove(source);
    }

    /** The sources whose last report was a failure, with its reason. */
    public Map<String, String> failing() {
        return Map.copyOf(failing);
    }

    /** {@code base} with this as its {@link StageContext#sourceHealth()}. */
    public StageContext context(StageContext base) {
        RecordingSourceHealth self = this;
        return new StageContext() {
            @Override
            public String pipeline() {
                return base.pipeline();
            }

            @Override
            public String stage() {
                return base.stage();
            }

            @Override
            public Path dataDirectory() {
                return base.dataDirectory();
            }

            @Override
            public Clock clock() {
                return base.clock();
            }

            @Override
            public StateStore state() {
                return base.state();
            }

            @Override
            public String redact(String text) {
                return base.redact(text);
            }

            @Override
            public <T> T component(Class<? extends org.copydesk.api.StageFactory<T>> extensionPoint, String type,
                                   Map<String, Object> settings) throws ConfigurationException {
                return base.component(extensionPoint, type, settings);
            }

            @Override
            public SourceHealth sourceHealth() {
                return self;
            }
        };
    }
}
