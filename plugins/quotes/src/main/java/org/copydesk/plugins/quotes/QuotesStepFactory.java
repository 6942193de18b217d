package org.copydesk.plugins.quotes;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.copydesk.api.ConfigurationException;
import org.copydesk.api.Quote.Kind;
import org.copydesk.api.Setting;
import org.copydesk.api.Settings;
import org.copydesk.api.StageContext;
import org.copydesk.api.Step;
import org.copydesk.api.StepFactory;
import org.pf4j.Extension;

/** Contributes the step type {@code quotes}. */
@Extension
public final class QuotesStepFactory implements StepFactory {

    static final Setting<List<String>> KINDS = Setting.stringList("kinds", List.of("direct", "partial", "indirect"))
            .describedAs("Which kinds of quotation to emit: direct (a whole utterance in quotation marks), partial "
                    + "(quoted words inside the writer's sentence), indirect (reported speech without marks).");
    static final Setting<Boolean> KEEP_OTHER = Setting.bool("keep_other", false)
            .describedAs("Also emit quotation marks that are not speech (titles, scare quotes, nicknames) as kind "
                    + "'other', without speaker.");
    static final Setting<Boolean> NESTED = Setting.bool("nested", false)
            .describedAs("Also emit quotes inside quotes as kind 'partial' without speaker (the outer quote is "
                    + "always emitted whole).");
    static final Setting<Double> MIN_CONFIDENCE = Setting.decimal("min_confidence", 0.0).range(0, 1)
            .describedAs("Drop quotes whose confidence (the learned probability that the quote and its speaker are "
                    + "right) is below this value (0..1).");

    private static final Set<String> KIND_NAMES = Set.of("direct", "partial", "indirect");

    private final QuoteFinder finder;

    public QuotesStepFactory() {
        this.finder = QuoteFinder.standard();
    }

    @Override
    public String type() {
        return "quotes";
    }

    @Override
    public String description() {
        return "Finds quotations (direct, partial, multi-paragraph, split) and reported speech in the body, with cue "
                + "and speaker resolved to the fullest name the story gives.";
    }

    @Override
    public List<Setting<?>> settings() {
        return List.of(KINDS, KEEP_OTHER, NESTED, MIN_CONFIDENCE);
    }

    /**
     * The kinds, checked here as well as in {@link #create}: {@code copydesk validate} calls only this, and said ok to
     * {@code kinds: [direct, indrect]} that the daemon then refused (review 7, F3).
     */
    @Override
    public void check(StageContext context, Settings settings) throws ConfigurationException {
        options(settings);
    }

    @Override
    public Step create(StageContext context, Settings settings) throws ConfigurationException {
        return new QuotesStep(finder, options(settings));
    }

    static QuoteFinder.Options options(Settings settings) throws ConfigurationException {
        Set<Kind> kinds = EnumSet.noneOf(Kind.class);
        for (String k : settings.get(KINDS)) {
            String name = k.strip().toLowerCase(Locale.ROOT);
            if (!KIND_NAMES.contains(name)) {
                throw new ConfigurationException(KINDS.name(),
                        "unknown kind '" + k + "': use direct, partial, indirect (and keep_other for other)");
            }
            kinds.add(Kind.valueOf(name.toUpperCase(Locale.ROOT)));
        }
        if (Boolean.TRUE.equals(settings.get(KEEP_OTHER))) {
            kinds.add(Kind.OTHER);
        }
        if (kinds.isEmpty()) {
            throw new ConfigurationException(KINDS.name(), "no kind left to emit");
        }
        return new QuoteFinder.Options(Set.copyOf(kinds), settings.get(NESTED), settings.get(MIN_CONFIDENCE));
    }
}
