package org.copydesk.plugins.html;

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

    /**
     * Readability's conditional cleaning of tables, lists and divs that look like furniture. Text and link figures
     * come from {@code stats} (one pass over the page, kept up to date as elements go), so the cost is linear in
     * the size of the container, whatever its nesting.
     */
    static void clean(Element root, Map<Element, Double> scores, boolean weightClasses, TextStats stats) {
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
            TextStats.Figures f = stats.get(e);
            if (holdsEmbeddedQuote(f)) {
                continue;
            }
            if (weight + contentScore < 0 && !holdsProse(f)) {
                remove(e, stats);
                continue;
            }
            if (f.commas >= 10) {
                continue;
            }
            int p = f.p;
            int img = f.img;
            int li = f.li - 100;
            int input = f.input;
            double ld = stats.linkDensity(e);
            int length = f.text;
            boolean remove = (img > 1 && p / (double) img < 0.5 && !tag.equals("figure"))
                    || (!isList && li > p)
                    || (input > Math.floor(p / 3.0))
                    || (!isList && length < 25 && (img == 0 || img > 2) && ld > 0)
                    || (!isList && weight < 25 && ld > 0.2 + (length > 1000 ? 0.2 : 0))
                    || (weight >= 25 && ld > 0.5)
                    || (isList && ld > 0.5 && length < 600);
            if (remove) {
                remove(e, stats);
            }
        }
        for (Element h : root.select("h1, h2, h3, h4, h5, h6")) {
            if (h.parent() != null && ((weightClasses && Boilerplate.classWeight(h) < 0) || stats.linkDensity(h) > 0.33)) {
                remove(h, stats);
            }
        }
        removeTitleHeadings(root, stats);
    }

    private static void remove(Element e, TextStats stats) {
        stats.removed(e);
        e.remove();
    }

    /**
     * Drops each {@code h1} before which no paragraph of 80+ characters comes within {@code root} (the page title
     * above the text; an h1 after paragraphs is a section heading). One walk in document order: once a paragraph
     * of prose has been passed, every later h1 stays. (This asked, for each h1, the whole container again: review
     * C10, 20,000 h1s took 122 s.) A dropped h1's own paragraphs do not count for the h1s after it.
     */
    private static void removeTitleHeadings(Element root, TextStats stats) {
        java.util.List<Element> titles = new java.util.ArrayList<>();
        org.jsoup.select.NodeTraversor.filter(new org.jsoup.select.NodeFilter() {
            @Override
            public FilterResult head(org.jsoup.nodes.Node node, int depth) {
                if (!(node instanceof Element e)) {
                    return FilterResult.CONTINUE;
                }
                if (e.normalName().equals("h1")) {
                    titles.add(e);
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (e.normalName().equals("p") && stats.text(e) >= 80) {
                    return FilterResult.STOP;
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(org.jsoup.nodes.Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        }, root);
        for (Element h : titles) {
            remove(h, stats);
        }
    }

    /** An embedded post or quotation (a tweet, an Instagram post) that the article quotes: content, not furniture. */
    private static boolean holdsEmbeddedQuote(TextStats.Figures f) {
        return f.text > 0 && f.quoted >= f.text * 0.6;
    }

    /** True when most of the element's text is in real paragraphs (long enough, few links). */
    private static boolean holdsProse(TextStats.Figures f) {
        return f.text > 0 && f.prose >= f.text * 0.7;
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
