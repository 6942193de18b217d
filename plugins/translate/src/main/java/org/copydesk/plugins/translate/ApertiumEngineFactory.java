package org.copydesk.plugins.translate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.copydesk.api.ConfigurationException;
import org.copydesk.api.Setting;
import org.copydesk.api.Settings;
import org.copydesk.api.StageContext;
import org.copydesk.api.TranslationEngine;
import org.copydesk.api.TranslationEngineFactory;
import org.pf4j.Extension;

/** Contributes the translation engine {@code apertium}: local rule-based translation, the step's default. */
@Extension
public final class ApertiumEngineFactory implements TranslationEngineFactory {
    public static final Setting<Path> DATA_DIR = Setting.path("data_dir", ApertiumInstallation.DEFAULT_DATA)
            .describedAs("Folder of Apertium's language data; its modes/ folder lists the installed pairs, as "
                    + "'apertium -l' does.");
    public static final Setting<Duration> TIMEOUT = Setting.duration("timeout", Duration.ofSeconds(30))
            .describedAs("How long one paragraph may take; a translator that takes longer is killed and started "
                    + "again on the next call.");
    public static final Setting<Boolean> MARK_UNKNOWN = Setting.bool("mark_unknown", false)
            .describedAs("Mark words the dictionaries do not know with '*', as 'apertium' does without -u.");

    public static final Setting<Integer> TRANSLATORS = Setting.integer("translators", 1).range(1, 16)
            .describedAs("How many translators to run per language pair (each holds the pair's dictionaries in "
                    + "memory): more lets several workers translate stories of the same pair at once.");

    @Override
    public String type() {
        return "apertium";
    }

    @Override
    public String description() {
        return "Apertium rule-based translation on this machine, one long-lived translator per language pair.";
    }

    @Override
    public List<Setting<?>> settings() {
        return List.of(DATA_DIR, TIMEOUT, MARK_UNKNOWN, TRANSLATORS);
    }

    @Override
    public void check(StageContext context, Settings settings) throws ConfigurationException {
        Path data = settings.get(DATA_DIR);
        if (!Files.isDirectory(data.resolve("modes"))) {
            throw new ConfigurationException(settings.isSet(DATA_DIR) ? DATA_DIR.name() : null,
                    "apertium: no language pairs in " + data.resolve("modes") + "; install Apertium and the pairs "
                            + "you need, e.g. apt-get install apertium apertium-eng-spa");
        }
        if (settings.get(TIMEOUT).isZero() || settings.get(TIMEOUT).isNegative()) {
            throw new ConfigurationException(TIMEOUT.name(), "apertium: timeout must be positive");
        }
    }

    @Override
    public TranslationEngine create(StageContext context, Settings settings) throws ConfigurationException {
        check(context, settings);
        return new ApertiumEngine(new ApertiumInstallation(settings.get(DATA_DIR)), settings.get(MARK_UNKNOWN),
                settings.get(TIMEOUT), settings.get(TRANSLATORS));
    }
}
