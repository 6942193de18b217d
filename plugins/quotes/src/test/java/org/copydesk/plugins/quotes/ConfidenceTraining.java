package org.copydesk.plugins.quotes;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.copydesk.api.Quote;

/**
 * Fits {@code confidence-model.txt} ({@link ConfidenceModel}): runs the finder over a PolNeAR file (the training file
 * only), takes the features of every emitted quote and its label ({@link PolnearEvaluation#contentSpeakerLabels}: the
 * share of annotators against whom it is a true positive of {@code all content+speaker}), and fits an L2-regularised
 * logistic regression by Newton's method. Deterministic: the same file gives the same weights.
 *
 * <pre>java ... ConfidenceTraining ../shared/corpora/polnear/train.jsonl src/main/resources/.../confidence-model.txt</pre>
 */
final class ConfidenceTraining {

    /** The L2 penalty on every weight but the bias (the features are indicators or 0..1, so one scale fits all). */
    static final double L2 = 1.0;
    static final int ITERATIONS = 50;

    private ConfidenceTraining() {
    }

    /** The features and labels of the quotes the finder emits on a PolNeAR file. */
    record Data(List<double[]> x, List<Double> y, List<Integer> article, int articles) {
    }

    static Data collect(Path jsonl, QuoteFinder finder) throws IOException {
        List<double[]> x = new ArrayList<>();
        List<Double> y = new ArrayList<>();
        List<Integer> article = new ArrayList<>();
        int articles = 0;
        for (List<JsonNode> annotations : PolnearEvaluation.read(jsonl).values()) {
            articles++;
            String text = annotations.get(0).get("text").asText();
            List<double[]> features = new ArrayList<>();
            List<Quote> quotes = finder.find(text, QuoteFinder.Options.all(), features);
            double[] labels = PolnearEvaluation.contentSpeakerLabels(annotations, text, quotes);
            for (int i = 0; i < quotes.size(); i++) {
                x.add(features.get(i));
                y.add(labels[i]);
                article.add(articles);
            }
        }
        return new Data(x, y, article, articles);
    }

    /** Newton's method on the penalised log-likelihood (labels may be fractions: several annotators). */
    static double[] fit(List<double[]> x, List<Double> y, double l2) {
        int d = ConfidenceModel.SIZE;
        double[] w = new double[d];
        for (int it = 0; it < ITERATIONS; it++) {
            double[] grad = new double[d];
            double[][] hess = new double[d][d];
            for (int n = 0; n < x.size(); n++) {
                double[] xi = x.get(n);
                double p = sigmoid(dot(w, xi));
                double r = p - y.get(n);
                double v = p * (1 - p);
                for (int a = 0; a < d; a++) {
                    if (xi[a] == 0) {
                        continue;
                    }
                    grad[a] += r * xi[a];
                    for (int b = 0; b < d; b++) {
                        hess[a][b] += v * xi[a] * xi[b];
                    }
                }
            }
            for (int a = 1; a < d; a++) { // the bias (feature 0) is not penalised
                grad[a] += l2 * w[a];
                hess[a][a] += l2;
            }
            hess[0][0] += 1e-9;
            double[] step = solve(hess, grad);
            double change = 0;
            for (int a = 0; a < d; a++) {
                w[a] -= step[a];
                change = Math.max(change, Math.abs(step[a]));
            }
            if (change < 1e-10) {
                break;
            }
        }
        return w;
    }

    static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }

    static double dot(double[] w, double[] x) {
        double z = 0;
        for (int i = 0; i < w.length; i++) {
            z += w[i] * x[i];
        }
        return z;
    }

    /** Gaussian elimination with partial pivoting; {@code a} and {@code b} are overwritten. */
    static double[] solve(double[][] a, double[] b) {
        int n = b.length;
        for (int c = 0; c < n; c++) {
            int pivot = c;
            for (int r = c + 1; r < n; r++) {
                if (Math.abs(a[r][c]) > Math.abs(a[pivot][c])) {
                    pivot = r;
                }
            }
            double[] row = a[c];
            a[c] = a[pivot];
            a[pivot] = row;
            double t = b[c];
            b[c] = b[pivot];
            b[pivot] = t;
            for (int r = c + 1; r < n; r++) {
                double f = a[r][c] / a[c][c];
                for (int k = c; k < n; k++) {
                    a[r][k] -= f * a[c][k];
                }
                b[r] -= f * b[c];
            }
        }
        double[] out = new double[n];
        for (int r = n - 1; r >= 0; r--) {
            double s = b[r];
            for (int k = r + 1; k < n; k++) {
                s -= a[r][k] * out[k];
            }
            out[r] = s / a[r][r];
        }
        return out;
    }

    static final int FOLDS = 5;

    /**
     * Brier score and log loss of the model fitted with the articles of every fold but one, on that fold's quotes
     * (fold = article number modulo {@link #FOLDS}): what the fit says of articles it has not seen.
     */
    static double[] crossValidated(Data data, double l2) {
        double brier = 0;
        double logLoss = 0;
        for (int fold = 0; fold < FOLDS; fold++) {
            List<double[]> x = new ArrayList<>();
            List<Double> y = new ArrayList<>();
            for (int n = 0; n < data.x().size(); n++) {
                if (data.article().get(n) % FOLDS != fold) {
                    x.add(data.x().get(n));
                    y.add(data.y().get(n));
                }
            }
            double[] w = fit(x, y, l2);
            for (int n = 0; n < data.x().size(); n++) {
                if (data.article().get(n) % FOLDS == fold) {
                    double p = Math.min(1 - 1e-9, Math.max(1e-9, sigmoid(dot(w, data.x().get(n)))));
                    double t = data.y().get(n);
                    brier += (p - t) * (p - t);
                    logLoss -= t * Math.log(p) + (1 - t) * Math.log(1 - p);
                }
            }
        }
        return new double[] {brier / data.x().size(), logLoss / data.x().size()};
    }

    static List<String> file(double[] w, Data data, String source) {
        double brier = 0;
        double mean = 0;
        for (int n = 0; n < data.x().size(); n++) {
            double p = sigmoid(dot(w, data.x().get(n)));
            brier += (p - data.y().get(n)) * (p - data.y().get(n));
            mean += data.y().get(n);
        }
        List<String> out = new ArrayList<>();
        out.add("# Learned confidence of an emitted quote (ConfidenceModel): logistic regression weights, feature | weight.");
        out.add("# Not edited by hand: written by ConfidenceTraining (test sources) from " + source + " only, no corpus text.");
        out.add(String.format(Locale.ROOT, "# %d articles, %d emitted quotes; label: the share of annotators against whom"
                + " the quote is a true positive of all content+speaker (mean %.4f).", data.articles(), data.x().size(),
                mean / data.x().size()));
        out.add(String.format(Locale.ROOT, "# L2 penalty %.1f on all weights but the bias, Newton's method; Brier score"
                + " on the same quotes %.4f.", L2, brier / data.x().size()));
        double[] cv = crossValidated(data, L2);
        out.add(String.format(Locale.ROOT, "# %d-fold cross-validated over articles: Brier %.4f, log loss %.4f.", FOLDS,
                cv[0], cv[1]));
        for (ConfidenceModel.Feature f : ConfidenceModel.Feature.values()) {
            out.add(String.format(Locale.ROOT, "%-22s | %.6f", f.key, w[f.ordinal()]));
        }
        return out;
    }

    /** {@code java ... ConfidenceTraining <train.jsonl> <confidence-model.txt>}. */
    public static void main(String[] args) throws IOException {
        Path train = Path.of(args[0]);
        // the features do not depend on the model; a blank one lets the tool run whatever the shipped file holds
        QuoteFinder finder = new QuoteFinder(CueLexicon.standard(), SpeakerLexicon.standard(), CueRates.standard(),
                ConfidenceModel.of(new double[ConfidenceModel.SIZE]));
        Data data = collect(train, finder);
        double[] w = fit(data.x(), data.y(), L2);
        List<String> lines = file(w, data, "polnear/" + train.getFileName());
        lines.forEach(System.out::println);
        Files.write(Path.of(args[1]), lines, StandardCharsets.UTF_8);
    }
}
