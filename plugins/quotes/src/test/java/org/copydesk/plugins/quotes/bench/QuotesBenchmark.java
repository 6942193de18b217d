package org.copydesk.plugins.quotes.bench;

import java.util.concurrent.TimeUnit;
import org.copydesk.api.Document;
import org.copydesk.api.Settings;
import org.copydesk.api.Source;
import org.copydesk.api.Step;
import org.copydesk.plugins.quotes.QuotesStepFactory;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Throughput of the quotes step on stories of about 2 KB (written for the benchmark: quotes of every shape, reported
 * speech, pronouns). Run from the command line, see the README; one operation is one story.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class QuotesBenchmark {

    static final String[] STORIES = {
        "South Korea condemned, Monday, North Korea's admission of sending troops abroad, accusing Pyongyang of "
            + "\"mocking\" the international community, Yonhap News Agency reported.\n\n"
            + "\"With their public admission of the deployment, they are once again mocking the international "
            + "community. We strongly condemn this action,\" the South Korean Foreign Ministry said.\n\n"
            + "The ministry added that \"The dispatch of the troops constitutes a grave violation of international "
            + "norms, including the UN Charter.\"\n\n"
            + "It urged both countries to \"immediately cease their unlawful military cooperation,\" stressing that "
            + "it \"seriously undermines peace and stability in the region and beyond.\"\n\n"
            + "According to the Korean Central News Agency (KCNA), the deployment was carried out by \"the order\" "
            + "of the country's leader in accordance with the treaty.\n\n"
            + "\"The operations for liberating the area were victoriously concluded,\" KCNA reported, adding that "
            + "units participated in the operations \"according to the order of the head of state.\"\n\n"
            + "Foreign Minister Yuki Tanaka told reporters in Tokyo that the government was watching closely. "
            + "\"We will,\" she said, \"not stand by while the region is destabilised.\"\n\n"
            + "Analysts said the move was likely to deepen the isolation of Pyongyang, which has faced "
            + "sanctions since its first nuclear test in 2006.\n\n"
            + "\"This is a turning point,\" said Lee Min-ho, a professor at Seoul National University. "
            + "\"Nobody expected them to admit it so openly.\"\n\n"
            + "The statement follows confirmation through state media, for the first time, that troops had been "
            + "deployed to aid the war effort under a mutual defense treaty signed in June last year.\n\n"
            + "Officials in Washington said they were consulting allies. \"We are in close contact with our "
            + "partners,\" a State Department spokesman said, declining to give details.\n\n"
            + "The Kremlin did not comment, but Russian state television described the operation as a success.\n\n"
            + "In Seoul, opposition lawmakers called for an emergency session of parliament. \"The government must "
            + "explain what it knew and when it knew it,\" said Park Ji-won, a senior member of the committee.",
        "Mr. Smith, the mayor, said on Tuesday that the budget would be balanced by the end of the year, "
            + "despite what he called “a difficult winter” for the city's finances.\n\n"
            + "“We have made hard choices,” Smith told the council. “But the result is a city that lives within "
            + "its means.\n\n“Nobody likes cuts. Nobody likes higher fees. But we did what we had to do.”\n\n"
            + "Council members were divided. Jane Doe, who chairs the finance committee, said the plan relied on "
            + "“optimistic assumptions” about tax revenue. “If the economy slows, we are back where we started,” "
            + "she said.\n\nOthers were more positive. “It is the best budget in a decade,” council member Bob "
            + "Jones said in a statement. According to Jones, the city will also hire 40 new teachers.\n\n"
            + "The budget, known as the “Fresh Start” plan, goes to a vote next week. Residents said they "
            + "expected the vote to be close, and several groups have announced protests outside City Hall.\n\n"
            + "“We will be there,” tweeted the Tenants Union. The union has long argued that rents in the city "
            + "are too high and that the council has ignored the problem for years.\n\n"
            + "The vote is scheduled for Thursday evening, officials said. It will be broadcast live on the city's "
            + "website and on local radio, the clerk's office added in a notice published on Monday morning.\n\n"
            + "Smith, who was elected two years ago on a promise to fix the city's finances, has staked much of his "
            + "political future on the plan. Asked whether he would run again, he smiled. “Ask me after the vote,” "
            + "he said.\n\nHis predecessor, Mary Green, told the local newspaper that the cuts went too far and "
            + "warned that “the city will pay for this for a generation.” Green said she would attend the vote.\n\n"
            + "Teachers' unions welcomed the hiring plan but said the city's schools needed far more. “Forty "
            + "teachers is a start, not a solution,” the union's president, Carla Ruiz, said on Wednesday.",
    };

    private Step step;
    private int next;

    @Setup
    public void setUp() throws Exception {
        step = new QuotesStepFactory().create(null, Settings.empty());
    }

    @Benchmark
    public Document story() throws Exception {
        String body = STORIES[next++ & 1];
        Document d = new Document(new Source("bench", "text", java.time.Instant.EPOCH)).setBody(body);
        return step.apply(d);
    }
}
