package org.copydesk.plugins.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.copydesk.plugins.quotes.FinderFixtures.FINDER;
import static org.copydesk.plugins.quotes.FinderFixtures.find;
import static org.copydesk.plugins.quotes.FinderFixtures.marked;
import static org.copydesk.plugins.quotes.FinderFixtures.name;
import static org.copydesk.plugins.quotes.FinderFixtures.only;
import static org.copydesk.plugins.quotes.FinderFixtures.speaker;

import java.util.List;
import org.copydesk.api.Quote;
import org.copydesk.api.Quote.Kind;
import org.copydesk.api.Quote.SpeakerType;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Each construction the step must handle, positive and negative, on small hand-written texts. */
class QuoteFinderTest {
    @Nested
    class Marks {
        @Test
        void straightDoubleQuotes() {
            Quote q = only("\"We will win,\" Smith said.");
            assertThat(q.text()).isEqualTo("We will win");
            assertThat(q.kind()).isEqualTo(Kind.DIRECT);
        }

        @Test
        void curlyQuotes() {
            assertThat(only("“We will win,” Smith said.").text()).isEqualTo("We will win");
        }

        @Test
        void guillemets() {
            assertThat(only("«We will win,» Smith said.").text()).isEqualTo("We will win");
        }

        @Test
        void germanLowNineQuotes() {
            assertThat(only("„We will win,“ Smith said.").text()).isEqualTo("We will win");
        }

        @Test
        void nytDoubledApostrophes() {
            assertThat(only("''We will win,'' Mr. Smith said.").text()).isEqualTo("We will win");
        }

        @Test
        void offsetsPointAtTheContentWithoutMarks() {
            String body = "Smith said: “We will win.”";
            Quote q = only(body);
            assertThat(body.substring(q.start(), q.end())).isEqualTo("We will win.");
            assertThat(q.spans()).hasSize(1);
        }

        @Test
        void singleQuotesInsideDoubleQuotesDoNotEndTheQuote() {
            Quote q = only("“He told me ‘never again’ and left,” Smith said.");
            assertThat(q.text()).isEqualTo("He told me ‘never again’ and left");
        }

        @Test
        void straightSingleQuotesAndLowNineSinglesInsideDoubles() {
            assertThat(only("\"He said 'no' twice,\" Smith said.").text()).isEqualTo("He said 'no' twice");
            assertThat(only("„Er sagte ‚nein‘ zweimal,“ Smith said.").text()).isEqualTo("Er sagte ‚nein‘ zweimal");
        }

        @Test
        void nestedQuotesAreEmittedOnlyWhenAskedFor() {
            String body = "“He told me ‘never again’ and left,” Smith said.";
            assertThat(FINDER.find(body, new QuoteFinder.Options(java.util.Set.of(Kind.values()), true, 0)))
                    .extracting(Quote::text).contains("never again");
            assertThat(find(body)).extracting(Quote::text).doesNotContain("never again");
        }

        @Test
        void curlySingleQuotesAtTheTopLevel() {
            Quote q = only("Marco Rubio: ‘You Don’t Win By How Many States You Win.’");
            assertThat(q.text()).isEqualTo("You Don’t Win By How Many States You Win.");
            assertThat(speaker(q)).isEqualTo("Marco Rubio");
            assertThat(marked("It was the ‘90s and Korea’s economy grew fast.")).isEmpty();
        }

        @Test
        void apostrophesAreNotQuotes() {
            assertThat(marked("North Korea's army grew in the '90s, when rock 'n' roll was banned, Kim's aides said."))
                    .isEmpty();
            assertThat(marked("The Clintons' home and Korea’s capital are far apart.")).isEmpty();
        }
    }

    @Nested
    class Shapes {
        @Test
        void splitQuoteIsOneQuoteInTwoSpans() {
            String body = "\"We will,\" he said, \"not back down.\"";
            Quote q = only(body);
            assertThat(q.text()).isEqualTo("We will not back down.");
            assertThat(q.spans()).hasSize(2);
            assertThat(speaker(q)).isEqualTo("he");
            assertThat(body.substring(q.spans().get(1).start(), q.spans().get(1).end())).isEqualTo("not back down.");
        }

        @Test
        void quoteOverSeveralParagraphs() {
            String body = "Smith said: \"The first paragraph ends here.\n\n\"The second one goes on.\n\n"
                    + "\"And the third closes it.\"\n\nThe vote is on Monday.";
            Quote q = only(body);
            assertThat(q.spans()).hasSize(3);
            assertThat(q.text()).isEqualTo("The first paragraph ends here. The second one goes on. And the third closes it.");
            assertThat(speaker(q)).isEqualTo("Smith");
        }

        @Test
        void partialQuoteInsideTheWritersSentence() {
            Quote q = only("South Korea condemned the move, accusing Pyongyang of \"mocking\" the international community.");
            assertThat(q.kind()).isEqualTo(Kind.PARTIAL);
            assertThat(q.text()).isEqualTo("mocking");
            assertThat(q.cue().text()).isEqualTo("accusing");
            assertThat(speaker(q)).isEqualTo("South Korea");
        }

        @Test
        void scareQuotesAndTitlesAreOther() {
            assertThat(only("The so-called \"reform\" passed on Monday.").kind()).isEqualTo(Kind.OTHER);
            assertThat(only("She watched \"Meet the Press\" on Sunday.").kind()).isEqualTo(Kind.OTHER);
            assertThat(only("He starred in the film “Star Wars” last year.").kind()).isEqualTo(Kind.OTHER);
            assertThat(only("The “reform” passed on Monday.").speaker()).isNull();
        }

        @Test
        void otherIsLeftOutByDefaultSettings() throws Exception {
            org.copydesk.api.Document d = new org.copydesk.api.Document(
                    new org.copydesk.api.Source("x", "text", java.time.Instant.EPOCH))
                    .setBody("The so-called \"reform\" passed on Monday. \"It works,\" Smith said.");
            new QuotesStepFactory().create(null, org.copydesk.api.Settings.empty()).apply(d);
            assertThat(d.quotes()).extracting(Quote::text).containsExactly("It works");
        }
    }

    @Nested
    class Speakers {
        @Test
        void quoteCommaNameSaid() {
            Quote q = only("\"Prices will fall,\" the central bank said.");
            assertThat(speaker(q)).isEqualTo("the central bank");
            assertThat(name(q)).isEqualTo("central bank");
            assertThat(q.cue().text()).isEqualTo("said");
        }

        @Test
        void quoteCommaSaidName() {
            Quote q = only("\"Prices will fall,\" said Jane Doe, an economist at the bank.");
            assertThat(speaker(q)).isEqualTo("Jane Doe");
            assertThat(q.speaker().type()).isEqualTo(SpeakerType.PERSON);
        }

        @Test
        void nameSaidColonQuote() {
            Quote q = only("The minister said: \"Prices will fall.\"");
            assertThat(speaker(q)).isEqualTo("The minister");
            assertThat(q.kind()).isEqualTo(Kind.DIRECT);
        }

        @Test
        void nameSaidThatQuote() {
            Quote q = only("The Foreign Ministry said that \"The talks have failed.\"");
            assertThat(speaker(q)).isEqualTo("The Foreign Ministry");
            assertThat(name(q)).isEqualTo("Foreign Ministry");
            assertThat(q.speaker().type()).isEqualTo(SpeakerType.ORGANIZATION);
        }

        @Test
        void accordingTo() {
            Quote q = only("According to the agency, \"The talks have failed.\"");
            assertThat(speaker(q)).isEqualTo("the agency");
            assertThat(q.cue().text()).isEqualTo("According to");
        }

        @Test
        void saidInAStatement() {
            Quote q = only("\"The talks have failed,\" the ministry said in a statement.");
            assertThat(speaker(q)).isEqualTo("the ministry");
            assertThat(q.cue().text()).isEqualTo("said");
        }

        @Test
        void toldReporters() {
            Quote q = only("Smith told reporters \"the talks have failed completely.\"");
            assertThat(speaker(q)).isEqualTo("Smith");
            assertThat(q.cue().text()).isEqualTo("told");
        }

        @Test
        void tweeted() {
            Quote q = only("\"Great day for America!\" Trump tweeted.");
            assertThat(speaker(q)).isEqualTo("Trump");
            assertThat(q.cue().text()).isEqualTo("tweeted");
        }

        @Test
        void appositiveBetweenSpeakerAndCue() {
            Quote q = only("\"We are ready,\" John Smith, a spokesman for the party, said.");
            assertThat(speaker(q)).isEqualTo("John Smith");
        }

        @Test
        void titleGoesToRole() {
            Quote q = only("\"We are ready,\" Foreign Minister Yuki Tanaka said.");
            assertThat(speaker(q)).isEqualTo("Foreign Minister Yuki Tanaka");
            assertThat(name(q)).isEqualTo("Yuki Tanaka");
            assertThat(q.speaker().role()).isEqualTo("Foreign Minister");
            assertThat(q.speaker().type()).isEqualTo(SpeakerType.PERSON);
        }

        @Test
        void signatureAfterADash() {
            Quote q = only("“Maybe we can build a wall around him.” ― Steve Quinlan");
            assertThat(speaker(q)).isEqualTo("Steve Quinlan");
            assertThat(q.cue()).isNull();
        }

        @Test
        void adverbsAndInfinitivesBeforeTheCue() {
            assertThat(speaker(only("Trump jokingly said, “I am becoming mainstream.”"))).isEqualTo("Trump");
            assertThat(speaker(only("The debate was calm, and Mr. Trump was prompted to say, \"So far, so good.\"")))
                    .isEqualTo("Mr. Trump");
        }

        @Test
        void coordinatedCueTakesTheSubject() {
            assertThat(speaker(only("At the press conference he laughed and said, “We will see.”"))).isEqualTo("he");
        }

        @Test
        void colonWithoutCueTakesTheSubject() {
            assertThat(speaker(only("Clinton: \"Our goal is to defeat ISIS.\""))).isEqualTo("Clinton");
            assertThat(speaker(only("Rubio fired back forcefully: “They are going to lose.”"))).isEqualTo("Rubio");
        }

        @Test
        void quoteWithoutAnySpeaker() {
            Quote q = only("\"Nobody knows what comes next.\"");
            assertThat(q.speaker()).isNull();
            assertThat(q.kind()).isEqualTo(Kind.DIRECT);
        }

        @Test
        void cueListIsData() {
            assertThat(CueLexicon.standard().size()).isGreaterThan(100);
        }
    }

    @Nested
    class Indirect {
        @Test
        void nameSaidThatClause() {
            String body = "The ministry added that the troops would stay until March.";
            List<Quote> q = find(body);
            assertThat(q).hasSize(1);
            assertThat(q.get(0).kind()).isEqualTo(Kind.INDIRECT);
            assertThat(q.get(0).text()).isEqualTo("the troops would stay until March");
            assertThat(q.get(0).cue().text()).isEqualTo("added");
            assertThat(speaker(q.get(0))).isEqualTo("The ministry");
        }

        @Test
        void nameSaidClauseWithoutThat() {
            Quote q = find("Smith said the vote would be close.").get(0);
            assertThat(q.text()).isEqualTo("the vote would be close");
            assertThat(speaker(q)).isEqualTo("Smith");
        }

        @Test
        void clauseCommaNameSaid() {
            Quote q = find("The vote will be close, officials said.").get(0);
            assertThat(q.kind()).isEqualTo(Kind.INDIRECT);
            assertThat(q.text()).isEqualTo("The vote will be close");
            assertThat(speaker(q)).isEqualTo("officials");
        }

        @Test
        void clauseCommaAccordingTo() {
            Quote q = find("The vote will be close, according to the latest poll.").get(0);
            assertThat(q.text()).isEqualTo("The vote will be close");
            assertThat(speaker(q)).isEqualTo("the latest poll");
        }

        @Test
        void midSentenceAttribution() {
            Quote q = find("Sales were great, he said, wiping sweat off his face.").get(0);
            assertThat(q.text()).isEqualTo("Sales were great");
            assertThat(speaker(q)).isEqualTo("he");
        }

        @Test
        void twoSpeakersInOneSentence() {
            List<Quote> q = find("Smith said the plan would work, but Jones said it was far too expensive.");
            assertThat(q).extracting(Quote::text)
                    .containsExactly("the plan would work", "it was far too expensive");
            assertThat(q).extracting(x -> x.speaker().text()).containsExactly("Smith", "Jones");
        }

        @Test
        void reportedSpeechBeforeADirectQuote() {
            List<Quote> q = find("Smith said the plan would fail, adding, \"We will see.\"");
            assertThat(q).extracting(Quote::kind).containsExactly(Kind.INDIRECT, Kind.DIRECT);
            assertThat(q.get(0).text()).isEqualTo("the plan would fail");
            assertThat(speaker(q.get(1))).isEqualTo("Smith");
        }

        @Test
        void anyVerbBeforeThatWithASpeakingSubject() {
            Quote q = find("The senator conceded that the votes were not there.").get(0);
            assertThat(q.text()).isEqualTo("the votes were not there");
            assertThat(q.cue().text()).isEqualTo("conceded");
            assertThat(find("The rain ensured that the roads were closed.")).isEmpty();
        }

        @Test
        void headlineStyleNameColon() {
            Quote q = find("Sanders: Clinton Email Story Has Moved").get(0);
            assertThat(speaker(q)).isEqualTo("Sanders");
            assertThat(q.text()).isEqualTo("Clinton Email Story Has Moved");
            assertThat(find("Update: The story has been corrected today.")).isEmpty();
        }

        @Test
        void headlineNameColonAlsoWhenItsWordsHoldACue() {
            // the name before the colon is the source of the whole line; the cue inside may add its own attribution
            List<Quote> q = find("Reed: I still believe the levy will fail.");
            assertThat(q).anyMatch(x -> "Reed".equals(speaker(x)) && x.text().equals("I still believe the levy will fail"));
            // a rubric ending in a label word is no source: "The Latest:", "Primary Results:"
            assertThat(find("The Latest: Mayor says the levy will fail.")).noneMatch(x -> "The Latest".equals(speaker(x)));
            assertThat(find("Primary Results: Mayor Leads Council Race By Nine Points.")).noneMatch(
                    x -> "Primary Results".equals(speaker(x)));
        }

        @Test
        void aPollHeadlineIsThePollsAttribution() {
            Quote q = find("Poll: Mayor Leads Council Race By Nine Points.").get(0);
            assertThat(speaker(q)).isEqualTo("Poll");
            assertThat(q.text()).isEqualTo("Mayor Leads Council Race By Nine Points");
        }

        @Test
        void nounsAreNotCues() {
            assertThat(find("The statement follows North Korea's confirmation through state media that troops were sent."))
                    .extracting(Quote::cue).allSatisfy(c -> assertThat(c.text()).isNotEqualTo("state"));
        }

        @Test
        void noReportedSpeechWithoutCue() {
            assertThat(find("The vote will be close and the weather is bad.")).isEmpty();
            assertThat(find("He went to the market on Monday.")).isEmpty();
        }
    }

    @Nested
    class Coreference {
        @Test
        void nominalMentionResolvesToTheFullName() {
            String body = "The South Korean Foreign Ministry condemned the launch.\n\n"
                    + "\"This is a grave violation,\" the ministry said.";
            Quote q = only(body);
            assertThat(speaker(q)).isEqualTo("the ministry");
            assertThat(name(q)).isEqualTo("South Korean Foreign Ministry");
        }

        @Test
        void pronounsResolveToTheLastCompatibleSpeaker() {
            String body = "\"We will not back down,\" Senator Maria Lopez said.\n\n"
                    + "\"It is a matter of principle,\" she said.\n\n"
                    + "The Finance Ministry disagreed. \"The law is clear,\" it said.";
            List<Quote> q = marked(body);
            assertThat(q).hasSize(3);
            assertThat(name(q.get(0))).isEqualTo("Maria Lopez");
            assertThat(q.get(0).speaker().role()).isEqualTo("Senator");
            assertThat(speaker(q.get(1))).isEqualTo("she");
            assertThat(name(q.get(1))).isEqualTo("Maria Lopez");
            assertThat(name(q.get(2))).isEqualTo("Finance Ministry");
        }

        @Test
        void aPronounTakesThePersonOfTheLastSentenceNotAnEarlierSpeakerResolvedLater() {
            List<Quote> q = marked("John Smith said the plan had failed. Peter Brown arrived on Tuesday. "
                    + "\"The plan worked,\" he said.");
            assertThat(q).hasSize(1);
            assertThat(speaker(q.get(0))).isEqualTo("he");
            assertThat(name(q.get(0))).isEqualTo("Peter Brown");
        }

        @Test
        void pronounAfterASurnameOnlySpeaker() {
            List<Quote> q = marked("\"We will win,\" Smith said.\n\n\"Nobody can stop us,\" he added.");
            assertThat(q).hasSize(2);
            assertThat(q.get(0).speaker().type()).isEqualTo(SpeakerType.PERSON);
            assertThat(name(q.get(1))).isEqualTo("Smith");
        }

        @Test
        void surnameAndAcronymResolveToTheFullName() {
            String body = "Donald Trump spoke to the Korean Central News Agency (KCNA) on Monday.\n\n"
                    + "\"It was great,\" Trump said.\n\n\"The talks went well,\" KCNA reported.";
            List<Quote> q = marked(body);
            assertThat(name(q.get(0))).isEqualTo("Donald Trump");
            assertThat(name(q.get(1))).isEqualTo("Korean Central News Agency");
        }

        @Test
        void spokesmanResolvesThroughTheRole() {
            String body = "Government spokesman Ali Hassan spoke on Monday.\n\n\"We are ready,\" the spokesman said.";
            Quote q = only(body);
            assertThat(name(q)).isEqualTo("Ali Hassan");
        }

        @Test
        void paragraphThatIsOnlyAQuoteContinuesThePreviousSpeaker() {
            // (after a paragraph that is only a quote and its closing attribution it joins that quote instead)
            String body = "At the rally Smith said: \"We will win.\"\n\n\"Nobody can stop us now.\"";
            List<Quote> q = marked(body);
            assertThat(q).hasSize(2);
            assertThat(speaker(q.get(1))).isEqualTo("Smith");
            assertThat(q.get(1).cue()).isNull();
        }

        @Test
        void quoteOnlyParagraphAfterNarrativeHasNoSpeaker() {
            String body = "The rally ended at noon.\n\n\"Nobody can stop us now.\"";
            assertThat(only(body).speaker()).isNull();
        }

        @Test
        void leadInParagraphAttributesTheNextQuote() {
            String body = "The New York Times reports:\n\n\"The campaign raised more money than ever.\"";
            Quote q = only(body);
            assertThat(speaker(q)).isEqualTo("The New York Times");
            assertThat(q.cue().text()).isEqualTo("reports");
        }
    }

    @Test
    void wrappedLinesAreNotParagraphs() {
        // wire copy of the 1980s: lines of about 60 characters, paragraphs indented, no blank lines
        String body = "Texas Instruments Inc said it has developed the first\n"
                + "32-bit computer chip designed specifically for artificial\n"
                + "intelligence applications.\n"
                + "    The company said the new microprocessor, measuring one\n"
                + "centimeter square, is the densest chip ever made by anyone.";
        List<Quote> q = find(body);
        assertThat(q).extracting(Quote::text).containsExactly(
                "it has developed the first\n32-bit computer chip designed specifically for artificial\n"
                        + "intelligence applications",
                "the new microprocessor, measuring one\ncentimeter square, is the densest chip ever made by anyone");
        assertThat(name(q.get(1))).isEqualTo("Texas Instruments Inc");
        assertThat(q.get(1).speaker().type()).isEqualTo(SpeakerType.ORGANIZATION);
    }

    @Test
    void emptyBody() {
        assertThat(find("")).isEmpty();
        assertThat(find("   \n\n ")).isEmpty();
    }

    @Test
    void unclosedQuoteEndsWithItsParagraph() {
        List<Quote> q = marked("Smith said: \"We will win.\n\nThe vote is on Monday.");
        assertThat(q).hasSize(1);
        assertThat(q.get(0).text()).isEqualTo("We will win.");
    }

    @Test
    void aRunawayParagraphOfChainedClausesIsReadToTheEnd() {
        // 16,000 "X said ..., and he added that ..." in one paragraph with no sentence end: the chained clauses
        // overflowed the stack (StackOverflowError) before sentences were capped (SentenceSplitter.SOFT_MAX_TOKENS)
        String unit = "Smith said the plan would fail, and he added that it costs too much, ";

        List<Quote> q = find(unit.repeat(16_000));

        assertThat(q).hasSize(32_000);
        assertThat(q).extracting(Quote::kind).containsOnly(Kind.INDIRECT);
        assertThat(speaker(q.get(q.size() - 1))).isEqualTo("he");
        assertThat(name(q.get(q.size() - 1))).isEqualTo("Smith");
    }
}
