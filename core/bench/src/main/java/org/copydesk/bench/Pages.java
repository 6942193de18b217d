package org.copydesk.bench;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import org.copydesk.runtime.bench.StoryGenerator;

/**
 * The generated wire stories ({@link StoryGenerator}) dressed as the other inputs Copydesk reads: an RSS 2.0 feed and
 * an Atom feed of several stories (full text in {@code content:encoded} / {@code content}), and an article page with
 * the usual furniture around the story (navigation, share links, a related-stories box, a footer). Deterministic: the
 * same stories give the same bytes.
 */
public final class Pages {
    private static final Instant EPOCH = Instant.parse("2026-11-28T06:00:00Z");
    private static final DateTimeFormatter RFC_822 = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

    private Pages() {
    }

    /** A story's headline (its first line) and paragraphs (the other lines). */
    public record Parts(String headline, List<String> paragraphs) {
        public static Parts of(StoryGenerator.Story story) {
            List<String> lines = Arrays.stream(story.text().split("\n")).map(String::strip).filter(l -> !l.isEmpty())
                    .toList();
            return new Parts(lines.get(0), lines.subList(1, lines.size()));
        }
    }

    /** An RSS 2.0 feed with one item per story: title, link, guid, pubDate, a one-paragraph description, full text. */
    public static byte[] rss(List<StoryGenerator.Story> stories) {
        StringBuilder b = new StringBuilder(4096 * stories.size());
        b.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"")
                .append(" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n<channel>\n")
                .append("<title>Bench Wire: World</title>\n<link>https://news.example/world</link>\n")
                .append("<description>Generated stories for the benchmarks</description>\n<language>en</language>\n");
        for (StoryGenerator.Story s : stories) {
            Parts p = Parts.of(s);
            String link = link(s);
            b.append("<item>\n<title>").append(escape(p.headline())).append("</title>\n<link>").append(link)
                    .append("</link>\n<guid isPermaLink=\"true\">").append(link).append("</guid>\n<pubDate>")
                    .append(RFC_822.format(published(s))).append("</pubDate>\n<dc:creator>").append(s.agency())
                    .append("</dc:creator>\n<description>").append(escape(p.paragraphs().get(0)))
                    .append("</description>\n<content:encoded><![CDATA[");
            for (String para : p.paragraphs()) {
                b.append("<p>").append(escape(para)).append("</p>");
            }
            b.append("]]></content:encoded>\n</item>\n");
        }
        return b.append("</channel>\n</rss>\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    /** An Atom 1.0 feed with one entry per story, the full text as HTML content. */
    public static byte[] atom(List<StoryGenerator.Story> stories) {
        StringBuilder b = new StringBuilder(4096 * stories.size());
        b.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n")
                .append("<title>Bench Wire: World</title>\n<id>https://news.example/world</id>\n")
                .append("<updated>").append(EPOCH).append("</updated>\n");
        for (StoryGenerator.Story s : stories) {
            Parts p = Parts.of(s);
            b.append("<entry>\n<title>").append(escape(p.headline())).append("</title>\n<id>").append(link(s))
                    .append("</id>\n<link rel=\"alternate\" href=\"").append(link(s)).append("\"/>\n<updated>")
                    .append(published(s)).append("</updated>\n<author><name>").append(s.agency())
                    .append("</name></author>\n<content type=\"html\">");
            StringBuilder h = new StringBuilder();
            for (String para : p.paragraphs()) {
                h.append("<p>").append(escape(para)).append("</p>");
            }
            b.append(escape(h.toString())).append("</content>\n</entry>\n");
        }
        return b.append("</feed>\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * A news site's article page for one story: metadata in the head, then a site header with navigation, the
     * article (headline, byline, time, paragraphs with a share bar and an inline "read more" box between them), a
     * related-stories list and a footer, as the {@code html} format meets them on real sites.
     */
    public static byte[] article(StoryGenerator.Story s) {
        Parts p = Parts.of(s);
        String title = escape(p.headline());
        StringBuilder b = new StringBuilder(8192);
        b.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n<title>").append(title)
                .append(" | Bench News</title>\n<meta property=\"og:title\" content=\"").append(title).append("\">\n")
                .append("<meta property=\"og:type\" content=\"article\">\n<link rel=\"canonical\" href=\"")
                .append(link(s)).append("\">\n<meta property=\"article:published_time\" content=\"")
                .append(published(s)).append("\">\n<meta name=\"author\" content=\"").append(s.agency())
                .append("\">\n<script>window.dataLayer = window.dataLayer || []; dataLayer.push({page: 'article'});")
                .append("</script>\n<style>body{font-family:serif} .nav a{margin:0 4px}</style>\n</head>\n<body>\n")
                .append("<header class=\"site-header\"><a href=\"/\">Bench News</a><nav class=\"nav\">");
        for (String section : List.of("World", "Politics", "Business", "Technology", "Sport", "Culture", "Opinion")) {
            b.append("<a href=\"/").append(section.toLowerCase()).append("\">").append(section).append("</a>");
        }
        b.append("</nav><form action=\"/search\"><input name=\"q\" placeholder=\"Search\"></form></header>\n")
                .append("<main><article>\n<h1>").append(title).append("</h1>\n<p class=\"byline\">By ")
                .append(s.agency()).append(" staff <time datetime=\"").append(published(s)).append("\">")
                .append(published(s)).append("</time></p>\n<div class=\"share\"><a href=\"#\">Share</a>")
                .append("<a href=\"#\">Tweet</a><a href=\"#\">Email</a></div>\n<div class=\"article-body\">\n");
        for (int i = 0; i < p.paragraphs().size(); i++) {
            b.append("<p>").append(escape(p.paragraphs().get(i))).append("</p>\n");
            if (i == 2) {
                b.append("<aside class=\"read-more\"><h3>Read more</h3><ul><li><a href=\"/world/1\">Talks resume")
                        .append(" next week</a></li><li><a href=\"/world/2\">Markets close higher</a></li></ul>")
                        .append("</aside>\n");
            }
        }
        b.append("</div>\n</article>\n<section class=\"related\"><h2>Related stories</h2><ul>");
        for (int i = 1; i <= 6; i++) {
            b.append("<li><a href=\"/world/r").append(i).append("\">Related story number ").append(i)
                    .append(" about the region</a></li>");
        }
        b.append("</ul></section></main>\n<footer><p>&copy; 2026 Bench News. All rights reserved.</p>")
                .append("<a href=\"/privacy\">Privacy</a> <a href=\"/terms\">Terms</a></footer>\n</body></html>\n");
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    static String link(StoryGenerator.Story s) {
        return "https://news.example/world/" + s.fileName().replace(".txt", "");
    }

    private static Instant published(StoryGenerator.Story s) {
        return EPOCH.minusSeconds(60L * s.index());
    }

    /** Text as XML or HTML character data or attribute value. */
    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
