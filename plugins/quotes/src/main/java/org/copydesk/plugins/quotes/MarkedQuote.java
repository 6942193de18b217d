package org.copydesk.plugins.quotes;

import java.util.List;
import org.copydesk.api.Quote.Span;

/**
 * A stretch of text between quotation marks, as found by {@link QuotationMarkScanner}, before anybody decides what it
 * is.
 *
 * @param open      offset of the opening mark (of the first part)
 * @param close     offset of the closing mark, or -1 when the quote runs to the end of its last paragraph unclosed
 * @param parts     the content of each paragraph the quote spans (without marks, trimmed); one part usually
 * @param depth     0 for a quote in the writer's text, 1 for a quote inside a quote
 */
record MarkedQuote(int open, int close, List<Span> parts, int depth) {

    int contentStart() {
        return parts.get(0).start();
    }

    int contentEnd() {
        return parts.get(parts.size() - 1).end();
    }
}
