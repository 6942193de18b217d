package org.copydesk.plugins.wire;

import java.util.List;
import org.copydesk.api.Format;
import org.copydesk.api.FormatFactory;
import org.copydesk.api.Setting;
import org.copydesk.api.Settings;
import org.copydesk.api.StageContext;
import org.pf4j.Extension;

/** Format {@code wire}. */
@Extension
public final class WireFormatFactory implements FormatFactory {
    @Override
    public String type() {
        return "wire";
    }

    @Override
    public String description() {
        return "Agency wire copy: headline line, distributor credit, dateline, paragraphs, end marker."
                + " UTF-8 (with or without BOM), UTF-16 with BOM, or Windows-1252.";
    }

    @Override
    public List<Setting<?>> settings() {
        return List.of();
    }

    @Override
    public Format create(StageContext context, Settings settings) {
        return new WireFormat("wire");
    }
}
