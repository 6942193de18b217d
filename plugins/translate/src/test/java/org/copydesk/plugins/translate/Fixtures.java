package org.copydesk.plugins.translate;

import java.time.Instant;
import java.util.List;
import org.copydesk.api.Document;
import org.copydesk.api.Quote;
import org.copydesk.api.Source;

/** A fictional story in KUNA wire style, written for these tests. */
final class Fixtures {
    static final String HEADLINE = "Kuwait and Japan agree to expand cooperation in renewable energy";
    static final String BODY = """
            Kuwait and Japan agreed on Monday to expand their cooperation in renewable energy and water \
            desalination, the Kuwaiti ambassador said.

            "The two countries share a long history of friendship and trade," the ambassador told the Kuwait News \
            Agency (KUNA) after the meeting.

            He said that both sides would hold a joint committee meeting in Kuwait next year.

            The Japanese minister of trade said that "new projects will create jobs in both countries" and praised \
            the strong relations.

            Kuwait is one of the largest suppliers of oil to Japan.""";

    private Fixtures() {
    }

    static Document story() {
        Document d = new Document(new Source("test:/kuna.txt", "text", Instant.parse("2026-04-28T09:30:00Z")));
        d.setId("kuna-1").setHeadline(HEADLINE).setBody(BODY).setLanguage("en");
        d.setQuotes(List.of(
                quote("The two countries share a long history of friendship and trade", Quote.Kind.DIRECT,
                        "the ambassador", Quote.SpeakerType.PERSON),
                quote("both sides would hold a joint committee meeting in Kuwait next year", Quote.Kind.INDIRECT,
                        "He", Quote.SpeakerType.PERSON),
                quote("new projects will create jobs in both countries", Quote.Kind.PARTIAL,
                        "The Japanese minister of trade", Quote.SpeakerType.PERSON)));
        return d;
    }

    static Quote quote(String text, Quote.Kind kind, String speaker, Quote.SpeakerType type) {
        int at = BODY.indexOf(text);
        int s = BODY.indexOf(speaker, Math.max(0, at - 200));
        return new Quote(text, at, at + text.length(), null, kind, null,
                new Quote.Speaker(speaker, s, s + speaker.length(), speaker, type, null), 0.9);
    }
}
