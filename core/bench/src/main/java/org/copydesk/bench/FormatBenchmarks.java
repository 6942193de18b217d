package org.copydesk.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.copydesk.api.Document;
import org.copydesk.api.Format;
import org.copydesk.api.Payload;
import org.copydesk.plugins.html.HtmlFormatFactory;
import org.copydesk.plugins.rss.RssFormatFactory;
import org.copydesk.runtime.bench.StoryGenerator;
import org.copydesk.testkit.Stages;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The other formats over the same generated stories ({@link Pages}):
 *
 * <ul>
 *   <li>{@code rssFeed}, {@code atomFeed}: the {@code rss} format's parse of one feed of {@code items} stories
 *       (ROME, then the full text from HTML to paragraphs); one operation is one feed, so stories per second is
 *       the score times {@code items};</li>
 *   <li>{@code htmlArticle}: the {@code html} format's parse of one article page (jsoup, boilerplate removal, the
 *       article's text and metadata); one operation is one page, one story.</li>
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 4)
@Measurement(iterations = 5, time = 4)
@Fork(value = 1, jvmArgsAppend = {"-Xmx512m"})
public class FormatBenchmarks {
    /** Stories per feed. */
    @Param("20")
    public int items;

    @Param("42")
    public long seed;

    /** Feeds and pages cycled through. */
    static final int FEEDS = 50;
    static final int PAGES = 1000;

    Format rss;
    Format html;
    Payload[] rssFeeds;
    Payload[] atomFeeds;
    Payload[] articles;

    @Setup
    public void setUp() throws Exception {
        rss = Stages.format(new RssFormatFactory(), "{}");
        html = Stages.format(new HtmlFormatFactory(), "{}");
        StoryGenerator gen = new StoryGenerator(seed);
        rssFeeds = new Payload[FEEDS];
        atomFeeds = new Payload[FEEDS];
        for (int f = 0; f < FEEDS; f++) {
            List<StoryGenerator.Story> stories = new ArrayList<>(items);
            for (int i = 0; i < items; i++) {
                stories.add(gen.story(f * items + i));
            }
            rssFeeds[f] = payload(Pages.rss(stories), "https://news.example/world/feed-" + f + ".rss");
            atomFeeds[f] = payload(Pages.atom(stories), "https://news.example/world/feed-" + f + ".atom");
        }
        articles = new Payload[PAGES];
        for (int i = 0; i < PAGES; i++) {
            StoryGenerator.Story s = gen.story(i);
            articles[i] = payload(Pages.article(s), Pages.link(s));
        }
        // A benchmark over inputs the format turns down would measure the error path: check once, up front.
        expect(rss.parse(rssFeeds[0]).size() == items, "the RSS feed did not give " + items + " documents");
        expect(rss.parse(atomFeeds[0]).size() == items, "the Atom feed did not give " + items + " documents");
        expect(html.parse(articles[0]).size() == 1, "the article page did not give one document");
    }

    static Payload payload(byte[] bytes, String uri) {
        return new Payload(bytes, uri, java.time.Instant.parse("2026-11-28T06:00:00Z"), null, Map.of());
    }

    private static void expect(boolean ok, String what) {
        if (!ok) {
            throw new IllegalStateException(what);
        }
    }

    @Benchmark
    public List<Document> rssFeed(Cursor c) throws Exception {
        return rss.parse(rssFeeds[c.next(FEEDS)]);
    }

    @Benchmark
    public List<Document> atomFeed(Cursor c) throws Exception {
        return rss.parse(atomFeeds[c.next(FEEDS)]);
    }

    @Benchmark
    public List<Document> htmlArticle(Cursor c) throws Exception {
        return html.parse(articles[c.next(PAGES)]);
    }
}
