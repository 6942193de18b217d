package org.copydesk.plugins.html;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Flattens what is nested deeper than a limit into the element at the limit (its text is kept, its markup is not),
 * so that a page built to nest thousands of levels cannot make the per-element work of extraction quadratic or
 * overflow the stack. Real pages stay far below the limit.
 */
final class DepthLimit {
    static final int MAX_DEPTH = 160;

    private DepthLimit() {
    }

    static void flatten(Element root, int maxDepth) {
        List<Element> atLimit = new ArrayList<>();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (depth == maxDepth && node instanceof Element e && !e.children().isEmpty()) {
                    atLimit.add(e);
                }
            }

            @Override
            public void tail(Node node, int depth) {
            }
        }, root);
        for (Element e : atLimit) {
            List<TextNode> texts = new ArrayList<>();
            NodeTraversor.traverse((node, depth) -> {
                if (node instanceof TextNode t) {
                    texts.add(new TextNode(t.getWholeText() + " "));
                }
            }, e);
            e.empty();
            for (TextNode t : texts) {
                e.appendChild(t);
            }
        }
    }
}
