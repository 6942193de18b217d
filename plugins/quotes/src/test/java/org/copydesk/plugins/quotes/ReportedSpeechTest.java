package org.copydesk.plugins.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.copydesk.plugins.quotes.FinderFixtures.FINDER;
import static org.copydesk.plugins.quotes.FinderFixtures.find;
import static org.copydesk.plugins.quotes.FinderFixtures.indirect;
import static org.copydesk.plugins.quotes.FinderFixtures.speaker;

import java.util.List;
import java.util.Map;
import org.copydesk.api.Quote;
import org.copydesk.api.Quote.Kind;
import org.junit.jupiter.api.Test;

/** Reported-speech rules for PolNeAR's wide notion of attribution, on invented texts (positive and negative). */
class ReportedSpeechTest {
    @Test
    void passiveAskedQuestionIsAnAttributionOfItsOwn() {
        List<Quote> q = indirect("Asked on Monday whether the bridge would reopen, the mayor said she did not know.");
        assertThat(q).extracting(Quote::text).containsExactly("whether the bridge would reopen", "she did not know");
        assertThat(q.get(0).cue().text()).isEqualTo("Asked");
        assertThat(q.get(0).speaker()).isNull();
        assertThat(speaker(q.get(1))).isEqualTo("the mayor");
    }

    @Test
    void askedAboutLeavesAboutInTheCueAndNamesTheAskerAfterBy() {
        List<Quote> q = indirect("The coach smiled when asked by Tom Briggs about the new stadium plans.");
        assertThat(q).hasSize(1);
        assertThat(q.get(0).text()).isEqualTo("the new stadium plans");
        assertThat(speaker(q.get(0))).isEqualTo("Tom Briggs");
    }

    @Test
    void activeAskedKeepsItsSubject() {
        List<Quote> q = indirect("The treasurer asked whether the fund could pay for the repairs.");
        assertThat(q).hasSize(1);
        assertThat(speaker(q.get(0))).isEqualTo("The treasurer");
        assertThat(indirect("He asked the waiter for another glass of water.")).noneMatch(x -> x.speaker() == null);
    }

    @Test
    void learnedCueVerbAfterASpeakingSubject() {
        QuoteFinder finder = new QuoteFinder(CueLexicon.standard(), SpeakerLexicon.standard(),
                CueRates.of(Map.of("backed", 0.6)));
        List<Quote> q = finder.find("The council backed the cheaper of the two bids.", QuoteFinder.Options.all());
        assertThat(q).hasSize(1);
        assertThat(q.get(0).text()).isEqualTo("the cheaper of the two bids");
        assertThat(speaker(q.get(0))).isEqualTo("The council");
        assertThat(q.get(0).cue().text()).isEqualTo("backed");
        // a verb below the learned threshold, or a subject that cannot speak: nothing
        assertThat(finder.find("The council painted the cheaper of the two halls.", QuoteFinder.Options.all())).isEmpty();
        assertThat(finder.find("The weather backed the cheaper of the two bids.", QuoteFinder.Options.all())).isEmpty();
    }

    @Test
    void learnedCueVerbDropsItsParticle() {
        QuoteFinder finder = new QuoteFinder(CueLexicon.standard(), SpeakerLexicon.standard(),
                CueRates.of(Map.of("pointed", 0.6)));
        Quote q = finder.find("Ms. Lane pointed to the rising cost of housing.", QuoteFinder.Options.all()).get(0);
        assertThat(q.text()).isEqualTo("the rising cost of housing");
        // "to" before a verb is an infinitive, part of the content
        QuoteFinder plain = new QuoteFinder(CueLexicon.standard(), SpeakerLexicon.standard(),
                CueRates.of(Map.of("resolved", 0.6)));
        assertThat(plain.find("Ms. Lane resolved to fight the rising cost of housing.", QuoteFinder.Options.all())
                .get(0).text()).isEqualTo("to fight the rising cost of housing");
    }

    @Test
    void learnedCueVerbAfterTryingTo() {
        QuoteFinder finder = new QuoteFinder(CueLexicon.standard(), SpeakerLexicon.standard(),
                CueRates.of(Map.of("prove", 0.6)));
        Quote q = finder.find("The agency is trying to prove the costs fell last year.", QuoteFinder.Options.all()).get(0);
        assertThat(q.text()).isEqualTo("the costs fell last year");
        assertThat(speaker(q)).isEqualTo("The agency");
        assertThat(q.cue().text()).isEqualTo("trying to prove");
    }

    @Test
    void participleAfterACommaTakesTheSentenceSubject() {
        List<Quote> q = indirect("The governor toured the plant on Friday, vowing to protect every job.");
        assertThat(q).hasSize(1);
        assertThat(q.get(0).text()).isEqualTo("to protect every job");
        assertThat(speaker(q.get(0))).isEqualTo("The governor");
    }

    @Test
    void raisedPassiveHasNoSpeakerAndKeepsTheSubjectInTheContent() {
        List<Quote> q = indirect("The old factory is expected to close next spring.");
        assertThat(q).hasSize(1);
        assertThat(q.get(0).speaker()).isNull();
        assertThat(q.get(0).cue().text()).isEqualTo("is expected");
        assertThat(q.get(0).spans()).hasSize(2);
        assertThat(q.get(0).text()).isEqualTo("The old factory to close next spring");
        assertThat(q.get(0).start()).isZero();
        // a passive that is not a cue
        assertThat(indirect("The old factory was painted to look new again.")).isEmpty();
    }

    private static QuoteFinder withRates(Map<String, Double> rates) {
        return new QuoteFinder(CueLexicon.standard(), SpeakerLexicon.standard(), CueRates.of(rates));
    }

    private static List<Quote> findWith(QuoteFinder finder, String body) {
        return finder.find(body, QuoteFinder.Options.all()).stream().filter(q -> q.kind() == Kind.INDIRECT).toList();
    }

    @Test
    void shortContentAfterAListedCue() {
        List<Quote> q = indirect("The two campaigns declined to comment.");
        assertThat(q).extracting(Quote::text).containsExactly("to comment");
        assertThat(speaker(q.get(0))).isEqualTo("The two campaigns");
    }

    @Test
    void coordinatedLearnedVerbsShareTheSubject() {
        QuoteFinder finder = withRates(Map.of("backed", 0.6, "faulted", 0.6));
        List<Quote> q = findWith(finder, "The mayor backed the budget but faulted the new parking rules.");
        assertThat(q).extracting(Quote::text).containsExactly("the budget", "the new parking rules");
        assertThat(q).extracting(x -> x.speaker() == null ? null : x.speaker().text())
                .containsExactly("The mayor", "The mayor");
        // a coordinated verb that is not a cue stays in the content
        assertThat(findWith(finder, "The mayor backed the budget and painted the fence.")).extracting(Quote::text)
                .containsExactly("the budget and painted the fence");
    }

    @Test
    void coordinatedSpeechVerbStartsASecondAttributionOfTheSameSubject() {
        QuoteFinder finder = withRates(Map.of("praised", 0.6));
        List<Quote> q = findWith(finder, "The mayor praised the new budget and said the parking rules would change.");
        assertThat(q).extracting(Quote::text).containsExactly("the new budget", "the parking rules would change");
        assertThat(q).extracting(FinderFixtures::speaker).containsExactly("The mayor", "The mayor");
        assertThat(q.get(1).cue().text()).isEqualTo("said");
        List<Quote> told = indirect("The coach declined to name the new captain but told reporters that the "
                + "team would decide in May.");
        assertThat(told).extracting(Quote::text).containsExactly("to name the new captain",
                "the team would decide in May");
        // a listed cue read as a noun, or a coordinated verb that is no cue, stays in the content
        assertThat(findWith(finder, "The mayor praised the budget and the remarks of the council.")).extracting(
                Quote::text).containsExactly("the budget and the remarks of the council");
        assertThat(findWith(finder, "The mayor praised the budget and painted the fence.")).extracting(Quote::text)
                .containsExactly("the budget and painted the fence");
    }

    @Test
    void learnedParticipleContinuesTheAttributionBefore() {
        QuoteFinder finder = withRates(Map.of("faulting", 0.6));
        List<Quote> q = findWith(finder, "Smith said the budget was fine, faulting the parking rules.");
        assertThat(q).extracting(Quote::text).containsExactly("the budget was fine", "the parking rules");
        assertThat(q.get(1).cue().text()).isEqualTo("faulting");
        assertThat(speaker(q.get(1))).isEqualTo("Smith");
    }

    @Test
    void introductorySubordinateClauseEndsTheContentAtItsComma() {
        List<Quote> q = indirect("While Smith said the plan was dead, the council went home early.");
        assertThat(q).extracting(Quote::text).containsExactly("the plan was dead");
        assertThat(indirect("Smith said the plan was dead, the council having approved nothing.")).extracting(Quote::text)
                .containsExactly("the plan was dead, the council having approved nothing");
    }

    @Test
    void secondClauseWithALearnedVerbStartsASecondAttribution() {
        QuoteFinder finder = withRates(Map.of("faulted", 0.6));
        List<Quote> q = findWith(finder, "Smith said the plan would work, but the unions faulted its cost.");
        assertThat(q).extracting(Quote::text).containsExactly("the plan would work", "its cost");
        assertThat(speaker(q.get(1))).isEqualTo("the unions");
    }

    @Test
    void eachClauseAfterAnIntroductorySubordinateClauseIsSearched() {
        QuoteFinder finder = withRates(Map.of("ranks", 0.6));
        List<Quote> q = findWith(finder, "While the magazine ranks him at the top, the bank says he is much poorer.");
        assertThat(q).extracting(Quote::text).containsExactly("him at the top", "he is much poorer");
        assertThat(q).extracting(x -> x.speaker().text()).containsExactly("the magazine", "the bank");
    }

    @Test
    void asSourceNotedIntroducesTheMainClause() {
        List<Quote> q = indirect("As a study from the city noted, the average commute grew by ten minutes.");
        assertThat(q).extracting(Quote::text).containsExactly("the average commute grew by ten minutes");
        assertThat(speaker(q.get(0))).isEqualTo("a study from the city");
    }

    @Test
    void parentheticalAttributionInsideItsContent() {
        Quote q = indirect("A new coach, he said, could change the mood of the whole team.").get(0);
        assertThat(q.spans()).hasSize(2);
        assertThat(q.text()).isEqualTo("A new coach could change the mood of the whole team");
        assertThat(speaker(q)).isEqualTo("he");
        Quote p = indirect("The upshot, according to the union, is that the talks will resume.").get(0);
        assertThat(p.text()).isEqualTo("The upshot is that the talks will resume");
        assertThat(speaker(p)).isEqualTo("the union");
        // a participle or a circumstance after the attribution is not content
        assertThat(indirect("Sales were great, he said, wiping sweat off his face.")).extracting(Quote::text)
                .containsExactly("Sales were great");
        assertThat(indirect("Sales were great this spring, he said, in a statement.")).extracting(Quote::text)
                .containsExactly("Sales were great this spring");
    }

    @Test
    void accordingToALongSourceReachesTheComma() {
        Quote q = indirect("According to a new survey by the state college based on tax data from 2014, rents rose "
                + "by a third.").get(0);
        assertThat(q.text()).isEqualTo("rents rose by a third");
        assertThat(speaker(q)).isEqualTo("a new survey by the state college based on tax data from 2014");
    }

    @Test
    void raisingVerbKeepsTheSubjectInTheContentWithoutSpeaker() {
        Quote q = indirect("The new mayor seemed to enjoy the long debate.").get(0);
        assertThat(q.text()).isEqualTo("The new mayor to enjoy the long debate");
        assertThat(q.speaker()).isNull();
        assertThat(q.cue().text()).isEqualTo("seemed");
    }

    @Test
    void aRaisingVerbBeforeASourcesActKeepsTheSpeakingSubject() {
        Quote q = indirect("The new mayor seemed to urge the council to delay the vote.").get(0);
        assertThat(speaker(q)).isEqualTo("The new mayor");
        assertThat(q.cue().text()).isEqualTo("seemed");
        assertThat(speaker(indirect("Ortega appeared to criticize the transit plan on Monday.").get(0)))
                .isEqualTo("Ortega");
        // a subject that cannot speak, or a verb that is no act of a source, names no speaker
        assertThat(indirect("The old bridge seemed to urge caution on every driver.").get(0).speaker()).isNull();
        assertThat(indirect("The new mayor seemed to enjoy the long debate.").get(0).speaker()).isNull();
    }

    @Test
    void theAgentOfAParticipleWithByIsTheSpeaker() {
        List<Quote> q = indirect("The nationwide campaign, first reported by The Dayton Herald, is a key part of the "
                + "mayor's plan.");
        assertThat(q).extracting(FinderFixtures::speaker).containsExactly("The Dayton Herald");
        assertThat(indirect("Rules recently issued by the Labor Department, telling firms to post wages, took "
                + "effect in May.")).extracting(FinderFixtures::speaker).containsOnly("the Labor Department");
        // "by" before a participle in -ing is the manner of the subject's act
        assertThat(indirect("The mayor responded by quickly attacking the plan."))
                .extracting(FinderFixtures::speaker).containsExactly("The mayor");
    }

    @Test
    void theAgentOfAPassiveSpeechOrStanceVerbIsTheSpeakerOfItsSubject() {
        List<Quote> q = indirect("The zoning plan was sharply criticized by neighborhood groups for its cost.");
        assertThat(q).hasSize(1);
        assertThat(speaker(q.get(0))).isEqualTo("neighborhood groups");
        assertThat(q.get(0).text()).isEqualTo("The zoning plan for its cost");
        assertThat(q.get(0).cue().text()).isEqualTo("criticized by");
        assertThat(indirect("The merger talks were first reported by The Dayton Herald."))
                .extracting(Quote::text, FinderFixtures::speaker).containsExactly(tuple("The merger talks",
                        "The Dayton Herald"));
        // a relative pronoun before the passive is the content, as PolNeAR marks it
        assertThat(indirect("Ana Reyes, who was endorsed by the teachers union, won the seat in May."))
                .filteredOn(x -> "endorsed by".equals(x.cue().text()))
                .extracting(Quote::text, FinderFixtures::speaker).containsExactly(tuple("who", "the teachers union"));
        // a participle without "be" after the noun it modifies
        assertThat(indirect("The city kept the old rules, a practice criticized by civil rights groups."))
                .filteredOn(x -> "civil rights groups".equals(speaker(x)))
                .extracting(Quote::text).containsExactly("a practice");
    }

    @Test
    void noPassiveAgentAttributionWithoutACueParticipleOrASpeakingAgent() {
        // "built" is no cue; "by Thursday" is a time; "as reported by" has the main clause as content
        assertThat(indirect("The bridge was built by the county in 1950.")).isEmpty();
        assertThat(indirect("The permits must be approved by Thursday.")).isEmpty();
        assertThat(indirect("The mill closed in May, as reported by The Dayton Herald."))
                .extracting(Quote::text).doesNotContain("as");
        // the second of two coordinated participles is the subject's, not an agent's attribution of its own
        assertThat(indirect("Ann Kyi was nominated by the governor and confirmed by the state senate."))
                .extracting(FinderFixtures::speaker).doesNotContain("the state senate");
        // a candidate: a model that scores candidates low drops it
        QuoteFinder strict = new QuoteFinder(CueLexicon.standard(), SpeakerLexicon.standard(),
                CueRates.standard(), modelWith("candidate | -20"));
        assertThat(strict.find("The zoning plan was sharply criticized by neighborhood groups for its cost.",
                QuoteFinder.Options.all())).isEmpty();
    }

    @Test
    void aContractedHasOrIsAfterAPronounStandsBetweenTheSpeakerAndItsCue() {
        assertThat(indirect("He’s said he would veto the bill."))
                .extracting(Quote::text, FinderFixtures::speaker).containsExactly(tuple("he would veto the bill", "He"));
        assertThat(indirect("She's predicted big wins in the spring races."))
                .extracting(FinderFixtures::speaker).containsExactly("She");
    }

    @Test
    void aContractedIsBeforeAPassiveOrAfterItStaysNoSpeaker() {
        // "it's said" names no source; "he's accused of" is a passive, not his attribution
        assertThat(indirect("It’s said that the mill will close in May."))
                .extracting(FinderFixtures::speaker).doesNotContain("It");
        assertThat(indirect("He's accused of hiding the report from the council."))
                .extracting(FinderFixtures::speaker).doesNotContain("He");
    }

    @Test
    void shortSentenceWithALearnedVerb() {


        QuoteFinder finder = withRates(Map.of("retweeted", 0.6));
        List<Quote> q = findWith(finder, "Jones retweeted the message.");
        assertThat(q).extracting(Quote::text).containsExactly("the message");
        assertThat(findWith(finder, "Jones slept.")).isEmpty();
    }

    @Test
    void sinceAndBothMayStandBeforeALearnedVerb() {
        QuoteFinder finder = withRates(Map.of("balked", 0.6, "balked_at", 0.6));
        List<Quote> q = findWith(finder, "The plan was approved, but city officials have since balked at the cost.");
        assertThat(q).extracting(Quote::text).containsExactly("the cost");
        assertThat(speaker(q.get(0))).isEqualTo("city officials");
    }

    @Test
    void mixedQuoteIsReportedSpeechFromTheCueToTheQuotedWords() {
        List<Quote> q = find("The senator called him \"the worst mayor in our history\" and said, \"He must go.\"");
        assertThat(q).extracting(Quote::kind).containsExactly(Kind.INDIRECT, Kind.PARTIAL, Kind.DIRECT);
        assertThat(q.get(0).text()).isEqualTo("him \"the worst mayor in our history");
        assertThat(speaker(q.get(0))).isEqualTo("The senator");
        List<Quote> after = find("The new coach is \"not a people person,\" one player said.");
        assertThat(after).filteredOn(x -> x.kind() == Kind.INDIRECT).extracting(Quote::text)
                .containsExactly("The new coach is \"not a people person");
        // a quote without attribution stays alone
        assertThat(find("The new coach is \"not a people person\" at all.")).noneMatch(x -> x.kind() == Kind.INDIRECT);
    }

    @Test
    void contractedAndNegatedAuxiliariesBeforeALearnedVerb() {
        QuoteFinder finder = withRates(Map.of("backing", 0.6, "back", 0.6));
        assertThat(findWith(finder, "He's backing the new stadium plan.")).extracting(Quote::text)
                .containsExactly("the new stadium plan");
        List<Quote> q = findWith(finder, "The mayor doesn't back the new stadium plan.");
        assertThat(q).extracting(Quote::text).containsExactly("the new stadium plan");
        assertThat(speaker(q.get(0))).isEqualTo("The mayor");
    }

    @Test
    void aPollOrReportIntroducedByInIsTheSource() {
        List<Quote> q = indirect("In a new county poll of likely voters, the mayor leads by nine points.");
        assertThat(q).extracting(Quote::text).containsExactly("the mayor leads by nine points");
        assertThat(speaker(q.get(0))).isEqualTo("a new county poll of likely voters");
        // the main clause has a source of its own
        List<Quote> s = indirect("In a statement, the ministry said the troops would stay.");
        assertThat(s).extracting(Quote::text).containsExactly("the troops would stay");
        assertThat(speaker(s.get(0))).isEqualTo("the ministry");
        assertThat(indirect("In the old town hall, the band played until midnight.")).isEmpty();
    }

    @Test
    void aPollIsTheSourceOfTheShareThatAnswersIt() {
        List<Quote> q = indirect("In a new county poll, 38 percent of voters said the levy was too high.");
        assertThat(q).hasSize(1);
        assertThat(q.get(0).text()).isEqualTo("38 percent of voters said the levy was too high");
        assertThat(speaker(q.get(0))).isEqualTo("a new county poll");
        assertThat(speaker(indirect("In a new county survey, six in 10 voters said the levy was too high.").get(0)))
                .isEqualTo("a new county survey");
    }

    @Test
    void aDocumentBeforeAGroupWithItsOwnCueIsNoSource() {
        // people who wrote or signed the document speak for themselves: no share of those asked
        List<Quote> q = indirect("In a letter, 40 senators said the levy was too high.");
        assertThat(q).hasSize(1);
        assertThat(speaker(q.get(0))).isEqualTo("40 senators");
        assertThat(speaker(indirect("In a letter, the senators said the levy was too high.").get(0)))
                .isEqualTo("the senators");
    }

    @Test
    void aPronounAfterWhatIsNoSpeakerOfTheClauseVerb() {
        // the writer's "what he called": the outer verb and its subject are the attribution
        List<Quote> q = indirect("The mayor denounced what he called the deeply pessimistic vision of the council.");
        assertThat(q).hasSize(1);
        assertThat(speaker(q.get(0))).isEqualTo("The mayor");
        assertThat(q.get(0).text()).isEqualTo("what he called the deeply pessimistic vision of the council");
    }

    @Test
    void aPronounAfterWhichStaysTheSpeakerOfItsCue() {
        List<Quote> q = indirect("The mayor denounced the plan, which he called a disgrace.");
        assertThat(q).anyMatch(x -> "he".equals(speaker(x)) && x.cue().text().equals("called"));
    }

    @Test
    void longSubjectBeforeASpeechVerb() {
        Quote q = indirect("People with knowledge of the club finances said the new owners had paid too much.").get(0);
        assertThat(q.text()).isEqualTo("the new owners had paid too much");
        assertThat(speaker(q)).isEqualTo("People with knowledge of the club finances");
        // not across a comma
        assertThat(indirect("People with knowledge of it, and many more, said nothing.")).noneMatch(
                x -> x.speaker() != null && x.speaker().text().startsWith("People"));
    }

    @Test
    void aLearnedAttributionDoesNotPassItsSpeakerToAFollowingQuote() {
        QuoteFinder finder = withRates(Map.of("backed", 0.6));
        List<Quote> q = finder.find("\"We will build it,\" the mayor said. The governor backed the plan too. "
                + "\"It will be ready in May.\"", QuoteFinder.Options.all());
        assertThat(q).filteredOn(x -> x.kind() == Kind.DIRECT).extracting(x -> x.speaker().text())
                .containsExactly("the mayor", "the mayor");
        assertThat(q).filteredOn(x -> x.kind() == Kind.INDIRECT).extracting(x -> x.speaker().text())
                .containsExactly("The governor");
    }

    @Test
    void titleCaseHeadlineWithACapitalizedCue() {
        List<Quote> q = indirect("Senator Jane Roe Slams County Budget Plan");
        assertThat(q).extracting(Quote::text).containsExactly("County Budget Plan");
        assertThat(speaker(q.get(0))).isEqualTo("Senator Jane Roe");
        assertThat(q.get(0).cue().text()).isEqualTo("Slams");
        assertThat(indirect("The Long Road Home From The Coast")).isEmpty();
    }

    @Test
    void phrasalCuesOfStanceAreAttributions() {
        List<Quote> q = indirect("The governor made it clear that the levy would not rise this year.");
        assertThat(q).hasSize(1);
        assertThat(q.get(0).cue().text()).isEqualTo("made it clear");
        assertThat(speaker(q.get(0))).isEqualTo("The governor");
        assertThat(q.get(0).text()).isEqualTo("the levy would not rise this year");
        List<Quote> lashed = indirect("The mayor lashed out at the county board over the closed library.");
        assertThat(lashed).hasSize(1);
        assertThat(lashed.get(0).cue().text()).isEqualTo("lashed out at");
        assertThat(lashed.get(0).text()).isEqualTo("the county board over the closed library");
    }

    @Test
    void theWordsOfAPhrasalCueApartAreNoCue() {
        assertThat(indirect("The crew made the old road clear of snow before the parade.")).isEmpty();
        assertThat(indirect("The storm lashed the coast and the crews took the boats out.")).isEmpty();
    }

    @Test
    void attributionAfterAClauseBoundaryInsideAContentIsAnAttributionOfItsOwn() {
        List<Quote> and = indirect("The mayor said the bridge would reopen in May and the governor warned that the "
                + "repairs could take a year.");
        assertThat(and).extracting(Quote::text)
                .containsExactly("the bridge would reopen in May", "the repairs could take a year");
        assertThat(and).extracting(FinderFixtures::speaker).containsExactly("The mayor", "the governor");
        assertThat(and.get(1).cue().text()).isEqualTo("warned");
        List<Quote> dash = indirect("The mayor said the bridge would reopen in May - the governor insisted it would "
                + "take a year.");
        assertThat(dash).extracting(Quote::text)
                .containsExactly("the bridge would reopen in May", "it would take a year");
        List<Quote> evenAs = indirect("The mayor said the bridge would reopen in May, even as the governor argued "
                + "that the repairs could take a year.");
        assertThat(evenAs).extracting(Quote::text)
                .containsExactly("the bridge would reopen in May", "the repairs could take a year");
        assertThat(speaker(evenAs.get(1))).isEqualTo("the governor");
    }

    // The sentences open with a phrase that is not a poll: "In the survey, 52 percent said ..." makes the survey the
    // source of the whole clause (the thirteenth round's rule, tested with the speakers).
    @Test
    void comparedGroupWhoSaidIsAnAttributionOfItsOwn() {
        List<Quote> q = indirect("Overall, 52 percent of voters said yes, compared with 30 percent who "
                + "said the plan cost too much.");
        assertThat(q).extracting(Quote::text).containsExactly("yes", "the plan cost too much");
        assertThat(q).extracting(FinderFixtures::speaker).containsExactly("52 percent of voters", "who");
        List<Quote> to = indirect("Most members said they liked the new schedule, compared to a third who said they "
                + "wanted the old one back.");
        assertThat(to).extracting(Quote::text).containsExactly("they liked the new schedule",
                "they wanted the old one back");
        // without a comparison the relative clause belongs to its noun phrase inside the content
        assertThat(indirect("The mayor said she met residents who said the park should stay open."))
                .extracting(Quote::text).containsExactly("she met residents who said the park should stay open");
    }

    @Test
    void shareOfThosePolledAfterAClauseBoundaryInsideAContent() {
        List<Quote> q = indirect("At the meeting, 52 percent of members said the plan was fair and 30 percent said "
                + "it cost too much.");
        assertThat(q).extracting(Quote::text).containsExactly("the plan was fair", "it cost too much");
        assertThat(q).extracting(FinderFixtures::speaker).containsExactly("52 percent of members", "30 percent");
        assertThat(indirect("The club said the plan was fair and three in 10 said it cost too much."))
                .extracting(Quote::text).containsExactly("the plan was fair", "it cost too much");
        // a quantity word alone, or a share after "more than", speaks too
        assertThat(indirect("The club said the plan was fair, and more than 4 in 10 said it cost too much."))
                .extracting(Quote::text).containsExactly("the plan was fair", "it cost too much");
        List<Quote> half = indirect("Most members say the plan is fair, after half said so in the spring.");
        assertThat(half).extracting(Quote::text).containsExactly("the plan is fair", "so in the spring");
        assertThat(speaker(half.get(1))).isEqualTo("half");
        // a number of things is no share of people: the content stays whole
        assertThat(indirect("The club said the plan was fair and 30 houses said it cost too much."))
                .extracting(Quote::text).containsExactly("the plan was fair and 30 houses said it cost too much");
    }

    @Test
    void adverbBetweenCueAndThatStaysOutOfTheContent() {
        assertThat(indirect("The senator said, however, that the vote would wait until May.")).extracting(Quote::text)
                .containsExactly("the vote would wait until May");
        assertThat(indirect("The mayor argued insistently that the plan would work.")).extracting(Quote::text)
                .containsExactly("the plan would work");
        assertThat(indirect("The mayor said only that the plan would work.")).extracting(Quote::text)
                .containsExactly("the plan would work");
        // a word in -ly that begins the clause's subject keeps the relative "that" inside the content
        assertThat(indirect("The mayor said early voting that began on Monday went smoothly.")).extracting(Quote::text)
                .containsExactly("early voting that began on Monday went smoothly");
    }

    @Test
    void mixedQuoteAfterATellingCueLeavesTheAddresseeOut() {
        List<Quote> q = indirect("The judge sharpened her attack on Monday, telling reporters that the mayor is a "
                + "\"fraud\" and asking how he got elected.");
        assertThat(q).extracting(Quote::text).contains("the mayor is a \"fraud");
        // a cue that is not one of telling keeps what follows it
        assertThat(indirect("The judge sharpened her attack on Monday, noting the mayor is a \"fraud\" and asking "
                + "how he got elected.")).extracting(Quote::text).contains("the mayor is a \"fraud");
    }

    @Test
    void againstAfterAListedCueBelongsToTheCue() {
        assertThat(indirect("The mayor warned against cutting the school budget.")).extracting(Quote::text)
                .containsExactly("cutting the school budget");
        // no addressee after "against": the words before a "that" are the content's own
        assertThat(indirect("The mayor cautioned against viewing that as an endorsement.")).extracting(Quote::text)
                .containsExactly("viewing that as an endorsement");
        assertThat(indirect("The mayor warned reporters that the budget would shrink.")).extracting(Quote::text)
                .containsExactly("the budget would shrink");
    }

    @Test
    void attributionThatIsTheContentsOwnClauseStaysInsideIt() {
        // the complement of the outer cue: PolNeAR marks the outer attribution only
        List<Quote> q = indirect("The mayor said the governor had argued that the repairs would take a year.");
        assertThat(q).extracting(Quote::text)
                .containsExactly("the governor had argued that the repairs would take a year");
        // a subordinate clause of the content, and links that were not measured as boundaries
        assertThat(indirect("The mayor said the bridge closed when the governor warned of cracks in the deck."))
                .extracting(Quote::text)
                .containsExactly("the bridge closed when the governor warned of cracks in the deck");
        assertThat(indirect("The mayor said the bridge would reopen in May, so the governor argued that the repairs "
                + "could wait.")).hasSize(1);
    }

    @Test
    void learnedVerbAfterAClauseBoundaryInsideAContent() {
        String body = "The mayor said the bridge would reopen in May, though the council backed a later date.";
        List<Quote> q = findWith(withRates(Map.of("backed", 0.8)), body);
        assertThat(q).extracting(Quote::text).containsExactly("the bridge would reopen in May", "a later date");
        assertThat(speaker(q.get(1))).isEqualTo("the council");
        // below the rate for an attribution inside a content: the content stays whole
        assertThat(findWith(withRates(Map.of("backed", 0.6)), body)).extracting(Quote::text)
                .containsExactly("the bridge would reopen in May, though the council backed a later date");
    }

    @Test
    void relativeThatBeforeALearnedVerbIsTheSpeakerMention() {
        String body = "Tickets sold out within an hour of the fan club that backed the stadium plan.";
        List<Quote> q = findWith(withRates(Map.of("backed", 0.6)), body);
        assertThat(q).hasSize(1);
        assertThat(q.get(0).text()).isEqualTo("the stadium plan");
        assertThat(speaker(q.get(0))).isEqualTo("that");
        assertThat(q.get(0).cue().text()).isEqualTo("backed");
        // below the rate: nothing; a "that" after a verb is no relative pronoun and no speaker
        assertThat(findWith(withRates(Map.of("backed", 0.4)), body)).isEmpty();
        assertThat(findWith(withRates(Map.of("backed", 0.6)), "The owners insisted that backed chairs cost more."))
                .noneMatch(x -> x.speaker() != null && x.speaker().text().equals("that"));
    }

    @Test
    void weakCueAfterASingularNounPhraseIsItsHeadNoun() {
        // "show" and "support" end a noun phrase that cannot speak: no attribution of "the morning call-in" or
        // "Their modest 12%"
        assertThat(indirect("The council never explained on the morning call-in show why the pool closed."))
                .extracting(FinderFixtures::speaker).containsExactly("The council");
        assertThat(indirect("Their modest 12% support among retirees worries the campaign staff."))
                .extracting(FinderFixtures::speaker).doesNotContain("Their modest 12%");
        // a plural subject or a past form keeps the verb reading
        assertThat(indirect("The early results show that turnout rose in the valley."))
                .extracting(FinderFixtures::speaker).containsExactly("The early results");
        assertThat(indirect("A local jury found that the driver was at fault."))
                .extracting(FinderFixtures::speaker).containsExactly("A local jury");
    }

    @Test
    void aRaisingVerbNamesNoSpeakerWhateverRuleReadsIt() {
        // "seem" with "as ..." or "that ..." is read as a cue verb, not by the raising rule: still the writer's
        List<Quote> q = indirect("Farmers don't seem as worried as the bankers about the drought.");
        assertThat(q).hasSize(1);
        assertThat(q.get(0).cue().text()).isEqualTo("seem");
        assertThat(q.get(0).speaker()).isNull();
        List<Quote> it = indirect("It seems that the council has lost its patience with the contractor.");
        assertThat(it).extracting(Quote::text).containsExactly("the council has lost its patience with the contractor");
        assertThat(it.get(0).speaker()).isNull();
        // other verbs keep their subject, and a raising verb inside a content is no attribution of its own
        assertThat(indirect("The treasurer said the new budget seemed far too small."))
                .extracting(FinderFixtures::speaker).containsExactly("The treasurer");
    }

    @Test
    void aPronounInAnEmbeddedQuestionOrFreeRelativeIsNoSpeaker() {
        List<Quote> what = indirect("It was a rebuke to what they consider a rigged system.");
        assertThat(what).extracting(Quote::text).containsExactly("a rigged system");
        assertThat(what.get(0).speaker()).isNull();
        List<Quote> how = indirect("Residents can spend the grant how they see fit.");
        assertThat(how).hasSize(1);
        assertThat(how.get(0).speaker()).isNull();
        // a noun phrase after "what", and a pronoun that opens its clause, keep their speaker
        assertThat(indirect("It was a rebuke to what the council considers a rigged system."))
                .extracting(FinderFixtures::speaker).containsExactly("the council");
        assertThat(indirect("They consider the system rigged beyond repair."))
                .extracting(FinderFixtures::speaker).containsExactly("They");
    }

    @Test
    void aPronounRightAfterASpeechVerbOpensItsContentAndIsNoSpeaker() {
        List<Quote> q = indirect("The ad closes with a clip of the mayor saying she will support the nominee.");
        assertThat(q).hasSize(1);
        assertThat(q.get(0).cue().text()).isEqualTo("support");
        assertThat(q.get(0).speaker()).isNull();
        // a pronoun after another word keeps its verb, and the outer speech verb keeps its subject
        assertThat(indirect("The ad closes with a clip of the mayor as she vows to support the nominee."))
                .extracting(FinderFixtures::speaker).containsExactly("she");
        assertThat(indirect("The mayor said she would support the nominee."))
                .extracting(FinderFixtures::speaker).containsExactly("The mayor");
    }

    @Test
    void aLearnedVerbBelowTheRulesRateIsACandidateKeptByItsConfidence() {
        QuoteFinder finder = new QuoteFinder(CueLexicon.standard(), SpeakerLexicon.standard(),
                CueRates.of(Map.of("toured", 0.22)));
        List<Quote> q = finder.find("The mayor toured the old mill by the river.", QuoteFinder.Options.all());
        assertThat(q).hasSize(1);
        assertThat(speaker(q.get(0))).isEqualTo("The mayor");
        assertThat(q.get(0).text()).isEqualTo("the old mill by the river");
        assertThat(q.get(0).confidence()).isGreaterThanOrEqualTo(QuoteFinder.CANDIDATE_MIN_CONFIDENCE);
        // below the candidates' rate: nothing; a model that scores candidates low drops it
        QuoteFinder below = new QuoteFinder(CueLexicon.standard(), SpeakerLexicon.standard(),
                CueRates.of(Map.of("toured", 0.12)));
        assertThat(below.find("The mayor toured the old mill by the river.", QuoteFinder.Options.all())).isEmpty();
        QuoteFinder strict = new QuoteFinder(CueLexicon.standard(), SpeakerLexicon.standard(),
                CueRates.of(Map.of("toured", 0.22)), modelWith("candidate | -20"));
        assertThat(strict.find("The mayor toured the old mill by the river.", QuoteFinder.Options.all())).isEmpty();
    }

    @Test
    void aCandidateBesideAnotherAttributionOfItsSentence() {
        List<Quote> q = indirect("He backed the levy, which he said would pay for the bridge.");
        assertThat(q).extracting(x -> x.cue().text()).containsExactly("backed", "said");
        assertThat(q.get(0).text()).isEqualTo("the levy");
        assertThat(speaker(q.get(0))).isEqualTo("He");
        // no candidate inside another attribution's content
        assertThat(indirect("The mayor said the council backed the levy in March."))
                .extracting(x -> x.cue().text()).containsExactly("said");
    }

    @Test
    void aNounPhraseThatNamesSomethingIsACandidateSubject() {
        QuoteFinder finder = new QuoteFinder(CueLexicon.standard(), SpeakerLexicon.standard(),
                CueRates.of(Map.of("legalized", 0.4)));
        List<Quote> q = finder.find("The Harlow Court's decision legalized street vending in the old town.",
                QuoteFinder.Options.all());
        assertThat(q).hasSize(1);
        assertThat(speaker(q.get(0))).isEqualTo("The Harlow Court's decision");
        assertThat(q.get(0).text()).isEqualTo("street vending in the old town");
        // a noun phrase without a capitalized word after its first is no candidate subject
        assertThat(finder.find("The long drought legalized street vending in the old town.",
                QuoteFinder.Options.all())).isEmpty();
    }

    /** The standard confidence model with one more line (a later line overrides a weight). */
    private static ConfidenceModel modelWith(String line) {
        try (java.io.InputStream in = ConfidenceModel.class.getResourceAsStream(ConfidenceModel.RESOURCE)) {
            byte[] text = (new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8) + "\n" + line + "\n")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8);
            return ConfidenceModel.parse(new java.io.ByteArrayInputStream(text));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
