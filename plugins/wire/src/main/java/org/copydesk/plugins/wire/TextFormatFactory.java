package org.copydesk.plugins.wire;

import java.util.List;
import org.copydesk.api.Format;
import org.copydesk.api.FormatFactory;
import org.copydesk.api.Setting;
import org.copydesk.api.Settings;
import org.copydesk.api.StageContext;
import org.pf4j.Extension;

/** Format {@code text}. */
@Extension
public final class TextFormatFactory implements FormatFactory {
    @Override
    public String type() {
        return "text";
    }

    @Override
    public String description() {
        return "Plain text: the first non-empty line or paragraph is the headline, the rest is the body.";
    }

    @Override
    public List<Setting<?>> settings() {
        return List.of();
    }

    @Override
    public Format create(StageContext context, Settings settings) {
        return new TextFormat();
    }
}
