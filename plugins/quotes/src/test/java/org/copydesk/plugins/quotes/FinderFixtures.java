package org.copydesk.plugins.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.copydesk.api.Quote;
import org.copydesk.api.Quote.Kind;

/** What the rule tests ask of the standard finder, written once: every kind, the marked quotes, the indirect ones. */
final class FinderFixtures {
    /** The finder with the shipped lexicons; immutable and thread-safe. */
    static final QuoteFinder FINDER = QuoteFinder.standard();

    private FinderFixtures() {
    }

    /** Every quote and attribution of the body, nested and other quotes included. */
    static List<Quote> find(String body) {
        return FINDER.find(body, QuoteFinder.Options.all());
    }

    /** The quotes in quotation marks (direct, partial, other). */
    static List<Quote> marked(String body) {
        return find(body).stream().filter(q -> q.kind() != Kind.INDIRECT).toList();
    }

    /** The reported speech without marks. */
    static List<Quote> indirect(String body) {
        return find(body).stream().filter(q -> q.kind() == Kind.INDIRECT).toList();
    }

    /** The one quote in quotation marks of the body; fails the test when there are more or none. */
    static Quote only(String body) {
        List<Quote> q = marked(body);
        assertThat(q).as("quotes in: %s", body).hasSize(1);
        return q.get(0);
    }

    /** The speaker mention as written, or null. */
    static String speaker(Quote q) {
        return q.speaker() == null ? null : q.speaker().text();
    }

    /** The speaker's resolved name, or null. */
    static String name(Quote q) {
        return q.speaker() == null ? null : q.speaker().name();
    }
}
