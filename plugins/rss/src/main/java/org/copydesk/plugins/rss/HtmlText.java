package org.copydesk.plugins.rss;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * HTML fragment to plain text: block elements and double line breaks end a paragraph, a single {@code <br>} is a
 * line break, whitespace is collapsed, and paragraphs are separated by one blank line. Scripts, styles and
 * embedded objects are dropped.
 */
// Not shared with html BlockText on purpose: feed bodies keep figcaptions and iframe fallback text, no link counts.
final class HtmlText {
    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
            "blockquote", "pre", "table", "tr", "section", "article", "header", "footer", "aside", "figure",
            "figcaption", "hr", "dl", "dt", "dd", "address", "main", "nav", "center", "form", "fieldset", "details",
            "summary", "caption", "tbody", "thead", "tfoot");
    private static final Set<String> SKIP = Set.of("script", "style", "noscript", "template", "svg", "head", "title",
            "meta", "link", "button", "select", "input", "textarea");

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("[\\s\\u00a0]+");

    private HtmlText() {
    }

    /** True when the text holds tags (not just entities). */
    static boolean hasTags(String s) {
        return TAG.matcher(s).find();
    }

    private static final java.util.regex.Pattern TAG = java.util.regex.Pattern.compile("</?[A-Za-z][A-Za-z0-9]*(\\s[^<>]*)?/?>");

    /** True when the text looks like it holds markup or escaped characters. */
    static boolean looksLikeHtml(String s) {
        return MARKUP.matcher(s).find();
    }

    private static final java.util.regex.Pattern MARKUP = java.util.regex.Pattern.compile("<[A-Za-z/!]|&#?[A-Za-z0-9]+;");

    static String toText(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        Element body = Jsoup.parseBodyFragment(html).body();
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        walk(body, paragraphs, current);
        flush(paragraphs, current);
        return String.join("\n\n", paragraphs);
    }

    /** Plain text (no markup): lines with blank lines between them become paragraphs; whitespace is collapsed. */
    static String plain(String text) {
        if (text == null) {
            return "";
        }
        List<String> paragraphs = new ArrayList<>();
        for (String p : text.replace("\r\n", "\n").replace('\r', '\n').split("\\n\\s*\\n")) {
            String clean = p.replaceAll("[ \\t\\x0B\\f\\u00a0]+", " ").replaceAll(" ?\\n ?", "\n").strip();
            if (!clean.isEmpty()) {
                paragraphs.add(clean);
            }
        }
        return String.join("\n\n", paragraphs);
    }

    /** One line of text: markup removed, entities decoded, whitespace collapsed. */
    static String inline(String htmlOrText) {
        if (htmlOrText == null) {
            return null;
        }
        String s = looksLikeHtml(htmlOrText) ? Jsoup.parseBodyFragment(htmlOrText).body().text() : htmlOrText;
        s = SPACES.matcher(s).replaceAll(" ").strip();
        return s.isEmpty() ? null : s;
    }

    private static void walk(Node node, List<String> paragraphs, StringBuilder current) {
        for (Node child : node.childNodes()) {
            if (child instanceof TextNode t) {
                current.append(t.getWholeText());
            } else if (child instanceof org.jsoup.nodes.DataNode d && node instanceof Element parent
                    && parent.normalName().equals("iframe")) {
                current.append(' ').append(Jsoup.parseBodyFragment(d.getWholeData()).body().text()).append(' ');
            } else if (child instanceof Element e) {
                String tag = e.normalName();
                if (SKIP.contains(tag)) {
                    continue;
                }
                if (tag.equals("br")) {
                    int len = current.length();
                    if (len > 0 && current.charAt(len - 1) == '\u2028') {
                        current.setLength(len - 1);
                        flush(paragraphs, current);
                    } else {
                        current.append('\u2028');
                    }
                    continue;
                }
                if (tag.equals("img")) {
                    continue;
                }
                boolean block = BLOCKS.contains(tag);
                if (block) {
                    flush(paragraphs, current);
                }
                if (tag.equals("td") || tag.equals("th")) {
                    current.append(' ');
                }
                walk(e, paragraphs, current);
                if (block) {
                    flush(paragraphs, current);
                }
            }
        }
    }

    private static void flush(List<String> paragraphs, StringBuilder current) {
        String text = SPACES.matcher(current).replaceAll(" ");
        StringBuilder lines = new StringBuilder();
        for (String line : text.split("\u2028")) {
            String l = line.strip();
            if (!l.isEmpty()) {
                if (lines.length() > 0) {
                    lines.append('\n');
                }
                lines.append(l);
            }
        }
        if (lines.length() > 0) {
            paragraphs.add(lines.toString());
        }
        current.setLength(0);
    }
}
