package org.copydesk.runtime.builtin;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.copydesk.api.Document;
import org.copydesk.api.Format;
import org.copydesk.api.FormatException;
import org.copydesk.api.FormatFactory;
import org.copydesk.api.Setting;
import org.copydesk.api.Settings;
import org.copydesk.api.StageContext;
import org.copydesk.runtime.json.DocumentJson;
import org.pf4j.Extension;

/** Format {@code copydesk-json}: Copydesk's own document JSON, one object or JSON Lines, as outputs write it. */
@Extension
public final class CopydeskJsonFormatFactory implements FormatFactory {
    @Override
    public String type() {
        return "copydesk-json";
    }

    @Override
    public String description() {
        return "Copydesk document JSON (one object, or one per line), e.g. pushed by another system or re-read from"
                + " a jsonl output.";
    }

    @Override
    public List<Setting<?>> settings() {
        return List.of();
    }

    @Override
    public Format create(StageContext context, Settings settings) {
        return payload -> {
            String text = new String(payload.bytes(), StandardCharsets.UTF_8).strip();
            if (text.isEmpty()) {
                throw new FormatException("empty payload");
            }
            List<Document> docs = new ArrayList<>();
            int lineNumber = 0;
            for (String line : text.split("\n")) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    docs.add(DocumentJson.read(line.getBytes(StandardCharsets.UTF_8)));
                } catch (IOException | IllegalArgumentException e) {
                    throw new FormatException("line " + lineNumber + " is not a Copydesk document: " + e.getMessage());
                }
            }
            return docs;
        };
    }
}
