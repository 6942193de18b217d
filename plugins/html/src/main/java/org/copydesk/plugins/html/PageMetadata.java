package org.copydesk.plugins.html;

import org.copydesk.fetch.LanguageTags;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Article metadata from a page: JSON-LD ({@code NewsArticle} and friends), OpenGraph and other {@code <meta>} tags,
 * {@code <time>}, {@code <link rel=canonical>} and {@code <html lang>}, in that order of trust.
 */
final class PageMetadata {
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_TRAILING_COMMA,
                    JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_SINGLE_QUOTES,
                    JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
            .enable(JsonParser.Feature.AUTO_CLOSE_SOURCE)
            .build();
    private static final Set<String> ARTICLE_TYPES = Set.of("article", "newsarticle", "reportagenewsarticle",
            "analysisnewsarticle", "opinionnewsarticle", "backgroundnewsarticle", "reviewnewsarticle",
            "askpublicnewsarticle", "blogposting", "liveblogposting", "socialmediaposting", "techarticle",
            "scholarlyarticle", "report", "review", "satiricalarticle", "advertisertcontentarticle", "medicalscholarlyarticle");

    String headline;
    String published;
    String modified;
    String byline;
    String uri;
    String language;
    String distributor;
    String description;
    String image;
    String articleBody;
    /** The first URL the page declares for itself (canonical, og:url, JSON-LD), even when not taken as its uri. */
    String declaredUri;
    final List<String> subjects = new ArrayList<>();

    static PageMetadata read(Document doc, String sourceUri) {
        PageMetadata m = new PageMetadata();
        JsonNode article = jsonLdArticle(doc);
        if (article != null) {
            m.headline = text(article.get("headline"));
            if (m.headline == null) {
                m.headline = text(article.get("name"));
            }
            m.published = PageDates.toIso(text(article.get("datePublished")));
            if (m.published == null) {
                m.published = PageDates.toIso(text(article.get("dateCreated")));
            }
            m.modified = PageDates.toIso(text(article.get("dateModified")));
            m.byline = persons(article.get("author"));
            JsonNode publisher = article.get("publisher");
            m.distributor = publisher == null ? null : publisher.isTextual() ? text(publisher) : text(first(publisher).get("name"));
            m.uri = absolute(text(article.get("url")));
            if (m.uri == null) {
                JsonNode page = article.get("mainEntityOfPage");
                if (page != null) {
                    m.uri = absolute(page.isTextual() ? text(page) : text(first(page).get("@id")));
                }
            }
            m.language = LanguageTags.normalize(text(article.get("inLanguage")));
            m.articleBody = text(article.get("articleBody"));
            m.description = text(article.get("description"));
            keywords(article.get("keywords"), m.subjects);
        }
        m.headline = firstOf(m.headline, meta(doc, "og:title"), meta(doc, "twitter:title"),
                textOf(doc.selectFirst("h1")), clean(doc.title())); // no <title>: none, not ""
        m.published = firstOf(m.published, PageDates.toIso(meta(doc, "article:published_time")),
                PageDates.toIso(meta(doc, "datePublished")), PageDates.toIso(meta(doc, "pubdate")),
                PageDates.toIso(meta(doc, "publishdate")), PageDates.toIso(meta(doc, "parsely-pub-date")),
                PageDates.toIso(meta(doc, "sailthru.date")), PageDates.toIso(meta(doc, "dc.date.issued")),
                PageDates.toIso(meta(doc, "dc.date")), PageDates.toIso(meta(doc, "dcterms.created")),
                PageDates.toIso(meta(doc, "date")), PageDates.toIso(meta(doc, "og:published_time")),
                PageDates.toIso(meta(doc, "article:published")), PageDates.toIso(meta(doc, "dateCreated")),
                PageDates.toIso(meta(doc, "pdate")), anyPublishMeta(doc), itempropDate(doc), timeElement(doc));
        m.modified = firstOf(m.modified, PageDates.toIso(meta(doc, "article:modified_time")),
                PageDates.toIso(meta(doc, "dateModified")), PageDates.toIso(meta(doc, "og:updated_time")));
        String metaAuthor = meta(doc, "author");
        if (metaAuthor == null) {
            String a = meta(doc, "article:author");
            metaAuthor = a != null && !a.startsWith("http") ? a : null;
        }
        if (metaAuthor == null) {
            metaAuthor = textOf(doc.selectFirst("[rel=author], [itemprop=author] [itemprop=name], [itemprop=author]"));
        }
        m.byline = firstOf(m.byline, metaAuthor == null || metaAuthor.length() > 120 ? null : metaAuthor);
        Element canonical = doc.selectFirst("link[rel=canonical][href]");
        String pageUrl = absolute(sourceUri);
        String declared = null;
        String chosen = null;
        for (String candidate : new String[] {
                canonical == null ? null : absolute(canonical.absUrl("href").isEmpty() ? canonical.attr("href") : canonical.absUrl("href")),
                absolute(meta(doc, "og:url")), m.uri}) {
            if (candidate == null) {
                continue;
            }
            declared = declared == null ? candidate : declared;
            if (identifiesThePage(candidate, pageUrl)) {
                chosen = candidate;
                break;
            }
        }
        m.uri = chosen;
        m.declaredUri = declared;
        Element html = doc.selectFirst("html");
        m.language = firstOf(html == null ? null : LanguageTags.normalize(html.attr("lang")),
                html == null ? null : LanguageTags.normalize(html.attr("xml:lang")),
                LanguageTags.normalize(meta(doc, "content-language")), LanguageTags.normalize(meta(doc, "og:locale")),
                LanguageTags.normalize(meta(doc, "dc.language")), m.language);
        m.distributor = firstOf(m.distributor, meta(doc, "og:site_name"), meta(doc, "application-name"));
        // a declared URL skipped as the uri (a site root) still names the site's host
        m.headline = withoutSiteName(m.headline, m.distributor, meta(doc, "og:site_name"),
                m.uri != null ? m.uri : m.declaredUri);
        m.byline = cleanByline(m.byline);
        m.description = firstOf(m.description, meta(doc, "og:description"), meta(doc, "description"));
        m.image = absolute(meta(doc, "og:image"));
        if (m.subjects.isEmpty()) {
            String kw = firstOf(meta(doc, "news_keywords"), meta(doc, "keywords"));
            if (kw != null) {
                for (String k : kw.split("[,;]")) {
                    if (!k.isBlank() && !m.subjects.contains(k.strip())) {
                        m.subjects.add(k.strip());
                    }
                }
            }
        }
        return m;
    }

    /**
     * Whether a URL the page declares for itself (canonical, og:url, JSON-LD url) can stand for this page: not a
     * site's root (empty path or "/" without a query; many sites put their home page as every article's canonical,
     * and documents sharing it were dropped as duplicates), and on the host the page was fetched from, when that is
     * known. Hosts are compared after dropping one leading "www.", "m.", "mobile." or "amp." from each (when a dot
     * remains), so a mobile or AMP copy ({@code m.gazette.example}, {@code amp.gazette.example}) takes the canonical
     * on {@code www.gazette.example}; nothing cleverer (no other subdomains, no public-suffix rules).
     */
    static boolean identifiesThePage(String declared, String pageUrl) {
        java.net.URI uri;
        try {
            uri = new java.net.URI(declared);
        } catch (java.net.URISyntaxException e) {
            return false;
        }
        if (uri.getHost() == null) {
            return false;
        }
        String path = uri.getRawPath();
        if ((path == null || path.isEmpty() || path.equals("/")) && (uri.getRawQuery() == null || uri.getRawQuery().isEmpty())) {
            return false;
        }
        if (pageUrl == null) {
            return true;
        }
        try {
            String pageHost = new java.net.URI(pageUrl).getHost();
            return pageHost == null || bareHost(pageHost).equals(bareHost(uri.getHost()));
        } catch (java.net.URISyntaxException e) {
            return true;
        }
    }

    private static final String[] MOBILE_PREFIXES = {"www.", "m.", "mobile.", "amp."};

    private static String bareHost(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        for (String prefix : MOBILE_PREFIXES) {
            if (h.startsWith(prefix) && h.indexOf('.', prefix.length()) > 0) {
                return h.substring(prefix.length());
            }
        }
        return h;
    }

    private static final java.util.regex.Pattern TITLE_SEPARATOR = java.util.regex.Pattern.compile("\\s+[|\\-\u2013\u2014:\u00b7\u2022]{1,2}\\s+");

    /** "Harbour reopens - The Gazette" → "Harbour reopens" when the last part names the site (or its host). */
    static String withoutSiteName(String headline, String distributor, String siteName, String uri) {
        if (headline == null) {
            return null;
        }
        java.util.regex.Matcher m = TITLE_SEPARATOR.matcher(headline);
        int lastStart = -1;
        int lastEnd = -1;
        while (m.find()) {
            lastStart = m.start();
            lastEnd = m.end();
        }
        if (lastStart <= 0) {
            return headline;
        }
        String tail = squash(headline.substring(lastEnd));
        if (tail.isEmpty()) {
            return headline;
        }
        String host = "";
        if (uri != null) {
            try {
                host = squash(java.net.URI.create(uri).getHost() == null ? "" : java.net.URI.create(uri).getHost());
            } catch (IllegalArgumentException e) {
                host = "";
            }
        }
        for (String site : new String[] {distributor, siteName}) {
            String sq = squash(site);
            if (!sq.isEmpty() && (sq.equals(tail) || sq.contains(tail) || tail.contains(sq))) {
                return headline.substring(0, lastStart).strip();
            }
        }
        if (!host.isEmpty() && tail.length() >= 3 && host.contains(tail)) {
            return headline.substring(0, lastStart).strip();
        }
        return headline;
    }

    private static String squash(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    private static final java.util.regex.Pattern BYLINE_DATE = java.util.regex.Pattern.compile(
            "(?i)\\s+((jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+\\d{1,2}|\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4}|\\d{4}-\\d{2}-\\d{2}|updated|published).*$");

    /** "By Jane Doe" → "Jane Doe"; a date glued to the end is cut off. */
    static String cleanByline(String byline) {
        if (byline == null) {
            return null;
        }
        String s = byline.replaceFirst("(?i)^(by|von|par|por)\\s+", "");
        s = BYLINE_DATE.matcher(s).replaceFirst("").strip();
        s = s.replaceAll("[,;|\\s]+$", "");
        return s.isEmpty() ? null : s;
    }

    /** The first JSON-LD object of an article type, searching arrays and {@code @graph}. */
    private static JsonNode jsonLdArticle(Document doc) {
        for (Element script : doc.select("script[type~=(?i)application/ld\\+json]")) {
            String data = script.data().strip();
            if (data.isEmpty()) {
                continue;
            }
            try {
                JsonNode root = JSON.readTree(data);
                JsonNode found = findArticle(root, 0);
                if (found != null) {
                    return found;
                }
            } catch (Exception e) {
                // malformed JSON-LD: other sources of metadata remain
            }
        }
        return null;
    }

    private static JsonNode findArticle(JsonNode node, int depth) {
        if (node == null || depth > 6) {
            return null;
        }
        if (node.isArray()) {
            for (JsonNode n : node) {
                JsonNode f = findArticle(n, depth + 1);
                if (f != null) {
                    return f;
                }
            }
            return null;
        }
        if (!node.isObject()) {
            return null;
        }
        JsonNode type = node.get("@type");
        if (type != null) {
            for (JsonNode t : type.isArray() ? type : List.of(type)) {
                String name = t.asText("").toLowerCase(Locale.ROOT);
                name = name.substring(name.lastIndexOf('/') + 1).substring(name.lastIndexOf(':') + 1);
                if (ARTICLE_TYPES.contains(name)) {
                    return node;
                }
            }
        }
        JsonNode f = findArticle(node.get("@graph"), depth + 1);
        if (f == null) {
            f = findArticle(node.get("mainEntity"), depth + 1);
        }
        return f;
    }

    private static JsonNode first(JsonNode n) {
        return n.isArray() && n.size() > 0 ? n.get(0) : n;
    }

    private static String persons(JsonNode node) {
        if (node == null) {
            return null;
        }
        Set<String> names = new LinkedHashSet<>();
        for (JsonNode p : node.isArray() ? node : List.of(node)) {
            String name = p.isTextual() ? text(p) : text(p.get("name"));
            if (name != null && !name.startsWith("http") && name.length() < 120) {
                names.add(name);
            }
        }
        return names.isEmpty() ? null : String.join(", ", names);
    }

    private static void keywords(JsonNode node, List<String> out) {
        if (node == null) {
            return;
        }
        if (node.isArray()) {
            node.forEach(k -> keywords(k, out));
        } else if (node.isTextual()) {
            for (String k : node.asText().split(",")) {
                String s = k.strip();
                if (!s.isEmpty() && !out.contains(s)) {
                    out.add(s);
                }
            }
        }
    }

    /** Any {@code <meta>} whose name speaks of a publication date ("sn-post-date", "publish-date", ...). */
    private static String anyPublishMeta(Document doc) {
        for (Element e : doc.select("meta[content]")) {
            String name = (e.attr("property") + " " + e.attr("name") + " " + e.attr("itemprop")).toLowerCase(Locale.ROOT);
            if ((name.contains("publish") || name.contains("post-date") || name.contains("pubdate") || name.contains("issued"))
                    && !name.contains("modif") && !name.contains("update") && !name.contains("publisher")) {
                String iso = PageDates.toIso(e.attr("content"));
                if (iso != null) {
                    return iso;
                }
            }
        }
        return null;
    }

    /** A non-meta element marked {@code itemprop=datePublished}: its {@code content}, {@code datetime} or text. */
    private static String itempropDate(Document doc) {
        for (Element e : doc.select("[itemprop~=(?i)\\bdatePublished\\b]")) {
            for (String v : List.of(e.attr("content"), e.attr("datetime"), e.text())) {
                String iso = PageDates.toIso(v);
                if (iso != null) {
                    return iso;
                }
            }
        }
        return null;
    }

    private static String timeElement(Document doc) {
        for (Element t : doc.select("time[datetime]")) {
            String iso = PageDates.toIso(t.attr("datetime"));
            if (iso != null) {
                return iso;
            }
        }
        return null;
    }

    static String meta(Document doc, String key) {
        for (Element e : doc.select("meta[content]")) {
            String name = e.hasAttr("property") ? e.attr("property") : e.hasAttr("name") ? e.attr("name")
                    : e.hasAttr("itemprop") ? e.attr("itemprop") : e.attr("http-equiv");
            if (name.equalsIgnoreCase(key) || (name.indexOf(' ') > 0 && List.of(name.split("\\s+")).stream()
                    .anyMatch(n -> n.equalsIgnoreCase(key)))) {
                String v = clean(e.attr("content"));
                if (v != null) {
                    return v;
                }
            }
        }
        return null;
    }

    private static String text(JsonNode n) {
        if (n == null) {
            return null;
        }
        if (n.isArray()) {
            return n.size() == 0 ? null : text(n.get(0));
        }
        if (n.isObject()) {
            return text(n.has("@value") ? n.get("@value") : n.get("name"));
        }
        return n.isValueNode() ? clean(org.jsoup.parser.Parser.unescapeEntities(n.asText(), false)) : null;
    }

    private static String textOf(Element e) {
        return e == null ? null : clean(e.text());
    }

    private static String clean(String s) {
        if (s == null) {
            return null;
        }
        String c = s.replaceAll("[\\s\\u00a0]+", " ").strip();
        return c.isEmpty() ? null : c;
    }

    private static String absolute(String uri) {
        return uri != null && (uri.startsWith("http://") || uri.startsWith("https://")) ? uri.strip() : null;
    }

    @SafeVarargs
    private static <T> T firstOf(T... values) {
        for (T v : values) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }
}
