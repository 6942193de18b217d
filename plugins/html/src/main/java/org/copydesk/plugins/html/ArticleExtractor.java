package org.copydesk.plugins.html;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;

/**
 * Finds the article text of a page. The approach follows Mozilla Readability (paragraph scores propagated to
 * ancestors, link density, class/id weights, sibling inclusion, conditional cleaning) with these additions: a
 * pre-pass that removes furniture by tag, ARIA role, visibility and generic class/id patterns; a container hint from
 * schema.org {@code itemprop=articleBody} and common article-body class names; paragraph-level filtering of link
 * lists and furniture lines; and the JSON-LD {@code articleBody} as a strong hint (it filters paragraphs that are not
 * in it, or replaces an extraction that missed most of it).
 */
final class ArticleExtractor {
    static final Set<String> DROP_TAGS = Set.of("script", "style", "noscript", "template", "svg", "canvas", "iframe",
            "object", "embed", "video", "audio", "source", "track", "button", "input", "select", "textarea", "option",
            "nav", "dialog", "menu", "link", "meta", "head", "title", "figcaption", "map", "area", "form[role=search]");
    static final Set<String> BLOCK_TAGS = Set.of("address", "article", "aside", "blockquote", "center", "dd", "details",
            "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3",
            "h4", "h5", "h6", "header", "hgroup", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary",
            "table", "tbody", "thead", "tfoot", "tr", "td", "th", "ul", "caption", "br");
    private static final Set<String> NON_CONTENT_ROLES = Set.of("navigation", "menu", "menubar", "complementary",
            "dialog", "alertdialog", "banner", "contentinfo", "search", "toolbar", "tablist", "button");
    private static final Set<String> SCORED_TAGS = Set.of("p", "pre", "td", "h2", "h3", "h4", "h5", "h6", "section");

    /** Flags that are relaxed one by one when an attempt finds too little text. */
    private record Attempt(boolean stripUnlikely, boolean weightClasses, boolean cleanConditionally) {
    }

    private final int minParagraphChars;

    ArticleExtractor(int minParagraphChars) {
        this.minParagraphChars = minParagraphChars;
    }

    /** What was found: paragraphs (empty when nothing article-like) and the cleaned HTML they came from. */
    record Result(List<String> paragraphs, String html) {
        int length() {
            return paragraphs.stream().mapToInt(String::length).sum();
        }
    }

    /** The article as paragraphs; empty when nothing article-like was found. */
    Result extract(Document page, String headline) {
        return extract(page, headline, null);
    }

    /** As {@link #extract(Document, String)}, also dropping byline lines at the start or end of the text. */
    Result extract(Document page, String headline, String byline) {
        List<Attempt> attempts = List.of(new Attempt(true, true, true), new Attempt(false, true, true),
                new Attempt(false, false, true), new Attempt(false, false, false));
        if (page.body() != null) {
            DepthLimit.flatten(page.body(), DepthLimit.MAX_DEPTH);
        }
        Result best = new Result(List.of(), "");
        int bestLength = -1;
        for (Attempt attempt : attempts) {
            Document doc = page.clone();
            Result result = run(doc, attempt, headline, byline);
            int length = result.length();
            if (length > bestLength) {
                best = result;
                bestLength = length;
            }
            if (length >= 500) {
                break;
            }
        }
        return best;
    }

    private Result run(Document doc, Attempt attempt, String headline, String byline) {
        Element body = doc.body();
        if (body == null) {
            return new Result(List.of(), "");
        }
        preClean(body, attempt.stripUnlikely);
        wrapLooseText(body);
        Map<Element, Double> scores = new IdentityHashMap<>();
        List<Element> candidates = score(body, scores, attempt.weightClasses);
        Element top = null;
        double topScore = 0;
        for (Element c : candidates) {
            double s = scores.get(c) * (1 - linkDensity(c));
            scores.put(c, s);
            if (top == null || s > topScore) {
                top = c;
                topScore = s;
            }
        }
        if (top == null) {
            top = body;
        }
        top = promote(top, scores, topScore);
        topScore = scores.getOrDefault(top, topScore);
        List<Element> parts = siblings(top, scores, topScore);
        List<Element> marked = markedBody(body);
        if (!marked.isEmpty()) {
            int markedLength = marked.stream().mapToInt(e -> BlockText.innerText(e).length()).sum();
            int partsLength = parts.stream().mapToInt(e -> BlockText.innerText(e).length()).sum();
            List<Element> chosen = parts;
            boolean inside = marked.stream().allMatch(m -> chosen.stream().anyMatch(p -> p == m || m.parents().contains(p)));
            // outside what scoring chose: trusted unless it is a fraction of it (a teaser marked up as the body);
            // inside it: trusted when it holds at least half of the text (the rest is then furniture around it)
            if ((!inside && markedLength >= partsLength * 0.3) || markedLength >= partsLength * 0.5) {
                parts = marked;
            }
        }
        List<BlockText.Para> paragraphs = new ArrayList<>();
        StringBuilder html = new StringBuilder();
        for (Element part : parts) {
            if (attempt.cleanConditionally) {
                cleanConditionally(part, scores, attempt.weightClasses);
            }
            BlockText.paragraphs(part, paragraphs);
            html.append(part.outerHtml()).append('\n');
        }
        return new Result(filter(paragraphs, headline, byline), html.toString());
    }

    /**
     * Elements the publisher marked as the article body (schema.org {@code itemprop=articleBody}), outermost only,
     * when they hold a real amount of text.
     */
    private static List<Element> markedBody(Element body) {
        List<Element> out = new ArrayList<>();
        for (Element e : body.select("[itemprop=articleBody], [itemprop=articlebody]")) {
            boolean nested = out.stream().anyMatch(o -> e.parents().contains(o));
            if (!nested && BlockText.innerText(e).length() >= 150) {
                out.add(e);
            }
        }
        return out;
    }

    /**
     * Wraps runs of text and inline elements that sit directly in a block container beside block children into
     * paragraphs, so that text written as "text&lt;div/&gt;text&lt;br&gt;" is scored like paragraphs are.
     */
    private static void wrapLooseText(Element body) {
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
    private static void preClean(Element body, boolean stripUnlikely) {
        for (Node n : new ArrayList<>(body.childNodes())) {
            removeComments(n);
        }
        for (String tag : DROP_TAGS) {
            body.select(tag).remove();
        }
        int bodyLength = body.text().length();
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
            if (tag.equals("header") && e.select("p").size() < 3) {
                e.remove();
                continue;
            }
            if (stripUnlikely && Boilerplate.STANDFIRST.matcher(e.className()).find()
                    && BlockText.innerText(e).length() < 400 && e.selectFirst("[itemprop=articleBody]") == null) {
                e.remove();
                continue;
            }
            if (stripUnlikely && !tag.equals("a") && !tag.equals("article") && !tag.equals("main")
                    && !tag.equals("table") && !tag.equals("tbody") && !tag.equals("tr") && !tag.equals("td")
                    && Boilerplate.unlikely(e) && !insideCode(e) && !e.is("[itemprop=articleBody]")
                    && !wrapsTheArticle(e, bodyLength)) {
                e.remove();
            }
        }
    }

    /** A page wrapper with a furniture-like class: it holds the article or most of the page's text. */
    private static boolean wrapsTheArticle(Element e, int bodyLength) {
        if (e.selectFirst("main, [itemprop=articleBody], [role=main]") != null) {
            return true;
        }
        int length = e.text().length();
        return bodyLength > 0 && (length > bodyLength * 0.5
                || (length > bodyLength * 0.3 && e.selectFirst("article") != null));
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

    /** Scores paragraph-like elements and adds each score to up to five ancestors; returns the scored ancestors. */
    private List<Element> score(Element body, Map<Element, Double> scores, boolean weightClasses) {
        List<Element> candidates = new ArrayList<>();
        for (Element e : body.getAllElements()) {
            if (!isScorable(e)) {
                continue;
            }
            String text = BlockText.innerText(e);
            if (text.length() < minParagraphChars) {
                continue;
            }
            double score = 1 + commas(text) + Math.min(Math.floor(text.length() / 100.0), 3);
            int level = 0;
            for (Element a = e.parent(); a != null && level < 5; a = a.parent(), level++) {
                if (a.parent() == null) {
                    break;
                }
                if (!scores.containsKey(a)) {
                    scores.put(a, initialScore(a, weightClasses));
                    candidates.add(a);
                }
                double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
                scores.put(a, scores.get(a) + score / divider);
            }
        }
        return candidates;
    }

    private static boolean isScorable(Element e) {
        String tag = e.normalName();
        if (SCORED_TAGS.contains(tag)) {
            return true;
        }
        if (tag.equals("div") || tag.equals("article") || tag.equals("span") || tag.equals("font")) {
            return hasOwnText(e) && !hasBlockChild(e);
        }
        return false;
    }

    static boolean hasOwnText(Element e) {
        for (Node n : e.childNodes()) {
            if (n instanceof TextNode t && !t.isBlank()) {
                return true;
            }
        }
        return false;
    }

    static boolean hasBlockChild(Element e) {
        for (Element c : e.children()) {
            if (BLOCK_TAGS.contains(c.normalName()) && !c.normalName().equals("br")) {
                return true;
            }
        }
        return false;
    }

    private static double initialScore(Element e, boolean weightClasses) {
        double s = switch (e.normalName()) {
            case "div", "article", "main" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        if (e.is("[itemprop=articleBody]")) {
            s += 30;
        }
        return s + (weightClasses ? Boilerplate.classWeight(e) : 0);
    }

    /**
     * Moves from the top candidate to an ancestor when the text is split over several similar blocks (the ancestor
     * holds most of the article) or the candidate is the only child of its parent.
     */
    private static Element promote(Element top, Map<Element, Double> scores, double topScore) {
        Element current = top;
        double lastScore = topScore;
        for (Element parent = current.parent(); parent != null && !parent.normalName().equals("body"); parent = parent.parent()) {
            Double ps = scores.get(parent);
            if (parent.children().size() == 1) {
                current = parent;
                continue;
            }
            if (ps == null) {
                break;
            }
            if (ps > lastScore) {
                current = parent;
                lastScore = ps;
                continue;
            }
            break;
        }
        return current;
    }

    /** The top candidate plus siblings that look like more of the same article. */
    private static List<Element> siblings(Element top, Map<Element, Double> scores, double topScore) {
        Element parent = top.parent();
        if (parent == null || top.normalName().equals("body")) {
            return List.of(top);
        }
        double threshold = Math.max(10, topScore * 0.2);
        List<Element> parts = new ArrayList<>();
        for (Element s : parent.children()) {
            if (s == top) {
                parts.add(s);
                continue;
            }
            double bonus = !top.className().isEmpty() && top.className().equals(s.className()) ? topScore * 0.2 : 0;
            Double score = scores.get(s);
            if (score != null && score + bonus >= threshold) {
                parts.add(s);
            } else if (s.normalName().equals("p") || (s.normalName().equals("div") && !hasBlockChild(s))) {
                String text = BlockText.innerText(s);
                double ld = linkDensity(s);
                if ((text.length() > 80 && ld < 0.25) || (text.length() > 0 && text.length() <= 80 && ld == 0
                        && text.matches("(?s).*\\.( .*|$)"))) {
                    parts.add(s);
                }
            }
        }
        return parts;
    }

    /** Readability's conditional cleaning of tables, lists and divs that look like furniture. */
    private static void cleanConditionally(Element root, Map<Element, Double> scores, boolean weightClasses) {
        Elements all = root.select("form, fieldset, table, ul, ol, div, section, figure");
        for (int i = all.size() - 1; i >= 0; i--) {
            Element e = all.get(i);
            if (e == root || e.parent() == null) {
                continue;
            }
            String tag = e.normalName();
            boolean isList = tag.equals("ul") || tag.equals("ol");
            if (tag.equals("table") && isDataTable(e)) {
                continue;
            }
            int weight = weightClasses ? Boilerplate.classWeight(e) : 0;
            double contentScore = scores.getOrDefault(e, 0.0);
            if (holdsEmbeddedQuote(e)) {
                continue;
            }
            if (weight + contentScore < 0 && !holdsProse(e)) {
                e.remove();
                continue;
            }
            String text = BlockText.innerText(e);
            if (commas(text) >= 10) {
                continue;
            }
            int p = e.select("p").size();
            int img = e.select("img").size();
            int li = e.select("li").size() - 100;
            int input = e.select("input").size();
            double ld = linkDensity(e);
            int length = text.length();
            boolean remove = (img > 1 && p / (double) img < 0.5 && !tag.equals("figure"))
                    || (!isList && li > p)
                    || (input > Math.floor(p / 3.0))
                    || (!isList && length < 25 && (img == 0 || img > 2) && ld > 0)
                    || (!isList && weight < 25 && ld > 0.2 + (length > 1000 ? 0.2 : 0))
                    || (weight >= 25 && ld > 0.5)
                    || (isList && ld > 0.5 && length < 600);
            if (remove) {
                e.remove();
            }
        }
        for (Element h : root.select("h1, h2, h3, h4, h5, h6")) {
            if ((weightClasses && Boilerplate.classWeight(h) < 0) || linkDensity(h) > 0.33) {
                h.remove();
            }
        }
        for (Element h : root.select("h1")) {
            if (!prosePrecedes(root, h)) {
                h.remove(); // the page title above the text; an h1 after paragraphs is a section heading
            }
        }
    }

    /** True when a paragraph of 80+ characters comes before {@code element} within {@code root}. */
    private static boolean prosePrecedes(Element root, Element element) {
        for (Element e : root.getAllElements()) {
            if (e == element) {
                return false;
            }
            if (e.normalName().equals("p") && BlockText.innerText(e).length() >= 80) {
                return true;
            }
        }
        return false;
    }

    /** An embedded post or quotation (a tweet, an Instagram post) that the article quotes: content, not furniture. */
    private static boolean holdsEmbeddedQuote(Element e) {
        int total = BlockText.innerText(e).length();
        int quoted = 0;
        for (Element q : e.select("blockquote")) {
            if (linkDensity(q) < 0.5) {
                quoted += BlockText.innerText(q).length();
            }
        }
        return total > 0 && quoted >= total * 0.6;
    }

    /** True when most of the element's text is in real paragraphs (long enough, few links). */
    private static boolean holdsProse(Element e) {
        int total = BlockText.innerText(e).length();
        int prose = 0;
        for (Element p : e.select("p")) {
            String t = BlockText.innerText(p);
            if (t.length() >= 80 && linkDensity(p) < 0.3) {
                prose += t.length();
            }
        }
        return total > 0 && prose >= total * 0.7;
    }

    private static boolean isDataTable(Element table) {
        if (table.attr("role").equals("presentation") || table.attr("datatable").equals("0")) {
            return false;
        }
        if (!table.attr("summary").isEmpty() || table.selectFirst("caption, th, thead, colgroup") != null) {
            return true;
        }
        if (table.selectFirst("table") != null) {
            return false;
        }
        Elements rows = table.select("tr");
        int columns = rows.isEmpty() ? 0 : rows.first().children().size();
        return rows.size() >= 10 || (rows.size() * columns > 10 && columns > 2);
    }

    private static final java.util.regex.Pattern DATE_LINE = java.util.regex.Pattern.compile(
            "(?i).*(\\b\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4}\\b|\\b\\d{4}-\\d{2}-\\d{2}\\b|\\b\\d{1,2}:\\d{2}\\b|"
                    + "\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.? \\d{1,2},? \\d{4}\\b|"
                    + "\\b\\d{1,2}\\.? (jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.? \\d{4}\\b|"
                    + "\\b(updated|published|posted)\\b.*\\d).*");

    /** Credit and rights lines that close wire stories. */
    private static final java.util.regex.Pattern TRAILER = java.util.regex.Pattern.compile(
            "(?i)^(.{0,300}\\b(contributed|contributing) (to )?(this|the) (report|story|article)|"
                    + "(copyright|\u00a9|\\(c\\)) ?\\d{4}.{0,300}|.{0,200}all rights reserved\\b.{0,200})\\.?$");

    private static final java.util.regex.Pattern BY_LINE = java.util.regex.Pattern.compile(
            "^(?:[Bb]y|BY|[Vv]on|[Pp]ar|[Pp]or|[Dd]i|[Dd]oor)\\s+\\p{Lu}[\\p{L}.'\\-]*(?:\\s+\\p{Lu}[\\p{L}.'\\-]*){0,3}"
                    + "(?:\\s*(?:,|and|&|und|et|y|e)\\s*\\p{Lu}[\\p{L}.'\\-]*(?:\\s+\\p{Lu}[\\p{L}.'\\-]*){0,3})*"
                    + "(?:\\s*[,|\\u2014-]\\s*\\p{Lu}[^.]{0,40})?$");

    private List<String> filter(List<BlockText.Para> paragraphs, String headline, String byline) {
        List<String> out = new ArrayList<>();
        String h = headline == null ? null : headline.strip();
        int n = paragraphs.size();
        for (int i = 0; i < n; i++) {
            BlockText.Para para = paragraphs.get(i);
            String s = para.text().strip();
            if (s.isEmpty()) {
                continue;
            }
            if (h != null && s.equalsIgnoreCase(h)) {
                continue;
            }
            if (s.length() < 160 && Boilerplate.JUNK_LINE.matcher(s).matches()) {
                continue;
            }
            int words = s.split("\\s+").length;
            if (para.linkDensity() >= 0.5 && (para.links() >= 2 || words >= 4)) {
                continue;
            }
            boolean edge = i < 3 || i >= n - 2;
            if (i >= n - 2 && s.length() < 400 && TRAILER.matcher(s).matches()) {
                continue;
            }
            if (edge && s.length() < 80 && words <= 12 && DATE_LINE.matcher(s).matches()) {
                continue;
            }
            if (edge && words <= 12 && (BY_LINE.matcher(s).matches()
                    || (byline != null && (s.equalsIgnoreCase(byline) || byline.toLowerCase(Locale.ROOT)
                    .contains(s.toLowerCase(Locale.ROOT)) && s.length() >= 5)))) {
                continue;
            }
            out.add(s);
        }
        return out;
    }

    static double linkDensity(Element e) {
        int total = BlockText.innerText(e).length();
        if (total == 0) {
            return 0;
        }
        int links = 0;
        for (Element a : e.select("a")) {
            String href = a.attr("href");
            double coefficient = href.startsWith("#") ? 0.3 : 1;
            links += (int) (a.text().length() * coefficient);
        }
        return Math.min(1, links / (double) total);
    }

    static int commas(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '\u060c' || c == '\ufe50' || c == '\ufe10' || c == '\ufe11' || c == '\u2e41'
                    || c == '\u2e34' || c == '\u2e32' || c == '\uff0c' || c == '\u3001') {
                n++;
            }
        }
        return n;
    }
}
