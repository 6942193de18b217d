package org.copydesk.plugins.html;

import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Element to text: block elements and double line breaks end a paragraph, a single {@code <br>} is a line break,
 * whitespace is collapsed. Paragraphs are what the body is made of, separated by one blank line.
 */
final class BlockText {
    private static final Set<String> SKIP = Set.of("script", "style", "noscript", "template", "svg", "img", "picture",
            "button", "select", "input", "textarea", "iframe", "object", "embed", "video", "audio", "figcaption");

    private BlockText() {
    }

    /** Normalised visible text of an element (no paragraph structure). */
    static String innerText(Element e) {
        return e.text().replace('\u00a0', ' ').strip();
    }

    static void paragraphs(Element root, List<String> out) {
        StringBuilder current = new StringBuilder();
        walk(root, out, current);
        flush(out, current);
    }

    private static void walk(Node node, List<String> out, StringBuilder current) {
        for (Node child : node.childNodes()) {
            if (child instanceof TextNode t) {
                current.append(t.getWholeText());
            } else if (child instanceof Element e) {
                String tag = e.normalName();
                if (SKIP.contains(tag)) {
                    continue;
                }
                if (tag.equals("br")) {
                    int len = current.length();
                    if (len > 0 && current.charAt(len - 1) == '\u2028') {
                        current.setLength(len - 1);
                        flush(out, current);
                    } else {
                        current.append('\u2028');
                    }
                    continue;
                }
                boolean block = ArticleExtractor.BLOCK_TAGS.contains(tag);
                if (block) {
                    flush(out, current);
                } else if (tag.equals("td") || tag.equals("th")) {
                    current.append(' ');
                }
                walk(e, out, current);
                if (block) {
                    flush(out, current);
                } else if (tag.equals("td") || tag.equals("th")) {
                    current.append(' ');
                }
            }
        }
    }

    private static void flush(List<String> out, StringBuilder current) {
        if (current.length() == 0) {
            return;
        }
        StringBuilder lines = new StringBuilder();
        for (String line : current.toString().split("\u2028")) {
            String l = line.replaceAll("[\\s\\u00a0\\u200b]+", " ").strip();
            if (!l.isEmpty()) {
                if (lines.length() > 0) {
                    lines.append('\n');
                }
                lines.append(l);
            }
        }
        if (lines.length() > 0) {
            out.add(lines.toString());
        }
        current.setLength(0);
    }
}
