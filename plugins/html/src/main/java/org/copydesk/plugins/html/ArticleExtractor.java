package org.copydesk.plugins.html;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;

/**
 * Finds the article text of a page. The approach follows Mozilla Readability (paragraph scores propagated to
 * ancestors, link density, class/id weights, sibling inclusion, conditional cleaning, retries with fewer filters)
 * with these additions: a pre-pass that removes furniture by tag, ARIA role, visibility and generic class/id patterns
 * ({@link PageCleaner}); the publisher's schema.org {@code itemprop=articleBody} as a container hint; prose and
 * embedded quotations kept by the conditional cleaning ({@link ContainerCleaner}); and paragraph-level filtering of
 * link lists, furniture lines, bylines, dates and trailers ({@link ParagraphFilter}).
 */
final class ArticleExtractor {
    static final Set<String> BLOCK_TAGS = Set.of("address", "article", "aside", "blockquote", "center", "dd", "details",
            "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3",
            "h4", "h5", "h6", "header", "hgroup", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary",
            "table", "tbody", "thead", "tfoot", "tr", "td", "th", "ul", "caption", "br");
    private static final Set<String> SCORED_TAGS = Set.of("p", "pre", "td", "h2", "h3", "h4", "h5", "h6", "section");

    /** Flags that are relaxed one by one when an attempt finds too little text. */
    private record Attempt(boolean stripUnlikely, boolean weightClasses, boolean cleanConditionally) {
    }

    /** A strict attempt that finds at least this much text is not retried with relaxed filters. */
    static final int SHORT_ARTICLE_CHARS = 200;

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
            // Readability retries below 500 characters and keeps the longest result; but text found with every
            // filter on is a short article, and what relaxed filters add to it is mostly furniture (comments,
            // sidebars) — so a strict result of a few sentences is kept.
            if (length >= 500 || (attempt.stripUnlikely() && length >= SHORT_ARTICLE_CHARS)) {
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
        PageCleaner.preClean(body, attempt.stripUnlikely);
        PageCleaner.wrapLooseText(body);
        TextStats stats = TextStats.of(body);
        Map<Element, Double> scores = new IdentityHashMap<>();
        List<Element> candidates = score(body, scores, attempt.weightClasses, stats);
        Element top = null;
        double topScore = 0;
        for (Element c : candidates) {
            double s = scores.get(c) * (1 - stats.linkDensity(c));
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
        top = storyWithHeadline(top, headline, scores);
        topScore = scores.getOrDefault(top, topScore);
        List<Element> parts = siblings(top, scores, topScore, stats);
        List<Element> marked = markedBody(body, stats);
        if (!marked.isEmpty()) {
            int markedLength = marked.stream().mapToInt(stats::text).sum();
            int partsLength = parts.stream().mapToInt(stats::text).sum();
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
                ContainerCleaner.clean(part, scores, attempt.weightClasses, stats);
            }
            BlockText.paragraphs(part, paragraphs);
            html.append(part.outerHtml()).append('\n');
        }
        return new Result(ParagraphFilter.filter(paragraphs, headline, byline), html.toString());
    }

    /**
     * Elements the publisher marked as the article body (schema.org {@code itemprop=articleBody}), outermost only,
     * when they hold a real amount of text.
     */
    private static List<Element> markedBody(Element body, TextStats stats) {
        List<Element> out = new ArrayList<>();
        for (Element e : body.select("[itemprop=articleBody], [itemprop=articlebody]")) {
            boolean nested = out.stream().anyMatch(o -> e.parents().contains(o));
            if (!nested && stats.text(e) >= 150) {
                out.add(e);
            }
        }
        return out;
    }

    /** Scores paragraph-like elements and adds each score to up to five ancestors; returns the scored ancestors. */
    private List<Element> score(Element body, Map<Element, Double> scores, boolean weightClasses, TextStats stats) {
        List<Element> candidates = new ArrayList<>();
        for (Element e : body.getAllElements()) {
            if (!isScorable(e)) {
                continue;
            }
            int length = stats.text(e);
            if (length < minParagraphChars) {
                continue;
            }
            double score = 1 + stats.get(e).commas + Math.min(Math.floor(length / 100.0), 3);
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
            if (current.normalName().equals("article") && parent.children().stream()
                    .filter(c -> c.normalName().equals("article")).count() >= 2) {
                break; // a list of articles (a stream, "next story" below): the story is one of them
            }
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

    /**
     * When the chosen block is one of several sibling {@code article}s (a stream of stories), the one whose heading
     * is the page's headline is the story of the page.
     */
    private static Element storyWithHeadline(Element top, String headline, Map<Element, Double> scores) {
        Element parent = top.parent();
        if (headline == null || parent == null || !top.normalName().equals("article")) {
            return top;
        }
        String h = headline.strip().toLowerCase(java.util.Locale.ROOT);
        for (Element sibling : parent.children()) {
            if (sibling != top && sibling.normalName().equals("article")) {
                Element heading = sibling.selectFirst("h1, h2");
                if (heading != null && heading.text().strip().toLowerCase(java.util.Locale.ROOT).equals(h)) {
                    Element own = top.selectFirst("h1, h2");
                    if (own == null || !own.text().strip().toLowerCase(java.util.Locale.ROOT).equals(h)) {
                        scores.putIfAbsent(sibling, 0.0);
                        return sibling;
                    }
                }
            }
        }
        return top;
    }

    /** The top candidate plus siblings that look like more of the same article. */
    private static List<Element> siblings(Element top, Map<Element, Double> scores, double topScore, TextStats stats) {
        Element parent = top.parent();
        if (parent == null || top.normalName().equals("body")) {
            return List.of(top);
        }
        double threshold = Math.max(10, topScore * 0.2);
        List<Element> parts = new ArrayList<>();
        boolean story = top.normalName().equals("article") || top.selectFirst("h1") != null;
        for (Element s : parent.children()) {
            if (s == top) {
                parts.add(s);
                continue;
            }
            if (story && (s.normalName().equals("article") || s.selectFirst("h1") != null)) {
                continue; // another story, not more of this one
            }
            double bonus = !top.className().isEmpty() && top.className().equals(s.className()) ? topScore * 0.2 : 0;
            Double score = scores.get(s);
            if (score != null && score + bonus >= threshold) {
                parts.add(s);
            } else if (s.normalName().equals("p") || (s.normalName().equals("div") && !hasBlockChild(s))) {
                String text = BlockText.innerText(s);
                double ld = stats.linkDensity(s);
                if ((text.length() > 80 && ld < 0.25) || (text.length() > 0 && text.length() <= 80 && ld == 0
                        && text.matches("(?s).*\\.( .*|$)"))) {
                    parts.add(s);
                }
            }
        }
        return parts;
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
