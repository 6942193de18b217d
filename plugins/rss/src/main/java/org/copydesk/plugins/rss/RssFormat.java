package org.copydesk.plugins.rss;

import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.util.List;
import java.util.Locale;
import org.copydesk.api.Document;
import org.copydesk.api.Format;
import org.copydesk.api.FormatException;
import org.copydesk.api.Payload;
import org.copydesk.api.Source;
import org.jdom2.Element;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Format {@code rss}: one feed document (RSS 0.9x/1.0/2.0, Atom 0.3/1.0, JSON Feed 1.0/1.1) in, one document per
 * item out. Stateless and thread-safe.
 */
public final class RssFormat implements Format {
    private static final Logger LOG = LoggerFactory.getLogger(RssFormat.class);
    /** Feeds whose HTTP charset was overruled (FeedCharset), so the log says it once per feed. */
    private final java.util.Set<String> charsetWarned = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private final FeedMapper feedMapper;
    private final JsonFeedMapper jsonMapper;

    public RssFormat(String bodyFrom) {
        BodyFrom from = BodyFrom.of(bodyFrom);
        this.feedMapper = new FeedMapper(from);
        this.jsonMapper = new JsonFeedMapper(from);
    }

    @Override
    public List<Document> parse(Payload payload) throws FormatException {
        if (payload.bytes().length == 0) {
            throw new FormatException("empty file");
        }
        Source source = new Source(payload.sourceUri(), "rss", payload.received());
        List<Document> documents;
        try {
            FeedCharset.Decoded text = FeedCharset.decode(payload.bytes(), payload.contentType());
            documents = parseText(text.text(), source, documentUri(payload));
            if (text.warning() != null) {
                // on every item, since each is a document of its own; and in the log, naming the feed, once per feed
                // for this format (the rss input parses each poll too)
                if (charsetWarned.size() < 10_000 && charsetWarned.add(payload.sourceUri())) {
                    LOG.warn("feed {}: {}", payload.sourceUri(), text.warning());
                }
                documents.forEach(d -> d.addWarning("format rss", text.warning()));
            }
        } catch (FormatException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            LOG.debug("feed {} could not be read", payload.sourceUri(), e);
            throw new FormatException("not a readable feed: " + e, e);
        }
        String only = payload.attributes().get(ItemIds.ONLY_IDS);
        if (only != null) {
            java.util.Set<String> keep = ItemIds.fromJson(only);
            documents = documents.stream().filter(d -> keep.contains(ItemIds.of(d))).toList();
        }
        return documents; // a valid feed without items holds no stories: an empty list, not an error
    }

    /** Content-Location when the transport gave one, else the URI the payload came from. */
    private static String documentUri(Payload payload) {
        for (var e : payload.attributes().entrySet()) {
            if (e.getKey().equalsIgnoreCase("Content-Location") && e.getValue() != null && !e.getValue().isBlank()) {
                return e.getValue().strip();
            }
        }
        return payload.sourceUri();
    }

    private List<Document> parseText(String text, Source source, String documentUri) throws FormatException {
        String trimmed = text.stripLeading();
        if (trimmed.startsWith("\ufeff")) {
            trimmed = trimmed.substring(1).stripLeading();
        }
        if (trimmed.isEmpty()) {
            throw new FormatException("empty document");
        }
        if (trimmed.startsWith("{")) {
            return jsonMapper.map(trimmed, source);
        }
        if (!trimmed.startsWith("<")) {
            throw new FormatException("not a feed: text does not start with '<' or '{'");
        }
        String prepared = XmlPreparer.prepare(trimmed);
        FeedXmlReader.Parsed parsed = FeedXmlReader.read(prepared);
        org.jdom2.Document xml = parsed.document();
        if (!xml.hasRootElement()) {
            throw new FormatException("not a feed: no root element");
        }
        xml = TreeNormalizer.normalize(xml);
        Element root = xml.getRootElement();
        String rootName = root.getName().toLowerCase(Locale.ROOT);
        if (!FeedItems.ROOTS.contains(rootName)) {
            throw new FormatException("not a feed: root element <" + root.getQualifiedName() + ">");
        }
        SyndFeed feed;
        try {
            feed = new SyndFeedInput().build(xml);
        } catch (FeedException | RuntimeException e) {
            if (FeedItems.of(root).isEmpty()) {
                return List.of(); // ROME cannot read this channel, but it has no items to lose
            }
            throw new FormatException("not a feed: " + e.getMessage(), e);
        }
        String warning = parsed.strictError() == null ? null
                : "feed is not well-formed XML (" + parsed.strictError() + "); parsed leniently";
        if (warning != null) {
            LOG.debug("{}: {}", source.uri(), warning);
        }
        return feedMapper.map(feed, FeedItems.of(root), source, warning, documentUri);
    }
}
