package org.copydesk.plugins.rss;

import com.rometools.rome.feed.synd.SyndEnclosure;
import com.rometools.rome.feed.synd.SyndEntry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdom2.Element;

/**
 * An item's media as {@code meta.media}: maps with {@code url}, {@code type}, {@code length}, {@code medium},
 * {@code width}, {@code height}, {@code duration}, {@code caption} and {@code rel} (enclosure, content, thumbnail).
 */
final class ItemMedia {
    static final String MEDIA_NS = "http://search.yahoo.com/mrss/";

    private ItemMedia() {
    }

    /** Enclosures (from ROME) and Media RSS content and thumbnails (from the item element), one map per URL. */
    static List<Map<String, Object>> of(SyndEntry entry, Element raw) {
        Map<String, Map<String, Object>> byUrl = new LinkedHashMap<>();
        if (entry.getEnclosures() != null) {
            for (SyndEnclosure e : entry.getEnclosures()) {
                if (e.getUrl() == null || e.getUrl().isBlank()) {
                    continue;
                }
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("url", e.getUrl().strip());
                if (e.getType() != null) {
                    m.put("type", e.getType());
                }
                if (e.getLength() > 0) {
                    m.put("length", e.getLength());
                }
                m.put("rel", "enclosure");
                byUrl.putIfAbsent(m.get("url").toString(), m);
            }
        }
        if (raw != null) {
            collectMedia(raw, byUrl, 0);
        }
        return new ArrayList<>(byUrl.values());
    }

    private static void collectMedia(Element parent, Map<String, Map<String, Object>> byUrl, int depth) {
        for (Element child : parent.getChildren()) {
            if (!MEDIA_NS.equals(child.getNamespaceURI())) {
                continue;
            }
            String name = child.getName();
            if ((name.equals("content") || name.equals("thumbnail")) && child.getAttributeValue("url") != null) {
                String url = child.getAttributeValue("url").strip();
                Map<String, Object> m = byUrl.computeIfAbsent(url, u -> new LinkedHashMap<>(Map.of("url", u)));
                putAttr(m, child, "type", "type");
                putAttr(m, child, "medium", "medium");
                putNumber(m, child, "fileSize", "length");
                putNumber(m, child, "width", "width");
                putNumber(m, child, "height", "height");
                putNumber(m, child, "duration", "duration");
                m.putIfAbsent("rel", name.equals("thumbnail") ? "thumbnail" : "content");
                String caption = FeedItems.childText(child, "title", "description");
                if (caption != null) {
                    m.putIfAbsent("caption", HtmlText.inline(caption));
                }
                collectMedia(child, byUrl, depth + 1);
            } else if (name.equals("group") && depth < 3) {
                collectMedia(child, byUrl, depth + 1);
            }
        }
    }

    private static void putAttr(Map<String, Object> m, Element e, String attr, String key) {
        String v = e.getAttributeValue(attr);
        if (v != null && !v.isBlank()) {
            m.putIfAbsent(key, v.strip());
        }
    }

    private static void putNumber(Map<String, Object> m, Element e, String attr, String key) {
        String v = e.getAttributeValue(attr);
        if (v == null) {
            return;
        }
        try {
            m.putIfAbsent(key, Long.parseLong(v.strip()));
        } catch (NumberFormatException ex) {
            // not a number: left out
        }
    }
}
