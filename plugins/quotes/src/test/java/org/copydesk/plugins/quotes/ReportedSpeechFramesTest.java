package org.copydesk.plugins.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.copydesk.plugins.quotes.FinderFixtures.FINDER;
import static org.copydesk.plugins.quotes.FinderFixtures.indirect;
import static org.copydesk.plugins.quotes.FinderFixtures.speaker;

import java.util.List;
import java.util.Map;
import org.copydesk.api.Quote;
import org.copydesk.api.Quote.Kind;
import org.junit.jupiter.api.Test;

/**
 * Reported speech whose cue, speaker or content stands in a frame the first rules did not read: circumstances
 * between the cue and its content, wire datelines before the subject, and the like. Invented texts, each with a
 * positive and a negative case.
 */
class ReportedSpeechFramesTest {
    @Test
    void prepositionalCircumstancesBeforeThatAreSkipped() {
        List<Quote> q = indirect("The mayor told the crowd at her breakfast for volunteers that the bridge would "
                + "reopen in May.");
        assertThat(q).hasSize(1);
        assertThat(q.get(0).text()).isEqualTo("the bridge would reopen in May");
        assertThat(q.get(0).cue().text()).isEqualTo("told");
        assertThat(speaker(q.get(0))).isEqualTo("The mayor");
    }

    @Test
    void theSubjectBeforeARelativeClauseWithCommasIsTheSpeaker() {
        List<Quote> q = indirect("Maria Lopez, who lost her job at a plant in Dayton, Ohio, in 2019, said the factory "
                + "would reopen.");
        assertThat(q).hasSize(1);
        assertThat(speaker(q.get(0))).isEqualTo("Maria Lopez");
        List<Quote> council = indirect("The city council, which runs the roads, bridges and parks of the town, said "
                + "the bridge would reopen in May.");
        assertThat(council).filteredOn(x -> x.cue().text().equals("said")).extracting(FinderFixtures::speaker)
                .containsExactly("The city council");
    }

    @Test
    void anAgeBeforeTheRelativeClauseIsSkipped() {
        List<Quote> q = indirect("Tom Reed, 64, who lives near the lake, says the water is rising.");
        assertThat(q).hasSize(1);
        assertThat(speaker(q.get(0))).isEqualTo("Tom Reed");
    }

    @Test
    void anAsideWithoutARelativePronounKeepsTheAppositiveRule() {
        List<Quote> q = indirect("Ann Bell, a nurse at the clinic, said the ward would close.");
        assertThat(q).hasSize(1);
        assertThat(speaker(q.get(0))).isEqualTo("Ann Bell");
    }

    @Test
    void aParticipleAfterACommaTakesTheSubjectOfItsClause() {
        List<Quote> q = indirect("Ann Bell turned the story back on the paper, pointing out that the road was closed.");
        assertThat(q).filteredOn(x -> x.cue().text().equals("pointing out")).extracting(FinderFixtures::speaker)
                .containsExactly("Ann Bell");
    }

    @Test
    void aFiniteCueAfterACommaKeepsTheNounBeforeIt() {
        List<Quote> q = indirect("The bridge will reopen in May, the mayor said on Monday, and the council agreed.");
        assertThat(q).noneMatch(x -> "The bridge".equals(speaker(x)));
    }

    @Test
    void aNegatedAuxiliaryIsNotPartOfTheMention() {
        List<Quote> q = indirect("Ann Bell hasn't found the way to do that.");
        assertThat(q).extracting(FinderFixtures::speaker).containsExactly("Ann Bell");
        assertThat(q).extracting(FinderFixtures::name).containsExactly("Ann Bell");
        assertThat(indirect("The union didn’t endorse a candidate until May.")).extracting(FinderFixtures::speaker)
                .containsExactly("The union");
    }

    @Test
    void anApostropheInsideANameStays() {
        assertThat(indirect("Pat O'Brien hasn't found the way to do that.")).extracting(FinderFixtures::speaker)
                .containsExactly("Pat O'Brien");
    }

    @Test
    void aTimePhraseBetweenSubjectAndCueIsNotTheSpeaker() {
        assertThat(indirect("Ann Bell at the time said she would run again.")).extracting(FinderFixtures::speaker)
                .containsExactly("Ann Bell");
        assertThat(indirect("The coaches have in the past said the rules were unfair."))
                .extracting(FinderFixtures::speaker).containsExactly("The coaches");
    }

    @Test
    void aSubjectThatAlsoAskedAsksTheQuestion() {
        List<Quote> q = indirect("Ann Bell also asked if parents would vote for a man like him.");
        assertThat(q).extracting(FinderFixtures::speaker).containsExactly("Ann Bell");
    }

    @Test
    void aSubjectWithAnAppositiveAsksTheQuestion() {
        List<Quote> q = indirect("Ann Bell, a nurse at the clinic, asked the mayor whether the ward would close.");
        assertThat(q).extracting(FinderFixtures::speaker).containsExactly("Ann Bell");
    }

    @Test
    void askedAfterACommaWithoutASubjectBeforeItIsPassive() {
        List<Quote> q = indirect("The ward, asked about whether it would close, stayed quiet.");
        assertThat(q).extracting(FinderFixtures::speaker).containsExactly((String) null);
    }

    @Test
    void anAdverbAfterABeFormLeavesAskedPassive() {
        List<Quote> q = indirect("Ann Bell was also asked whether the plant would close, and she said it would not.");
        assertThat(q).filteredOn(x -> x.cue().text().equals("asked")).extracting(FinderFixtures::speaker)
                .containsExactly((String) null);
    }

    @Test
    void aClauseBeforeThatIsPartOfTheContent() {
        List<Quote> q = indirect("The mayor said the repairs would take longer so that the bridge could stay open.");
        assertThat(q).hasSize(1);
        assertThat(q.get(0).text()).isEqualTo("the repairs would take longer so that the bridge could stay open");
    }

    @Test
    void aTimePhraseBeforeAClauseWithoutThatIsSkipped() {
        List<Quote> q = indirect("The coach said on Tuesday he would stay for another season.");
        assertThat(q).hasSize(1);
        assertThat(q.get(0).text()).isEqualTo("he would stay for another season");
        assertThat(speaker(q.get(0))).isEqualTo("The coach");
    }

    @Test
    void aPlaceAfterThePrepositionIsNotSkippedBeforeAName() {
        // "in Denver Mayor Lee ...": no pronoun or determiner opens a clause after the phrase
        assertThat(indirect("The coach said in Denver Mayor Lee had called him."))
                .noneMatch(x -> x.text().startsWith("Mayor Lee"));
    }

    @Test
    void aWireDatelineIsNotTheSubject() {
        List<Quote> q = indirect("DENVER, Colo. (Reuters) - Governor Ann Bell visited the flooded towns on Monday and "
                + "said the state would pay for the levees.");
        assertThat(q).extracting(FinderFixtures::speaker).contains("Governor Ann Bell");
        assertThat(q).noneMatch(x -> speaker(x) != null && speaker(x).contains("Reuters"));
    }

    @Test
    void aParenthesisWithoutADashIsNotADateline() {
        List<Quote> q = indirect("The Denver Post (Colorado) visited the flooded towns and said the state would pay.");
        assertThat(q).extracting(FinderFixtures::speaker).doesNotContain("Governor");
        assertThat(q).allMatch(x -> x.speaker() == null || x.speaker().text().startsWith("The Denver Post"));
    }

    @Test
    void aCueFormAfterAnArticleOrANumberIsANoun() {
        // "states" and "remarks" are nouns here: no attribution of "the 12" or "His opening"
        assertThat(indirect("Voters in the 12 states hold their primaries on the first Tuesday of March."))
                .noneMatch(x -> x.cue() != null && x.cue().text().equals("states"));
        assertThat(indirect("His opening remarks were short and the hall was half empty."))
                .noneMatch(x -> x.cue() != null && x.cue().text().equals("remarks"));
    }

    @Test
    void theSameFormAfterASubjectIsAVerb() {
        List<Quote> q = indirect("The report states that the two towns will share one fire station.");
        assertThat(q).hasSize(1);
        assertThat(q.get(0).cue().text()).isEqualTo("states");
        assertThat(q.get(0).text()).isEqualTo("the two towns will share one fire station");
        assertThat(speaker(q.get(0))).isEqualTo("The report");
    }

    @Test
    void aNamesPossessiveBeforeANounCueWithThatIsTheSpeaker() {
        List<Quote> q = indirect("Mayor Lee's claim that the budget was balanced drew scorn.");
        assertThat(q).hasSize(1);
        assertThat(q.get(0).cue().text()).isEqualTo("claim");
        assertThat(speaker(q.get(0))).isEqualTo("Mayor Lee's");
        assertThat(q.get(0).text()).startsWith("the budget was balanced");
        assertThat(indirect("Mayor Lee's remarks came before the vote on the budget."))
                .noneMatch(x -> x.cue() != null && x.cue().text().equals("remarks"));
    }

    @Test
    void accordingToAtTheEndWithoutACommaNamesTheSource() {
        List<Quote> q = indirect("The team leads the league by 12 points according to a count by the local newspaper.");
        assertThat(q).hasSize(1);
        assertThat(q.get(0).text()).isEqualTo("The team leads the league by 12 points");
        assertThat(q.get(0).cue().text()).isEqualTo("according to");
        assertThat(speaker(q.get(0))).startsWith("a count");
        assertThat(indirect("The vote on the budget went according to plan.")).isEmpty();
    }

    @Test
    void accordingToAfterAnAttributedQuoteIsASecondSource() {
        List<Quote> all = FINDER.find("\"We will not move,\" the mayor said, according to the local radio station.",
                QuoteFinder.Options.all());
        // the writer has the quote from the station: it is the quote's source too (the mayor stays inside its content)
        assertThat(all).anyMatch(x -> x.kind() == Kind.DIRECT && "the local radio station".equals(speaker(x)));
        List<Quote> q = indirect("\"We will not move,\" the mayor said, according to the local radio station.");
        assertThat(q).hasSize(1);
        assertThat(speaker(q.get(0))).isEqualTo("the local radio station");
        assertThat(q.get(0).text()).contains("We will not move").endsWith("the mayor said");
        // without "according to" the quote has its one source only
        assertThat(indirect("\"We will not move,\" the mayor said on the local radio station.")).isEmpty();
    }

    @Test
    void accordingToOpensWithAnyNounPhraseAsSource() {
        List<Quote> q = indirect("According to early results of the county survey, most residents want a new park.");
        assertThat(q).hasSize(1);
        assertThat(speaker(q.get(0))).isEqualTo("early results of the county survey");
        assertThat(q.get(0).text()).isEqualTo("most residents want a new park");
        // a clause after "according to" is not a source
        assertThat(indirect("According to what the mayor hinted, the park will wait."))
                .noneMatch(x -> "what the mayor hinted".equals(speaker(x)));
    }

    @Test
    void aCoordinatedClauseWithItsOwnSourceEndsTheContent() {
        List<Quote> q = indirect("The mayor doubts the tax will pass, but her staff sees the vote as a test of "
                + "the council.");
        assertThat(q).extracting(Quote::text).containsExactly("the tax will pass",
                "the vote as a test of the council");
        assertThat(q).extracting(FinderFixtures::speaker).containsExactly("The mayor", "her staff");
        assertThat(q.get(1).cue().text()).isEqualTo("sees");
    }

    @Test
    void aCoordinatedClauseWithoutACueStaysInTheContent() {
        List<Quote> q = indirect("The mayor doubts the tax will pass, but the weather stayed cold all week.");
        assertThat(q).hasSize(1);
        assertThat(q.get(0).text()).isEqualTo("the tax will pass, but the weather stayed cold all week");
    }

    @Test
    void sharesOfThosePolledAreSpeakers() {
        List<Quote> q = indirect("About three in 10 said they liked the old park, but six in 10 said they want a "
                + "new one. Among parents, 42% say the playground matters most; others say it does not.");
        assertThat(q).extracting(FinderFixtures::speaker)
                .containsExactly("About three in 10", "six in 10", "42%", "others");
        assertThat(q.get(1).text()).isEqualTo("they want a new one");
        assertThat(q.get(1).speaker().name()).isEqualTo("six in 10");
        assertThat(q.get(3).text()).isEqualTo("it does not");
    }

    @Test
    void anotherAloneBeforeACueIsASpeaker() {
        List<Quote> q = indirect("One voter said the levy was fair. Another said it would hurt renters.");
        assertThat(q).extracting(FinderFixtures::speaker).containsExactly("One voter", "Another");
        Quote direct = FinderFixtures.only("One voter praised the mayor. Yet another tweeted, \"Vote her out.\"");
        assertThat(speaker(direct)).isEqualTo("another");
        // "another" that ends a longer phrase is no subject of its own
        assertThat(indirect("The mayor met one donor after another and said the levy was fair."))
                .extracting(FinderFixtures::speaker).containsOnly("The mayor");
    }

    @Test
    void aNumberThatIsNotAShareIsNoSpeaker() {
        // "10" alone, without "N in", names nobody
        assertThat(indirect("The bus left at 10 and said nothing of the delay to anyone waiting."))
                .noneMatch(x -> "10".equals(speaker(x)));
    }

    @Test
    void alliesDonorsAndRivalsCanSpeak() {
        QuoteFinder finder = new QuoteFinder(CueLexicon.standard(), SpeakerLexicon.standard(),
                CueRates.of(Map.of("faulted", 0.6)));
        List<Quote> q = finder.find("Her rivals faulted the cost of the new stadium.", QuoteFinder.Options.all());
        assertThat(q).hasSize(1);
        assertThat(speaker(q.get(0))).isEqualTo("Her rivals");
        assertThat(q.get(0).text()).isEqualTo("the cost of the new stadium");
        // a subject that is no source: nothing
        assertThat(finder.find("Her rivers faulted the cost of the new stadium.", QuoteFinder.Options.all()))
                .isEmpty();
    }

    @Test
    void aPassiveParticipleIsNoCueOfItsSubject() {
        QuoteFinder finder = new QuoteFinder(CueLexicon.standard(), SpeakerLexicon.standard(),
                CueRates.of(Map.of("found", 0.6, "praised", 0.6)));
        assertThat(finder.find("The full survey can be found on the county website.", QuoteFinder.Options.all()))
                .isEmpty();
        assertThat(finder.find("The mayor was widely praised for the new park.", QuoteFinder.Options.all()))
                .isEmpty();
    }

    @Test
    void theSameParticipleInTheActiveIsACue() {
        QuoteFinder finder = new QuoteFinder(CueLexicon.standard(), SpeakerLexicon.standard(),
                CueRates.of(Map.of("praised", 0.6)));
        List<Quote> q = finder.find("The mayor has praised the new park.", QuoteFinder.Options.all());
        assertThat(q).hasSize(1);
        assertThat(speaker(q.get(0))).isEqualTo("The mayor");
        assertThat(q.get(0).text()).isEqualTo("the new park");
    }

    @Test
    void aRelativeClauseAfterACommaIsTheWritersAside() {
        List<Quote> q = indirect("The mayor said the money will go to the new library, which opens in May.");
        assertThat(q).hasSize(1);
        assertThat(q.get(0).text()).isEqualTo("the money will go to the new library");
    }

    @Test
    void otherClausesAfterACommaStayInTheContent() {
        List<Quote> q = indirect("The mayor said the money will go to the new library, while the pool must wait.");
        assertThat(q).hasSize(1);
        assertThat(q.get(0).text()).isEqualTo("the money will go to the new library, while the pool must wait");
        // a relative clause without a comma is restrictive: part of the content
        assertThat(indirect("The mayor said the money will go to the library which opens in May.").get(0).text())
                .isEqualTo("the money will go to the library which opens in May");
    }

    @Test
    void anAppositiveWithAPlaceKeepsTheNameBeforeIt() {
        List<Quote> q = indirect("Ann Reyes, a teacher from Dayton, Ohio, said Monday's vote would decide the levy.");
        assertThat(q).hasSize(1);
        assertThat(speaker(q.get(0))).isEqualTo("Ann Reyes");
        assertThat(q.get(0).text()).isEqualTo("Monday's vote would decide the levy");
        // a plain appositive: the name before it, as before
        assertThat(speaker(indirect("Ann Reyes, a teacher, said the levy would pass.").get(0))).isEqualTo("Ann Reyes");
    }

    @Test
    void anAsideBetweenDashesIsSkippedToTheSubject() {
        List<Quote> q = indirect("Several teachers - including two from Dayton - said the levy would pass.");
        assertThat(q).hasSize(1);
        assertThat(speaker(q.get(0))).isEqualTo("Several teachers");
        // a dash that does not stand right before the cue sets off no aside of the subject
        List<Quote> other = indirect("The vote on the levy was close - most teachers said it would pass.");
        assertThat(other).hasSize(1);
        assertThat(speaker(other.get(0))).isEqualTo("most teachers");
    }

    @Test
    void aboutBeforeAQuantityOpensTheContent() {
        List<Quote> q = indirect("The budget office said about half of the new spending went to schools.");
        assertThat(q).hasSize(1);
        assertThat(q.get(0).text()).isEqualTo("about half of the new spending went to schools");
        // "said about X" without a quantity is the topic, not a clause
        assertThat(indirect("The budget office said about the schools."))
                .noneMatch(x -> x.text().startsWith("about"));
    }

    @Test
    void aPassiveInsideTheContentOfASpeechVerbIsNotItsOwnAttribution() {
        List<Quote> q = indirect("Local leaders said the new bridge was viewed with concern by the farmers.");
        assertThat(q).hasSize(1);
        assertThat(speaker(q.get(0))).isEqualTo("Local leaders");
        assertThat(q.get(0).text()).isEqualTo("the new bridge was viewed with concern by the farmers");
        // alone, the passive is the writer's attribution without a source
        List<Quote> alone = indirect("The new bridge is expected to open in May.");
        assertThat(alone).hasSize(1);
        assertThat(alone.get(0).speaker()).isNull();
    }

    @Test
    void aSubjectWithAnAppositiveBeforeTheCueIsNotContent() {
        List<Quote> q = indirect("Ann Reyes, director of the Dayton Levy Fund, says the numbers were even better.");
        assertThat(q).hasSize(1);
        assertThat(speaker(q.get(0))).isEqualTo("Ann Reyes");
        assertThat(q.get(0).text()).isEqualTo("the numbers were even better");
    }

    @Test
    void aClosingCueTakesTheWholeNounPhraseAfterTheComma() {
        List<Quote> q = indirect("The bridge will reopen next week, current and former officials said.");
        assertThat(q).hasSize(1);
        assertThat(q.get(0).text()).isEqualTo("The bridge will reopen next week");
        assertThat(speaker(q.get(0))).isEqualTo("current and former officials");
        assertThat(speaker(indirect("The bridge will reopen next week, people familiar with the talks said.").get(0)))
                .isEqualTo("people familiar with the talks");
        assertThat(speaker(indirect("The bridge will reopen next week, she and her deputy said.").get(0)))
                .isEqualTo("she and her deputy");
    }

    @Test
    void wordsAfterACommaThatAreNoSubjectGiveNoClosingAttribution() {
        // a noun in the cue's form, a participle clause, a subordinate clause: no speaker before the cue
        assertThat(indirect("Welcome to the season of the big, personal finance promises.")).isEmpty();
        assertThat(indirect("The bridge will reopen next week, jabbing at the mayor as she said.")).isEmpty();
        assertThat(indirect("The bridge will reopen next week, well before anyone said.")).isEmpty();
    }

    @Test
    void anOpeningParticipleIsNoSpeaker() {
        List<Quote> q = indirect("The mayor spoke. Continuing to explain his view, Reed rejected the claim that the vote "
                + "was rigged.");
        assertThat(q).isNotEmpty().noneMatch(x -> "Continuing".equals(speaker(x)));
        assertThat(q).anyMatch(x -> "Reed".equals(speaker(x)));
        assertThat(indirect("The mayor spoke. Facing mounting criticism from both parties, the mayor resigned."))
                .noneMatch(x -> "Facing".equals(speaker(x)));
        assertThat(indirect("Contributing: Ann Lowe and Tom Reed.")).isEmpty();
    }

    @Test
    void anOpeningFormInEdOrLyIsNoSpeakerEither() {
        assertThat(indirect("Revealed: The Ten Mayors Who Defied The Council.")).isEmpty();
        assertThat(speaker(indirect("The talks failed. Kelly said the port would close.").get(0))).isEqualTo("Kelly");
        assertThat(speaker(indirect("The talks failed. Mohammed said the port would close.").get(0)))
                .isEqualTo("Mohammed");
    }

    @Test
    void aNameInIngOpeningASentenceStaysASpeaker() {
        assertThat(speaker(indirect("The talks failed. Manning said the port would close.").get(0))).isEqualTo("Manning");
        assertThat(speaker(indirect("The talks failed. Beijing responded by closing the port.").get(0)))
                .isEqualTo("Beijing");
    }

    @Test
    void aClauseBeforeACommaAndAnInvertedCueIsContent() {
        List<Quote> q = indirect("The levy will pass easily, says Ann Reyes.");
        assertThat(q).hasSize(1);
        assertThat(speaker(q.get(0))).isEqualTo("Ann Reyes");
        assertThat(q.get(0).text()).isEqualTo("The levy will pass easily");
    }

    @Test
    void aRelativeClauseWithItsOwnCueEndsBeforeTheMainVerb() {
        List<Quote> q = indirect("Reyes, who said she votes in every election, said the levy will pass.");
        assertThat(q).extracting(Quote::text).containsExactly("she votes in every election", "the levy will pass");
        assertThat(q).extracting(FinderFixtures::speaker).containsExactly("who", "Reyes");
        // without a second cue the relative clause's content runs on
        List<Quote> one = indirect("Reyes, who said she votes in every election, lives in Dayton.");
        assertThat(one).hasSize(1);
        assertThat(one.get(0).text()).isEqualTo("she votes in every election, lives in Dayton");
    }

    @Test
    void aRelativeClauseWithALearnedCueEndsBeforeTheMainCueVerb() {
        List<Quote> q = indirect("Marsh, who endorsed the measure in May, criticized the council for its delay.");
        assertThat(q).extracting(Quote::text).containsExactly("the measure in May", "the council for its delay");
        assertThat(q).extracting(FinderFixtures::speaker).containsExactly("who", "Marsh");
        List<Quote> h = indirect("Dana Holt, who backed the plan last year, now opposes the new budget.");
        assertThat(h).extracting(FinderFixtures::speaker).containsExactly("who", "Dana Holt");
        assertThat(h.get(1).text()).isEqualTo("the new budget");
    }

    @Test
    void aRelativeClauseThatEndsInAQuotedCommaEndsBeforeTheMainVerb() {
        List<Quote> q = indirect("Ortega, who calls the levy \"a blank check,\" said the council should wait.");
        assertThat(q).filteredOn(x -> x.kind() == Kind.INDIRECT).extracting(FinderFixtures::speaker)
                .containsExactly("who", "Ortega");
        assertThat(q).filteredOn(x -> x.kind() == Kind.INDIRECT).extracting(Quote::text)
                .last().isEqualTo("the council should wait");
        // a comma inside the quote that does not close it is no end of the clause
        List<Quote> inner = indirect("Ortega, who calls the levy \"a blank, empty check\" each week, lives in Dayton.");
        assertThat(inner).extracting(FinderFixtures::speaker).containsOnly("who");
    }

    @Test
    void aRelativeClauseBetweenDashesEndsBeforeTheMainVerb() {
        List<Quote> q = indirect("The senator - who once said he would back the levy - criticized the council.");
        assertThat(q).extracting(Quote::text).containsExactly("he would back the levy", "the council");
        assertThat(q).extracting(FinderFixtures::speaker).containsExactly("who", "The senator");
        // without a cue verb after the dash the clause's content runs on
        List<Quote> one = indirect("The senator - who once said he would back the levy - lives in Dayton.");
        assertThat(one).extracting(FinderFixtures::speaker).containsExactly("who");
    }

    @Test
    void aRelativeClauseBeforeAMainVerbThatIsNoCueKeepsItsContent() {
        List<Quote> q = indirect("Marsh, who endorsed the measure in May, lives in Dayton.");
        assertThat(q).hasSize(1);
        assertThat(q.get(0).text()).isEqualTo("the measure in May, lives in Dayton");
        List<Quote> list = indirect("Marsh, who endorsed new schools, roads and parks, was elected in May.");
        assertThat(list).hasSize(1);
        assertThat(speaker(list.get(0))).isEqualTo("who");
    }

    @Test
    void aSpeechParticipleAfterAGroupOfPeopleIsTheirAttribution() {
        List<Quote> q = indirect("Turnout was high, with 52 percent saying they had voted early.");
        assertThat(q).anyMatch(x -> "52 percent".equals(speaker(x)) && x.cue().text().equals("saying")
                && x.text().equals("they had voted early"));
        List<Quote> v = indirect("The hall was full, many voters saying the levy was too small.");
        assertThat(v).anyMatch(x -> speaker(x) != null && speaker(x).endsWith("voters")
                && x.text().equals("the levy was too small"));
    }

    @Test
    void aSpeechParticipleAfterAThingIsNotItsAttribution() {
        assertThat(indirect("Protesters carried a sign saying the mayor must go."))
                .noneMatch(x -> "a sign".equals(speaker(x)));
    }

    @Test
    void aNameTakesALearnedVerbFromALowerRate() {
        QuoteFinder finder = new QuoteFinder(CueLexicon.standard(), SpeakerLexicon.standard(),
                CueRates.of(Map.of("toured", 0.22)));
        List<Quote> q = finder.find("Mayor Ann Reyes toured the old mill by the river.", QuoteFinder.Options.all());
        assertThat(q).hasSize(1);
        assertThat(speaker(q.get(0))).isEqualTo("Mayor Ann Reyes");
        assertThat(q.get(0).text()).isEqualTo("the old mill by the river");
    }

    @Test
    void aNounPhraseOrPronounNeedsTheUsualRate() {
        // (from rate 0.15 such a verb is a candidate, kept by its learned confidence: ReportedSpeechTest)
        QuoteFinder finder = new QuoteFinder(CueLexicon.standard(), SpeakerLexicon.standard(),
                CueRates.of(Map.of("toured", 0.12)));
        assertThat(finder.find("The mayor toured the old mill by the river.", QuoteFinder.Options.all()))
                .isEmpty();
        assertThat(finder.find("She toured the old mill by the river.", QuoteFinder.Options.all())).isEmpty();
    }

    @Test
    void aSecondCueVerbOfTheSameSubjectStartsASecondAttribution() {
        List<Quote> q = indirect("The mayor criticized the budget as wasteful and accused the council of hiding "
                + "the costs.");
        assertThat(q).extracting(Quote::text).containsExactly("the budget as wasteful",
                "the council of hiding the costs");
        assertThat(q).extracting(x -> x.cue().text()).containsExactly("criticized", "accused");
        assertThat(q).extracting(FinderFixtures::speaker).containsExactly("The mayor", "The mayor");
    }

    @Test
    void aNounAfterAndStaysInTheContent() {
        List<Quote> q = indirect("The mayor criticized the budget and the schedule of the council.");
        assertThat(q).hasSize(1);
        assertThat(q.get(0).text()).isEqualTo("the budget and the schedule of the council");
    }

    @Test
    void aContrastWithAPronounSubjectIsTheWritersAfterTheContent() {
        List<Quote> q = indirect("The mayor said the bridge would open in May, but it stayed closed all summer.");
        assertThat(q).hasSize(1);
        assertThat(q.get(0).text()).isEqualTo("the bridge would open in May");
        // "but" before a noun phrase may still belong to the content
        assertThat(indirect("The mayor said the bridge would open, but only the east lanes.").get(0).text())
                .isEqualTo("the bridge would open, but only the east lanes");
    }

    @Test
    void aRaisingVerbWithAnyComplementIsTheWritersAttributionOfTheWholeClause() {
        List<Quote> q = indirect("The new bridge seemed sturdy enough for the heavy trucks.");
        assertThat(q).hasSize(1);
        assertThat(q.get(0).speaker()).isNull();
        assertThat(q.get(0).cue().text()).isEqualTo("seemed");
        assertThat(q.get(0).text()).isEqualTo("The new bridge sturdy enough for the heavy trucks");
        List<Quote> often = indirect("The old plan often seems to favor the east side.");
        assertThat(often).hasSize(1);
        assertThat(often.get(0).speaker()).isNull();
        assertThat(often.get(0).start()).isZero();
    }

    @Test
    void appearedBeforeAPlaceIsNoRaisingVerb() {
        assertThat(indirect("The mayor appeared on the morning show with the coach."))
                .noneMatch(x -> x.speaker() == null && x.cue() != null && x.cue().text().equals("appeared"));
    }

    @Test
    void aCueFormRightAfterAPrepositionIsANoun() {
        // "in states where": a plural noun, not the verb "states"
        assertThat(indirect("The governor campaigned in states where turnout fell last year."))
                .noneMatch(x -> x.cue() != null && x.cue().text().equals("states"));
    }

    @Test
    void aCueAfterACapitalizedNameThatIsAlsoAPrepositionIsAVerb() {
        List<Quote> q = indirect("The economist Al From said the plan would work.");
        assertThat(q).hasSize(1);
        assertThat(q.get(0).cue().text()).isEqualTo("said");
        assertThat(q.get(0).text()).isEqualTo("the plan would work");
    }

    @Test
    void theAddresseeAndCircumstancesBeforeThatOfALearnedCueAreSkipped() {
        List<Quote> q = indirect("The governor convinced voters in Ohio that the plant would stay open.");
        assertThat(q).hasSize(1);
        assertThat(q.get(0).text()).isEqualTo("the plant would stay open");
        assertThat(q.get(0).cue().text()).isEqualTo("convinced");
        assertThat(speaker(q.get(0))).isEqualTo("The governor");
    }

    @Test
    void aRelativeThatAfterALearnedCueObjectStaysInTheContent() {
        List<Quote> q = indirect("The governor convinced voters in Ohio that lived near the plant.");
        assertThat(q).hasSize(1);
        assertThat(q.get(0).text()).isEqualTo("voters in Ohio that lived near the plant");
    }

    @Test
    void afterAnAspectualVerbTheVerbAfterToCarriesTheAttribution() {
        List<Quote> q = indirect("The mayor continues to insist that the bridge is safe.");
        assertThat(q).hasSize(1);
        assertThat(q.get(0).text()).isEqualTo("the bridge is safe");
        assertThat(speaker(q.get(0))).isEqualTo("The mayor");
    }

    @Test
    void anAspectualVerbBeforeAVerbThatIsNoCueAttributesNothing() {
        assertThat(indirect("The mayor continues to repair the old bridge.")).isEmpty();
    }

    @Test
    void aCueFormAfterAPossessiveIsANoun() {
        // "the mayor's over-the-top remarks": the plural noun, not the verb "remarks"
        assertThat(FinderFixtures.find("Critics said the mayor's over-the-top remarks \"hurt the city,\" and the "
                + "council agreed.")).noneMatch(x -> x.cue() != null && x.cue().text().equals("remarks"));
        assertThat(indirect("The board was angry about his comments on the budget plan for the next year."))
                .noneMatch(x -> x.cue() != null && x.cue().text().equals("comments"));
    }

    @Test
    void aVerbAfterANounSubjectIsStillACue() {
        List<Quote> q = indirect("The official says the bridge will reopen in May.");
        assertThat(q).hasSize(1);
        assertThat(q.get(0).cue().text()).isEqualTo("says");
        assertThat(speaker(q.get(0))).isEqualTo("The official");
    }

    @Test
    void statesTweetAndEmailsAreNounsNotCues() {
        assertThat(FinderFixtures.find("Turnout rose in Southern swing states that the governor visited, and emails "
                + "from aides show the plan.")).noneMatch(x -> x.cue() != null
                && (x.cue().text().equals("states") || x.cue().text().equals("emails")));
    }

    @Test
    void theOtherFormsOfStateStayCues() {
        List<Quote> q = indirect("The governor stated that the levy would pass.");
        assertThat(q).hasSize(1);
        assertThat(q.get(0).cue().text()).isEqualTo("stated");
    }

    @Test
    void aRelativePronounBeforeTheSpeakerOpensTheContent() {
        List<Quote> q = indirect("He backed the levy, which he said would pay for the bridge.").stream()
                .filter(x -> x.cue().text().equals("said")).toList();
        assertThat(q).hasSize(1);
        assertThat(q.get(0).text()).isEqualTo("which would pay for the bridge");
        assertThat(q.get(0).spans()).hasSize(2);
        assertThat(speaker(q.get(0))).isEqualTo("he");
    }

    @Test
    void aRelativePronounAfterAPrepositionDoesNotOpenTheContent() {
        assertThat(indirect("Officials toured the town in which he said the plant would open next year."))
                .noneMatch(x -> x.text().startsWith("which"));
    }

    @Test
    void aSummativeAppositiveAtTheEndIsTheWritersAside() {
        List<Quote> q = indirect("The mayor said the levy would raise taxes by 5 percent, a sharp increase over last year.");
        assertThat(q).hasSize(1);
        assertThat(q.get(0).text()).isEqualTo("the levy would raise taxes by 5 percent");
    }

    @Test
    void theAppositiveOfANameStaysInTheContent() {
        List<Quote> q = indirect("The mayor said the city would hire John Roe, a former police chief from Ohio.");
        assertThat(q).hasSize(1);
        assertThat(q.get(0).text()).isEqualTo("the city would hire John Roe, a former police chief from Ohio");
    }

    @Test
    void theAddresseeOfATellingCueBeforeThatIsSkipped() {
        List<Quote> q = indirect("The senator told backers on Saturday night that the race was far from over.");
        assertThat(q).hasSize(1);
        assertThat(q.get(0).text()).isEqualTo("the race was far from over");
    }

    @Test
    void theAddresseeOfATellingCueBeforeAQuestionWordIsSkipped() {
        List<Quote> q = indirect("The moderator asked the candidates who would raise taxes.");
        assertThat(q).hasSize(1);
        assertThat(q.get(0).text()).isEqualTo("who would raise taxes");
    }

    @Test
    void aClauseAfterATellingCueIsNotTakenForItsAddressee() {
        // "the plan would fail so that ...": a clause with its verb, not an addressee before "that"
        List<Quote> q = indirect("The mayor told the council the plan would fail so that nobody would back it.");
        assertThat(q).hasSize(1);
        assertThat(q.get(0).text()).endsWith("the plan would fail so that nobody would back it");
    }

    @Test
    void aRelativeClauseWithACueVerbIsAnAttributionOfWho() {
        List<Quote> q = indirect("The mayor, who has opposed the levy for years, told reporters that the bridge would "
                + "reopen.");
        assertThat(q).hasSize(2);
        assertThat(q).anyMatch(x -> "who".equals(speaker(x)) && x.text().equals("the levy for years"));
        assertThat(q).anyMatch(x -> "The mayor".equals(speaker(x)) && x.text().equals("the bridge would reopen"));
    }

    @Test
    void aRelativeClauseWithoutACueVerbAttributesNothing() {
        List<Quote> q = indirect("The mayor, who lives in Ohio, told reporters that the bridge would reopen.");
        assertThat(q).hasSize(1);
        assertThat(speaker(q.get(0))).isEqualTo("The mayor");
    }

    @Test
    void aRelativeClauseOfADocumentIsAnAttributionOfWhich() {
        List<Quote> q = indirect("The mayor cited the audit, which found that the bridge was unsafe.");
        assertThat(q).anyMatch(x -> "which".equals(speaker(x)) && x.text().equals("the bridge was unsafe"));
    }

    @Test
    void aSubordinateClauseWithASpeakerAndACueVerbIsAnAttributionOfItsOwn() {
        List<Quote> q = indirect("\"We will win,\" the mayor said after the senator criticized the merger.");
        assertThat(q).anyMatch(x -> "the senator".equals(speaker(x)) && x.text().equals("the merger"));
    }

    @Test
    void aSubordinateClauseWhoseSubjectCannotSpeakAttributesNothing() {
        assertThat(indirect("\"We will win,\" the mayor said after the storm flooded the old town.")).isEmpty();
    }

    @Test
    void aParticipleAfterByIsAnAttributionOfTheClauseSubject() {
        List<Quote> q = indirect("The senator won over the farmers by promising to cut the toll on the bridge.");
        assertThat(q).anyMatch(x -> "The senator".equals(speaker(x)) && x.cue().text().equals("promising")
                && x.text().equals("to cut the toll on the bridge"));
    }

    @Test
    void aParticipleClauseOpeningTheSentenceTakesTheSubjectAfterItsComma() {
        List<Quote> q = indirect("After criticizing the budget plan, the mayor left the meeting early.");
        assertThat(q).anyMatch(x -> "the mayor".equals(speaker(x)) && x.cue().text().equals("criticizing")
                && x.text().equals("the budget plan"));
    }

    @Test
    void aParticipleAfterByThatIsNoCueAttributesNothing() {
        assertThat(indirect("The senator won over the farmers by painting the fence of the old bridge.")).isEmpty();
        assertThat(indirect("After painting the fence, the mayor left the meeting early.")).isEmpty();
    }

    @Test
    void aSourceBetweenCommasInsideTheSentenceIsAnAttribution() {
        List<Quote> q = indirect("The county spent $40 million on roads last year, according to records reviewed by "
                + "the council, but the bridge was never repaired.");
        assertThat(q).hasSize(1);
        assertThat(q.get(0).cue().text()).isEqualTo("according to");
        assertThat(speaker(q.get(0))).isEqualTo("records reviewed by the council");
        assertThat(q.get(0).text()).isEqualTo("The county spent $40 million on roads last year but the bridge was "
                + "never repaired");
    }

    @Test
    void aSourceThatOpensOrClosesTheSentenceIsReadOnce() {
        assertThat(indirect("According to the treasurer, the county ran out of money.")).hasSize(1);
        assertThat(indirect("The county ran out of money in May, according to the treasurer.")).hasSize(1);
    }

    @Test
    void aPhrasalParticipleAfterAnAttributionContinuesIt() {
        List<Quote> q = indirect("\"We have won ten states,\" Mr. Reed said, referring to the primaries in March.");
        assertThat(q).hasSize(1);
        assertThat(q.get(0).cue().text()).isEqualTo("referring to");
        assertThat(speaker(q.get(0))).isEqualTo("Mr. Reed");
        assertThat(q.get(0).text()).isEqualTo("the primaries in March");
    }

    @Test
    void aPhrasalParticipleWithoutAnAttributionBeforeItAttributesNothing() {
        assertThat(indirect("The old mill stood by the river, referring to nothing in particular.")).isEmpty();
    }

    @Test
    void aPartialQuoteWithoutACueTakesTheSentenceSubjectThatCanSpeak() {
        Quote q = FinderFixtures.only("The mayor toured the bridge and its \"solid steel spine that will last a "
                + "hundred years.\"");
        assertThat(q.kind()).isEqualTo(Kind.PARTIAL);
        assertThat(speaker(q)).isEqualTo("The mayor");
        assertThat(speaker(FinderFixtures.only("Senator Ruth Alder spent the evening on the bridge, which will "
                + "\"last a hundred years and then some.\""))).isEqualTo("Senator Ruth Alder");
    }

    @Test
    void aPartialQuoteWhoseSentenceOpensWithoutASpeakingSubjectHasNoSpeaker() {
        assertThat(FinderFixtures.only("The old bridge carried a sign that read \"closed until further notice\" "
                + "for ten years.").speaker()).isNull();
        assertThat(FinderFixtures.only("Doing so \"would take years and cost the county a fortune,\" by any "
                + "count.").speaker()).isNull();
    }

    @Test
    void aPartialQuoteWithoutSpeakerGoesOnFromTheQuotedSpeakerOfTheSentenceBefore() {
        List<Quote> q = FINDER.find("\"The levy is a trap,\" Reed said. But that is not the same thing as \"a plan "
                + "to fail.\"", QuoteFinder.Options.all());
        assertThat(q).extracting(Quote::kind).containsExactly(Kind.DIRECT, Kind.PARTIAL);
        assertThat(speaker(q.get(1))).isEqualTo("Reed");
        assertThat(q.get(1).cue()).isNull();
    }

    @Test
    void aPartialQuoteInTheNextParagraphDoesNotGoOnFromAQuotedSpeaker() {
        List<Quote> q = FINDER.find("\"The levy is a trap,\" Reed said.\n\nBut that is not the same thing as \"a "
                + "plan to fail.\"", QuoteFinder.Options.all());
        assertThat(q).hasSize(2);
        assertThat(q.get(1).speaker()).isNull();
    }

    @Test
    void aSpeakerBeforeAPlacePhraseIsReportedWithIt() {
        List<Quote> q = indirect("Bus drivers in Dayton say the new schedule is unfair.");
        assertThat(q).hasSize(1);
        assertThat(speaker(q.get(0))).isEqualTo("Bus drivers in Dayton");
        assertThat(FinderFixtures.name(q.get(0))).isEqualTo("Bus drivers");
        List<Quote> aides = indirect("Several aides at the agency told reporters that the bridge would reopen.");
        assertThat(aides).extracting(FinderFixtures::speaker).containsExactly("Several aides at the agency");
    }

    @Test
    void aPlacePhraseAfterAClauseKeepsItsOwnMention() {
        // the mention is not extended over the clause before "on"; "show" there is the head noun of "the call-in
        // show" (ReportedSpeechTest.weakCueAfterASingularNounPhraseIsItsHeadNoun), so the clause's own subject speaks
        List<Quote> q = indirect("Reed wouldn't discuss on the call-in show whether he would run again.");
        assertThat(q).extracting(FinderFixtures::speaker).containsExactly("Reed");
    }
}

