package org.copydesk.plugins.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.assertj.core.data.Offset;
import org.copydesk.api.Quote;
import org.copydesk.api.Quote.Kind;
import org.junit.jupiter.api.Test;

/** The learned confidence ({@link ConfidenceModel}) and the features the finder gives it. */
class ConfidenceModelTest {
    private static final QuoteFinder FINDER = QuoteFinder.standard();

    private static ConfidenceModel parse(String text) throws IOException {
        return ConfidenceModel.parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static double[] x(ConfidenceModel.Feature... on) {
        double[] x = new double[ConfidenceModel.SIZE];
        for (ConfidenceModel.Feature f : on) {
            x[f.ordinal()] = 1;
        }
        return x;
    }

    /** The features of each quote the finder emits for {@code body}, in the order of the quotes. */
    private static List<double[]> features(String body, List<Quote> quotes) {
        List<double[]> out = new ArrayList<>();
        quotes.addAll(FINDER.find(body, QuoteFinder.Options.all(), out));
        return out;
    }

    private static boolean on(double[] x, ConfidenceModel.Feature f) {
        return x[f.ordinal()] == 1;
    }

    @Test
    void probabilityIsTheLogisticOfTheWeightedFeatures() throws IOException {
        ConfidenceModel m = parse("# a comment\nbias | -1\nkind_direct | 3\n\nspeaker_none | -0.5\n");
        assertThat(m.probability(x(ConfidenceModel.Feature.BIAS, ConfidenceModel.Feature.KIND_DIRECT)))
                .isCloseTo(1 / (1 + Math.exp(-2)), Offset.offset(1e-12));
        assertThat(m.probability(x(ConfidenceModel.Feature.BIAS))).isCloseTo(1 / (1 + Math.exp(1)), Offset.offset(1e-12));
        // a feature the file leaves out weighs nothing
        assertThat(m.probability(x(ConfidenceModel.Feature.BIAS, ConfidenceModel.Feature.LEARNED)))
                .isEqualTo(m.probability(x(ConfidenceModel.Feature.BIAS)));
    }

    @Test
    void unknownFeatureIsAnErrorNamingIt() {
        assertThatThrownBy(() -> parse("bias | 0\nspeaker_shoe_size | 1\n"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("speaker_shoe_size");
    }

    @Test
    void shippedModelNamesEveryFeatureOnce() throws IOException {
        Set<String> keys = new HashSet<>();
        try (InputStream in = ConfidenceModel.class.getResourceAsStream(ConfidenceModel.RESOURCE)) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    assertThat(keys.add(line.split("\\|")[0].strip())).as(line).isTrue();
                }
            }
        }
        assertThat(keys).hasSize(ConfidenceModel.SIZE);
    }

    @Test
    void emittedConfidenceIsTheModelsProbability() {
        QuoteFinder blank = new QuoteFinder(CueLexicon.standard(), SpeakerLexicon.standard(), CueRates.standard(),
                ConfidenceModel.of(new double[ConfidenceModel.SIZE]));
        List<Quote> q = blank.find("\"We will rebuild the bridge by spring,\" Mayor Ann Reyes said.\n\n"
                + "The mayor said the ferry would run until then.", QuoteFinder.Options.all());
        assertThat(q).hasSize(2).allSatisfy(quote -> assertThat(quote.confidence()).isEqualTo(0.5));
    }

    @Test
    void attributedQuotationIsLikelyAndItsFeaturesSayHowItWasFound() {
        List<Quote> q = new ArrayList<>();
        List<double[]> x = features("\"We will rebuild the bridge by spring,\" Mayor Ann Reyes said.", q);
        assertThat(q).hasSize(1);
        assertThat(q.get(0).confidence()).isGreaterThan(0.9);
        double[] f = x.get(0);
        assertThat(on(f, ConfidenceModel.Feature.KIND_DIRECT)).isTrue();
        assertThat(on(f, ConfidenceModel.Feature.SOURCE_AFTER)).isTrue();
        assertThat(on(f, ConfidenceModel.Feature.SPEAKER_NAME)).isTrue();
        assertThat(on(f, ConfidenceModel.Feature.SPEAKER_PERSON)).isTrue();
        assertThat(on(f, ConfidenceModel.Feature.CUE_VERB)).isTrue();
        assertThat(on(f, ConfidenceModel.Feature.CUE_AFTER_CONTENT)).isTrue();
        // the comma, the closing mark and the three words of the name stand between the content and the cue
        assertThat(on(f, ConfidenceModel.Feature.CUE_MIDDLE)).isTrue();
        assertThat(on(f, ConfidenceModel.Feature.WORDS_7)).isTrue();
        assertThat(on(f, ConfidenceModel.Feature.SPEAKER_NONE)).isFalse();
        assertThat(on(f, ConfidenceModel.Feature.DIRECT_NO_SPEAKER)).isFalse();
    }

    @Test
    void quotationWithoutSpeakerIsUnlikely() {
        List<Quote> q = new ArrayList<>();
        List<double[]> x = features("The bridge closed in March.\n\n\"We will rebuild the bridge by spring.\"", q);
        assertThat(q).extracting(Quote::kind).containsExactly(Kind.DIRECT);
        assertThat(q.get(0).speaker()).isNull();
        assertThat(on(x.get(0), ConfidenceModel.Feature.DIRECT_NO_SPEAKER)).isTrue();
        assertThat(on(x.get(0), ConfidenceModel.Feature.DIRECT_NO_CUE)).isTrue();
        assertThat(on(x.get(0), ConfidenceModel.Feature.QUOTE_ONLY_PARAGRAPH)).isTrue();
        assertThat(q.get(0).confidence()).isLessThan(0.1);
    }

    @Test
    void speakerMentionShapesAreFeatures() {
        List<Quote> q = new ArrayList<>();
        List<double[]> x = features("Residents who want the old ferry back say the bridge costs too much.\n\n"
                + "She said the ferry would run until spring.", q);
        assertThat(q).extracting(quote -> quote.speaker().text()).contains("who", "She");
        for (int i = 0; i < q.size(); i++) {
            boolean relative = q.get(i).speaker().text().equals("who");
            boolean pronoun = q.get(i).speaker().text().equals("She");
            assertThat(on(x.get(i), ConfidenceModel.Feature.SPEAKER_RELATIVE)).isEqualTo(relative);
            assertThat(on(x.get(i), ConfidenceModel.Feature.SPEAKER_PRONOUN)).isEqualTo(pronoun);
        }
    }

    @Test
    void speechVerbOutranksAttitudeVerb() {
        double said = FINDER.find("The mayor said the bridge would be rebuilt by spring.", QuoteFinder.Options.all())
                .get(0).confidence();
        double wants = FINDER.find("The mayor wants the bridge rebuilt by spring.", QuoteFinder.Options.all())
                .get(0).confidence();
        assertThat(said).isGreaterThan(wants + 0.2);
    }
}
