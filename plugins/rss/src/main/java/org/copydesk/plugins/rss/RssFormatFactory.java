package org.copydesk.plugins.rss;

import java.util.List;
import org.copydesk.api.Format;
import org.copydesk.api.FormatFactory;
import org.copydesk.api.Setting;
import org.copydesk.api.Settings;
import org.copydesk.api.StageContext;
import org.pf4j.Extension;

/** Contributes format {@code rss}. */
@Extension
public final class RssFormatFactory implements FormatFactory {
    static final Setting<String> BODY_FROM = Setting.oneOf("body_from", "auto", "content", "description", "auto")
            .describedAs("Where the body comes from: 'content' (content:encoded, Atom content; the description when "
                    + "there is none), 'description' (the description or summary; the content when there is none), "
                    + "or 'auto' (whichever gives the longer text).");

    public RssFormatFactory() {
    }

    @Override
    public String type() {
        return "rss";
    }

    @Override
    public String description() {
        return "RSS 0.9x/1.0/2.0, Atom 0.3/1.0 and JSON Feed 1.0/1.1: one document per feed item.";
    }

    @Override
    public List<Setting<?>> settings() {
        return List.of(BODY_FROM);
    }

    @Override
    public Format create(StageContext context, Settings settings) {
        return new RssFormat(settings.get(BODY_FROM));
    }
}
