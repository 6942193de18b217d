package org.copydesk.plugins.html;

import java.util.List;
import org.copydesk.api.Format;
import org.copydesk.api.FormatFactory;
import org.copydesk.api.Setting;
import org.copydesk.api.Settings;
import org.copydesk.api.StageContext;
import org.pf4j.Extension;

/** Contributes format {@code html}. */
@Extension
public final class HtmlFormatFactory implements FormatFactory {
    static final Setting<Boolean> KEEP_HTML = Setting.bool("keep_html", false)
            .describedAs("Also keep the cleaned HTML of the article container in meta.html.");
    static final Setting<Integer> MIN_PARAGRAPH_CHARS = Setting.integer("min_paragraph_chars", 25).range(1, 1000)
            .describedAs("Shortest text block (in characters) that counts as a paragraph when scoring which part of "
                    + "the page holds the article.");
    static final Setting<Integer> MAX_PAGE_MB = Setting.integer("max_page_mb", 4).range(1, 1024)
            .describedAs("Largest page parsed, in MiB; a larger one fails (a dead letter naming its size) instead of"
                    + " filling the heap: parsing can take about 30 times the page's size in memory, per worker.");

    public HtmlFormatFactory() {
    }

    @Override
    public String type() {
        return "html";
    }

    @Override
    public String description() {
        return "Article page to one document: the article text without page furniture, and its metadata.";
    }

    @Override
    public List<Setting<?>> settings() {
        return List.of(KEEP_HTML, MIN_PARAGRAPH_CHARS, MAX_PAGE_MB);
    }

    @Override
    public Format create(StageContext context, Settings settings) {
        return new HtmlFormat(settings.get(KEEP_HTML), settings.get(MIN_PARAGRAPH_CHARS),
                settings.get(MAX_PAGE_MB) * 1024L * 1024L);
    }
}
