package org.copydesk.runtime.pipeline;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.copydesk.api.ConfigurationException;
import org.copydesk.api.Format;
import org.copydesk.api.Input;
import org.copydesk.api.Output;
import org.copydesk.api.Settings;
import org.copydesk.api.Step;
import org.copydesk.runtime.config.ConfigError;
import org.copydesk.runtime.config.ConfigException;
import org.copydesk.runtime.config.ConfigNode;
import org.copydesk.runtime.config.DidYouMean;
import org.copydesk.runtime.config.Mark;
import org.copydesk.runtime.config.PipelineDefinition;
import org.copydesk.runtime.config.SettingsValidator;
import org.copydesk.runtime.config.StageKind;
import org.copydesk.runtime.config.StageSpec;
import org.copydesk.runtime.plugin.StageRegistry;
import org.copydesk.runtime.state.MvStateStore;

/**
 * Checks pipeline definitions against the installed stage types and creates their stages. Validation reports every
 * problem of a file together: unknown types with a suggestion, unknown and missing settings, bad values.
 */
public final class PipelineAssembler {
    private final SourceHealthBoard sources;
    private final StageRegistry registry;
    private final Path dataRoot;
    private final Clock clock;
    private final MvStateStore state;

    /** An assembler whose stages keep their state in memory (one-shot runs, tests). */
    public PipelineAssembler(StageRegistry registry, Path dataRoot, Clock clock) {
        this(registry, dataRoot, clock, MvStateStore.inMemory());
    }

    public PipelineAssembler(StageRegistry registry, Path dataRoot, Clock clock, MvStateStore state) {
        this(registry, dataRoot, clock, state, null);
    }

    /** @param sources where inputs report their failing sources (the daemon's board), or null to keep nothing */
    public PipelineAssembler(StageRegistry registry, Path dataRoot, Clock clock, MvStateStore state,
                             SourceHealthBoard sources) {
        this.sources = sources;
        this.registry = registry;
        this.dataRoot = dataRoot;
        this.clock = clock;
        this.state = state;
    }

    public StageRegistry registry() {
        return registry;
    }

    public ValidatedPipeline validate(PipelineDefinition def) throws ConfigException {
        List<ConfigError> errors = new ArrayList<>();
        ValidatedStage input = stage(def.name(), def.input(), errors);
        ValidatedStage format = stage(def.name(), def.format(), errors);
        List<ValidatedStage> steps = new ArrayList<>();
        for (StageSpec s : def.steps()) {
            steps.add(stage(def.name(), s, errors));
        }
        List<ValidatedStage> outputs = new ArrayList<>();
        for (StageSpec s : def.outputs()) {
            outputs.add(stage(def.name(), s, errors));
        }
        sameFileTwice(outputs, errors);
        if (!errors.isEmpty()) {
            throw new ConfigException(errors);
        }
        return new ValidatedPipeline(def, input, format, steps, outputs);
    }

    /**
     * Checks stages of a file whose shape is wrong, so their errors come with the shape errors (the parser's
     * {@link org.copydesk.runtime.config.PipelineParser.StageCheck}).
     */
    public void checkStages(String pipeline, List<StageSpec> stages, List<ConfigError> errors) {
        // the name may be missing or bad (it is one of the errors); the checks only need one for their context
        String name = pipeline != null && org.copydesk.runtime.config.PipelineParser.NAME.matcher(pipeline).matches()
                ? pipeline : "unnamed";
        for (StageSpec s : stages) {
            stage(name, s, errors);
        }
    }

    /**
     * Two outputs of one pipeline writing to the same file wrote every story twice (each has its own dedupe window,
     * so neither caught the other; review 5, finding 20): an error at the second, naming both.
     */
    private static void sameFileTwice(List<ValidatedStage> outputs, List<ConfigError> errors) {
        Map<Path, ValidatedStage> seen = new HashMap<>();
        for (ValidatedStage o : outputs) {
            if (o == null || !(o.settings().asMap().get("path") instanceof Path path)) {
                continue;
            }
            Path key = path.toAbsolutePath().normalize();
            ValidatedStage first = seen.putIfAbsent(key, o);
            if (first != null) {
                errors.add(new ConfigError(o.spec().mark(), o.spec().describe() + " writes to the same file as "
                        + first.spec().describe() + " at " + first.spec().mark() + " (" + key + "); every story"
                        + " would be written twice: give each output its own path, or remove one"));
            }
        }
    }

    private ValidatedStage stage(String pipeline, StageSpec spec, List<ConfigError> errors) {
        if (spec == null) {
            return null;
        }
        Optional<StageRegistry.Entry> entry = registry.find(spec.kind(), spec.type());
        if (entry.isEmpty()) {
            errors.add(new ConfigError(spec.typeMark(), DidYouMean.describe(spec.kind().word() + " type", spec.type(),
                    registry.types(spec.kind())) + (spec.kind() == StageKind.STEP || spec.kind() == StageKind.FORMAT
                    ? "; is the plugin that provides it installed?" : "")));
            return null;
        }
        int before = errors.size();
        Settings settings = SettingsValidator.validate(spec.kind().word() + " '" + spec.type() + "'", spec.mark(),
                spec.settings(), entry.get().factory().settings(),
                spec.kind() == StageKind.INPUT ? Set.of("format") : Set.of(), errors);
        ValidatedStage stage = new ValidatedStage(spec, entry.get(), settings);
        if (errors.size() == before) {
            try {
                entry.get().factory().check(context(pipeline, spec), settings);
            } catch (ConfigurationException e) {
                errors.add(new ConfigError(markOf(spec, e), stage.name() + ": " + e.getMessage()));
            } catch (RuntimeException | LinkageError e) {
                errors.add(new ConfigError(spec.typeMark(), stage.name() + " from plugin '" + entry.get().pluginId()
                        + "' failed its check: " + e));
            }
        }
        return stage;
    }

    /** Creates the format, steps and outputs (not the input: the runner does that when it starts). */
    public Pipeline create(ValidatedPipeline vp) throws ConfigException {
        return create(vp, true);
    }

    /**
     * Creates the format, the steps and, if asked, the outputs.
     *
     * @param withOutputs false for a one-shot run that writes elsewhere (process --stdout)
     */
    public Pipeline create(ValidatedPipeline vp, boolean withOutputs) throws ConfigException {
        List<AutoCloseable> created = new ArrayList<>();
        List<ConfigError> errors = new ArrayList<>();
        try {
            Format format = createStage(vp, vp.format(), Format.class, created, errors);
            List<Pipeline.NamedStep> steps = new ArrayList<>();
            for (ValidatedStage s : vp.steps()) {
                Step step = createStage(vp, s, Step.class, created, errors);
                steps.add(new Pipeline.NamedStep(s.spec().type(), s.entry().pluginId(), s.entry().pluginVersion(), step));
            }
            List<Pipeline.NamedOutput> outputs = new ArrayList<>();
            for (ValidatedStage s : withOutputs ? vp.outputs() : List.<ValidatedStage>of()) {
                Output output = createStage(vp, s, Output.class, created, errors);
                outputs.add(new Pipeline.NamedOutput(s.spec().type(), s.entry().pluginId(), s.entry().pluginVersion(), output));
            }
            if (!errors.isEmpty()) {
                throw new ConfigException(errors);
            }
            return new Pipeline(vp, format, steps, outputs);
        } catch (ConfigException | RuntimeException e) {
            for (AutoCloseable c : created) {
                try {
                    c.close();
                } catch (Exception ignored) {
                    // closing what was half built; the original error is what matters
                }
            }
            throw e;
        }
    }

    /** Creates the pipeline's input. */
    public Input createInput(ValidatedPipeline vp) throws ConfigException {
        if (sources != null) {
            sources.forget(vp.definition().name()); // a new input reports its sources afresh
        }
        List<ConfigError> errors = new ArrayList<>();
        Input input = createStage(vp, vp.input(), Input.class, new ArrayList<>(), errors);
        if (!errors.isEmpty()) {
            throw new ConfigException(errors);
        }
        return input;
    }

    private <T extends AutoCloseable> T createStage(ValidatedPipeline vp, ValidatedStage stage, Class<T> type,
                                                     List<AutoCloseable> created, List<ConfigError> errors) {
        StageSpec spec = stage.spec();
        SimpleStageContext ctx = context(vp.name(), spec);
        try {
            Object made = stage.entry().factory().create(ctx, stage.settings());
            if (!type.isInstance(made)) {
                errors.add(new ConfigError(spec.typeMark(), stage.name() + " from plugin '" + stage.entry().pluginId()
                        + "' made " + (made == null ? "nothing" : made.getClass().getName()) + ", not a " + type.getSimpleName()));
                return null;
            }
            T t = type.cast(made);
            created.add(t);
            return t;
        } catch (ConfigurationException e) {
            errors.add(new ConfigError(markOf(spec, e), stage.name() + ": " + e.getMessage()));
        } catch (RuntimeException | LinkageError e) {
            errors.add(new ConfigError(spec.typeMark(), stage.name() + " from plugin '" + stage.entry().pluginId()
                    + "' failed to start: " + e));
        }
        return null;
    }

    private SimpleStageContext context(String pipeline, StageSpec spec) {
        String folder = spec.label().replace('[', '-').replace("]", "").replace('.', '-');
        return new SimpleStageContext(pipeline, spec.label() + " (" + spec.type() + ")",
                dataRoot.resolve("state").resolve(pipeline).resolve(folder), clock, new ComponentResolver(registry),
                state.forStage(pipeline, folder + ":" + spec.type()),
                sources == null ? org.copydesk.api.SourceHealth.NONE : sources.forPipeline(pipeline));
    }

    /** The line of the setting a stage complained about, else the line of its type. */
    private static Mark markOf(StageSpec spec, ConfigurationException e) {
        if (e.setting() != null) {
            ConfigNode.Entry entry = spec.settings().get(e.setting());
            if (entry != null) {
                return entry.value().mark();
            }
        }
        return spec.typeMark();
    }
}
