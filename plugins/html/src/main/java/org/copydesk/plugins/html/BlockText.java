package org.copydesk.plugins.html;

import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Element to text: block elements and double line breaks end a paragraph, a single {@code <br>} is a line break,
 * whitespace is collapsed. Each paragraph remembers how much of it is link text, for furniture filtering.
 */
// Not shared with rss HtmlText on purpose: drops media and figcaptions, counts link text and headings (furniture).
final class BlockText {
    private static final Set<String> SKIP = Set.of("script", "style", "noscript", "template", "svg", "img", "picture",
            "button", "select", "input", "textarea", "iframe", "object", "embed", "video", "audio", "figcaption");

    /** One paragraph: its text, the characters inside links, the number of links, and whether it is a heading. */
    record Para(String text, int linkChars, int links, boolean heading) {
        double linkDensity() {
            return text.isEmpty() ? 0 : Math.min(1, linkChars / (double) text.length());
        }
    }

    private BlockText() {
    }

    /** Normalised visible text of an element (no paragraph structure). */
    static String innerText(Element e) {
        return e.text().replace('\u00a0', ' ').strip();
    }

    static void paragraphs(Element root, List<Para> out) {
        State state = new State(out);
        state.walk(root, false);
        state.flush();
    }

    private static final class State {
        final List<Para> out;
        final StringBuilder current = new StringBuilder();
        int linkChars;
        int links;
        boolean heading;

        State(List<Para> out) {
            this.out = out;
        }

        void walk(Node node, boolean inLink) {
            for (Node child : node.childNodes()) {
                if (child instanceof TextNode t) {
                    String text = t.getWholeText();
                    current.append(text);
                    if (inLink) {
                        linkChars += text.strip().length();
                    }
                } else if (child instanceof Element e) {
                    String tag = e.normalName();
                    if (SKIP.contains(tag)) {
                        continue;
                    }
                    if (tag.equals("br")) {
                        int len = current.length();
                        if (len > 0 && current.charAt(len - 1) == '\u2028') {
                            current.setLength(len - 1);
                            flush();
                        } else {
                            current.append('\u2028');
                        }
                        continue;
                    }
                    boolean block = ArticleExtractor.BLOCK_TAGS.contains(tag);
                    if (block) {
                        flush();
                        heading = tag.length() == 2 && tag.charAt(0) == 'h' && Character.isDigit(tag.charAt(1));
                    } else if (tag.equals("td") || tag.equals("th")) {
                        current.append(' ');
                    }
                    boolean link = tag.equals("a") && !inLink;
                    if (link) {
                        links++;
                    }
                    walk(e, inLink || link);
                    if (block) {
                        flush();
                    } else if (tag.equals("td") || tag.equals("th")) {
                        current.append(' ');
                    }
                }
            }
        }

        void flush() {
            if (current.length() > 0) {
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
                    out.add(new Para(lines.toString(), linkChars, links, heading));
                }
            }
            current.setLength(0);
            linkChars = 0;
            links = 0;
            heading = false;
        }
    }
}
