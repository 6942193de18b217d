package org.copydesk.plugins.rss;

import org.copydesk.fetch.LanguageTags;
import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndPerson;
import java.net.URI;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.copydesk.api.Document;
import org.copydesk.api.Source;
import org.jdom2.Element;
import org.jdom2.Namespace;

/** Maps ROME's entries (plus the raw item elements, for dates and media) to Copydesk documents. */
final class FeedMapper {
    private final BodyFrom bodyFrom;

    FeedMapper(BodyFrom bodyFrom) {
        this.bodyFrom = bodyFrom;
    }

    /**
     * @param documentUri where the feed document came from (Content-Location or the URL it was fetched from), used
     *                    to resolve relative links when the feed gives no absolute base; may be null
     */
    List<Document> map(SyndFeed feed, List<Element> itemElements, Source source, String warning, String documentUri) {
        String base = absoluteBase(feed.getLink(), documentUri);
        List<SyndEntry> entries = feed.getEntries();
        boolean aligned = itemElements.size() == entries.size();
        String distributor = HtmlText.inline(feed.getTitle());
        String feedLanguage = LanguageTags.normalize(feed.getLanguage());
        List<Document> documents = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            SyndEntry entry = entries.get(i);
            Element raw = aligned ? itemElements.get(i) : null;
            Document doc = new Document(source);
            doc.setDistributor(distributor);
            doc.setHeadline(title(entry));
            if (doc.headline() == null && raw != null) {
                doc.setHeadline(HtmlText.inline(FeedItems.childText(raw, "title")));
            }
            String link = resolve(link(entry), base);
            doc.setUri(link);
            String id = blankToNull(entry.getUri());
            if (raw != null && raw.getName().equalsIgnoreCase("item") && FeedItems.childText(raw, "guid") == null
                    && raw.getAttributes().stream().noneMatch(a -> a.getName().equals("about"))) {
                id = null; // ROME gives an RSS item without a guid its link as uri: not an id of the item's own
            }
            if (id != null && id.startsWith("/")) {
                id = resolve(id, base);
            }
            doc.setId(id); // without a guid: the link and what tells the item apart, set with the body
            String language = null;
            if (raw != null) {
                language = LanguageTags.normalize(FeedItems.childText(raw, "language"));
                for (Element e = raw; e != null && language == null; e = e.getParentElement()) {
                    language = LanguageTags.normalize(e.getAttributeValue("lang", Namespace.XML_NAMESPACE));
                }
            }
            doc.setLanguage(language != null ? language : feedLanguage);
            dates(entry, raw, doc);
            doc.setByline(byline(entry));
            body(entry, raw, doc);
            List<String> subjects = subjects(entry, raw);
            if (!subjects.isEmpty()) {
                doc.meta().put("subjects", subjects);
            }
            List<Map<String, Object>> media = ItemMedia.of(entry, raw);
            if (!media.isEmpty()) {
                doc.meta().put("media", media);
            }
            if (entry.getComments() != null) {
                doc.meta().put("comments", entry.getComments());
            }
            if (feed.getFeedType() != null) {
                doc.meta().put("feed_type", feed.getFeedType());
            }
            if (warning != null) {
                doc.addWarning("format rss", warning);
            }
            documents.add(doc);
        }
        return documents;
    }

    private static String title(SyndEntry entry) {
        SyndContent t = entry.getTitleEx();
        String value = t != null ? t.getValue() : entry.getTitle();
        if (value == null) {
            return null;
        }
        String type = t == null || t.getType() == null ? "" : t.getType().toLowerCase(Locale.ROOT);
        if (type.equals("text") || type.equals("text/plain")) {
            String plain = value.replaceAll("\\s+", " ").strip();
            return plain.isEmpty() ? null : plain;
        }
        return HtmlText.inline(value);
    }

    private static String link(SyndEntry entry) {
        String link = blankToNull(entry.getLink());
        if (link == null && entry.getLinks() != null) {
            for (SyndLink l : entry.getLinks()) {
                if (l.getHref() != null && (l.getRel() == null || l.getRel().equals("alternate"))) {
                    link = l.getHref();
                    break;
                }
            }
        }
        if (link == null) {
            String uri = blankToNull(entry.getUri());
            if (uri != null && (uri.startsWith("http://") || uri.startsWith("https://"))) {
                link = uri;
            }
        }
        return link == null ? null : link.strip();
    }

    /** The feed's own link when absolute, else the document's URI when it is http(s). */
    private static String absoluteBase(String feedLink, String documentUri) {
        String link = blankToNull(feedLink);
        if (link != null && (link.startsWith("http://") || link.startsWith("https://"))) {
            return link;
        }
        if (documentUri != null && (documentUri.startsWith("http://") || documentUri.startsWith("https://"))) {
            if (link != null) {
                return resolve(link, documentUri);
            }
            return documentUri;
        }
        return null;
    }

    private static String resolve(String link, String base) {
        if (link == null || base == null || SCHEME.matcher(link).matches()) {
            return link;
        }
        try {
            return URI.create(base.strip()).resolve(link.replace(" ", "%20")).toString();
        } catch (IllegalArgumentException e) {
            return link;
        }
    }

    private static void dates(SyndEntry entry, Element raw, Document doc) {
        String published = null;
        String updated = null;
        if (raw != null) {
            published = FeedDates.toIso(FeedItems.childText(raw, "pubDate", "published", "issued", "date", "created"));
            updated = FeedDates.toIso(FeedItems.childText(raw, "updated", "modified", "lastBuildDate"));
        }
        if (published == null && entry.getPublishedDate() != null) {
            published = utc(entry.getPublishedDate());
        }
        if (updated == null && entry.getUpdatedDate() != null) {
            updated = utc(entry.getUpdatedDate());
        }
        doc.setPublished(published != null ? published : updated);
        if (updated != null && !updated.equals(doc.published())) {
            doc.meta().put("updated", updated);
        }
    }

    private static String utc(Date date) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(date.toInstant().atOffset(ZoneOffset.UTC));
    }

    private static String byline(SyndEntry entry) {
        Set<String> names = new LinkedHashSet<>();
        if (entry.getAuthors() != null) {
            for (SyndPerson p : entry.getAuthors()) {
                String n = person(p.getName() != null ? p.getName() : p.getEmail());
                if (n != null) {
                    names.add(n);
                }
            }
        }
        if (names.isEmpty()) {
            String n = person(entry.getAuthor());
            if (n != null) {
                names.add(n);
            }
        }
        return names.isEmpty() ? null : String.join(", ", names);
    }

    private static final java.util.regex.Pattern MAIL_AND_NAME = java.util.regex.Pattern.compile("^\\S+@\\S+\\s*\\((.+)\\)$");
    private static final java.util.regex.Pattern SCHEME = java.util.regex.Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:.*");

    /** "jane@example.com (Jane Doe)" -> "Jane Doe"; markup and extra space removed. */
    static String person(String raw) {
        String s = HtmlText.inline(raw);
        if (s == null) {
            return null;
        }
        java.util.regex.Matcher m = MAIL_AND_NAME.matcher(s);
        if (m.matches()) {
            return m.group(1).strip();
        }
        return s;
    }

    private void body(SyndEntry entry, Element raw, Document doc) {
        SyndContent content = null;
        if (entry.getContents() != null) {
            for (SyndContent c : entry.getContents()) {
                if (c.getValue() != null && !c.getValue().isBlank()) {
                    content = c;
                    break;
                }
            }
        }
        SyndContent description = entry.getDescription();
        if (description != null && (description.getValue() == null || description.getValue().isBlank())) {
            description = null;
        }
        if (content == null && description == null && raw != null) {
            description = rawBody(raw);
        }
        String contentText = text(content);
        String descriptionText = text(description);
        SyndContent chosen;
        String text;
        switch (bodyFrom) {
            case CONTENT -> {
                chosen = content != null ? content : description;
                text = content != null ? contentText : descriptionText;
            }
            case DESCRIPTION -> {
                chosen = description != null ? description : content;
                text = description != null ? descriptionText : contentText;
            }
            default -> {
                boolean useContent = contentText.length() >= descriptionText.length();
                chosen = useContent ? content : description;
                text = useContent ? contentText : descriptionText;
            }
        }
        doc.setBody(text);
        if (blankToNull(doc.id()) == null && blankToNull(doc.uri()) != null) {
            doc.setId(ItemIds.linked(doc.uri(), doc.headline(), contentText, descriptionText));
        } else if (blankToNull(doc.id()) == null) {
            // The same id whatever body_from is: see ItemIds.fallback.
            doc.setId(ItemIds.fallback(doc.headline(), contentText, descriptionText));
        }
        if (chosen != null && !isPlain(chosen)) {
            doc.meta().put("html", chosen.getValue());
        }
        if (description != null && chosen != description && !descriptionText.isEmpty()) {
            doc.meta().put("summary", descriptionText);
        }
    }

    /** Plain text by its declared type, unless it holds tags (feeds often mislabel HTML). */
    private static boolean isPlain(SyndContent c) {
        String type = c.getType() == null ? "" : c.getType().toLowerCase(Locale.ROOT);
        return (type.equals("text") || type.equals("text/plain")) && (c.getValue() == null || !HtmlText.hasTags(c.getValue()));
    }

    private static final List<String> BODY_ELEMENTS = List.of("encoded", "body", "fullitem", "description", "summary",
            "content", "abstract");

    /**
     * The item's text from elements ROME does not map (xhtml:body, fullitem, dc:description, itunes:summary, ...);
     * inline XHTML children are serialised as HTML.
     */
    private static SyndContent rawBody(Element item) {
        for (String name : BODY_ELEMENTS) {
            for (Element child : item.getChildren()) {
                if (!child.getName().equalsIgnoreCase(name)) {
                    continue;
                }
                String value = child.getChildren().isEmpty() ? child.getText()
                        : new org.jdom2.output.XMLOutputter(org.jdom2.output.Format.getRawFormat())
                                .outputString(child.getContent());
                if (value != null && !value.isBlank()) {
                    com.rometools.rome.feed.synd.SyndContentImpl c = new com.rometools.rome.feed.synd.SyndContentImpl();
                    c.setType("text/html");
                    c.setValue(value);
                    return c;
                }
            }
        }
        return null;
    }

    private static String text(SyndContent c) {
        if (c == null || c.getValue() == null) {
            return "";
        }
        return isPlain(c) ? HtmlText.plain(c.getValue()) : HtmlText.toText(c.getValue());
    }

    private static List<String> subjects(SyndEntry entry, Element raw) {
        Set<String> names = new LinkedHashSet<>();
        if (raw != null) {
            rawSubjects(raw, names, 0);
        }
        if (entry.getCategories() != null) {
            for (SyndCategory c : entry.getCategories()) {
                String n = HtmlText.inline(c.getName());
                if (n != null) {
                    names.add(n);
                }
            }
        }
        return new ArrayList<>(names);
    }

    /** dc:subject and iTunes categories (nested ones too), which ROME leaves out of an RSS 2.0 entry's categories. */
    private static void rawSubjects(Element parent, Set<String> names, int depth) {
        for (Element child : parent.getChildren()) {
            String name = child.getName();
            if (name.equals("subject") || (depth == 0 && name.equals("category") && child.getAttribute("text") == null)) {
                String n = HtmlText.inline(child.getTextNormalize());
                if (n != null) {
                    names.add(n);
                }
            } else if (name.equals("category") && child.getAttributeValue("text") != null && depth < 3) {
                String n = HtmlText.inline(child.getAttributeValue("text"));
                if (n != null) {
                    names.add(n);
                }
                rawSubjects(child, names, depth + 1);
            }
        }
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
