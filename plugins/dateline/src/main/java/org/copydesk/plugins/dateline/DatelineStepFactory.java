package org.copydesk.plugins.dateline;

import java.util.List;
import org.copydesk.api.Setting;
import org.copydesk.api.Settings;
import org.copydesk.api.StageContext;
import org.copydesk.api.Step;
import org.copydesk.api.StepFactory;
import org.pf4j.Extension;

/** Contributes the step type {@code dateline}. */
@Extension
public final class DatelineStepFactory implements StepFactory {
    public static final Setting<Boolean> REMOVE_FROM_BODY = Setting.bool("remove_from_body", true)
            .describedAs("Remove a dateline found at the start of the body from the body, together with a "
                    + "distributor credit right before it and the whitespace after it.");
    public static final Setting<Boolean> DETECT = Setting.bool("detect", true)
            .describedAs("Look for a dateline at the start of the body when the format has not split one off.");
    public static final Setting<Boolean> ACCEPT_UNKNOWN_PLACES = Setting.bool("accept_unknown_places", false)
            .describedAs("Also accept a dateline with neither date nor agency whose place is not in the "
                    + "gazetteer, when it is written in capitals (MIDWAY ATOLL -): more datelines found, and more "
                    + "false ones.");
    public static final Setting<String> YEAR_FROM = Setting.oneOf("year_from", "published",
                    "published", "received", "none")
            .describedAs("Where the year comes from when the dateline has none: published (the document's "
                    + "published date, else the time its source was received), received, or none (the date is "
                    + "then written --MM-DD).");
    public static final Setting<Boolean> FILL_PROVIDER = Setting.bool("fill_provider", true)
            .describedAs("Fill the document's distributor and provider from a credit such as (MENAFN- Kuwait "
                    + "News Agency (KUNA)) before the dateline, when the document has none.");
    public static final Setting<Integer> MAX_LENGTH = Setting.integer("max_length", DatelineParser.DEFAULT_MAX_LENGTH)
            .range(20, 400)
            .describedAs("Longest dateline, in characters, looked for at the start of the body.");

    public DatelineStepFactory() {
    }

    @Override
    public String type() {
        return "dateline";
    }

    @Override
    public String description() {
        return "Finds and parses the dateline that opens a story (TOKYO, April 28 (KUNA) --): city, region, "
                + "country, date, agency.";
    }

    @Override
    public List<Setting<?>> settings() {
        return List.of(REMOVE_FROM_BODY, DETECT, ACCEPT_UNKNOWN_PLACES, YEAR_FROM, FILL_PROVIDER, MAX_LENGTH);
    }

    @Override
    public Step create(StageContext context, Settings settings) {
        return new DatelineStep(DatelineParser.standard(), settings.get(REMOVE_FROM_BODY), settings.get(DETECT),
                settings.get(ACCEPT_UNKNOWN_PLACES), settings.get(FILL_PROVIDER),
                DatelineStep.YearFrom.of(settings.get(YEAR_FROM)), settings.get(MAX_LENGTH));
    }
}
