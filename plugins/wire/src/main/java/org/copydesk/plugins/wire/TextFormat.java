package org.copydesk.plugins.wire;

import java.util.ArrayList;
import java.util.List;
import org.copydesk.api.Document;
import org.copydesk.api.Format;
import org.copydesk.api.FormatException;
import org.copydesk.api.Payload;
import org.copydesk.api.Source;

/** Plain text: the first non-empty line or paragraph is the headline, the rest is the body. */
final class TextFormat implements Format {
    @Override
    public List<Document> parse(Payload payload) throws FormatException {
        String text = TextDecoder.decode(payload.bytes());
        List<Paragraphs.Paragraph> paragraphs = new ArrayList<>(Paragraphs.split(text, 0));
        if (paragraphs.isEmpty()) {
            throw new FormatException("empty file (only white space)");
        }
        String headline = paragraphs.remove(0).text();
        if (paragraphs.isEmpty()) {
            throw new FormatException("no body: the file has only a headline");
        }
        Document doc = new Document(new Source(payload.sourceUri(), "text", payload.received()));
        doc.setHeadline(headline);
        doc.setBody(Paragraphs.join(paragraphs));
        doc.setBodyOffset(paragraphs.get(0).start());
        return List.of(doc);
    }
}
