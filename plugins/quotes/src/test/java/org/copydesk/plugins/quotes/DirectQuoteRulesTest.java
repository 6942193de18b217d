package org.copydesk.plugins.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.copydesk.plugins.quotes.FinderFixtures.FINDER;
import static org.copydesk.plugins.quotes.FinderFixtures.marked;
import static org.copydesk.plugins.quotes.FinderFixtures.name;
import static org.copydesk.plugins.quotes.FinderFixtures.only;
import static org.copydesk.plugins.quotes.FinderFixtures.speaker;

import java.util.List;
import org.copydesk.api.Quote;
import org.copydesk.api.Quote.Kind;
import org.junit.jupiter.api.Test;

/** Rules for the kind, boundaries and speakers of quotations in marks; invented fixtures, positive and negative. */
class DirectQuoteRulesTest {
    // ------------------------------------------------------------------ cue words inside names

    @Test
    void aCapitalizedCueWordInsideANameIsNotACue() {
        Quote q = only("The mayor said the United States “must rebuild every bridge in the valley.”");
        assertThat(q.kind()).isEqualTo(Kind.PARTIAL);
        assertThat(q.cue().text()).isEqualTo("said");
        assertThat(speaker(q)).isEqualTo("The mayor");
    }

    @Test
    void aCapitalizedCueWordInsideALongerNameIsNotACue() {
        List<Quote> all = FINDER.find("She won a seat in the United States Senate, a body she once mocked.",
                QuoteFinder.Options.all());
        assertThat(all).noneMatch(q -> q.cue() != null && q.cue().text().equals("States"));
    }

    @Test
    void aCapitalizedCueInATitleCaseHeadlineStaysACue() {
        List<Quote> all = FINDER.find("Governor Reyes Says Port Deal Is Dead", QuoteFinder.Options.all());
        assertThat(all).extracting(q -> q.cue() == null ? null : q.cue().text()).contains("Says");
    }

    // ------------------------------------------------------------------ predicate quotes

    @Test
    void aQuoteThatBeginsWithAFiniteVerbIsThePredicateOfTheWritersSubject() {
        Quote q = only("Of the new coach, Marsh wrote “has rebuilt the club from the bottom up. He works hard.”");
        assertThat(q.kind()).isEqualTo(Kind.PARTIAL);
    }

    @Test
    void aLowerCaseQuoteThatIsAWholeClauseAfterTheCueStaysDirect() {
        Quote q = only("Marsh wrote “the club was rebuilt from the bottom up and it shows.”");
        assertThat(q.kind()).isEqualTo(Kind.DIRECT);
    }

    // ------------------------------------------------------------------ quotes over several paragraphs

    @Test
    void aFragmentLeftOpenAtTheEndOfItsParagraphEndsThere() {
        List<Quote> q = marked("The senator called the bill “a gift to the banks.\n\n"
                + "“We will fight it on the floor,” she said.");
        assertThat(q).extracting(Quote::text).containsExactly("a gift to the banks.", "We will fight it on the floor");
        assertThat(q.get(1).kind()).isEqualTo(Kind.DIRECT);
        assertThat(speaker(q.get(1))).isEqualTo("she");
    }

    @Test
    void aFullSentenceLeftOpenAtTheEndOfItsParagraphGoesOnInTheNext() {
        Quote q = only("“The bill is a gift to the banks.\n\n“We will fight it on the floor,” she said.");
        assertThat(q.kind()).isEqualTo(Kind.DIRECT);
        assertThat(q.spans()).hasSize(2);
        assertThat(speaker(q)).isEqualTo("she");
    }

    // ------------------------------------------------------------------ lead-in paragraphs ending with a colon

    @Test
    void aLeadInParagraphAttributesTheQuoteThatOpensTheNextOneWhateverFollowsIt() {
        Quote q = only("Hale continued:\n\n“The budget is a disaster and everyone knows it.” The council did not answer.");
        assertThat(q.kind()).isEqualTo(Kind.DIRECT);
        assertThat(q.cue().text()).isEqualTo("continued");
        assertThat(speaker(q)).isEqualTo("Hale");
    }

    @Test
    void aLeadInParagraphDoesNotAttributeAQuoteAfterTheWritersWords() {
        Quote q = only("Hale continued:\n\nThe room went quiet. “The budget is a disaster and everyone knows it.” No one "
                + "answered.");
        assertThat(q.speaker()).isNull();
    }

    // ------------------------------------------------------------------ headlines and banners in capitals

    @Test
    void aQuoteInCapitalsThatNoOneSaysIsAHeadline() {
        Quote q = only("The tabloid did not hold back.\n\n“A MAYOR ADRIFT, A CITY IN DEBT”\n\nThe mayor had no comment.");
        assertThat(q.kind()).isEqualTo(Kind.OTHER);
    }

    @Test
    void aQuoteInCapitalsWithASpeakerStaysDirect() {
        Quote q = only("“NATO MUST ACT NOW,” she said.");
        assertThat(q.kind()).isEqualTo(Kind.DIRECT);
        assertThat(speaker(q)).isEqualTo("she");
    }

    // ------------------------------------------------------------------ cues coordinated with an earlier verb

    @Test
    void aCoordinatedCueTakesTheSubjectOfTheNearestVerb() {
        Quote q = only("Ana Ruiz spoke first, and then Tom Ruiz stood up, cleared his throat and said, "
                + "“We will see what happens next week.”");
        assertThat(speaker(q)).isEqualTo("Tom Ruiz");
    }

    @Test
    void aCoordinatedCueSkipsTheSubjectOfAnEmbeddedClause() {
        List<Quote> q = marked("Asked whether she had ever been threatened, Mayor Reyes confirmed she had been and said, "
                + "“It happens more than people think.”");
        assertThat(q).extracting(FinderFixtures::speaker).containsExactly("Mayor Reyes");
    }

    @Test
    void aCoordinatedCueSkipsTheSubjectOfAnEmbeddedQuestion() {
        Quote q = only("Mayor Reyes tells how the governor phoned her and recalls, “He was shouting the whole time.”");
        assertThat(speaker(q)).isEqualTo("Mayor Reyes");
    }

    @Test
    void aCueAfterByTakesTheSubjectOfTheSentence() {
        Quote q = only("The senator began by saying, “We will see what happens next week.”");
        assertThat(speaker(q)).isEqualTo("The senator");
    }

    // ------------------------------------------------------------------ sources cited with "from"

    @Test
    void aLeadInFromASourceMakesTheSourceTheSpeaker() {
        Quote q = only("The agency released its findings on Monday. From the report: “Most of the money was never spent.”");
        assertThat(q.kind()).isEqualTo(Kind.DIRECT);
        assertThat(speaker(q)).isEqualTo("the report");
    }

    @Test
    void aLeadInMoreFromASourceAfterADashMakesTheSourceTheSpeaker() {
        Quote q = only("Turnout fell sharply in the north - More from Dana Jones: “Younger voters simply stayed home.”");
        assertThat(speaker(q)).isEqualTo("Dana Jones");
    }

    @Test
    void aFromPhraseInsideTheClauseIsNotACitedSource() {
        Quote q = only("The senator read a line from her father: “Never trust a man who owns one tie.”");
        assertThat(speaker(q)).isEqualTo("The senator");
    }

    // ------------------------------------------------------------------ the relative pronoun "that" as speaker

    @Test
    void theRelativeThatBeforeACueIsTheSpeakerMention() {
        Quote q = only("Volunteers handed out water bottles that said, “Welcome to the river festival.”");
        assertThat(q.kind()).isEqualTo(Kind.DIRECT);
        assertThat(speaker(q)).isEqualTo("that");
        assertThat(name(q)).isNull();
    }

    @Test
    void thatOpeningTheSentenceBeforeACueIsNoSpeaker() {
        Quote q = only("The rain stopped. That said, “We will keep the tents up all week,” the organizer added.");
        assertThat(speaker(q)).isEqualTo("the organizer");
    }

    // ------------------------------------------------------------------ attribution by a verb outside the lexicon

    @Test
    void aSubjectAndPastTenseVerbAfterAQuoteAttributeIt() {
        Quote q = only("\"Voters are tired of promises,\" he surmised.");
        assertThat(q.kind()).isEqualTo(Kind.DIRECT);
        assertThat(q.cue().text()).isEqualTo("surmised");
        assertThat(speaker(q)).isEqualTo("he");
    }

    @Test
    void aPastTenseVerbAfterAQuoteMayHaveATimeOrPlaceAfterIt() {
        Quote q = only("\"Voters are tired of promises,\" Ann Bell fumed on Tuesday.");
        assertThat(q.cue().text()).isEqualTo("fumed");
        assertThat(speaker(q)).isEqualTo("Ann Bell");
        assertThat(speaker(only("\"Voters are tired of promises,\" she vented to reporters in a statement.")))
                .isEqualTo("she");
    }

    @Test
    void aPastTenseVerbFollowedByOtherWordsIsNotAnAttribution() {
        assertThat(only("\"Voters are tired of promises,\" Ann Bell walked into the hall.").speaker()).isNull();
    }

    @Test
    void aVerbThatGoesOnWithAnObjectIsNotAnAttribution() {
        Quote q = only("The clerk read out the agenda. \"The budget,\" the clerk handed over to the chair.");
        assertThat(q.cue()).isNull();
    }

    // ------------------------------------------------------------------ whole utterances after a comma

    @Test
    void aCapitalizedSentenceAfterACommaIsDirectEvenWithAVerbOutsideTheLexicon() {
        Quote q = only("He answered, \"I have no idea where the money went.\"");
        assertThat(q.kind()).isEqualTo(Kind.DIRECT);
    }

    @Test
    void aTitleCaseSignAfterACommaIsNotDirect() {
        List<Quote> q = marked("The crowd held banners reading, \"Jobs Not Walls For Everyone.\"");
        assertThat(q).noneMatch(x -> x.kind() == Kind.DIRECT);
    }

    @Test
    void aSentenceAfterAnIntroductoryPhraseWithoutACueIsPartial() {
        Quote q = only("Lowe was upbeat. If the bill passes, \"I think it is going to fill a deep hole in the state.\"");
        assertThat(q.kind()).isEqualTo(Kind.PARTIAL);
        Quote said = only("Lowe was upbeat. If the bill passes, she said, \"I think it is going to fill a deep hole.\"");
        assertThat(said.kind()).isEqualTo(Kind.DIRECT);
        assertThat(speaker(said)).isEqualTo("she");
    }

    @Test
    void aQuoteRightAfterAWordOfATitleCaseHeadlineIsPartial() {
        List<Quote> q = marked("Mayor Says Harbor Plan \u2018Makes No Sense At All.\u2019\n\nThe mayor spoke on Tuesday.");
        assertThat(q).hasSize(1);
        assertThat(q.get(0).kind()).isEqualTo(Kind.PARTIAL);
    }

    @Test
    void aQuoteAfterTheColonOfATitleCaseHeadlineStaysDirect() {
        List<Quote> q = marked("Mayor Tells Reporters: \u2018We Will Fix The Harbor.\u2019\n\nThe mayor spoke on Tuesday.");
        assertThat(q).hasSize(1);
        assertThat(q.get(0).kind()).isEqualTo(Kind.DIRECT);
    }

    @Test
    void aLowerCaseSentenceAfterTheSpeakersOwnCueIsDirect() {
        Quote q = only("She added, \"we also cannot ignore the cost of waiting.\"");
        assertThat(q.kind()).isEqualTo(Kind.DIRECT);
        assertThat(speaker(q)).isEqualTo("She");
    }

    @Test
    void aLowerCaseQuoteCompletingTheWritersSentenceIsPartial() {
        Quote q = only("Sooner or later, the governor told reporters, \"it starts to pay off.\"");
        assertThat(q.kind()).isEqualTo(Kind.PARTIAL);
    }

    // ------------------------------------------------------------------ joining the next quote sentence

    @Test
    void aQuoteSentenceFollowedByTheWritersWordsJoinsTheAttributedQuoteBefore() {
        List<Quote> q = marked("\"The harbor is the key,\" said Rosa Lind, chair of the port board. \"We have to"
                + " dredge it first\" - and then, she said, build the new cranes.");
        assertThat(q).hasSize(1);
        assertThat(q.get(0).spans()).hasSize(2);
        assertThat(speaker(q.get(0))).isEqualTo("Rosa Lind");
    }

    @Test
    void aQuoteSentenceInTheNextParagraphIsNotJoined() {
        List<Quote> q = marked("\"The harbor is the key,\" said Rosa Lind.\n\n\"We have to dredge it first\" - and"
                + " then build the new cranes.");
        assertThat(q).hasSize(2);
    }

    @Test
    void aQuoteOverTwoParagraphsJoinsTheQuoteSentenceAfterItsAttribution() {
        List<Quote> q = marked("\"The harbor is the key. It always was.\n\n\"The cranes come next,\" Lind went on"
                + " to say. \"We will order them in May.\"");
        assertThat(q).hasSize(1);
        assertThat(q.get(0).spans()).hasSize(3);
    }

    @Test
    void aQuoteOnlyParagraphAfterAQuoteAndItsClosingAttributionJoinsIt() {
        List<Quote> q = marked("\"The harbor is the key,\" said Rosa Lind.\n\n\"We have to dredge it first. Then"
                + " come the cranes.\"");
        assertThat(q).hasSize(1);
        assertThat(q.get(0).spans()).hasSize(2);
        assertThat(q.get(0).text()).isEqualTo("The harbor is the key We have to dredge it first. Then come the cranes.");
        assertThat(speaker(q.get(0))).isEqualTo("Rosa Lind");
    }

    @Test
    void aQuoteOnlyParagraphAfterAParagraphWithTheWritersWordsBeforeTheQuoteIsNotJoined() {
        List<Quote> q = marked("The board met on Monday. \"The harbor is the key,\" said Rosa Lind.\n\n\"We have to"
                + " dredge it first.\"");
        assertThat(q).hasSize(2);
        assertThat(q.get(1).speaker().name()).isEqualTo("Rosa Lind");
        List<Quote> before = marked("Rosa Lind said: \"The harbor is the key.\"\n\n\"We have to dredge it first.\"");
        assertThat(before).hasSize(2);
    }

    @Test
    void aQuoteAfterACommaAndButIsTheSecondHalfOfASplitQuote() {
        List<Quote> q = marked("\"I like the mayor,\" she said, but \"when it comes to the port, she is wrong.\"");
        assertThat(q).hasSize(1);
        assertThat(q.get(0).spans()).hasSize(2);
    }

    @Test
    void aQuoteRightAfterTheCueWithoutACommaIsTheSecondHalf() {
        List<Quote> q = marked("\"We will build it. It is so simple,\" Lowe said \"Everyone else has failed at it.\"");
        assertThat(q).hasSize(1);
        assertThat(q.get(0).spans()).hasSize(2);
        assertThat(speaker(q.get(0))).isEqualTo("Lowe");
    }

    @Test
    void aQuoteInsideTheWritersClauseAfterTheAttributionIsNotPartOfTheQuoteBefore() {
        List<Quote> q = marked("\"We will stay in the race until the end,\" said Ann Burr, adding that she did not"
                + " think the party \"will get there.\"");
        assertThat(q).hasSize(2);
        assertThat(q.get(0).spans()).hasSize(1);
        assertThat(q.get(0).kind()).isEqualTo(Kind.DIRECT);
        assertThat(q.get(1).kind()).isEqualTo(Kind.PARTIAL);
        List<Quote> title = marked("\"It is a fine thing to see,\" says the narrator of the ad, going on to list a"
                + " series of other \"gifts.\"");
        assertThat(title.get(0).spans()).hasSize(1);
    }

    // ------------------------------------------------------------------ speakers

    @Test
    void theNameAfterADashBeforeTheColonIsTheSpeakerEvenAfterAHeadlineCue() {
        Quote q = only("Polls closed late.\n\nPOLLSTERS AGREE ON TURNOUT - Mary J. Lane: \"Turnout was lower than"
                + " expected in every county we checked.\"");
        assertThat(speaker(q)).isEqualTo("Mary J. Lane");
        assertThat(q.cue()).isNull();
    }

    @Test
    void aCueAfterTheDashStillAttributesTheQuoteAfterTheColon() {
        Quote q = only("The mayor spoke first - and then Lane said: \"We will fix the roads this summer, all of them.\"");
        assertThat(speaker(q)).isEqualTo("Lane");
        assertThat(q.cue().text()).isEqualTo("said");
    }

    @Test
    void aParticipleAfterAnAddresseeTakesTheSenderAsSpeaker() {
        Quote q = only("The Lowe campaign sent a text message to supporters saying: \"We won the county by a mile!\"");
        assertThat(speaker(q)).isEqualTo("The Lowe campaign");
        Quote medium = only("Ann Lowe answered the question on Facebook writing, \"Yes, I will run again next year.\"");
        assertThat(speaker(medium)).isEqualTo("Ann Lowe");
    }

    @Test
    void aParticipleWithoutASpeakerBeforeItTakesTheClauseSubject() {
        Quote q = only("Ann Lowe issued a statement Tuesday saying, \"I do not feel that the ruling is fair.\"");
        assertThat(speaker(q)).isEqualTo("Ann Lowe");
        assertThat(q.cue().text()).isEqualTo("saying");
    }

    @Test
    void aParticipleWhoseClauseSubjectCannotSpeakHasNoSpeaker() {
        Quote q = only("The old bridge carried a sign Tuesday saying, \"Stay home.\"");
        assertThat(q.speaker()).isNull();
    }

    @Test
    void aParticipleAfterANounThatIsNotAnAddresseeKeepsThatNoun() {
        Quote q = only("The union printed signs for the rally and a banner from the workers saying, \"We built this"
                + " town and we will keep it.\"");
        assertThat(speaker(q)).isEqualTo("the workers");
    }

    @Test
    void aQuestionKeepsAnAttributionWithALongAppositiveInItsSentence() {
        Quote q = only("\"How are you today?\" Miller, a retired worker from a steel plant, said into the phone.");
        assertThat(speaker(q)).isEqualTo("Miller");
        assertThat(q.cue().text()).isEqualTo("said");
    }

    @Test
    void aQuestionIsNotAttributedByACueFarAwayWithoutAnAppositiveComma() {
        Quote q = only("\"How are you today?\" Miller and the other retired workers from the old steel plant then said"
                + " nothing more.");
        assertThat(q.cue()).isNull();
    }

    @Test
    void aCrowdOrAnAudienceCanSpeakAnExclamation() {
        Quote q = only("The mayor asked who would pay for the bridge.\n\n\"Nobody!\" the crowd shouted back.");
        assertThat(speaker(q)).isEqualTo("the crowd");
        Quote audience = only("\"Not again!\" the audience groaned.");
        assertThat(speaker(audience)).isEqualTo("the audience");
    }

    @Test
    void aThingBeforeAPastTenseVerbDoesNotSpeakAnExclamation() {
        Quote q = only("The mayor asked who would pay for the bridge.\n\n\"Nobody!\" The river rose higher.");
        assertThat(q.speaker()).isNull();
    }

    @Test
    void aParticipleOpeningTheSentenceIsAnIntroductoryPhraseNotASpeaker() {
        Quote q = only("Appearing before reporters at her home on Monday, Ann Kyi spoke at length, saying, \"I think"
                + " you all know the results.\"");
        assertThat(speaker(q)).isEqualTo("Ann Kyi");
        Quote back = only("Back in 2012, Ann Kyi spoke of the governor, telling a radio host: \"I wish I could be like"
                + " that.\"");
        assertThat(speaker(back)).isEqualTo("Ann Kyi");
    }

    @Test
    void aDatelineWithDateAndAgencyIsNotTheSubject() {
        Quote q = only("BOSTON, Dec. 8 (UPI) \u2014 The governor's top aide rallied supporters on Monday, saying: \"We"
                + " have to be ready for the vote.\"");
        assertThat(speaker(q)).isEqualTo("The governor's top aide");
    }

    @Test
    void aDatelineInCapitalsAloneOrAPlaceWithAnAgencyIsNotTheSubject() {
        Quote bare = only("BOSTON — The governor's top aide rallied supporters on Monday, saying: \"We have to be"
                + " ready for the vote.\"");
        assertThat(speaker(bare)).isEqualTo("The governor's top aide");
        Quote agency = only("Springfield (AFP) – The governor's top aide rallied supporters on Monday, saying: \"We"
                + " have to be ready for the vote.\"");
        assertThat(speaker(agency)).isEqualTo("The governor's top aide");
    }

    @Test
    void capitalizedWordsBeforeADashWithoutDateOrAgencyAreNotADateline() {
        Quote q = only("FBI Director Jane Cole \u2014 appointed by the president \u2014 spoke on Monday, saying: \"We are"
                + " done here.\"");
        assertThat(speaker(q)).isEqualTo("FBI Director Jane Cole");
    }

    @Test
    void anAcronymBeforeADashInTheSentenceIsStillTheSubject() {
        Quote q = only("NASA officials \u2014 and many others \u2014 spoke on Monday, saying: \"We have to be ready for"
                + " the launch.\"");
        assertThat(speaker(q)).isEqualTo("NASA officials");
    }

    @Test
    void aNameEndingInIngOpeningTheSentenceStaysTheSpeaker() {
        Quote q = only("Manning, the team's coach, spoke after the game and added, \"We will win the next one.\"");
        assertThat(speaker(q)).isEqualTo("Manning");
    }

    @Test
    void aNumberWordOpeningTheSentenceIsNotAName() {
        List<Quote> q = marked("Eight years ago, he backed the mayor and said, \"She has done nothing for us.\"\n\n"
                + "He spoke again in May, saying, \"Nothing has changed.\"");
        assertThat(q).hasSize(2);
        assertThat(q.get(0).speaker()).satisfiesAnyOf(s -> assertThat(s).isNull(),
                s -> assertThat(s.text()).isNotEqualTo("Eight"));
        assertThat(q.get(1).speaker().name()).isNotEqualTo("Eight");
    }

    @Test
    void aCapitalizedWordOpeningTheSentenceCanStillBeAName() {
        Quote q = only("Eightman, a farmer, said, \"We need rain this month.\"");
        assertThat(speaker(q)).isEqualTo("Eightman");
    }

    @Test
    void theNameBeforeAnAppositiveIsTheSpeakerOfAClosingAttribution() {
        Quote q = only("\"We shut the mill on Friday,\" Dale Moss, a foreman at the plant, said.");
        assertThat(speaker(q)).isEqualTo("Dale Moss");
        assertThat(q.cue().text()).isEqualTo("said");
    }

    @Test
    void aNameFollowedByACoordinatedSubjectIsNotTheSpeaker() {
        Quote q = only("\"We shut the mill on Friday,\" Dale Moss, a foreman, and his crew said.");
        assertThat(speaker(q)).isNotEqualTo("Dale Moss");
    }

    @Test
    void aParticipleAfterAnIntroductoryPhraseTakesTheClauseSubject() {
        Quote q = only("At the time, the mayor released a statement, saying, \"The port will reopen in May.\"");
        assertThat(speaker(q)).isEqualTo("the mayor");
        assertThat(q.cue().text()).isEqualTo("saying");
    }

    @Test
    void aParticipleAfterAnIntroductoryPhraseWithoutASubjectHasNoSpeaker() {
        Quote q = only("At the time, in a statement, saying, \"The port will reopen in May.\"");
        assertThat(q.speaker()).isNull();
    }

    @Test
    void anInvertedVerbOutsideTheLexiconAndAName() {
        Quote q = only("\"Is the port profiling us?\" reacted Mayor Ana Ruiz.");
        assertThat(q.cue().text()).isEqualTo("reacted");
        assertThat(q.speaker().name()).isEqualTo("Ana Ruiz");
    }

    @Test
    void aPresentTenseVerbAfterANameOrPronounOnly() {
        assertThat(speaker(only("\"Two accomplishments, no more,\" Bozell answers."))).isEqualTo("Bozell");
        assertThat(only("\"Two accomplishments, no more,\" the bosses.").speaker()).isNull();
    }

    @Test
    void aQuoteSentenceAfterABareAttributionSentence() {
        Quote q = only("Sam Reed, the port director, said in a statement. \"There are no ballots to recount.\"");
        assertThat(q.cue().text()).isEqualTo("said");
        assertThat(q.speaker()).isNotNull();
    }

    @Test
    void aBareAttributionInTheParagraphBeforeDoesNotAttributeTheQuoteSentence() {
        Quote q = only("Sam Reed said in a statement.\n\nThe count went on. \"There are no ballots to recount.\"");
        assertThat(q.speaker()).isNull();
    }

    @Test
    void aSignatureParagraphNamesTheSpeakerOfTheQuoteParagraphBefore() {
        List<Quote> q = marked("The fact checkers looked at three claims.\n\n\"Wages have not grown in 40 years.\"\n\n"
                + "- Bernie Sanders.\n\nThat is not quite right.");
        assertThat(q).hasSize(1);
        assertThat(speaker(q.get(0))).isEqualTo("Bernie Sanders");
    }

    @Test
    void aDashParagraphThatIsNotANameIsNoSignature() {
        List<Quote> q = marked("The fact checkers looked at three claims.\n\n\"Wages have not grown in 40 years.\"\n\n"
                + "- and that is not quite right.");
        assertThat(q.get(0).speaker()).isNull();
    }

    @Test
    void readIsACueAfterAQuote() {
        Quote q = only("\"Welcome to the games,\" the sign read.");
        assertThat(speaker(q)).isEqualTo("the sign");
    }

    // ------------------------------------------------------------------ titles and terms, not speech

    @Test
    void aTitleThatIsTheSubjectOfTheWritersSentenceIsNotDirect() {
        List<Quote> q = marked("\"Harbor Lights\" happily mocks the mayor for two hours.");
        assertThat(q).noneMatch(x -> x.kind() == Kind.DIRECT);
    }

    @Test
    void aTermTheWritersSentenceGoesOnAboutIsNotDirect() {
        List<Quote> q = marked("\"Level four\" is the highest rating the port can give.");
        assertThat(q).noneMatch(x -> x.kind() == Kind.DIRECT);
    }

    @Test
    void aQuoteFollowedByItsAttributionIsNotTakenForATitle() {
        Quote q = only("\"We will win\" was all the mayor said.");
        assertThat(q.kind()).isNotEqualTo(Kind.OTHER);
        assertThat(only("\"We will win the vote,\" the mayor said.").kind()).isEqualTo(Kind.DIRECT);
    }

    @Test
    void shortQuotesInAListAreNotDirect() {
        List<Quote> q = marked("The search covered words such as \"ballot,\" \"Harbor,\" \"Lindale\" and \"recount.\"");
        assertThat(q).noneMatch(x -> x.kind() == Kind.DIRECT);
    }

    @Test
    void consecutiveSentenceQuotesAreNotAList() {
        List<Quote> q = marked("\"We will win,\" the mayor said, \"and we will win big.\"");
        assertThat(q).hasSize(1);
        assertThat(q.get(0).kind()).isEqualTo(Kind.DIRECT);
    }

    // ------------------------------------------------------------------ subjects of closing attributions

    @Test
    void aOneWordNameThatIsAlsoACommonWordBeforeTheCue() {
        assertThat(speaker(only("\"The war is a reminder of that,\" Will wrote."))).isEqualTo("Will");
        assertThat(speaker(only("\"We have assessed the deal,\" Read said."))).isEqualTo("Read");
    }

    @Test
    void aNameWithAParentheticalBeforeTheCue() {
        Quote q = only("\"It reminds us how important this vote is,\" Sen. Ann Lowe (D-Ore.) said on Sunday.");
        assertThat(speaker(q)).isEqualTo("Sen. Ann Lowe (D-Ore.)");
        assertThat(q.speaker().name()).isEqualTo("Ann Lowe");
    }

    @Test
    void adjectivesSeparatedByCommasStayInTheSpeaker() {
        Quote q = only("\"From day one, the port was my priority,\" the bespectacled, 71-year-old mayor said.");
        assertThat(speaker(q)).isEqualTo("the bespectacled, 71-year-old mayor");
    }

    @Test
    void aClauseBetweenQuoteAndCueIsNotTheSpeaker() {
        Quote q = only("\"From day one, the port was my priority,\" the mayor, who Ann Lowe met, said.");
        assertThat(speaker(q)).isNotEqualTo("Ann Lowe");
    }

    @Test
    void aWebAddressEndsASentenceBeforeAQuote() {
        List<Quote> q = marked("The chief said so, according to Example.com. \"We have a plan,\" he said.");
        assertThat(q).hasSize(1);
        assertThat(q.get(0).kind()).isEqualTo(Kind.DIRECT);
        assertThat(q.get(0).cue().text()).isEqualTo("said");
    }

    @Test
    void aLongSubjectBetweenAnOpeningQuoteAndItsCue() {
        Quote q = only("\"We have warned about this for years,\" the Ohio senator and Republican nominee said.");
        assertThat(q.kind()).isEqualTo(Kind.DIRECT);
        assertThat(speaker(q)).isEqualTo("the Ohio senator and Republican nominee");
        Quote asked = only("\"Should there be a register of every boat?\" a reporter can be heard asking the mayor.");
        assertThat(speaker(asked)).isEqualTo("a reporter");
    }

    @Test
    void aParticipleAfterTheWritersVerbIsNoLongSubjectCue() {
        List<Quote> q = marked("\"Keep your hands in sight,\" Blige sings to the crowd before asking, \"Where now?\"");
        assertThat(q.get(0).speaker()).isNull();
    }

    // ------------------------------------------------------------------ attitude verbs

    @Test
    void aQuoteRightAfterAnAttitudeVerbIsItsComplementNotAnUtterance() {
        assertThat(only("He believes \"there may be some harbor pilots who are out of the loop.\"").kind())
                .isEqualTo(Kind.PARTIAL);
        assertThat(only("Voters who think \"The port has no future here\" are wrong.").kind())
                .isNotEqualTo(Kind.DIRECT);
    }

    @Test
    void aQuoteRightAfterASpeechVerbIsDirect() {
        assertThat(only("Elliott said \"there is no greater friend of this harbor than him.\"").kind())
                .isEqualTo(Kind.DIRECT);
        assertThat(only("The mayor said \"The port has no future here.\"").kind()).isEqualTo(Kind.DIRECT);
    }

    // ------------------------------------------------------------------ sentences after a quote ending in a period

    @Test
    void aSentenceOfItsOwnAfterAPeriodInsideTheMarksIsNotTheQuotesAttribution() {
        List<Quote> q = marked("\"It is a sad day,\" Lowe told reporters. \"The harbor deserved better.\" Mayor Ruiz said"
                + " he would have fired the pilot.");
        assertThat(q).hasSize(1);
        assertThat(q.get(0).spans()).hasSize(2);
        assertThat(speaker(q.get(0))).isEqualTo("Lowe");
    }

    @Test
    void aBareAttributionAfterAPeriodInsideTheMarksStillBelongsToTheQuote() {
        Quote q = only("\"The harbor deserved better.\" Mayor Ruiz said on Sunday.");
        assertThat(q.speaker().name()).isEqualTo("Ruiz");
    }

    @Test
    void aNameAfterADashIntroducesTheQuoteWithAColon() {
        Quote q = only("HARBOR TRAFFIC DOUBLES IN MAY - Ann Lowe: \"The port has never been this busy.\"");
        assertThat(speaker(q)).isEqualTo("Ann Lowe");
    }

    @Test
    void aDashClauseWithoutANameBeforeTheColonKeepsTheSentenceSubject() {
        Quote q = only("The mayor - tired after a long night - put it this way: \"The port has never been this busy.\"");
        assertThat(speaker(q)).isEqualTo("The mayor");
    }

    @Test
    void aNameAndAPastTenseVerbAfterAQuestionStayInItsSentence() {
        List<Quote> q = marked("\"Would it be negotiable?\" Hannity pressed. \"Maybe for some of them.\"");
        assertThat(q).hasSize(1);
        assertThat(speaker(q.get(0))).isEqualTo("Hannity");
    }

    @Test
    void anAttributionThatGoesOnAfterACommaIsASentenceOfItsOwn() {
        List<Quote> q = marked("\"It is a sad day,\" Lowe said. \"The harbor deserved better.\" He said, twice, that he"
                + " would stay.");
        assertThat(q).hasSize(1);
        assertThat(speaker(q.get(0))).isEqualTo("Lowe");
    }

    @Test
    void aTitleInTheAttributionDoesNotStopTheNextQuoteSentenceJoining() {
        List<Quote> q = marked("\"I expect to be vetted,\" he said on \"Harbor Talk.\" \"But this is a smear.\"");
        assertThat(q.stream().filter(x -> x.kind() == Kind.DIRECT).toList()).hasSize(1);
        assertThat(q.get(0).spans()).hasSize(2);
    }

    @Test
    void aPartyAndStateAbbreviationInTheAppositive() {
        Quote q = only("\"Let me make it perfectly clear,\" Senate leader Ann Lowe, R-Ore., said.");
        assertThat(q.kind()).isEqualTo(Kind.DIRECT);
        assertThat(q.speaker().name()).isEqualTo("Ann Lowe");
    }

    @Test
    void aSentenceEndAfterTheQuoteStillEndsTheAttributionSearch() {
        List<Quote> q = marked("\"Let me make it perfectly clear,\" Lowe wrote. Then the Senate adjourned, Ruiz said.");
        assertThat(speaker(q.get(0))).isEqualTo("Lowe");
    }

    @Test
    void aSplitQuoteWhoseSecondHalfFollowsAndOrOr() {
        List<Quote> q = marked("\"The deal must be enforced,\" she said, and \"broken promises must cost something.\"");
        assertThat(q).hasSize(1);
        assertThat(q.get(0).spans()).hasSize(2);
        assertThat(q.get(0).kind()).isEqualTo(Kind.DIRECT);
    }

    @Test
    void aQuoteAfterAndWithoutTheCommaOfASplitQuoteIsNotJoined() {
        List<Quote> q = marked("\"The deal must be enforced,\" she said about the pact and \"broken promises.\"");
        assertThat(q).hasSize(2);
    }

    @Test
    void aTitleCaseNameWithoutPunctuationThatTheSentenceGoesOnWithIsNotDirect() {
        List<Quote> q = marked("\"Harbor Talk\" host Ann Lowe showed the clip, the producer said.");
        assertThat(q).noneMatch(x -> x.kind() == Kind.DIRECT);
    }

    @Test
    void aTitleCaseUtteranceWithACommaBeforeItsAttributionIsDirect() {
        Quote q = only("\"We Will Win,\" Lowe said.");
        assertThat(q.kind()).isEqualTo(Kind.DIRECT);
    }

    @Test
    void aStrayThirdApostropheBeforeTheAttribution() {
        Quote q = only("''Part of my job is to say: 'He is one of us,''' Mr. Lowe said of the mayor.");
        assertThat(q.speaker().name()).isEqualTo("Lowe");
    }

    @Test
    void anAppositiveSubjectOfACueThatIntroducesTheQuote() {
        Quote q = only("Ann Lowe, a veteran media consultant, said, \"The effort exists only as denial.\"");
        assertThat(speaker(q)).isEqualTo("Ann Lowe");
    }

    @Test
    void theSubjectOfAStatementIntroducedByAComma() {
        Quote q = only("Immediately after the storm, Lowe issued a statement, \"Our harbor was hit hard.\"");
        assertThat(speaker(q)).isEqualTo("Lowe");
    }

    @Test
    void aCommaAfterAnOrdinaryNounGivesNoSpeaker() {
        Quote q = only("Immediately after the storm, Lowe visited the harbor, \"Our harbor was hit hard.\"");
        assertThat(q.speaker()).isNull();
    }

    @Test
    void aCueAsTheFirstWordOfTheBodyBeforeAQuote() {
        assertThat(marked("said \"we will win the vote in May.\"")).hasSize(1);
        assertThat(marked("\"We will,\" Read said, \"win.\"")).hasSize(1);
    }

    @Test
    void aVerbOutsideTheLexiconBeforeACommaAndAQuote() {
        Quote q = only("Mayor Ruiz emphatically proclaimed at a press conference, \"No ballots were lost.\"");
        assertThat(q.speaker().name()).isEqualTo("Ruiz");
    }

    @Test
    void aNounBeforeACommaAndAQuoteIsNoVerb() {
        Quote q = only("After the storm the harbor and its docks, \"No ballots were lost.\"");
        assertThat(q.speaker()).isNull();
    }

    @Test
    void aVerbWithAParticleAfterAQuote() {
        Quote q = only("\"The state will pay!\" Lowe hollered back.");
        assertThat(speaker(q)).isEqualTo("Lowe");
        assertThat(q.cue().text()).isEqualTo("hollered");
    }

    @Test
    void aBareAttributionWithAWeakerCue() {
        Quote q = only("Professor Ann Lowe agreed. \"The port needs a second dock.\"");
        assertThat(q.speaker().name()).isEqualTo("Ann Lowe");
    }

    // ------------------------------------------------------------------ coreference

    @Test
    void aNominalResolvesToTheLastPersonWithTheAbbreviatedTitle() {
        List<Quote> q = marked("Florida Sen. Ann Lowe spoke on Monday. \"We will win,\" the senator said. Gov. Tom Ruiz"
                + " spoke too. \"We lost,\" the governor said.");
        assertThat(q.get(0).speaker().name()).isEqualTo("Ann Lowe");
        assertThat(q.get(1).speaker().name()).isEqualTo("Tom Ruiz");
    }

    @Test
    void aNominalWithoutAMatchingTitleStaysUnresolved() {
        Quote q = only("Sen. Ann Lowe spoke on Monday. \"We will win,\" the governor said.");
        assertThat(q.speaker().name()).isNotEqualTo("Ann Lowe");
    }

    @Test
    void aTitleWithWhomItServesIsADescriptionNotAName() {
        List<Quote> q = marked("\"The facts have not changed,\" a spokesman for committee Democrats said. \"We agree,\""
                + " the spokesman for the harbor board said.");
        assertThat(q.get(0).speaker().name()).isEqualTo("spokesman for committee Democrats");
        assertThat(q.get(1).speaker().name()).isEqualTo("spokesman for the harbor board");
    }

    @Test
    void aTitleBeforeANameStillGivesTheName() {
        Quote q = only("\"No,\" spokesman Tom Reed said.");
        assertThat(q.speaker().name()).isEqualTo("Tom Reed");
        assertThat(q.speaker().role()).isEqualTo("spokesman");
    }

    @Test
    void aNominalResolvesToTheNameWhoseAppositiveHasItsTitle() {
        List<Quote> q = marked("\"It is a mistake,\" said John Reed, a spokesman for the governor. \"We will appeal,\""
                + " the spokesman added.\n\nMary Cole, the city's mayor, spoke next. \"The harbor is ours,\" the mayor"
                + " said. \"We keep it,\" she added.");
        assertThat(q).hasSize(4);
        assertThat(q.get(0).speaker().role()).isEqualTo("spokesman for the governor");
        assertThat(q.get(1).speaker().name()).isEqualTo("John Reed");
        assertThat(q.get(2).speaker().name()).isEqualTo("Mary Cole");
        assertThat(q.get(3).speaker().name()).isEqualTo("Mary Cole");
    }

    @Test
    void anAppositiveClauseIsNotARole() {
        List<Quote> q = marked("John Reed, the man who runs the port, spoke first. \"We will appeal,\" the spokesman"
                + " said.");
        assertThat(q.get(0).speaker().name()).isNotEqualTo("John Reed");
        Quote noTitle = only("\"It is a mistake,\" said John Reed, a fixture at the old diner.");
        assertThat(noTitle.speaker().role()).isNull();
    }

    @Test
    void aLongNominalResolvesThroughAnyOfItsTitleWords() {
        Quote q = only("Florida Sen. Ann Lowe spoke on Monday. \"We will win,\" the Florida senator and Republican"
                + " presidential candidate said.");
        assertThat(q.speaker().name()).isEqualTo("Ann Lowe");
    }

    // ------------------------------------------------------------------ attributed after, inside the writer's sentence

    @Test
    void aTriggerWordBeforeAQuoteWithItsOwnSpeakerDoesNotMakeItATitle() {
        Quote q = only("The state cut the grant program, \"we were losing money. We needed it,\" Lowe said.");
        assertThat(q.kind()).isNotEqualTo(Kind.OTHER);
        assertThat(q.speaker().name()).isEqualTo("Lowe");
    }

    @Test
    void lowerCaseSentencesAttributedAfterTheQuoteAreDirect() {
        Quote q = only("The state cut the grant, \"we were losing money. We needed it,\" Lowe said.");
        assertThat(q.kind()).isEqualTo(Kind.DIRECT);
    }

    @Test
    void aLowerCasePhraseAttributedAfterTheQuoteStaysPartial() {
        Quote q = only("The state cut the grant, \"a sad day for the port,\" Lowe said.");
        assertThat(q.kind()).isEqualTo(Kind.PARTIAL);
    }

    @Test
    void anAsideBetweenDashesWithItsOwnAttributionIsDirectAndJoinsItsSecondHalf() {
        List<Quote> q = marked("He railed against the move - ''I love that bakery,'' he said, ''I will never go again''"
                + " - and vowed a tariff.");
        assertThat(q).hasSize(1);
        assertThat(q.get(0).kind()).isEqualTo(Kind.DIRECT);
        assertThat(q.get(0).spans()).hasSize(2);
    }

    @Test
    void markupAttributeValuesLeftInTheBodyAreNotSpeech() {
        List<Quote> q = marked("The mayor posted a photo of the bridge.\n\n<tweet tweet-id=\"5512\" author=\"@mayor\">"
                + "</tweet>.\n\nThe repairs begin in May.");
        assertThat(q).isNotEmpty().allMatch(x -> x.kind() == Kind.OTHER);
    }

    @Test
    void aQuoteAfterAnEqualsSignWithSpaceIsStillRead() {
        // only a mark glued to '=' opens an attribute value; "X = "..."" in running text is not one
        Quote q = only("The rule is simple: growth = \"more jobs for everyone,\" the mayor said.");
        assertThat(q.kind()).isNotEqualTo(Kind.OTHER);
    }
    // ------------------------------------------------------------------ manner-of-speaking verbs

    @Test
    void aShortQuoteAfterAMannerOfSpeakingVerbIsDirectWithItsSpeaker() {
        Quote q = only("As the senator spoke, the delegates chanted, \"We want more!\"");
        assertThat(q.kind()).isEqualTo(Kind.DIRECT);
        assertThat(q.cue().text()).isEqualTo("chanted");
        assertThat(speaker(q)).isEqualTo("the delegates");
    }

    @Test
    void aMannerOfSpeakingVerbInTheMainClauseBeatsAReportingVerbInTheAside() {
        Quote q = only("As the crowd cheered, the Daily Courier reported, his daughter whispered to him: \"They are still with you.\"");
        assertThat(q.cue().text()).isEqualTo("whispered");
        assertThat(speaker(q)).isEqualTo("his daughter");
    }

    @Test
    void aShortQuoteWithoutAnySpeechVerbStaysAScareQuote() {
        List<Quote> q = marked("As the senator spoke, the delegates waved \"We want more\" signs.");
        assertThat(q).allMatch(x -> x.kind() != Kind.DIRECT);
    }
    @Test
    void aMannerOfSpeakingVerbAfterACoordinatedVerbIsTheCue() {
        Quote q = only("Smiling at the crowd, the mayor thanked her staff and then boomed, \"Today the city is back.\"");
        assertThat(q.cue().text()).isEqualTo("boomed");
        assertThat(speaker(q)).isEqualTo("the mayor");
    }
    // ------------------------------------------------------------------ the writer's sentence running on after the marks

    @Test
    void aQuoteThatTheWritersSentenceContinuesAfterTheMarksIsPartial() {
        Quote q = only("The mayor said, \"I have not heard that complaint\" from the police chief.");
        assertThat(q.kind()).isEqualTo(Kind.PARTIAL);
        assertThat(speaker(q)).isEqualTo("The mayor");
    }

    @Test
    void aQuoteAfterACueThatTheWritersSentenceContinuesWithASubordinatorIsPartial() {
        Quote q = only("Asked about the delay, Reyes said, \"We have two weeks to go\" until the final vote.");
        assertThat(q.kind()).isEqualTo(Kind.PARTIAL);
    }

    @Test
    void aQuoteEndedByItsOwnPunctuationStaysDirectWhateverFollows() {
        Quote q = only("The mayor said, \"I have not heard that complaint,\" from the stage.");
        assertThat(q.kind()).isEqualTo(Kind.DIRECT);
    }

    @Test
    void aTimePhraseAfterTheMarksDoesNotMakeTheQuotePartial() {
        Quote q = only("The mayor tweeted, \"Thank you Ohio\" on Friday night.");
        assertThat(q.kind()).isEqualTo(Kind.DIRECT);
    }
    // ------------------------------------------------------------------ a name set off by commas after an introductory phrase

    @Test
    void aNameBetweenCommasAfterAnIntroductoryPhraseIsTheSpeaker() {
        Quote q = only("After winning Ohio in the state primary, Gov. Ann Kyle (R-OH), said, \"I am ready for the next state.\"");
        assertThat(speaker(q)).isEqualTo("Gov. Ann Kyle (R-OH)");
        assertThat(name(q)).isEqualTo("Ann Kyle");
    }

    @Test
    void aLowerCaseAppositiveBetweenCommasStillGivesTheNameBeforeIt() {
        Quote q = only("\"The port will reopen,\" Ann Kyle, a spokeswoman for the city, said.");
        assertThat(speaker(q)).isEqualTo("Ann Kyle");
    }

    @Test
    void theNameBeforeAnAgeIsTheSpeakerNotThePlaceOrRoleAfterIt() {
        assertThat(speaker(only("\"The port will reopen,\" Ann Kyle, 54, of Dayton, Ohio, said.")))
                .isEqualTo("Ann Kyle");
        assertThat(FinderFixtures.indirect("Tom Reed, 31, a retired welder from Akron, said the levy was fair."))
                .extracting(FinderFixtures::speaker).containsExactly("Tom Reed");
        // a date is no age: the subject after it speaks
        assertThat(FinderFixtures.indirect("On Sept. 26, 2014, Tom Reed said the levy was fair."))
                .extracting(FinderFixtures::speaker).containsExactly("Tom Reed");
    }
    @Test
    void aYellingParticipleAfterWithAndANameIsTheNamesCue() {
        Quote q = only("At a rally in Dayton, Ohio, on Saturday, fans pushed a protester, with Reyes reportedly yelling: "
                + "\"Get him out of here!\"");
        assertThat(q.cue().text()).isEqualTo("yelling");
        assertThat(speaker(q)).isEqualTo("Reyes");
    }

    // ------------------------------------------------------------------ a source that closes the attribution

    @Test
    void aSourceAfterTheAttributionIsTheSpeakerOfTheQuote() {
        Quote q = only("\"We will reopen the bridge by May,\" the mayor said, according to the Dayton Courier.");
        assertThat(q.kind()).isEqualTo(Kind.DIRECT);
        assertThat(speaker(q)).isEqualTo("the Dayton Courier");
    }

    @Test
    void withoutASourceAfterItTheAttributionKeepsItsSpeaker() {
        Quote q = only("\"We will reopen the bridge by May,\" the mayor said, according to plan.");
        assertThat(speaker(q)).isEqualTo("the mayor");
    }

    @Test
    void aSourceInsideTheSentenceBeforeTheQuoteDoesNotReplaceItsSpeaker() {
        Quote q = only("According to the Dayton Courier, the mayor said, \"We will reopen the bridge by May.\"");
        assertThat(speaker(q)).isEqualTo("the mayor");
    }

    // ------------------------------------------------------------------ "X went on to say"

    @Test
    void theSubjectOfWentOnToSayIsTheSpeakerWithoutTheVerb() {
        Quote q = only("The memo went on to say, \"The port will reopen in May.\"");
        assertThat(speaker(q)).isEqualTo("The memo");
    }

    @Test
    void aParagraphEndingInWentOnToSayIntroducesTheNextParagraphsQuote() {
        Quote q = only("Ann Kyle spoke to the crowd for an hour. She went on to say:\n\n\"We are ready for the vote.\"");
        assertThat(q.cue().text()).isEqualTo("say");
        assertThat(speaker(q)).isEqualTo("She");
        assertThat(name(q)).isEqualTo("Ann Kyle");
    }

    @Test
    void wentOnToWithAnotherVerbLeavesTheQuotesOwnSpeaker() {
        Quote q = only("Reyes went on to win Ohio, and his aides said, \"We are ready.\"");
        assertThat(speaker(q)).isEqualTo("his aides");
    }

    // ------------------------------------------------------------------ "As X put it, ..." lead-ins

    @Test
    void aQuoteClosingTheSentenceAfterAnAsClauseIsTheSourcesDirectQuote() {
        Quote q = only("The vote was close. As the columnist Ann Kyle had written a year earlier, "
                + "\"Nobody in this town wins by much.\"");
        assertThat(q.kind()).isEqualTo(Kind.DIRECT);
        assertThat(speaker(q)).isEqualTo("the columnist Ann Kyle");
    }

    @Test
    void aLowerCaseQuoteAfterAnAsClauseWithACueIsDirect() {
        Quote q = only("But at the time, as the Dayton Courier reported, \"apart from a few fines, there was "
                + "little to report.\"");
        assertThat(q.kind()).isEqualTo(Kind.DIRECT);
        assertThat(speaker(q)).isEqualTo("the Dayton Courier");
    }

    @Test
    void anAsClauseWithoutAVerbOfItsSourceIsNoAttribution() {
        assertThat(only("After taxes, as a family with one income, \"we were not living large.\"").kind())
                .isEqualTo(Kind.PARTIAL);
        assertThat(only("As he was leaving the hall, \"we will be back in May.\"").kind()).isEqualTo(Kind.PARTIAL);
    }

    @Test
    void anAsClauseAfterTheSubjectIsNotALeadIn() {
        Quote q = only("Reyes, as he was known, \"was caught in the middle of the feud.\"");
        assertThat(q.kind()).isNotEqualTo(Kind.DIRECT);
    }

    // ------------------------------------------------------------------ introductory phrases before the clause subject

    @Test
    void anOpeningTimePhraseIsNotTheSubject() {
        Quote q = only("Hours later, the senator returned the favor, telling reporters, \"We have been friends for years.\"");
        assertThat(speaker(q)).isEqualTo("the senator");
    }

    @Test
    void aSubjectBeforeLaterIsStillTheSubject() {
        Quote q = only("Two aides later released a statement, saying, \"We have been friends for years.\"");
        assertThat(speaker(q)).isEqualTo("Two aides");
    }

    @Test
    void aStateAfterThePlaceBelongsToTheIntroductoryPhrase() {
        Quote q = only("At a town hall in Salem, New Hampshire, the governor went after her rival, calling him "
                + "\"a total stiff.\"");
        assertThat(speaker(q)).isEqualTo("the governor");
        Quote r = only("In the hours after the storm hit Tampa, Fla., on Sunday, the mayor released a statement, "
                + "saying, \"We will rebuild every house.\"");
        assertThat(speaker(r)).isEqualTo("the mayor");
    }

    @Test
    void aNameAfterThePlaceIsTheSubject() {
        Quote q = only("In Denver, Reyes released a statement, saying, \"We will rebuild every house.\"");
        assertThat(speaker(q)).isEqualTo("Reyes");
    }

    @Test
    void aLowerCaseAdjectiveBeforeATitleStaysInsideTheSubject() {
        Quote q = only("Former Republican presidential candidate Ann Kyle broke down the problem for the newspaper: "
                + "\"It was a mistake.\"");
        assertThat(speaker(q)).isEqualTo("Former Republican presidential candidate Ann Kyle");
        assertThat(name(q)).isEqualTo("Ann Kyle");
    }

    @Test
    void anAdjectiveThatIsNotBeforeATitleEndsTheSubject() {
        Quote q = only("Kyle Medical financial records were released on Monday, saying, \"It was a mistake.\"");
        assertThat(speaker(q)).isNotEqualTo("Kyle Medical financial records");
    }

    // ------------------------------------------------------------------ shouted words

    @Test
    void theWordsRightAfterAVerbOfShoutingAreADirectQuote() {
        Quote q = only("When the mayor stood up, a heckler yelled \"stay home!\"");
        assertThat(q.kind()).isEqualTo(Kind.DIRECT);
        assertThat(speaker(q)).isEqualTo("a heckler");
    }

    @Test
    void theNounPhraseAfterWithIsTheSubjectOfTheParticiple() {
        Quote q = only("The strikers gathered outside the plant, with dozens of workers chanting \"no contract, no work\" "
                + "through the night.");
        assertThat(q.kind()).isEqualTo(Kind.DIRECT);
        assertThat(speaker(q)).isEqualTo("dozens of workers");
    }

    @Test
    void aParticipleClosingASubordinateClauseTakesThatClausesSubject() {
        Quote q = only("The speech was interrupted at the college, when two students stood up, shouting \"go home now!\"");
        assertThat(speaker(q)).isEqualTo("two students");
    }

    @Test
    void aShoutedWordWithoutAnyoneShoutingItIsNotADirectQuote() {
        Quote q = only("He notes that free speech ends where you cannot yell \"fire\" in a theater.");
        assertThat(q.kind()).isNotEqualTo(Kind.DIRECT);
    }

    // ------------------------------------------------------------------ quotes that go on from reported speech

    @Test
    void aQuoteOnlySentenceAfterReportedSpeechIsPartOfThatAttribution() {
        List<Quote> q = marked("The mayor said the city would appeal the ruling. \"We are not done with this case.\"");
        assertThat(q).hasSize(1);
        assertThat(q.get(0).kind()).isEqualTo(Kind.PARTIAL);
        assertThat(speaker(q.get(0))).isEqualTo("The mayor");
    }

    @Test
    void aQuoteOnlyParagraphAfterReportedSpeechIsPartOfThatAttribution() {
        List<Quote> q = marked("The mayor said the city would appeal the ruling.\n\n\"We are not done with this case.\"");
        assertThat(q).hasSize(1);
        assertThat(q.get(0).kind()).isEqualTo(Kind.PARTIAL);
        assertThat(speaker(q.get(0))).isEqualTo("The mayor");
    }

    @Test
    void aQuoteOnlySentenceAfterADirectQuoteStaysDirect() {
        List<Quote> q = marked("The mayor told reporters: \"We will appeal the ruling.\"\n\n"
                + "\"We are not done with this case.\"");
        assertThat(q).extracting(Quote::kind).containsOnly(Kind.DIRECT);
        assertThat(q).extracting(FinderFixtures::speaker).doesNotContainNull();
    }

    @Test
    void aQuoteOnlySentenceAfterNarrativeStaysDirect() {
        Quote q = only("The council met on Monday. \"We are not done with this case.\"");
        assertThat(q.kind()).isEqualTo(Kind.DIRECT);
    }

    // ------------------------------------------------------------------ titles after a possessive

    @Test
    void aTitleAfterAPossessiveIsNotTheSecondHalfOfASplitQuote() {
        List<Quote> q = marked("\"We will win this state,\" Reyes said on KXTV's \"Morning Report.\"");
        assertThat(q).filteredOn(x -> x.kind() == Kind.DIRECT).extracting(Quote::text)
                .containsExactly("We will win this state");
        assertThat(q).filteredOn(x -> x.text().startsWith("Morning Report")).extracting(Quote::kind)
                .containsExactly(Kind.OTHER);
    }

    @Test
    void aLowerCaseQuoteAfterAPossessiveIsNoTitle() {
        Quote q = only("Voters remember the mayor's \"we will rebuild every house\" promise.");
        assertThat(q.kind()).isNotEqualTo(Kind.OTHER);
    }

    @Test
    void aTitleAfterTheNounOfAWorkIsNotADirectQuote() {
        List<Quote> q = marked("The mayor wrote about it in her memoir, \"Hard Roads Home.\"");
        assertThat(q).extracting(Quote::kind).containsExactly(Kind.OTHER);
    }

    @Test
    void aSentenceAfterTheNounOfAWorkStaysADirectQuote() {
        Quote q = only("The mayor wrote in her memoir, \"We were never poor, only broke.\"");
        assertThat(q.kind()).isEqualTo(Kind.DIRECT);
        assertThat(speaker(q)).isEqualTo("The mayor");
    }

    // ------------------------------------------------------------------ an introductory phrase after a quote

    @Test
    void aQuoteAfterAnIntroductoryPhraseGoesOnFromTheQuoteBefore() {
        List<Quote> q = marked("\"We are short of money,\" the mayor said. "
                + "Instead, \"we will ask the state for help.\"");
        assertThat(q).hasSize(1);
        assertThat(q.get(0).kind()).isEqualTo(Kind.DIRECT);
        assertThat(q.get(0).spans()).hasSize(2);
        assertThat(speaker(q.get(0))).isEqualTo("the mayor");
    }

    @Test
    void aQuoteAfterALongerIntroductoryPhraseGoesOnFromTheQuoteBefore() {
        List<Quote> q = marked("\"We are short of money,\" Reyes said. Unless the council changes its mind soon, "
                + "\"the pool will close in May.\"");
        assertThat(q).hasSize(1);
        assertThat(q.get(0).kind()).isEqualTo(Kind.DIRECT);
        assertThat(speaker(q.get(0))).isEqualTo("Reyes");
    }

    @Test
    void aQuoteAfterAnIntroductoryPhraseWithoutAQuotedSpeakerStaysPartial() {
        Quote q = only("The council met on Monday. Instead, \"we will ask the state for help.\"");
        assertThat(q.kind()).isEqualTo(Kind.PARTIAL);
    }

    @Test
    void aQuoteAfterAWritersClauseStaysPartial() {
        List<Quote> q = marked("\"We are short of money,\" the mayor said. The council voted on Monday to close the "
                + "pool for the summer because, in the words of its chairman, \"the water is too expensive.\"");
        assertThat(q).filteredOn(x -> x.text().startsWith("the water")).extracting(Quote::kind)
                .doesNotContain(Kind.DIRECT);
    }

    @Test
    void aQuoteAfterAnIntroductoryPhraseGoingOnFromReportedSpeechIsNotDirect() {
        List<Quote> q = marked("The mayor said the city was short of money. "
                + "Instead, \"we will ask the state for help.\"");
        assertThat(q).filteredOn(x -> x.text().startsWith("we will")).extracting(Quote::kind)
                .doesNotContain(Kind.DIRECT);
    }

    // ------------------------------------------------------------------ finite cue phrases ending in -ing

    @Test
    void aFiniteCuePhraseEndingInSayingAttributesTheQuoteBeforeIt() {
        List<Quote> q = marked("\"Our method works because we call every voter,\" Reyes is quoted as saying. "
                + "\"We are faster and cheaper than the others.\"");
        assertThat(q).hasSize(1);
        assertThat(q.get(0).kind()).isEqualTo(Kind.DIRECT);
        assertThat(speaker(q.get(0))).isEqualTo("Reyes");
    }

    @Test
    void aParticipleCueStillTakesTheSubjectOfItsClause() {
        Quote q = only("The mayor spoke for an hour on Monday, saying, \"We will rebuild the bridge.\"");
        assertThat(q.kind()).isEqualTo(Kind.DIRECT);
        assertThat(speaker(q)).isEqualTo("The mayor");
    }

    @Test
    void aParticiplePhraseWithItsVerbFirstIsNoFiniteCue() {
        CueLexicon.Entry e = new CueLexicon.Entry(new String[] {"pointing", "out"}, CueLexicon.CueClass.VERB, 1.0);
        assertThat(e.participle()).isFalse();
        CueLexicon.Entry quoted = new CueLexicon.Entry(new String[] {"was", "quoted", "as", "saying"},
                CueLexicon.CueClass.VERB, 1.0);
        assertThat(quoted.participle()).isFalse();
        assertThat(new CueLexicon.Entry(new String[] {"saying"}, CueLexicon.CueClass.VERB, 1.0).participle()).isTrue();
    }

    // ------------------------------------------------------------------ "states" after a quote and its subject

    @Test
    void statesAfterAQuoteAndItsSubjectIsTheCue() {
        Quote q = only("\"Every worker gets twelve weeks of paid leave,\" the handbook states.");
        assertThat(q.kind()).isEqualTo(Kind.DIRECT);
        assertThat(speaker(q)).isEqualTo("the handbook");
    }

    @Test
    void stateWithAPlaceAfterItIsTheCueOfTheQuotesAroundIt() {
        List<Quote> q = marked("\"The city is one of the safest in the region,\" the officials state in the report. "
                + "\"It shares the goals of the state.\"");
        assertThat(q).hasSize(1);
        assertThat(q.get(0).kind()).isEqualTo(Kind.DIRECT);
        assertThat(speaker(q.get(0))).isEqualTo("the officials");
    }

    @Test
    void stateInsideTheSubjectIsNoCue() {
        Quote q = only("\"We will close the gap,\" the governor of the state said.");
        assertThat(q.cue().text()).isEqualTo("said");
        assertThat(speaker(q)).startsWith("the governor");
    }

    @Test
    void statesAsANounBeforeAQuoteIsNoCue() {
        List<Quote> all = FINDER.find("Voters in Western states \"want a change,\" Reyes said.",
                QuoteFinder.Options.all());
        assertThat(all).noneMatch(q -> q.cue() != null && q.cue().text().equals("states"));
    }

    // ------------------------------------------------------------------ an article and a noun opening a colon lead-in

    @Test
    void anArticleAndANounOpeningAColonLeadInAreTheSpeaker() {
        Quote q = only("A footnote in the audit makes the point plainly: "
                + "\"These rules do not apply to the senior staff.\"");
        assertThat(q.kind()).isEqualTo(Kind.DIRECT);
        assertThat(speaker(q)).isEqualTo("A footnote");
    }

    @Test
    void anAdjectiveBeforeThePrepositionKeepsItsNoun() {
        Quote q = only("An angry rally by the union on Monday had one message: \"Pay us now.\"");
        assertThat(speaker(q)).isEqualTo("An angry rally");
    }

    @Test
    void aNameEndingTheColonLeadInBlocksTheArticleSubject() {
        Quote q = only("The timing of the vote did not surprise pollster Ann Lee: \"Late voters always break late.\"");
        assertThat(speaker(q)).isNotEqualTo("The timing");
    }

    @Test
    void aNumberAfterTheArticleIsNoSpeaker() {
        Quote q = only("The 60 second ad ends with a narrator: \"Can voters trust the mayor with their money?\"");
        assertThat(speaker(q)).isNull();
    }

    // ------------------------------------------------------------------ a possessive inside a cited source

    @Test
    void aPossessiveStaysInsideTheSourceAfterFrom() {
        List<Quote> q = marked("Aides said the governor would back Lee. From the governor's Facebook post: "
                + "\"For the sake of our party, we must move on.\"");
        assertThat(q).filteredOn(x -> x.kind() == Kind.DIRECT).extracting(FinderFixtures::speaker)
                .containsExactly("the governor's Facebook post");
    }

    @Test
    void aPossessiveObjectBeforeAColonIsNoCitedSource() {
        Quote q = only("Aides wrote to the governor's staff: \"We are ready for the vote on Monday.\"");
        assertThat(speaker(q)).isEqualTo("Aides");
    }

    // ------------------------------------------------------------------ a colon lead-in without a found subject

    @Test
    void aColonLeadInWithoutAFoundSubjectTakesNoSpeakerFromTheParagraph() {
        List<Quote> q = marked("\"We need more money,\" the mayor said. One early critic, Ann Lee, a retired "
                + "teacher from the east side, gave the idea a try on the radio on Tuesday: \"You can easily argue "
                + "that the city is broke.\"");
        assertThat(q).filteredOn(x -> x.text().startsWith("You can")).extracting(FinderFixtures::speaker)
                .containsExactly((String) null);
    }

    @Test
    void aColonLeadInWithItsSubjectKeepsIt() {
        List<Quote> q = marked("\"We need more money,\" the mayor said. Then she went further: "
                + "\"We will raise taxes again in this city.\"");
        assertThat(q).filteredOn(x -> x.text().startsWith("We will")).extracting(FinderFixtures::speaker)
                .containsExactly("she");
    }
}
