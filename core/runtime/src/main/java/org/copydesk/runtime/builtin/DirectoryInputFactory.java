package org.copydesk.runtime.builtin;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.copydesk.api.Input;
import org.copydesk.api.InputFactory;
import org.copydesk.api.Setting;
import org.copydesk.api.Settings;
import org.copydesk.api.StageContext;
import org.pf4j.Extension;

/** Input {@code directory}: watches a folder and reads each file that arrives. */
@Extension
public final class DirectoryInputFactory implements InputFactory {
    static final Setting<Path> PATH = Setting.path("path").required()
            .describedAs("Folder to watch; created if missing.");
    static final Setting<Duration> SETTLE = Setting.duration("settle", Duration.ofSeconds(1))
            .describedAs("How long a file's size and time must stay unchanged before it is read, so files still"
                    + " being written are left alone.");
    static final Setting<Duration> POLL = Setting.duration("poll", Duration.ofSeconds(1))
            .range(Duration.ofMillis(1), null)
            .describedAs("How often the folder is scanned besides file-system notifications.");
    static final Setting<String> AFTER = Setting.oneOf("after", "move", "move", "delete")
            .describedAs("What to do with a file once its documents are written: move it to the done folder, or"
                    + " delete it.");
    static final Setting<String> DONE_FOLDER = Setting.string("done_folder", ".done")
            .describedAs("Where processed files are moved (relative to the watched folder).");
    static final Setting<Integer> MAX_FILE_MB = Setting.integer("max_file_mb", 16).range(1, 1024)
            .describedAs("Files larger than this many MiB are not read (a whole file is one payload in memory): they"
                    + " are moved to .rejected in the watched folder and logged as errors.");
    static final Setting<Integer> READERS = Setting.integer("readers", 4).range(1, 64)
            .describedAs("Files read at the same time. One is enough on a fast local disk; more keep the workers"
                    + " busy when a read can wait on the disk or the network (cold cache, NFS).");

    @Override
    public String type() {
        return "directory";
    }

    @Override
    public String description() {
        return "Watches a folder; each settled file is one payload, moved aside only after its documents are written.";
    }

    @Override
    public List<Setting<?>> settings() {
        return List.of(PATH, SETTLE, POLL, AFTER, DONE_FOLDER, READERS, MAX_FILE_MB);
    }

    @Override
    public Input create(StageContext context, Settings settings) {
        Path folder = settings.get(PATH);
        return new DirectoryInput(context.pipeline(), folder, folder.resolve(settings.get(DONE_FOLDER)),
                settings.get(SETTLE), settings.get(POLL), settings.get(AFTER).equals("delete"), settings.get(READERS),
                settings.get(MAX_FILE_MB) * 1024L * 1024L, context.clock());
    }
}
