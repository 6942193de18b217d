package org.copydesk.plugins.html;

import static org.copydesk.plugins.html.ArticleExtractor.commas;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.CDataNode;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Tag;

/**
 * Text figures of every element of a page, computed once, bottom-up, in one pass: text length (as
 * {@link BlockText#innerText} counts it: jsoup's whitespace collapsed except where jsoup keeps it, as in
 * {@code pre}; separators between blocks as jsoup puts them; see {@link Run}), characters
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
        // the text of the children as jsoup's text() accumulates it, before the final strip
        Run run = Run.EMPTY;
        // some text node below holds more than whitespace (jsoup's hasText())
        boolean hasText;
        // a child element is a block (jsoup then separates this inline element from the text after it)
        boolean blockChild;
    }

    private static final Figures NONE = new Figures();
    private final Map<Element, Figures> figures = new IdentityHashMap<>();
    private final Map<TextNode, Run> textRuns = new IdentityHashMap<>();

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
        for (Node n : e.childNodes()) {
            if (n instanceof TextNode t) {
                Run r = Run.of(t);
                textRuns.put(t, r);
                f.commas += commas(t.getWholeText());
                f.hasText |= r.hasText;
            } else if (n instanceof Element c) {
                Figures cf = get(c);
                String tag = c.normalName();
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
        joinText(e, f, null);
        return f;
    }

    /**
     * The text of {@code e}'s children (without {@code skip}, a child about to be removed) joined as jsoup's
     * {@code Element.text()} joins them: a separating space before a block, a {@code br}, or a text boundary
     * ({@code textarea}, {@code button}...) holding text, and after a block (or an inline element holding a block,
     * or a text boundary) that text or an inline element follows; no space where the text already ends with one.
     */
    private void joinText(Element e, Figures f, Node skip) {
        Run.Builder text = new Run.Builder();
        boolean hasText = false;
        boolean blockChild = false;
        for (Node n : e.childNodes()) {
            if (n == skip) {
                continue;
            }
            if (n instanceof TextNode t) {
                Run r = textRuns.get(t);
                if (r == null) {
                    r = Run.of(t);
                    textRuns.put(t, r);
                }
                text.append(r);
                hasText |= r.hasText;
            } else if (n instanceof Element c) {
                Figures cf = get(c);
                hasText |= cf.hasText;
                blockChild |= c.isBlock();
                boolean boundary = c.tag().is(Tag.TextBoundary);
                if (c.isBlock() || c.normalName().equals("br") || (boundary && c.childNodeSize() > 0 && cf.hasText)) {
                    text.space();
                }
                text.append(cf.run);
                if (boundary || c.isBlock() || cf.blockChild) {
                    Node next = c.nextSibling();
                    if (next != null && next == skip) {
                        next = next.nextSibling();
                    }
                    if (next instanceof TextNode || (next instanceof Element ne && !ne.isBlock())) {
                        text.space();
                    }
                }
            }
        }
        f.run = text.build();
        f.text = f.run.stripped();
        f.hasText = hasText;
        f.blockChild = blockChild;
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
     * additive figures lose its share; the text of each ancestor is joined again from its children's (the space
     * jsoup puts between the element and its neighbours goes only where no other separator remains); link,
     * quotation and prose shares that depend on an ancestor's own density are recomputed on the way up. Costs the
     * number of children of its ancestors. Markers are not updated (the cleaning that removes elements does not
     * read them).
     */
    void removed(Element e) {
        Figures ef = figures.get(e);
        if (ef == null) {
            return;
        }
        String tag = e.normalName();
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
            joinText(a, f, e);
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

    /**
     * A piece of the text jsoup's {@code Element.text()} accumulates, as far as its length goes: its length where
     * the text before it ends in a letter; whether it starts with a collapsible space (one jsoup leaves out where
     * the text before ends with a space); whether it ends with a space; how many of its first and last characters
     * {@link BlockText#innerText}'s final trim and strip would take off. Whitespace is jsoup's (space, tab, line
     * feed, form feed, carriage return, no-break space), collapsed to one space; zero-width space and soft hyphen
     * are left out; text within {@code pre}, {@code textarea} and the other whitespace-keeping tags (up to six
     * levels up, as jsoup looks) and CDATA count as they are.
     */
    static final class Run {
        static final Run EMPTY = new Run(0, false, false, 0, 0, false);
        final int length;
        final boolean softStart;
        final boolean endsWithSpace;
        final int lead;
        final int trail;
        final boolean hasText;

        private Run(int length, boolean softStart, boolean endsWithSpace, int lead, int trail, boolean hasText) {
            this.length = length;
            this.softStart = softStart;
            this.endsWithSpace = endsWithSpace;
            this.lead = lead;
            this.trail = trail;
            this.hasText = hasText;
        }

        /** The length left once the ends are stripped. */
        int stripped() {
            return lead >= length ? 0 : length - lead - trail;
        }

        static boolean strippable(char c) {
            return c <= ' ' || c == '\u00a0' || Character.isWhitespace(c);
        }

        static Run of(TextNode t) {
            String s = t.getWholeText();
            Builder b = new Builder();
            boolean hasText = false;
            if (t instanceof CDataNode || keepsWhitespace(t.parent())) {
                for (int i = 0; i < s.length(); i++) {
                    b.add(s.charAt(i), false);
                }
            } else {
                boolean lastWasWhite = false;
                for (int i = 0; i < s.length(); i++) {
                    char c = s.charAt(i);
                    if (c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == '\u00a0') {
                        if (!lastWasWhite) {
                            b.add(' ', true);
                            lastWasWhite = true;
                        }
                    } else if (c != '\u200b' && c != '\u00ad') {
                        b.add(c, false);
                        lastWasWhite = false;
                    }
                }
            }
            for (int i = 0; i < s.length() && !hasText; i++) {
                char c = s.charAt(i);
                hasText = c != ' ' && c != '\t' && c != '\n' && c != '\f' && c != '\r';
            }
            Run r = b.build();
            return new Run(r.length, r.softStart, r.endsWithSpace, r.lead, r.trail, hasText);
        }

        /** jsoup's rule: the text's parent or one of its five nearest ancestors keeps whitespace. */
        private static boolean keepsWhitespace(Node parent) {
            int i = 0;
            for (Node n = parent; n instanceof Element el && i < 6; n = n.parent(), i++) {
                if (el.tag().preserveWhitespace()) {
                    return true;
                }
            }
            return false;
        }

        /** Joins pieces one after the other, as jsoup appends them. */
        static final class Builder {
            int length;
            boolean softStart;
            boolean endsWithSpace;
            int lead;
            int trail;

            /** One character; {@code soft}: a collapsible space, left out after a space. */
            void add(char c, boolean soft) {
                if (soft && length > 0 && endsWithSpace) {
                    return;
                }
                if (length == 0) {
                    softStart = soft;
                }
                length++;
                if (strippable(c)) {
                    if (lead == length - 1) {
                        lead++;
                    }
                    trail++;
                } else {
                    trail = 0;
                }
                endsWithSpace = c == ' ';
            }

            /** A separating space (before or after a block), left out after a space. */
            void space() {
                add(' ', true);
            }

            void append(Run r) {
                if (r.length == 0) {
                    return;
                }
                if (length == 0) {
                    length = r.length;
                    softStart = r.softStart;
                    endsWithSpace = r.endsWithSpace;
                    lead = r.lead;
                    trail = r.trail;
                    return;
                }
                int len = r.length;
                int rLead = r.lead;
                int rTrail = r.trail;
                if (endsWithSpace && r.softStart) { // the piece's first space goes: the text already ends with one
                    len--;
                    rLead--;
                    rTrail = Math.min(rTrail, len);
                    if (len == 0) {
                        return;
                    }
                }
                lead = lead == length ? length + rLead : lead;
                trail = rTrail == len ? len + trail : rTrail;
                length += len;
                endsWithSpace = r.endsWithSpace;
            }

            Run build() {
                return length == 0 ? EMPTY : new Run(length, softStart, endsWithSpace, lead, trail, false);
            }
        }
    }
}
