package org.copydesk.plugins.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
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
    void textLengthsAreJsoupsWhereWhitespaceIsKeptOrUnusual() {
        // Before: whitespace always collapsed (also in pre and textarea, which jsoup keeps as written), every
        // Character.isWhitespace counted as collapsible (jsoup collapses only space, tab, LF, FF, CR, U+00A0) and
        // the soft hyphen counted (jsoup leaves it out): 5 for 10, 3 for 5, 11 for 10, 3 for 5, 3 for 4.
        for (String html : List.of("<div><pre>a   b\n   c</pre></div>", "<div><textarea>a   b</textarea></div>",
                "<div><p>soft\u00adhyphen</p></div>", "<div><p>a \u2003 b</p></div>", "<div><p>a\u000b\u000bb</p></div>",
                "<div><pre>\n  indented\u00a0 <b>bold  </b>\n</pre> after\u2003</div>",
                "<div><p>x</p><!-- c -->y<span><p>z</p></span>w <textarea> </textarea><button>go</button>end</div>",
                "<div>\u2003 <p>\u000b lead</p>\u2003</div>", "<div><pre><span><b><i><u><s><em>a   b</em></s></u></i></b>"
                        + "</span></pre></div>")) {
            org.jsoup.nodes.Document page = Jsoup.parse(html);
            assertFiguresMatchTheElements(page.body(), TextStats.of(page.body()));
        }
        org.jsoup.nodes.Document pre = Jsoup.parse("<div><pre>a   b\n   c</pre></div>");
        assertThat(TextStats.of(pre.body()).text(pre.selectFirst("pre"))).isEqualTo(10);
    }

    @Test
    void removingAnElementTakesAwayOnlyTheSpaceThatGoesWithIt() {
        // Before: a removal took the element's text (and one space for a block) off its ancestors, whatever
        // became of the spaces around it: 'one three' counted 10 (real 9), 'ac' 3 (real 2), 'Read now' 9 (real 8).
        String[][] cases = {
            {"<div id=x><p id=p>one <span id=r>two</span> three</p></div>", "r"},
            {"<div id=x>a<p id=r>b</p>c</div>", "r"},
            {"<div id=x><p>Read <a id=r href=/a>this link</a> now</p></div>", "r"},
            {"<div id=x><p>a</p><p id=r>b</p>c</div>", "r"},
            {"<div id=x><pre>keep  <b id=r>this</b>  spaced</pre></div>", "r"},
        };
        for (String[] c : cases) {
            org.jsoup.nodes.Document page = Jsoup.parse(c[0]);
            TextStats stats = TextStats.of(page.body());
            Element gone = page.getElementById(c[1]);
            stats.removed(gone);
            gone.remove();
            assertFiguresMatchTheElements(page.body(), stats);
        }
    }

    @Test
    void randomRemovalsKeepEveryElementsFiguresRight() throws Exception {
        // Before: ten random removals on news-article.html left 2 to 7 elements with wrong figures per seed.
        String extra = "<div id=extra><pre>  code   kept\n    as is</pre><p>soft\u00adhyphen a\u2003b</p>"
                + "<ul><li>one <a href=/1>link</a></li><li>two</li></ul>tail<span><p>inner</p></span>end</div>";
        for (String name : List.of("news-article.html", "blog-latin1.html")) {
            String html = resource(name).replace("</body>", extra + "</body>");
            for (int seed = 0; seed < 40; seed++) {
                org.jsoup.nodes.Document page = Jsoup.parse(html);
                TextStats stats = TextStats.of(page.body());
                Random random = new Random(seed);
                for (int k = 0; k < 10; k++) {
                    List<Element> all = new ArrayList<>(page.body().getAllElements());
                    all.remove(page.body());
                    if (all.isEmpty()) {
                        break;
                    }
                    Element gone = all.get(random.nextInt(all.size()));
                    stats.removed(gone);
                    gone.remove();
                    assertFiguresMatchTheElements(page.body(), stats);
                }
            }
        }
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
