package org.copydesk.plugins.html;

import static org.copydesk.plugins.html.ArticleExtractor.BLOCK_TAGS;
import static org.copydesk.plugins.html.ArticleExtractor.hasBlockChild;
import static org.copydesk.plugins.html.ArticleExtractor.hasOwnText;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The pre-pass before scoring: removes what is never article text (scripts, controls, navigation, asides, footers,
 * short headers, captions, hidden elements, non-content ARIA roles, comments, and elements whose class or id names
 * page furniture), and wraps loose text between block elements into paragraphs.
 */
final class PageCleaner {
    static final Set<String> DROP_TAGS = Set.of("script", "style", "noscript", "template", "svg", "canvas", "iframe",
            "object", "embed", "video", "audio", "source", "track", "button", "input", "select", "textarea", "option",
            "nav", "dialog", "menu", "link", "meta", "head", "title", "figcaption", "map", "area", "form[role=search]");
    private static final Set<String> NON_CONTENT_ROLES = Set.of("navigation", "menu", "menubar", "complementary",
            "dialog", "alertdialog", "banner", "contentinfo", "search", "toolbar", "tablist", "button");

    private PageCleaner() {
    }

    /**
     * Wraps runs of text and inline elements that sit directly in a block container beside block children into
     * paragraphs, so that text written as "text&lt;div/&gt;text&lt;br&gt;" is scored like paragraphs are.
     */
    static void wrapLooseText(Element body) {
        for (Element e : new ArrayList<>(body.select("div, section, article, main"))) {
            if (!hasBlockChild(e) || !hasOwnText(e)) {
                continue;
            }
            List<Node> run = new ArrayList<>();
            for (Node n : new ArrayList<>(e.childNodes())) {
                boolean inline = n instanceof TextNode || (n instanceof Element c && !BLOCK_TAGS.contains(c.normalName()));
                if (inline) {
                    run.add(n);
                } else {
                    wrap(run);
                    run.clear();
                }
            }
            wrap(run);
        }
    }

    private static void wrap(List<Node> run) {
        boolean text = run.stream().anyMatch(n -> n instanceof TextNode t ? !t.isBlank()
                : n instanceof Element el && !el.text().isBlank());
        if (!text) {
            return;
        }
        Element p = new Element("p");
        run.get(0).before(p);
        for (Node n : run) {
            p.appendChild(n);
        }
    }

    /** Removes what is never article text: scripts, forms, hidden elements, navigation roles, furniture classes. */
    static void preClean(Element body, boolean stripUnlikely) {
        for (Node n : new ArrayList<>(body.childNodes())) {
            removeComments(n);
        }
        for (String tag : DROP_TAGS) {
            body.select(tag).remove();
        }
        // Figures from one pass: an element's subtree is not changed before the loop reaches it (pre-order; removing
        // an ancestor leaves it whole), so they are exact where they are read. Asking each element for its text()
        // walked its subtree again at every level (review C11: 158 nested comment divs, 6.2 MB: 43 s).
        TextStats stats = TextStats.of(body);
        int bodyLength = stats.text(body);
        for (Element e : new ArrayList<>(body.getAllElements())) {
            if (e == body || e.parent() == null) {
                continue;
            }
            String tag = e.normalName();
            String role = e.attr("role").toLowerCase(Locale.ROOT);
            if (hidden(e) || NON_CONTENT_ROLES.contains(role) || tag.equals("footer") || tag.equals("aside")) {
                e.remove();
                continue;
            }
            if (tag.equals("header") && stats.get(e).p < 3) {
                e.remove();
                continue;
            }
            if (stripUnlikely && Boilerplate.STANDFIRST.matcher(e.className()).find()
                    && stats.text(e) < 400 && !stats.holds(e, TextStats.ARTICLE_BODY)) {
                e.remove();
                continue;
            }
            if (stripUnlikely && !tag.equals("a") && !tag.equals("article") && !tag.equals("main")
                    && !tag.equals("table") && !tag.equals("tbody") && !tag.equals("tr") && !tag.equals("td")
                    && Boilerplate.unlikely(e) && !insideCode(e) && !e.is("[itemprop=articleBody]")
                    && !wrapsTheArticle(e, bodyLength, stats)) {
                e.remove();
            }
        }
    }

    /** A page wrapper with a furniture-like class: it holds the article or most of the page's text. */
    private static boolean wrapsTheArticle(Element e, int bodyLength, TextStats stats) {
        if (stats.holds(e, TextStats.MAIN | TextStats.ARTICLE_BODY | TextStats.ROLE_MAIN)) {
            return true;
        }
        // a page wrapper holds the title and a good part of the text; a comment thread holds text but no title
        int length = stats.text(e);
        return bodyLength > 0 && length > bodyLength * 0.3 && stats.holds(e, TextStats.ARTICLE_OR_H1);
    }

    private static void removeComments(Node n) {
        if (n instanceof Comment) {
            n.remove();
            return;
        }
        for (Node c : new ArrayList<>(n.childNodes())) {
            removeComments(c);
        }
    }

    private static boolean hidden(Element e) {
        if (e.hasAttr("hidden")) {
            return true;
        }
        String style = e.attr("style").toLowerCase(Locale.ROOT).replace(" ", "");
        if (style.contains("display:none") || style.contains("visibility:hidden")) {
            return true;
        }
        return e.attr("aria-hidden").equals("true") && !e.className().contains("fallback-image");
    }

    private static boolean insideCode(Element e) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (p.normalName().equals("code") || p.normalName().equals("pre")) {
                return true;
            }
        }
        return false;
    }
}
