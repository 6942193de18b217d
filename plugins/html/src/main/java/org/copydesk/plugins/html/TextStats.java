package org.copydesk.plugins.html;

import static org.copydesk.plugins.html.ArticleExtractor.commas;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Text figures of every element of a page, computed once, bottom-up, in one pass: text length (as
 * {@link BlockText#innerText} counts it, whitespace collapsed; block boundaries count as one space), characters
 * inside links, commas, the number of {@code p}, {@code img}, {@code li} and {@code input} elements below it, the
 * text of quotations and of prose paragraphs below it, and which markers ({@code main}, {@code articleBody},
 * {@code article}/{@code h1}) it holds. Asking each element for its {@code text()} and {@code select()} instead
 * walked its whole subtree, once per element and per level (review C10, C11: 20,000 {@code <article><h1>} blocks
 * 122 s; 158 nested comment divs 43 s), so extraction was quadratic in the page's nesting.
 * {@link #removed} keeps the figures of the ancestors right when the cleaning removes an element.
 */
final class TextStats {
    static final int MAIN = 1;
    static final int ARTICLE_BODY = 2;
    static final int ROLE_MAIN = 4;
    static final int ARTICLE_OR_H1 = 8;

    /** The figures of one element (its own tag not counted in p, img, li, input; its markers counted). */
    static final class Figures {
        int text;
        int links;
        int commas;
        int p;
        int img;
        int li;
        int input;
        int quoted;
        int prose;
        int markers;
        // the collapsed text of the children: length with boundary spaces, and whether it starts or ends with one
        int rawLength;
        boolean leadingSpace;
        boolean trailingSpace;
    }

    private static final Figures NONE = new Figures();
    private final Map<Element, Figures> figures = new IdentityHashMap<>();

    private TextStats() {
    }

    /** The figures of {@code root} and every element below it, in one post-order pass (no recursion). */
    static TextStats of(Element root) {
        TextStats stats = new TextStats();
        Deque<Element> stack = new ArrayDeque<>();
        Deque<Element> order = new ArrayDeque<>();
        stack.push(root);
        while (!stack.isEmpty()) {
            Element e = stack.pop();
            order.push(e); // reversed pre-order: every element comes after its descendants
            for (Element c : e.children()) {
                stack.push(c);
            }
        }
        for (Element e : order) {
            stats.figures.put(e, stats.compute(e));
        }
        return stats;
    }

    private Figures compute(Element e) {
        Figures f = new Figures();
        f.markers = ownMarkers(e);
        Segment text = new Segment();
        for (Node n : e.childNodes()) {
            if (n instanceof TextNode t) {
                String s = t.getWholeText();
                f.commas += commas(s);
                text.append(s);
            } else if (n instanceof Element c) {
                Figures cf = get(c);
                String tag = c.normalName();
                boolean block = c.isBlock() || tag.equals("br");
                if (block) {
                    text.space();
                }
                text.append(cf);
                if (block) {
                    text.space();
                }
                f.commas += cf.commas;
                f.links += linkContribution(c, cf);
                f.p += cf.p + (tag.equals("p") ? 1 : 0);
                f.img += cf.img + (tag.equals("img") ? 1 : 0);
                f.li += cf.li + (tag.equals("li") ? 1 : 0);
                f.input += cf.input + (tag.equals("input") ? 1 : 0);
                f.quoted += quoteContribution(c, cf);
                f.prose += proseContribution(c, cf);
                f.markers |= cf.markers;
            }
        }
        f.rawLength = text.length;
        f.leadingSpace = text.leading;
        f.trailingSpace = text.trailing;
        f.text = Math.max(0, text.length - (text.leading ? 1 : 0) - (text.trailing && text.length > 1 ? 1 : 0));
        return f;
    }

    private static int ownMarkers(Element e) {
        int m = 0;
        String tag = e.normalName();
        if (tag.equals("main")) {
            m |= MAIN;
        }
        if (e.attr("itemprop").equalsIgnoreCase("articleBody")) {
            m |= ARTICLE_BODY;
        }
        if (e.attr("role").equalsIgnoreCase("main")) {
            m |= ROLE_MAIN;
        }
        if (tag.equals("article") || tag.equals("h1")) {
            m |= ARTICLE_OR_H1;
        }
        return m;
    }

    private static int linkContribution(Element c, Figures cf) {
        if (!c.normalName().equals("a")) {
            return cf.links;
        }
        double coefficient = c.attr("href").startsWith("#") ? 0.3 : 1;
        return cf.links + (int) (cf.text * coefficient);
    }

    private static int quoteContribution(Element c, Figures cf) {
        return cf.quoted + (c.normalName().equals("blockquote") && linkDensity(cf) < 0.5 ? cf.text : 0);
    }

    private static int proseContribution(Element c, Figures cf) {
        return cf.prose + (c.normalName().equals("p") && cf.text >= 80 && linkDensity(cf) < 0.3 ? cf.text : 0);
    }

    private static double linkDensity(Figures f) {
        return f.text == 0 ? 0 : Math.min(1, f.links / (double) f.text);
    }

    Figures get(Element e) {
        return figures.getOrDefault(e, NONE);
    }

    int text(Element e) {
        return get(e).text;
    }

    /** As {@link ArticleExtractor#linkDensity}: link characters (in-page links counted at 0.3) over all text. */
    double linkDensity(Element e) {
        Figures f = get(e);
        return f.text == 0 ? 0 : Math.min(1, linkContribution(e, f) / (double) f.text); // a link counts itself
    }

    boolean holds(Element e, int markers) {
        return (get(e).markers & markers) != 0;
    }

    /**
     * Takes an element about to be removed out of its ancestors' figures (call before {@code remove()}): the
     * additive figures lose its share; link, quotation and prose shares that depend on an ancestor's own density
     * are recomputed on the way up. Costs the element's depth. Markers are not updated (the cleaning that removes
     * elements does not read them).
     */
    void removed(Element e) {
        Figures ef = figures.get(e);
        if (ef == null) {
            return;
        }
        String tag = e.normalName();
        int dText = ef.text + (e.isBlock() ? 1 : 0);
        int dCommas = ef.commas;
        int dP = ef.p + (tag.equals("p") ? 1 : 0);
        int dImg = ef.img + (tag.equals("img") ? 1 : 0);
        int dLi = ef.li + (tag.equals("li") ? 1 : 0);
        int dInput = ef.input + (tag.equals("input") ? 1 : 0);
        int dLinks = -linkContribution(e, ef);
        int dQuoted = -quoteContribution(e, ef);
        int dProse = -proseContribution(e, ef);
        for (Element a = e.parent(); a != null; a = a.parent()) {
            Figures f = figures.get(a);
            if (f == null) {
                break;
            }
            int oldLinks = linkContribution(a, f);
            int oldQuoted = quoteContribution(a, f);
            int oldProse = proseContribution(a, f);
            f.text = Math.max(0, f.text - dText);
            f.commas -= dCommas;
            f.p -= dP;
            f.img -= dImg;
            f.li -= dLi;
            f.input -= dInput;
            f.links = Math.max(0, f.links + dLinks);
            f.quoted = Math.max(0, f.quoted + dQuoted);
            f.prose = Math.max(0, f.prose + dProse);
            dLinks = linkContribution(a, f) - oldLinks;
            dQuoted = quoteContribution(a, f) - oldQuoted;
            dProse = proseContribution(a, f) - oldProse;
        }
        figures.remove(e);
    }

    /** Collapsed-whitespace length of a run of text, as jsoup's {@code text()} writes it, built piece by piece. */
    private static final class Segment {
        int length;
        boolean leading;
        boolean trailing;

        void space() {
            if (length == 0) {
                length = 1;
                leading = true;
                trailing = true;
            } else if (!trailing) {
                length++;
                trailing = true;
            }
        }

        void append(Figures f) {
            if (f.rawLength == 0) {
                return;
            }
            if (length == 0) {
                length = f.rawLength;
                leading = f.leadingSpace;
                trailing = f.trailingSpace;
                return;
            }
            length += f.rawLength - (trailing && f.leadingSpace ? 1 : 0);
            trailing = f.trailingSpace;
        }

        void append(String s) {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (Character.isWhitespace(c) || c == '\u00a0') {
                    space();
                } else if (c != '\u200b') {
                    length++;
                    trailing = false;
                }
            }
        }
    }
}
