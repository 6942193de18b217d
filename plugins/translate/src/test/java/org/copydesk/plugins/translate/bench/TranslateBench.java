package org.copydesk.plugins.translate.bench;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.copydesk.api.Document;
import org.copydesk.api.Source;
import org.copydesk.plugins.translate.ApertiumEngine;
import org.copydesk.plugins.translate.ApertiumInstallation;
import org.copydesk.plugins.translate.DocumentTranslator;
import org.copydesk.plugins.translate.TranslationCache;

/**
 * Twenty stories into Spanish: through the long-lived engine (started, used for all twenty, closed: end to end)
 * versus one {@code apertium -u eng-spa} call per story. No cache. Prints each run and the medians. Not a unit test:
 * run it from the command line (see the README).
 *
 * <p>Arguments: {@code [runs]} (default 5).
 */
public final class TranslateBench {
    private static final String[][] PLACES = {
            {"Japan", "Tokyo", "Monday"}, {"Germany", "Berlin", "Tuesday"}, {"France", "Paris", "Wednesday"},
            {"Italy", "Rome", "Thursday"}, {"Spain", "Madrid", "Friday"}, {"China", "Beijing", "Saturday"},
            {"India", "New Delhi", "Sunday"}, {"Brazil", "Brasilia", "Monday"}, {"Canada", "Ottawa", "Tuesday"},
            {"Egypt", "Cairo", "Wednesday"}, {"Jordan", "Amman", "Thursday"}, {"Oman", "Muscat", "Friday"},
            {"Qatar", "Doha", "Saturday"}, {"Turkey", "Ankara", "Sunday"}, {"Greece", "Athens", "Monday"},
            {"Norway", "Oslo", "Tuesday"}, {"Kenya", "Nairobi", "Wednesday"}, {"Mexico", "Mexico City", "Thursday"},
            {"Chile", "Santiago", "Friday"}, {"Poland", "Warsaw", "Saturday"}};

    private TranslateBench() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        List<Document> stories = stories();
        System.out.printf("%d stories, %d characters in all; %d runs each%n", stories.size(),
                stories.stream().mapToInt(d -> d.headline().length() + d.body().length()).sum(), runs);
        // warm-up of the JVM and the page cache, not measured
        longLived(stories.subList(0, 2));
        perStory(stories.subList(0, 2));
        double[] a = new double[runs];
        double[] b = new double[runs];
        for (int i = 0; i < runs; i++) {
            a[i] = longLived(stories);
            b[i] = perStory(stories);
            System.out.printf("run %d: long-lived %.0f ms, one apertium call per story %.0f ms (%.1fx)%n", i + 1,
                    a[i], b[i], b[i] / a[i]);
        }
        double ma = median(a);
        double mb = median(b);
        System.out.printf("BENCH translate 20 stories en-es: long-lived engine median %.0f ms (%.1f ms/story), "
                        + "apertium per story median %.0f ms (%.1f ms/story); speed-up %.1fx%n", ma, ma / stories.size(),
                mb, mb / stories.size(), mb / ma);
    }

    /** Starts the engine, translates every story (headline and paragraphs), closes it. */
    static double longLived(List<Document> stories) throws Exception {
        long t0 = System.nanoTime();
        try (ApertiumEngine engine = new ApertiumEngine(new ApertiumInstallation(ApertiumInstallation.DEFAULT_DATA),
                false, Duration.ofSeconds(60))) {
            DocumentTranslator translator = new DocumentTranslator(engine, TranslationCache.NONE,
                    Set.of("headline", "body"));
            for (Document d : stories) {
                translator.translate(d, "en", "es");
            }
        }
        return (System.nanoTime() - t0) / 1e6;
    }

    /** One apertium process per story, the headline and body on its standard input. */
    static double perStory(List<Document> stories) throws Exception {
        long t0 = System.nanoTime();
        for (Document d : stories) {
            Process p = new ProcessBuilder("apertium", "-u", "eng-spa")
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            try (var in = p.getOutputStream()) {
                in.write((d.headline() + "\n\n" + d.body()).getBytes(StandardCharsets.UTF_8));
            }
            try (InputStream out = p.getInputStream()) {
                if (out.readAllBytes().length == 0) {
                    throw new IllegalStateException("apertium gave nothing");
                }
            }
            if (p.waitFor() != 0) {
                throw new IllegalStateException("apertium exit " + p.exitValue());
            }
        }
        return (System.nanoTime() - t0) / 1e6;
    }

    static List<Document> stories() {
        String headline = "Kuwait and Japan agree to expand cooperation in renewable energy";
        String body = """
                Kuwait and Japan agreed on Monday to expand their cooperation in renewable energy and water \
                desalination, the Kuwaiti ambassador said.

                "The two countries share a long history of friendship and trade," the ambassador told the Kuwait \
                News Agency (KUNA) after the meeting in Tokyo.

                He said that both sides would hold a joint committee meeting in Kuwait next year to follow up on \
                the projects, which include a solar power plant and a training programme for engineers.

                The minister of trade of Japan said that "new projects will create jobs in both countries" and \
                praised the strong relations between the two governments.

                Trade between the two countries reached four billion dollars last year, according to official \
                figures, and Kuwait is one of the largest suppliers of oil to Japan.""";
        List<Document> out = new ArrayList<>();
        for (String[] p : PLACES) {
            Document d = new Document(new Source("bench:/" + p[0], "text", java.time.Instant.EPOCH));
            d.setHeadline(headline.replace("Japan", p[0]));
            d.setBody(body.replace("Japan", p[0]).replace("Tokyo", p[1]).replace("Monday", p[2]));
            out.add(d);
        }
        return out;
    }

    static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }
}
