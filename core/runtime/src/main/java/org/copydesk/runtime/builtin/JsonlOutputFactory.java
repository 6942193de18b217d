package org.copydesk.runtime.builtin;

import java.nio.file.Path;
import java.util.List;
import org.copydesk.api.ConfigurationException;
import org.copydesk.api.Output;
import org.copydesk.api.OutputFactory;
import org.copydesk.api.Setting;
import org.copydesk.api.Settings;
import org.copydesk.api.StageContext;
import org.pf4j.Extension;

/** Output {@code jsonl}: one JSON document per line, appended to a file. */
@Extension
public final class JsonlOutputFactory implements OutputFactory {
    static final Setting<Path> PATH = Setting.path("path").required()
            .describedAs("File to append to; its folder is created if missing.");
    static final Setting<Boolean> FSYNC = Setting.bool("fsync", false)
            .describedAs("Force each flushed batch to the disk (survives power loss, not only a crash of Copydesk).");

    static final Setting<Integer> DEDUPE_WINDOW = Setting.integer("dedupe_window", 10_000).range(0, 1_000_000)
            .describedAs("How many recent documents (read back from the file at start) are remembered, by id and a"
                    + " hash of headline and body, so a document processed again after a crash is not written twice"
                    + " (same id with new content is written); 0 turns it off.");

    @Override
    public String type() {
        return "jsonl";
    }

    @Override
    public String description() {
        return "Appends each document as one line of JSON to a file; never leaves a torn line.";
    }

    @Override
    public List<Setting<?>> settings() {
        return List.of(PATH, FSYNC, DEDUPE_WINDOW);
    }

    @Override
    public Output create(StageContext context, Settings settings) throws ConfigurationException {
        try {
            return new JsonlOutput(settings.get(PATH), settings.get(FSYNC), settings.get(DEDUPE_WINDOW));
        } catch (java.io.IOException e) {
            throw new ConfigurationException(PATH.name(), "cannot open " + settings.get(PATH) + ": "
                    + org.copydesk.runtime.FileErrors.describe(e));
        }
    }
}
