package org.copydesk.plugins.rss;

import org.copydesk.fetch.LanguageTags;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.copydesk.api.Document;
import org.copydesk.api.FormatException;
import org.copydesk.api.Source;

/** JSON Feed 1.0 and 1.1 (https://jsonfeed.org/version/1.1) to documents. */
final class JsonFeedMapper {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final BodyFrom bodyFrom;

    JsonFeedMapper(BodyFrom bodyFrom) {
        this.bodyFrom = bodyFrom;
    }

    List<Document> map(String text, Source source) throws FormatException {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new FormatException("not a feed: invalid JSON (" + e.getOriginalMessage() + ")");
        }
        if (root == null || !root.isObject()) {
            throw new FormatException("not a feed: JSON but not an object");
        }
        String version = root.path("version").asText("");
        if (!version.startsWith("https://jsonfeed.org/version/") && !version.startsWith("http://jsonfeed.org/version/")) {
            throw new FormatException("not a feed: JSON without a JSON Feed \"version\" (https://jsonfeed.org/version/1.1)");
        }
        JsonNode items = root.path("items");
        if (!items.isArray()) {
            throw new FormatException("not a feed: JSON Feed without an \"items\" array");
        }
        String distributor = HtmlText.inline(str(root, "title"));
        String feedLanguage = LanguageTags.normalize(str(root, "language"));
        String feedAuthor = authors(root);
        List<Document> documents = new ArrayList<>();
        for (JsonNode item : items) {
            if (!item.isObject()) {
                continue;
            }
            Document doc = new Document(source);
            doc.setDistributor(distributor);
            String url = str(item, "url");
            if (url == null) {
                url = str(item, "external_url");
            }
            doc.setUri(url);
            String id = item.path("id").isValueNode() ? FeedMapper.blankToNull(item.path("id").asText()) : null;
            doc.setId(id); // without an id: the url and what tells the item apart, set with the body
            doc.setHeadline(HtmlText.inline(str(item, "title")));
            String lang = LanguageTags.normalize(str(item, "language"));
            doc.setLanguage(lang != null ? lang : feedLanguage);
            String published = FeedDates.toIso(str(item, "date_published"));
            String modified = FeedDates.toIso(str(item, "date_modified"));
            doc.setPublished(published != null ? published : modified);
            if (modified != null && !modified.equals(doc.published())) {
                doc.meta().put("updated", modified);
            }
            String byline = authors(item);
            doc.setByline(byline != null ? byline : feedAuthor);
            body(item, doc);
            List<String> tags = new ArrayList<>();
            for (JsonNode t : item.path("tags")) {
                String s = HtmlText.inline(t.asText(""));
                if (s != null && !tags.contains(s)) {
                    tags.add(s);
                }
            }
            if (!tags.isEmpty()) {
                doc.meta().put("subjects", tags);
            }
            List<Map<String, Object>> media = media(item);
            if (!media.isEmpty()) {
                doc.meta().put("media", media);
            }
            doc.meta().put("feed_type", "json_" + version.substring(version.lastIndexOf('/') + 1));
            documents.add(doc);
        }
        return documents;
    }

    private void body(JsonNode item, Document doc) {
        String html = str(item, "content_html");
        String plain = str(item, "content_text");
        String summary = str(item, "summary");
        String contentText = html != null ? HtmlText.toText(html) : HtmlText.plain(plain);
        String summaryText = HtmlText.plain(summary);
        boolean useSummary = switch (bodyFrom) {
            case CONTENT -> contentText.isEmpty();
            case DESCRIPTION -> !summaryText.isEmpty();
            case AUTO -> summaryText.length() > contentText.length();
        };
        doc.setBody(useSummary ? summaryText : contentText);
        if (FeedMapper.blankToNull(doc.id()) == null && FeedMapper.blankToNull(doc.uri()) != null) {
            doc.setId(ItemIds.linked(doc.uri(), doc.headline(), contentText, summaryText));
        } else if (FeedMapper.blankToNull(doc.id()) == null) {
            // The same id whatever body_from is: see ItemIds.fallback.
            doc.setId(ItemIds.fallback(doc.headline(), contentText, summaryText));
        }
        if (!useSummary && html != null) {
            doc.meta().put("html", html);
        }
        if (!useSummary && !summaryText.isEmpty()) {
            doc.meta().put("summary", summaryText);
        }
    }

    private static String authors(JsonNode node) {
        Set<String> names = new LinkedHashSet<>();
        for (JsonNode a : node.path("authors")) {
            String n = FeedMapper.person(str(a, "name"));
            if (n != null) {
                names.add(n);
            }
        }
        if (names.isEmpty()) {
            String n = FeedMapper.person(str(node.path("author"), "name"));
            if (n != null) {
                names.add(n);
            }
        }
        return names.isEmpty() ? null : String.join(", ", names);
    }

    private static List<Map<String, Object>> media(JsonNode item) {
        Map<String, Map<String, Object>> byUrl = new LinkedHashMap<>();
        for (JsonNode a : item.path("attachments")) {
            String url = str(a, "url");
            if (url == null) {
                continue;
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("url", url);
            if (str(a, "mime_type") != null) {
                m.put("type", str(a, "mime_type"));
            }
            if (a.path("size_in_bytes").canConvertToLong()) {
                m.put("length", a.path("size_in_bytes").asLong());
            }
            if (a.path("duration_in_seconds").isNumber()) {
                m.put("duration", a.path("duration_in_seconds").asLong());
            }
            if (str(a, "title") != null) {
                m.put("caption", str(a, "title"));
            }
            m.put("rel", "enclosure");
            byUrl.putIfAbsent(url, m);
        }
        for (String key : List.of("image", "banner_image")) {
            String url = str(item, key);
            if (url != null && !byUrl.containsKey(url)) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("url", url);
                m.put("medium", "image");
                m.put("rel", key);
                byUrl.put(url, m);
            }
        }
        return new ArrayList<>(byUrl.values());
    }

    private static String str(JsonNode node, String field) {
        JsonNode v = node.path(field);
        return v.isTextual() ? FeedMapper.blankToNull(v.asText()) : null;
    }
}
