package org.copydesk.plugins.quotes;

import java.nio.file.Files;
import java.nio.file.Path;
import org.copydesk.api.Quote;

/** Prints what the finder makes of a text file (development aid). */
final class Debug {
    public static void main(String[] args) throws Exception {
        String body = args.length == 0 ? new String(System.in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                : args.length > 1 && args[1].equals("sample") ? SampleStory.body(Path.of(args[0]))
                : Files.readString(Path.of(args[0]));
        for (Quote q : QuoteFinder.standard().find(body, QuoteFinder.Options.all())) {
            System.out.println(q.kind() + " " + q.spans() + " [" + q.text() + "] cue=" + (q.cue() == null ? null : q.cue().text())
                    + " spk=" + (q.speaker() == null ? null : q.speaker().text() + " -> " + q.speaker().name() + " / "
                    + q.speaker().type() + " / " + q.speaker().role()) + " conf=" + q.confidence());
        }
    }
}
