package org.copydesk.plugins.html;

import static org.copydesk.plugins.html.ArticleExtractor.commas;
import static org.copydesk.plugins.html.ArticleExtractor.linkDensity;

import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Readability's conditional cleaning inside the chosen container: tables, lists, divs and figures that look like
 * furniture (negative weight, many links, images without text, forms) are removed, except data tables, blocks that
 * are mostly prose, and embedded quotations; headings that are links or furniture go, and so does the page title.
 */
final class ContainerCleaner {
    private ContainerCleaner() {
    }

    /** Readability's conditional cleaning of tables, lists and divs that look like furniture. */
    static void clean(Element root, Map<Element, Double> scores, boolean weightClasses) {
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
}
