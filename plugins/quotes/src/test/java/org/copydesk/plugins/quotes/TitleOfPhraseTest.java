package org.copydesk.plugins.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.copydesk.api.Quote;
import org.junit.jupiter.api.Test;

/** Titles with an "of" phrase: what the title is of stays in the role, the person's name is the name. */
class TitleOfPhraseTest {
    private static Quote only(String body) {
        List<Quote> quotes = QuoteFinder.standard().find(body, QuoteFinder.Options.all());
        assertThat(quotes).hasSize(1);
        return quotes.get(0);
    }

    @Test
    void ministryWithTwoPortfoliosJoinedByAnd() {
        Quote q = only("\"Water security is national security, and no country can reach it alone,\" Minister of"
                + " Electricity and Water Faisal Al-Rashidi told the opening session.");
        assertThat(q.kind()).isEqualTo(Quote.Kind.DIRECT);
        assertThat(q.cue().text()).isEqualTo("told");
        assertThat(q.speaker().text()).isEqualTo("Minister of Electricity and Water Faisal Al-Rashidi");
        assertThat(q.speaker().name()).isEqualTo("Faisal Al-Rashidi");
        assertThat(q.speaker().role()).isEqualTo("Minister of Electricity and Water");
        assertThat(q.speaker().type()).isEqualTo(Quote.SpeakerType.PERSON);
    }

    @Test
    void secretaryOfState() {
        Quote q = only("\"It is done,\" Secretary of State John Kerry said.");
        assertThat(q.speaker().name()).isEqualTo("John Kerry");
        assertThat(q.speaker().role()).isEqualTo("Secretary of State");
    }

    @Test
    void aLowerCaseRoleWithoutOfIsUnchanged() {
        Quote q = only("\"We will appeal,\" lawyer Ann Smith said.");
        assertThat(q.speaker().name()).isEqualTo("Ann Smith");
        assertThat(q.speaker().role()).isEqualTo("lawyer");
    }
}
