package org.copydesk.plugins.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.copydesk.api.Payload;
import org.junit.jupiter.api.Test;

/** Page layouts the extractor must handle: split article bodies, table layouts, lists inside the text. */
class LayoutVariantsTest {
    private static final String P = "Lorem paragraph text that is long enough to be a real paragraph, with commas, "
            + "clauses, and a full stop at the end.";
    private final HtmlFormat format = new HtmlFormat(false, 25);

    private String body(String html) throws Exception {
        return format.parse(new Payload(html.getBytes(StandardCharsets.UTF_8), "u", Instant.EPOCH)).get(0).body();
    }

    @Test
    void articleSplitByAdsIntoSiblingContainers() throws Exception {
        String page = "<html><body><div class=\"wrap\"><div class=\"story-body\"><p>One. " + P + "</p><p>Two. " + P
                + "</p></div><div class=\"ad-container\"><p>Advertisement</p></div><div class=\"story-body\"><p>Three. "
                + P + "</p><p>Four. " + P + "</p></div><div class=\"story-body\"><p>Five. " + P + "</p></div>"
                + "<div class=\"comments\"><p>Comment one. " + P + "</p><p>Comment two. " + P + "</p></div>"
                + "<div class=\"more\"><ul><li><a href=\"/1\">Other story one with a long headline here</a></li>"
                + "<li><a href=\"/2\">Other story two with a long headline</a></li></ul></div></div></body></html>";
        assertThat(body(page).split("\n\n")).extracting(s -> s.substring(0, s.indexOf('.')))
                .containsExactly("One", "Two", "Three", "Four", "Five");
    }

    @Test
    void oldTableLayoutWithLineBreaks() throws Exception {
        String page = "<html><body><table><tr><td class=\"nav\"><a href=\"/\">Home</a><br><a href=\"/a\">About</a></td>"
                + "<td>First. " + P + "<br><br>Second. " + P + "<br>Still second.<br><br>Third. " + P
                + "</td></tr></table></body></html>";
        assertThat(body(page)).isEqualTo("First. " + P + "\n\nSecond. " + P + "\nStill second.\n\nThird. " + P);
    }

    @Test
    void listsInsideTheTextStayAndLinkListsBesideItGo() throws Exception {
        String page = "<html><body><article><h1>Ten tips</h1><p>Intro. " + P + "</p><ol><li>Tip one is to drink "
                + "water every day.</li><li>Tip two is to sleep eight hours a night.</li></ol><p>Outro. " + P
                + "</p></article><div class=\"popular\"><h3>Popular</h3><ol><li><a href=\"/x\">A popular story</a></li>"
                + "<li><a href=\"/y\">Another one</a></li></ol></div></body></html>";
        assertThat(body(page)).isEqualTo("Intro. " + P + "\n\nTip one is to drink water every day.\n\n"
                + "Tip two is to sleep eight hours a night.\n\nOutro. " + P);
    }

    @Test
    void shortArticleAboveALongerCommentThread() throws Exception {
        String c = "I think this is a comment from a reader, with opinions, and more opinions, and more words.";
        String page = "<html><body><div class=\"main\"><article><h1>Brief</h1><div class=\"story-text\"><p>One. " + P
                + "</p><p>Two. " + P + "</p></div></article><section class=\"discussion\" id=\"disqus_thread\">"
                + ("<div class=\"c\"><p>" + c + "</p></div>").repeat(6) + "</section></div></body></html>";
        assertThat(body(page)).isEqualTo("One. " + P + "\n\nTwo. " + P);
    }

    @Test
    void theNextStoryBelowIsNotPartOfThisOne() throws Exception {
        String page = "<html><body><main><article class=\"post\"><h1>First story</h1><p>A1. " + P + "</p><p>A2. " + P
                + "</p><p>A3. " + P + "</p></article><article class=\"post\"><h1>Next story</h1><p>B1. " + P
                + "</p><p>B2. " + P + "</p></article></main></body></html>";
        assertThat(body(page)).isEqualTo("A1. " + P + "\n\nA2. " + P + "\n\nA3. " + P);
    }

    @Test
    void theStoryWithThePageHeadlineWinsOverALongerNeighbour() throws Exception {
        String page = "<html><head><meta property=\"og:title\" content=\"First story\"></head><body><main>"
                + "<article class=\"post\"><h1>First story</h1><p>A1. " + P + "</p><p>A2. " + P + "</p></article>"
                + "<article class=\"post\"><h2>Next story</h2><p>B1. " + P + "</p><p>B2. " + P + "</p><p>B3. " + P
                + "</p><p>B4. " + P + "</p></article></main></body></html>";
        assertThat(body(page)).isEqualTo("A1. " + P + "\n\nA2. " + P);
    }
}
