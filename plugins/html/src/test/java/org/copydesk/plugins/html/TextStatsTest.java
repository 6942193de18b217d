package org.copydesk.plugins.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.copydesk.api.Document;
import org.copydesk.api.Payload;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The per-element figures computed in one pass (review C10, C11: extraction was quadratic in nesting) are those
 * the element's own text and links give, also after removals; and extraction of deep and long pages is right.
 */
class TextStatsTest {
    private static String resource(String name) throws Exception {
        try (InputStream in = TextStatsTest.class.getResourceAsStream("/pages/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void assertFiguresMatchTheElements(Element root, TextStats stats) {
        for (Element e : root.getAllElements()) {
            assertThat(stats.text(e)).as("text of %s", e.cssSelector()).isEqualTo(BlockText.innerText(e).length());
            assertThat(stats.linkDensity(e)).as("link density of %s", e.cssSelector())
                    .isCloseTo(ArticleExtractor.linkDensity(e), org.assertj.core.data.Offset.offset(1e-9));
            TextStats.Figures f = stats.get(e);
            assertThat(f.p).isEqualTo(e.select("p").size() - (e.normalName().equals("p") ? 1 : 0));
            assertThat(f.li).isEqualTo(e.select("li").size() - (e.normalName().equals("li") ? 1 : 0));
            assertThat(f.commas).isEqualTo(ArticleExtractor.commas(BlockText.innerText(e)));
        }
    }

    @Test
    void figuresAreThoseOfTheElementsText() throws Exception {
        for (String name : List.of("news-article.html", "blog-latin1.html")) {
            org.jsoup.nodes.Document page = Jsoup.parse(resource(name));
            assertFiguresMatchTheElements(page.body(), TextStats.of(page.body()));
        }
    }

    @Test
    void removingAnElementUpdatesItsAncestors() throws Exception {
        org.jsoup.nodes.Document page = Jsoup.parse("<div id=a><blockquote id=q><p>Quoted words, said here at"
                + " length so that they count.</p><div id=links><a href='/x'>one link</a> <a href='#y'>two</a></div>"
                + "</blockquote><ul><li>item <a href=/z>link</a></li><li>other, item</li></ul><p>Tail text.</p></div>");
        TextStats stats = TextStats.of(page.body());
        for (String id : List.of("links", "q")) {
            Element gone = page.getElementById(id);
            stats.removed(gone);
            gone.remove();
            assertFiguresMatchTheElements(page.body(), stats);
        }
        Element li = page.selectFirst("li");
        stats.removed(li);
        li.remove();
        assertFiguresMatchTheElements(page.body(), stats);
    }

    @Test
    void aDeepPageHasTheRightFiguresAndText() throws Exception {
        StringBuilder html = new StringBuilder("<html><body><div class=comments>");
        for (int i = 0; i < 150; i++) {
            html.append("<div class=comment><p>Comment ").append(i).append(", which says something, at some length,"
                    + " about the story above, and <a href=/u").append(i).append(">a link</a>.</p>");
        }
        html.append("</div>".repeat(150)).append("</div></body></html>");
        org.jsoup.nodes.Document page = Jsoup.parse(html.toString());
        assertFiguresMatchTheElements(page.body(), TextStats.of(page.body()));
    }

    @Test
    void aLongStreamOfStoriesKeepsItsSectionHeadingsAndDropsTheTitle() throws Exception {
        // Before: each h1 walked the whole container again (20,000 h1s: 122 s). The result is unchanged: the h1
        // before any prose (the page title) goes, every later one is a section heading and stays.
        StringBuilder html = new StringBuilder("<html><head><title>Harbour</title></head><body><div>");
        html.append("<h1>Harbour</h1>");
        for (int i = 0; i < 3000; i++) {
            html.append("<h1>Section ").append(i).append("</h1><p>Paragraph ").append(i).append(" of the story, in which"
                    + " the minister said, according to officials, that the harbour would reopen.</p>");
        }
        html.append("</div></body></html>");
        Document d = new HtmlFormat(false, 25).parse(new Payload(html.toString().getBytes(StandardCharsets.UTF_8),
                "file:long.html", Instant.EPOCH)).get(0);
        List<String> paragraphs = List.of(d.body().split("\n\n"));
        assertThat(paragraphs.get(0)).startsWith("Paragraph 0 of the story");
        assertThat(paragraphs).contains("Section 1", "Section 2999").doesNotContain("Harbour");
        assertThat(paragraphs.stream().filter(p -> p.startsWith("Paragraph ")).count()).isEqualTo(3000);
    }
}
