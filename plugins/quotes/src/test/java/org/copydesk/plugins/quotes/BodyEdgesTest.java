package org.copydesk.plugins.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.copydesk.plugins.quotes.FinderFixtures.find;
import static org.copydesk.plugins.quotes.FinderFixtures.indirect;
import static org.copydesk.plugins.quotes.FinderFixtures.name;
import static org.copydesk.plugins.quotes.FinderFixtures.only;
import static org.copydesk.plugins.quotes.FinderFixtures.speaker;

import java.util.List;
import org.copydesk.api.Quote;
import org.copydesk.api.Quote.Kind;
import org.junit.jupiter.api.Test;

/** Where a body ends early, an abbreviation looks like a sentence end, or a cue has nothing after it. */
class BodyEdgesTest {

    /** Every span of every quote and speaker lies inside the body and is not empty. */
    private static List<Quote> inBounds(String body) {
        List<Quote> quotes = find(body);
        for (Quote q : quotes) {
            assertThat(q.start()).as("start of %s", q.text()).isBetween(0, q.end() - 1);
            assertThat(q.end()).as("end of %s", q.text()).isLessThanOrEqualTo(body.length());
            if (q.speaker() != null) {
                assertThat(q.speaker().start()).isBetween(0, q.speaker().end() - 1);
                assertThat(q.speaker().end()).isLessThanOrEqualTo(body.length());
                assertThat(q.speaker().text()).isEqualTo(body.substring(q.speaker().start(), q.speaker().end()));
            }
        }
        return quotes;
    }

    @Test
    void accordingToAtTheEndOfTheBodyNamesNobody() {
        // an index one token past the end used to fail the whole story
        assertThat(inBounds("The vote will be close, according to")).allSatisfy(q -> assertThat(q.speaker()).isNull());
    }

    @Test
    void accordingToEndingASentenceDoesNotTakeThePunctuationAfterIt() {
        for (String body : List.of("The vote will be close, according to. Then it ended.",
                "Polls are tight, according to: the count goes on.")) {
            assertThat(inBounds(body)).as(body).allSatisfy(q -> assertThat(speaker(q)).isNull());
        }
    }

    @Test
    void accordingToWithItsSourceStillNamesTheSource() {
        List<Quote> q = indirect("The vote will be close, according to the election board.");
        assertThat(q).hasSize(1);
        assertThat(speaker(q.get(0))).isEqualTo("the election board");
    }

    @Test
    void anAttributionClosingTheBodyWithoutAPeriodStaysWithItsQuote() {
        Quote q = only("He spoke. \"We won.\" Kasich said on Sunday");
        assertThat(q.kind()).isEqualTo(Kind.DIRECT);
        assertThat(speaker(q)).isEqualTo("Kasich");
        assertThat(indirect("He spoke. \"We won.\" Kasich said on Sunday")).isEmpty();
    }

    @Test
    void anAttributionFollowedByAClauseAtTheEndStillStartsItsOwnSentence() {
        // "Kasich said he would ..." has content of its own: the quote before it is not his
        List<Quote> r = indirect("He spoke. \"We won.\" Kasich said he would run again");
        assertThat(r).extracting(FinderFixtures::speaker).containsExactly("Kasich");
    }

    @Test
    void secAndAmbInTitleCaseAreTitles() {
        List<Quote> q = find("Sec. John Kerry arrived on Monday. \"We have a deal,\" the secretary said.");
        assertThat(q).hasSize(1);
        assertThat(name(q.get(0))).isEqualTo("John Kerry");
        Quote amb = only("\"The talks will go on,\" said Amb. Susan Rice.");
        assertThat(name(amb)).isEqualTo("Susan Rice");
        assertThat(amb.speaker().role()).isEqualTo("Amb.");
    }

    @Test
    void theSecInCapitalsEndsItsSentence() {
        Quote q = only("The company filed its report with the SEC. \"We comply with every rule,\" the company said.");
        assertThat(speaker(q)).isEqualTo("the company");
    }

    @Test
    void aCurlyPossessiveReadsLikeAStraightOne() {
        String straight = "Lopez's Aide: Budget Talks Have Stalled"; // a headline naming its source before a colon
        String curly = straight.replace('\'', '’');
        List<Quote> a = find(straight);
        List<Quote> b = find(curly);
        assertThat(a).isNotEmpty();
        assertThat(b).extracting(Quote::kind).isEqualTo(a.stream().map(Quote::kind).toList());
        assertThat(b).extracting(q -> speaker(q) == null ? null : speaker(q).replace('’', '\''))
                .isEqualTo(a.stream().map(FinderFixtures::speaker).toList());
    }
}
