package org.copydesk.runtime.pipeline;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.copydesk.api.ConfigurationException;
import org.copydesk.api.Settings;
import org.copydesk.api.StageContext;
import org.copydesk.api.StageFactory;
import org.copydesk.runtime.config.ConfigError;
import org.copydesk.runtime.config.ConfigNode;
import org.copydesk.runtime.config.DidYouMean;
import org.copydesk.runtime.config.Mark;
import org.copydesk.runtime.config.SettingsValidator;
import org.copydesk.runtime.config.StageKind;
import org.copydesk.runtime.plugin.StageRegistry;

/**
 * Creates the components a stage asks for through {@link StageContext#component}: finds the factory among every
 * plugin's extensions, validates the settings exactly as pipeline settings are validated, then checks and creates.
 */
public final class ComponentResolver {
    private final StageRegistry registry;

    public ComponentResolver(StageRegistry registry) {
        this.registry = registry;
    }

    public <T> T create(StageContext parent, Class<? extends StageFactory<T>> point, String type,
                        Map<String, Object> settings) throws ConfigurationException {
        StageKind kind = null;
        for (StageKind k : StageKind.values()) {
            if (k.extensionPoint().equals(point)) {
                kind = k;
            }
        }
        if (kind == null) {
            throw new ConfigurationException(point.getSimpleName() + " is not an extension point components come from");
        }
        Optional<StageRegistry.Entry> entry = registry.find(kind, type);
        if (entry.isEmpty()) {
            throw new ConfigurationException(DidYouMean.describe(kind.word(), type, registry.types(kind))
                    + "; is the plugin that provides it installed?");
        }
        String what = kind.word() + " '" + type + "'";
        Mark mark = new Mark(parent.stage(), 1, 1);
        Map<String, ConfigNode.Entry> given = new LinkedHashMap<>();
        if (settings != null) {
            settings.forEach((k, v) -> given.put(k, new ConfigNode.Entry(k, mark, toNode(v, mark))));
        }
        List<ConfigError> errors = new ArrayList<>();
        Settings validated = SettingsValidator.validate(what, mark, given, entry.get().factory().settings(), errors);
        if (!errors.isEmpty()) {
            throw new ConfigurationException(errors.stream().map(ConfigError::message).collect(Collectors.joining("; ")));
        }
        @SuppressWarnings("unchecked")
        StageFactory<T> factory = (StageFactory<T>) entry.get().factory();
        StageContext context = new SimpleStageContext(parent.pipeline(), parent.stage() + " " + what,
                parent.dataDirectory().resolve(type), parent.clock(), this, parent.state(), parent.sourceHealth());
        factory.check(context, validated);
        return factory.create(context, validated);
    }

    private static ConfigNode toNode(Object value, Mark mark) {
        if (value instanceof Map<?, ?> map) {
            Map<String, ConfigNode.Entry> entries = new LinkedHashMap<>();
            map.forEach((k, v) -> entries.put(String.valueOf(k), new ConfigNode.Entry(String.valueOf(k), mark, toNode(v, mark))));
            return new ConfigNode.MapNode(entries, mark);
        }
        if (value instanceof List<?> list) {
            List<ConfigNode> items = new ArrayList<>();
            list.forEach(v -> items.add(toNode(v, mark)));
            return new ConfigNode.ListNode(items, mark);
        }
        return new ConfigNode.Scalar(value == null ? null : String.valueOf(value), mark, false);
    }

    /** A context of its own, for tests and tools. */
    public static StageContext context(String pipeline, String stage, Path data, Clock clock, ComponentResolver r,
                                       org.copydesk.api.StateStore state) {
        return new SimpleStageContext(pipeline, stage, data, clock, r, state);
    }
}
