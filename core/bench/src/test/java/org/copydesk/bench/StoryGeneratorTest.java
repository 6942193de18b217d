package org.copydesk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.copydesk.api.Document;
import org.copydesk.api.Payload;
import org.copydesk.api.Quote;
import org.copydesk.runtime.bench.StoryGenerator;
import org.copydesk.runtime.json.DocumentJson;
import org.copydesk.runtime.pipeline.DocumentProcessor;
import org.copydesk.runtime.pipeline.Pipeline;
import org.junit.jupiter.api.Test;

/** The benchmark stories are deterministic and have the promised shape, as the real pipeline reads them. */
class StoryGeneratorTest {
    private static final int COUNT = 700;

    @Test
    void sameSeedSameStoriesInAnyOrderOtherSeedOtherStories() {
        StoryGenerator a = new StoryGenerator(42);
        StoryGenerator b = new StoryGenerator(42);
        for (int i = 99; i >= 0; i--) {
            assertThat(b.story(i)).isEqualTo(a.story(i));
        }
        assertThat(new StoryGenerator(42).story(7).text()).isEqualTo(a.story(7).text());
        StoryGenerator other = new StoryGenerator(43);
        int differ = 0;
        for (int i = 0; i < 100; i++) {
            if (!other.story(i).text().equals(a.story(i).text())) {
                differ++;
            }
        }
        assertThat(differ).isEqualTo(100);
        assertThat(a.story(3).fileName()).isEqualTo("story-0000003.txt");
    }

    @Test
    void storiesHaveTheShapeTheBenchmarkPromises() throws Exception {
        StoryGenerator gen = new StoryGenerator(42);
        List<Payload> payloads = Corpus.payloads(42, COUNT);
        Map<String, Integer> agencies = new HashMap<>();
        Map<Integer, Integer> quoteCounts = new HashMap<>();
        Set<Integer> sizes = new HashSet<>();
        long total = 0;
        int curly = 0;
        int withEnd = 0;
        int quotesWritten = 0;
        int quotesFound = 0;
        int named = 0;
        int exact = 0;
        Map<Quote.Kind, Integer> kinds = new EnumMap<>(Quote.Kind.class);
        try (Pipeline pipeline = Corpus.pipeline()) {
            DocumentProcessor processor = new DocumentProcessor(pipeline);
            for (int i = 0; i < COUNT; i++) {
                StoryGenerator.Story s = gen.story(i);
                int size = s.bytes().length;
                assertThat(size).as("size of story %d", i).isBetween(1500, 3000);
                sizes.add(size);
                total += size;
                agencies.merge(s.agency(), 1, Integer::sum);
                quoteCounts.merge(s.quotes(), 1, Integer::sum);
                curly += s.curly() ? 1 : 0;
                withEnd += s.text().contains("(end)") ? 1 : 0;

                DocumentProcessor.Result r = processor.process(payloads.get(i));
                assertThat(r.failures()).as("failures of story %d", i).isEmpty();
                Document doc = r.documents().get(0);
                assertThat(doc.dateline()).as("dateline of story %d:\n%s", i, s.text()).isNotNull();
                assertThat(doc.dateline().agency()).as("agency of story %d", i).isEqualTo(s.agency());
                assertThat(doc.dateline().city()).as("city of story %d: %s", i, doc.dateline().raw())
                        .isEqualTo(s.city());
                if (doc.dateline().raw().matches(".*\\d.*")) {
                    assertThat(doc.dateline().date()).as("date of %s", doc.dateline().raw()).isNotNull();
                }
                assertThat(doc.body()).doesNotContain("(end)").doesNotContain("(" + s.agency() + ")");
                if (s.text().contains("(MENAFN-")) {
                    assertThat(doc.distributor()).isEqualTo("MENAFN");
                    assertThat(doc.provider()).isEqualTo("Kuwait News Agency (KUNA)");
                }
                List<Quote> marked = doc.quotes().stream()
                        .filter(q -> q.kind() == Quote.Kind.DIRECT || q.kind() == Quote.Kind.PARTIAL).toList();
                quotesWritten += s.quotes();
                quotesFound += marked.size();
                exact += marked.size() == s.quotes() ? 1 : 0;
                for (Quote q : marked) {
                    kinds.merge(q.kind(), 1, Integer::sum);
                    named += q.speaker() != null && q.speaker().name() != null ? 1 : 0;
                }
                assertThat(DocumentJson.toJsonLine(doc).length).isGreaterThan(size);
            }
        }
        double average = (double) total / COUNT;
        System.out.printf("stories: %d, average %.0f bytes, agencies %s, quotes per story %s, kinds %s, curly %d,"
                + " (end) %d, quotations written %d, found %d, with a named speaker %d, stories with exactly the"
                + " quotations written %d%n", COUNT, average, agencies, quoteCounts, kinds, curly, withEnd,
                quotesWritten, quotesFound, named, exact);
        assertThat(average).isBetween(1900.0, 2300.0);
        assertThat(sizes.size()).isGreaterThan(COUNT / 4);
        assertThat(agencies.keySet()).containsExactlyInAnyOrderElementsOf(StoryGenerator.AGENCIES);
        assertThat(quoteCounts.keySet()).containsExactlyInAnyOrder(0, 1, 2, 3, 4, 5, 6);
        assertThat(kinds).containsKeys(Quote.Kind.DIRECT, Quote.Kind.PARTIAL);
        // Every quotation written is found (by the quotes step as installed; a little slack for its rules changing).
        assertThat(exact).isGreaterThanOrEqualTo(COUNT * 95 / 100);
        assertThat(quotesFound).isBetween(quotesWritten * 95 / 100, quotesWritten * 105 / 100);
        // Attribution is the quotes step's business; the stories only need to be attributable in the main.
        assertThat(named).isGreaterThan(quotesFound * 3 / 4);
        assertThat(curly).isBetween(COUNT / 10, COUNT * 4 / 10);
        assertThat(withEnd).isBetween(COUNT / 20, COUNT / 2);
    }
}
