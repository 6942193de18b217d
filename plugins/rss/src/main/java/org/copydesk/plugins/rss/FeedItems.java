package org.copydesk.plugins.rss;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jdom2.Element;

/** The item elements of a feed's XML tree in document order (RSS {@code item}, Atom {@code entry}). */
final class FeedItems {
    private static final Set<String> CONTAINERS = Set.of("rss", "channel", "rdf", "feed");
    static final Set<String> ROOTS = Set.of("rss", "rdf", "feed", "channel");

    private FeedItems() {
    }

    static List<Element> of(Element root) {
        List<Element> items = new ArrayList<>();
        collect(root, items, 0);
        return items;
    }

    private static void collect(Element parent, List<Element> items, int depth) {
        if (depth > 3) {
            return;
        }
        for (Element child : parent.getChildren()) {
            String name = child.getName().toLowerCase(Locale.ROOT);
            if (name.equals("item") || name.equals("entry")) {
                items.add(child);
            } else if (CONTAINERS.contains(name)) {
                collect(child, items, depth + 1);
            }
        }
    }

    /** Text of the first child with one of these local names (any namespace), trimmed; null when none. */
    static String childText(Element item, String... names) {
        for (String name : names) {
            for (Element child : item.getChildren()) {
                if (child.getName().equalsIgnoreCase(name)) {
                    String text = child.getTextNormalize();
                    if (!text.isEmpty()) {
                        return text;
                    }
                }
            }
        }
        return null;
    }
}
