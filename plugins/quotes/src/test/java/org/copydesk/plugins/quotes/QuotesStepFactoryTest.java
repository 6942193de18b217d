package org.copydesk.plugins.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.copydesk.api.ConfigurationException;
import org.copydesk.api.Document;
import org.copydesk.api.Quote;
import org.copydesk.api.Quote.Kind;
import org.copydesk.api.Settings;
import org.copydesk.api.Source;
import org.copydesk.api.Step;
import org.junit.jupiter.api.Test;

class QuotesStepFactoryTest {
    private static final String BODY = "The so-called \"reform\" passed on Monday.\n\n"
            + "\"We will,\" the minister said, \"not back down.\"\n\n"
            + "Officials said the vote would be close.";

    private static Document doc(String body) {
        return new Document(new Source("test", "text", Instant.EPOCH)).setBody(body);
    }

    private static List<Quote> run(Map<String, Object> settings, String body) throws Exception {
        Step step = new QuotesStepFactory().create(null, new Settings(settings));
        return step.apply(doc(body)).quotes();
    }

    @Test
    void declaresTypeDescriptionAndSettings() {
        QuotesStepFactory f = new QuotesStepFactory();
        assertThat(f.type()).isEqualTo("quotes");
        assertThat(f.description()).isNotBlank();
        assertThat(f.settings()).extracting(s -> s.name())
                .containsExactly("kinds", "keep_other", "nested", "min_confidence");
        assertThat(f.settings()).allSatisfy(s -> assertThat(s.description()).isNotBlank());
        assertThat(QuotesStepFactory.class.getAnnotation(org.pf4j.Extension.class)).isNotNull();
    }

    @Test
    void defaultsEmitDirectPartialAndIndirectButNotOther() throws Exception {
        List<Quote> q = run(Map.of(), BODY);
        assertThat(q).extracting(Quote::kind).containsExactly(Kind.DIRECT, Kind.INDIRECT);
        assertThat(q.get(0).text()).isEqualTo("We will not back down.");
    }

    @Test
    void kindsAndKeepOtherSelectWhatIsEmitted() throws Exception {
        assertThat(run(Map.of("kinds", List.of("indirect")), BODY)).extracting(Quote::kind)
                .containsExactly(Kind.INDIRECT);
        assertThat(run(Map.of("keep_other", true), BODY)).extracting(Quote::kind)
                .containsExactly(Kind.OTHER, Kind.DIRECT, Kind.INDIRECT);
    }

    @Test
    void minConfidenceDropsUnsureQuotes() throws Exception {
        assertThat(run(Map.of("min_confidence", 0.99), BODY)).isEmpty();
        assertThat(run(Map.of("min_confidence", 0.5), BODY)).isNotEmpty();
    }

    @Test
    void minConfidenceComparesTheConfidenceTheQuoteIsWrittenWith() throws Exception {
        // a quote without a speaker loses a fifth of its confidence; the filter must read that figure, not the one before
        String body = "The rain stopped. \"We will win this fight in the end, no matter what.\"";
        List<Quote> all = run(Map.of(), body);
        assertThat(all).hasSize(1);
        assertThat(all.get(0).speaker()).isNull();
        double written = all.get(0).confidence();
        assertThat(run(Map.of("min_confidence", written + 0.01), body)).isEmpty();
        assertThat(run(Map.of("min_confidence", written), body)).hasSize(1);
    }

    @Test
    void unknownKindIsAConfigurationError() {
        assertThatThrownBy(() -> new QuotesStepFactory().create(null, new Settings(Map.of("kinds", List.of("directt")))))
                .isInstanceOf(ConfigurationException.class)
                .satisfies(e -> assertThat(((ConfigurationException) e).setting()).isEqualTo("kinds"))
                .hasMessageContaining("directt");
    }

    /**
     * Review 7, F3: {@code copydesk validate} calls only {@code check}, which accepted {@code kinds: [direct,
     * indrect]} (the daemon then failed the pipeline at create). The check must refuse what create refuses.
     */
    @Test
    void checkRefusesAnUnknownKindAsCreateDoes() throws Exception {
        QuotesStepFactory f = new QuotesStepFactory();
        assertThatThrownBy(() -> f.check(null, new Settings(Map.of("kinds", List.of("direct", "indrect")))))
                .isInstanceOf(ConfigurationException.class)
                .satisfies(e -> assertThat(((ConfigurationException) e).setting()).isEqualTo("kinds"))
                .hasMessageContaining("unknown kind 'indrect'");
        assertThatThrownBy(() -> f.check(null, new Settings(Map.of("kinds", List.of())))).isInstanceOf(
                ConfigurationException.class).hasMessageContaining("no kind left");
        f.check(null, new Settings(Map.of("kinds", List.of("direct", "indirect"))));
        f.check(null, Settings.empty());
    }

    @Test
    void emptyBodyGivesNoQuotes() throws Exception {
        assertThat(run(Map.of(), "")).isEmpty();
    }

    @Test
    void oneStepServesManyThreads() throws Exception {
        Step step = new QuotesStepFactory().create(null, Settings.empty());
        String[] bodies = {BODY, "\"Prices will fall,\" said Jane Doe.\n\n\"Nobody knows,\" she added.",
            "According to the agency, \"The talks have failed.\" It said the talks would resume."};
        List<List<Quote>> expected = new ArrayList<>();
        for (String b : bodies) {
            expected.add(step.apply(doc(b)).quotes());
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                int k = i % bodies.length;
                results.add(pool.submit(() -> step.apply(doc(bodies[k])).quotes().equals(expected.get(k))));
            }
            for (Future<Boolean> r : results) {
                assertThat(r.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
