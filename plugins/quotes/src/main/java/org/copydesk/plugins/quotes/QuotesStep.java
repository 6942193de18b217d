package org.copydesk.plugins.quotes;

import java.util.List;
import org.copydesk.api.Document;
import org.copydesk.api.Quote;
import org.copydesk.api.Step;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Step {@code quotes}: sets {@link Document#quotes()} to the quotations and attributions of the body, in text order,
 * offsets into the body. Thread-safe: the finder is immutable and all per-document state is on the stack.
 */
public final class QuotesStep implements Step {
    private static final Logger LOG = LoggerFactory.getLogger(QuotesStep.class);

    private final QuoteFinder finder;
    private final QuoteFinder.Options options;

    QuotesStep(QuoteFinder finder, QuoteFinder.Options options) {
        this.finder = finder;
        this.options = options;
    }

    @Override
    public Document apply(Document document) {
        List<Quote> quotes = finder.find(document.body(), options);
        document.setQuotes(quotes);
        if (LOG.isDebugEnabled()) {
            LOG.debug("{}: {} quotes", document.id(), quotes.size());
        }
        return document;
    }
}
