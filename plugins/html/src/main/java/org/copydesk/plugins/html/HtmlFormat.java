package org.copydesk.plugins.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.copydesk.api.Document;
import org.copydesk.api.Format;
import org.copydesk.api.FormatException;
import org.copydesk.api.Payload;
import org.copydesk.api.Source;
import org.jsoup.Jsoup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Format {@code html}: one article page in, one document out. Stateless and thread-safe. */
public final class HtmlFormat implements Format {
    private static final Logger LOG = LoggerFactory.getLogger(HtmlFormat.class);

    private final boolean keepHtml;
    private final ArticleExtractor extractor;
    private final long maxPageBytes;

    public HtmlFormat(boolean keepHtml, int minParagraphChars) {
        this(keepHtml, minParagraphChars, HtmlFormatFactory.MAX_PAGE_MB.defaultValue() * 1024L * 1024L);
    }

    /** @param maxPageBytes the largest page parsed; a larger one fails with a {@link FormatException} */
    public HtmlFormat(boolean keepHtml, int minParagraphChars, long maxPageBytes) {
        this.keepHtml = keepHtml;
        this.extractor = new ArticleExtractor(minParagraphChars);
        this.maxPageBytes = maxPageBytes;
    }

    @Override
    public List<Document> parse(Payload payload) throws FormatException {
        byte[] bytes = payload.bytes();
        if (bytes.length == 0) {
            throw new FormatException("empty file");
        }
        if (bytes.length > maxPageBytes) {
            // Parsing takes many times the page's size in memory (a 15 MB page of links peaked at 621 MB, review A3):
            // an over-large page goes to the dead letters instead of exhausting the heap for every worker.
            throw new FormatException(String.format(java.util.Locale.ROOT,
                    "page of %,d bytes (%.1f MiB) is larger than the format's max_page_mb (%d MiB); not parsed",
                    bytes.length, bytes.length / 1048576.0, maxPageBytes / (1024 * 1024)));
        }
        boolean gzip = bytes.length >= 2 && (bytes[0] & 0xff) == 0x1f && (bytes[1] & 0xff) == 0x8b;
        if (gzip || looksBinary(bytes)) {
            // Named, not just "binary" (review C18): the fetchers ask for no compression, so a compressed body is
            // the server's doing, and a .gz file needs unpacking first.
            String encoding = contentEncoding(payload);
            if (encoding != null) {
                throw new FormatException("compressed body (Content-Encoding: " + encoding + ", which was not asked"
                        + " for and is not decoded), not an HTML page");
            }
            if (gzip) {
                throw new FormatException("gzip-compressed data (unpack it first), not an HTML page");
            }
            throw new FormatException("binary data, not an HTML page");
        }
        String text = PageCharset.decode(bytes, payload.contentType());
        if (text.isBlank()) {
            throw new FormatException("empty document");
        }
        if (!text.contains("<")) {
            throw new FormatException("not an HTML page: no markup");
        }
        try {
            return List.of(read(text, payload));
        } catch (RuntimeException | StackOverflowError e) {
            LOG.debug("page {} could not be read", payload.sourceUri(), e);
            throw new FormatException("HTML page could not be read: " + e, e);
        }
    }

    private Document read(String text, Payload payload) throws FormatException {
        String base = payload.sourceUri().startsWith("http") ? payload.sourceUri() : "";
        org.jsoup.nodes.Document page = Jsoup.parse(text, base);
        PageMetadata meta = PageMetadata.read(page, payload.sourceUri());
        ArticleExtractor.Result result = extractor.extract(page, meta.headline, meta.byline);
        List<String> paragraphs = BodyHint.apply(result.paragraphs(), meta.articleBody);
        if (paragraphs.isEmpty()) {
            throw new FormatException("no article text found in the page");
        }
        Document doc = new Document(new Source(payload.sourceUri(), "html", payload.received()));
        doc.setHeadline(meta.headline);
        doc.setPublished(meta.published);
        doc.setByline(meta.byline);
        doc.setUri(meta.uri != null ? meta.uri : base.isEmpty() ? null : base);
        doc.setId(doc.uri());
        doc.setLanguage(meta.language != null ? meta.language : headerLanguage(payload));
        doc.setDistributor(meta.distributor);
        doc.setBody(String.join("\n\n", paragraphs));
        fillFromFeed(doc, payload.attributes(), meta.uri);
        Map<String, Object> m = doc.meta();
        if (meta.modified != null) {
            m.put("modified", meta.modified);
        }
        if (meta.description != null) {
            m.put("description", meta.description);
        }
        if (meta.image != null) {
            m.put("image", meta.image);
        }
        if (meta.declaredUri != null && !meta.declaredUri.equals(doc.uri())) {
            m.put("canonical", meta.declaredUri);
        }
        if (!meta.subjects.isEmpty()) {
            m.put("subjects", new ArrayList<>(meta.subjects));
        }
        if (keepHtml) {
            m.put("html", result.html());
        }
        return doc;
    }

    /**
     * Fills what the page lacks from the feed item that linked to it (input {@code rss} with {@code follow: true}
     * passes the item's fields as {@code feed.*} attributes): headline, uri, published, byline, and the feed's
     * title as distributor. The id is the item's guid ({@code feed.id} other than {@code feed.link}) whenever there
     * is one, even when the page names a canonical URL: the guid is what the rss input tracks, and an item followed
     * or not keeps the same id (pages of different items sharing a canonical were dropped as duplicates). An item
     * without a guid (the rss input then passes its link as {@code feed.id}) takes the URL the page declares for
     * itself ({@code pageUri}: its canonical, og:url or JSON-LD url, when that is not a site root and is on the
     * page's site, see {@link PageMetadata#identifiesThePage}): one article reached through links with different
     * tracking parameters is one document. Else its link.
     */
    static void fillFromFeed(Document doc, Map<String, String> attributes, String pageUri) {
        if (missing(doc.headline()) && feed(attributes, "feed.title") != null) {
            doc.setHeadline(feed(attributes, "feed.title"));
        }
        if (missing(doc.uri())) {
            doc.setUri(feed(attributes, "feed.link"));
        }
        String feedId = feed(attributes, "feed.id");
        boolean idIsTheLink = feedId != null && feedId.equals(feed(attributes, "feed.link"));
        if (feedId != null && !(idIsTheLink && pageUri != null)) {
            doc.setId(feedId);
        } else if (feedId != null) {
            doc.setId(pageUri);
        } else if (missing(doc.id())) {
            doc.setId(doc.uri());
        }
        if (missing(doc.published())) {
            doc.setPublished(feed(attributes, "feed.published"));
        }
        if (missing(doc.byline())) {
            doc.setByline(feed(attributes, "feed.author"));
        }
        if (missing(doc.distributor())) {
            doc.setDistributor(feed(attributes, "feed.source"));
        }
    }

    private static boolean missing(String value) {
        return value == null || value.isBlank();
    }

    private static String feed(Map<String, String> attributes, String name) {
        String value = attributes.get(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The HTTP Content-Encoding the transport passed on, when it is not "identity"; else null. */
    private static String contentEncoding(Payload payload) {
        for (Map.Entry<String, String> e : payload.attributes().entrySet()) {
            if ((e.getKey().equalsIgnoreCase("Content-Encoding") || e.getKey().equals("http.content-encoding"))
                    && e.getValue() != null && !e.getValue().isBlank() && !e.getValue().strip().equalsIgnoreCase("identity")) {
                return e.getValue().strip();
            }
        }
        return null;
    }

    /** The first tag of an HTTP Content-Language header the transport passed on, if any. */
    private static String headerLanguage(Payload payload) {
        for (Map.Entry<String, String> e : payload.attributes().entrySet()) {
            if ((e.getKey().equalsIgnoreCase("Content-Language") || e.getKey().equals("http.content-language"))
                    && e.getValue() != null) {
                return org.copydesk.fetch.LanguageTags.normalize(e.getValue().split(",")[0]);
            }
        }
        return null;
    }

    /**
     * NUL bytes or many control characters in the first 8 KB mean binary (the test {@code wire}'s TextDecoder uses).
     * Counting only NULs missed images and compressed files (under 1 % NULs), and any first byte 0xFF or 0xFE was
     * taken for a UTF-16 BOM, so every JPEG skipped the check; PNG, JPEG, gzip and PDF files were parsed as articles
     * (review). Only a real two-byte BOM now marks UTF-16.
     */
    private static boolean looksBinary(byte[] bytes) {
        if (bytes.length >= 2) {
            int b0 = bytes[0] & 0xff;
            int b1 = bytes[1] & 0xff;
            if (b0 == 0xfe && b1 == 0xff || b0 == 0xff && b1 == 0xfe) {
                return false;
            }
        }
        int n = Math.min(bytes.length, 8192);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xff;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                control++;
            }
        }
        return control > n / 20;
    }
}
