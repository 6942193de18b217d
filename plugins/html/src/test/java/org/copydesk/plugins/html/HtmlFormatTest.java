package org.copydesk.plugins.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.copydesk.api.Document;
import org.copydesk.api.FormatException;
import org.copydesk.api.Payload;
import org.copydesk.api.Settings;
import org.junit.jupiter.api.Test;

class HtmlFormatTest {
    private static final Instant RECEIVED = Instant.parse("2026-01-06T15:00:00Z");
    private final HtmlFormat format = new HtmlFormat(false, 25);

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = HtmlFormatTest.class.getResourceAsStream("/pages/" + name)) {
            return in.readAllBytes();
        }
    }

    @Test
    void newsArticleBodyWithoutFurniture() throws Exception {
        Document d = format.parse(new Payload(resource("news-article.html"), "file:news-article.html", RECEIVED)).get(0);
        assertThat(d.body()).isEqualTo("""
                The harbour reopened on Tuesday morning after a storm that had kept every ferry, fishing boat and \
                cargo ship in port for three days, the port authority said.

                Wind speeds of up to 120 kilometres an hour were measured on Sunday night, and waves damaged part \
                of the northern breakwater, which engineers inspected at first light.

                Ferries run again

                The first ferry left at 7.15, carrying mostly commuters and lorries that had queued along the coast \
                road since Saturday, when the crossing was first cancelled.

                “We expect to clear the backlog by Thursday,” said Maria Lopez, who heads the authority, adding \
                that repairs to the breakwater would take several weeks.""");
    }

    @Test
    void anIndentedCodeExampleInPreStaysInTheArticle() throws Exception {
        // Before: the pre's text was counted with its whitespace collapsed (20-space indentation as one space),
        // which made the example's block look like a short link block and the cleaning dropped it (3 paragraphs;
        // the build before the one-pass figures kept it: 4).
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            code.append(" ".repeat(20)).append("value = compute(").append(i).append(")\n");
        }
        String para = "<p>The harbour authority said on Monday that the new berths would open in the spring and that"
                + " ships of every size would be able to use them once the dredging is finished.</p>";
        String html = "<html><head><title>Harbour code</title></head><body><article><h1>Harbour code</h1>"
                + para + para.replace("Monday", "Tuesday")
                + "<div class=example><pre>" + code + "</pre><p><a href=\"/playground\">Run this example in the"
                + " online playground and see the output right away</a></p></div>"
                + para.replace("Monday", "Friday") + "</article></body></html>";
        Document d = format.parse(new Payload(html.getBytes(StandardCharsets.UTF_8), "https://example.com/harbour",
                RECEIVED)).get(0);
        assertThat(d.body()).contains("value = compute(0)", "value = compute(9)", "on Friday");
        assertThat(d.body().split("\n\n")).hasSize(4);
    }

    @Test
    void newsArticleMetadata() throws Exception {
        Document d = format.parse(new Payload(resource("news-article.html"), "file:news-article.html", RECEIVED)).get(0);
        assertThat(d.headline()).isEqualTo("Harbour reopens after three-day storm");
        assertThat(d.published()).isEqualTo("2026-01-06T14:30:00+01:00");
        assertThat(d.byline()).isEqualTo("Jane Reporter, Sam Writer");
        assertThat(d.uri()).isEqualTo("https://gazette.example/2026/01/harbour-reopens");
        assertThat(d.id()).isEqualTo("https://gazette.example/2026/01/harbour-reopens");
        assertThat(d.language()).isEqualTo("en-GB");
        assertThat(d.distributor()).isEqualTo("Example Gazette Ltd");
        assertThat(d.meta()).containsEntry("modified", "2026-01-06T16:00:00+01:00")
                .containsEntry("subjects", List.of("weather", "ports"))
                .doesNotContainKey("html");
        assertThat(d.source().format()).isEqualTo("html");
        assertThat(d.source().uri()).isEqualTo("file:news-article.html");
        assertThat(d.source().received()).isEqualTo(RECEIVED);
    }

    @Test
    void keepHtmlSetting() throws Exception {
        Document d = new HtmlFormat(true, 25)
                .parse(new Payload(resource("news-article.html"), "file:news-article.html", RECEIVED)).get(0);
        assertThat(d.meta().get("html")).asString().contains("<p>The harbour reopened").doesNotContain("<nav");
    }

    @Test
    void charsetFromMetaTagAndLooseTextWithoutParagraphs() throws Exception {
        Document d = format.parse(new Payload(resource("blog-latin1.html"), "file:blog.html", RECEIVED)).get(0);
        assertThat(d.body()).isEqualTo("""
                Una mañana en el café de la esquina, con el periódico y un cortado, mientras la ciudad despierta \
                despacio.

                El camarero, que lleva treinta años allí, conoce a todos los clientes por su nombre y sabe lo que \
                van a pedir.""");
        assertThat(d.byline()).isEqualTo("José García");
        assertThat(d.published()).isEqualTo("2025-03-04");
        assertThat(d.headline()).isEqualTo("Café notes");
        assertThat(d.uri()).isNull();
    }

    @Test
    void httpCharsetWinsAndBomIsHonoured() throws Exception {
        String page = "<html><head><meta charset=\"utf-8\"></head><body><article><p>Gr\u00fc\u00dfe aus K\u00f6ln, "
                + "wo der Dom steht und die Stra\u00dfen am Sonntag still sind, wenn alle schlafen.</p></article></body></html>";
        Payload latin = new Payload(page.getBytes(Charset.forName("windows-1252")), "u", RECEIVED,
                "text/html; charset=ISO-8859-1", Map.of());
        assertThat(format.parse(latin).get(0).body()).startsWith("Grüße aus Köln");
        byte[] withBom = withUtf8Bom(page.getBytes(StandardCharsets.UTF_8));
        assertThat(format.parse(new Payload(withBom, "u", RECEIVED)).get(0).body()).startsWith("Grüße aus Köln");
    }

    @Test
    void everyLabelOfLatin1OrAsciiReadsAsWindows1252() throws Exception {
        // Review B7: iso8859-1, ISO_8859-1, l1, cp819 in <meta charset> decoded as true Latin-1 (curly quotes became
        // U+0093/U+0094); ANSI_X3.4-1968 in the HTTP header decoded every byte over 127 as U+FFFD.
        String text = "\u201cWe expect to clear the backlog by Thursday,\u201d said Mar\u00eda L\u00f3pez, who heads the"
                + " port authority, adding that repairs would take weeks.";
        for (String label : List.of("iso-8859-1", "iso8859-1", "ISO_8859-1", "l1", "cp819", "latin1", "IBM819",
                "us-ascii", "ascii", "ANSI_X3.4-1968", "windows-1252")) {
            String page = "<html><head><meta charset=\"" + label + "\"></head><body><article><p>" + text
                    + "</p></article></body></html>";
            byte[] bytes = page.getBytes(Charset.forName("windows-1252"));
            assertThat(format.parse(new Payload(bytes, "u", RECEIVED)).get(0).body()).as("meta %s", label).isEqualTo(text);
            String bare = page.replace("<meta charset=\"" + label + "\">", "");
            assertThat(format.parse(new Payload(bare.getBytes(Charset.forName("windows-1252")), "u", RECEIVED,
                    "text/html; charset=" + label, Map.of())).get(0).body()).as("header %s", label).isEqualTo(text);
        }
    }

    @Test
    void aPageWithoutATitleHasNoHeadline() throws Exception {
        // Review B8: no <title>, no h1, no metadata gave "headline":"" instead of none.
        String page = "<html><body><article><p>The harbour reopened on Tuesday after the storm, the port authority"
                + " said, and the first ships came in at dawn.</p></article></body></html>";
        assertThat(format.parse(new Payload(page.getBytes(StandardCharsets.UTF_8), "u", RECEIVED)).get(0).headline())
                .isNull();
        assertThat(format.parse(new Payload(page.replace("<html>", "<html><head><title>  </title></head>")
                .getBytes(StandardCharsets.UTF_8), "u", RECEIVED)).get(0).headline()).isNull();
    }

    @Test
    void jsonLdArticleBodyReplacesAnExtractionThatMissedIt() throws Exception {
        String text = "Paragraph one of the real story, with enough words to matter for the comparison here. ".repeat(8);
        String page = "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"H\","
                + "\"articleBody\":\"" + text.strip() + "\"}</script></head><body>"
                + "<div class=\"app\" data-rendered=\"client\"><p>Loading the story, please wait a moment while we get it for you.</p></div>"
                + "</body></html>";
        Document d = format.parse(new Payload(page.getBytes(StandardCharsets.UTF_8), "u", RECEIVED)).get(0);
        assertThat(d.body()).isEqualTo(text.strip());
    }

    @Test
    void bylineDateAndFurnitureLinesAreNotBody() throws Exception {
        String page = """
                <html><body><div class="story">
                <p>By Jane Reporter and Sam Writer</p>
                <p>Updated 6 January 2026, 14:30</p>
                <p>By Tuesday, the harbour was open again and the first ferries had left, carrying commuters and lorries.</p>
                <p>Advertisement</p>
                <div class="image"><img src="x.jpg"><span>Boats wait at the harbour entrance on Monday. (AP Photo/Jane Reporter)</span></div>
                <p>Ferries queue outside the port, Sunday, Jan. 4, 2026. Getty Images</p>
                <p>Engineers said the damaged breakwater would be repaired within weeks, before the winter storms return.</p>
                <p>Read more: <a href="/x">Storm damage along the coast</a></p>
                <p>Photo: Jane Reporter</p>
                </div></body></html>""";
        Document d = format.parse(new Payload(page.getBytes(StandardCharsets.UTF_8), "u", RECEIVED)).get(0);
        assertThat(d.body()).isEqualTo("By Tuesday, the harbour was open again and the first ferries had left, carrying "
                + "commuters and lorries.\n\nEngineers said the damaged breakwater would be repaired within weeks, before "
                + "the winter storms return.");
    }

    @Test
    void languageFromTheHttpHeaderWhenThePageGivesNone() throws Exception {
        String page = "<html><body><article><p>Ein Absatz, der lang genug ist, um als Artikeltext zu gelten, mit Kommas."
                + "</p></article></body></html>";
        Payload p = new Payload(page.getBytes(StandardCharsets.UTF_8), "u", RECEIVED, "text/html",
                Map.of("Content-Language", "de-AT, de"));
        assertThat(format.parse(p).get(0).language()).isEqualTo("de-AT");
    }

    @Test
    void rejectsWhatIsNotAnArticlePage() {
        assertThatThrownBy(() -> format.parse(new Payload(new byte[0], "u", RECEIVED)))
                .isInstanceOf(FormatException.class).hasMessage("empty file");
        assertThatThrownBy(() -> format.parse(new Payload(new byte[] {0, 1, 2, 0, 0, 0, 5, 0, 0}, "u", RECEIVED)))
                .isInstanceOf(FormatException.class).hasMessageContaining("binary");
        assertThatThrownBy(() -> format.parse(new Payload("just words".getBytes(StandardCharsets.UTF_8), "u", RECEIVED)))
                .isInstanceOf(FormatException.class).hasMessageContaining("not an HTML page");
        assertThatThrownBy(() -> format.parse(new Payload("<html><body><nav><a href=/>Home</a></nav></body></html>"
                .getBytes(StandardCharsets.UTF_8), "u", RECEIVED)))
                .isInstanceOf(FormatException.class).hasMessage("no article text found in the page");
    }

    /** Invented header bytes of common binary files, then pseudo-random junk (fixed seed) that contains '<'. */
    private static byte[] binaryFile(int... header) {
        byte[] junk = new byte[2000];
        new java.util.Random(7).nextBytes(junk);
        for (int i = 0; i < junk.length; i += 50) {
            junk[i] = '<';
        }
        for (int i = 0; i < header.length; i++) {
            junk[i] = (byte) header[i];
        }
        return junk;
    }

    @Test
    void rejectsImagesAndCompressedFilesAsBinary() {
        List<byte[]> files = List.of(
                binaryFile(0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'),
                binaryFile(0xFF, 0xD8, 0xFF, 0xE0),
                binaryFile('%', 'P', 'D', 'F', '-', '1', '.', '5', '\n', '%', 0xD0, 0xD4, 0xC5, 0xD8, '\n'));
        for (byte[] file : files) {
            assertThatThrownBy(() -> format.parse(new Payload(file, "u", RECEIVED)))
                    .isInstanceOf(FormatException.class).hasMessage("binary data, not an HTML page");
        }
        // a gzip file is named as such (review C18)
        assertThatThrownBy(() -> format.parse(new Payload(binaryFile(0x1F, 0x8B, 0x08), "u", RECEIVED)))
                .isInstanceOf(FormatException.class).hasMessage("gzip-compressed data (unpack it first), not an HTML page");
    }

    /** The bytes behind a UTF-8 byte order mark (EF BB BF). */
    private static byte[] withUtf8Bom(byte[] utf8) {
        byte[] out = new byte[utf8.length + 3];
        out[0] = (byte) 0xEF;
        out[1] = (byte) 0xBB;
        out[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, out, 3, utf8.length);
        return out;
    }

    @Test
    void pageWithByteOrderMarkIsNotBinary() throws Exception {
        String text = "Ein Absatz, der lang genug ist, um als Artikeltext zu gelten, mit Kommas, und noch mehr.";
        String page = "<html><body><article><p>" + text + "</p></article></body></html>";
        byte[] utf8 = page.getBytes(StandardCharsets.UTF_8);
        byte[] utf8Bom = withUtf8Bom(utf8);
        for (byte[] bytes : List.of(utf8, utf8Bom, page.getBytes(StandardCharsets.UTF_16),
                ("\uFEFF" + page).getBytes(StandardCharsets.UTF_16LE))) {
            assertThat(format.parse(new Payload(bytes, "u", RECEIVED)).get(0).body()).isEqualTo(text);
        }
    }

    @Test
    void pathologicalNestingStaysFast() {
        String text = "Deep text here, with commas, that is long enough to count as a paragraph of the article.";
        String page = "<html><body>" + "<div>".repeat(50_000) + "<p>" + text + "</p>" + "</div>".repeat(50_000)
                + "</body></html>";
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(20), () ->
                assertThat(format.parse(new Payload(page.getBytes(StandardCharsets.UTF_8), "u", RECEIVED)).get(0).body())
                        .isEqualTo(text));
    }

    private static String story(int n, String head) {
        return "<html><head><title>Story " + n + "</title>" + head + "</head><body><article><h1>Story number " + n
                + "</h1><p>Story " + n + ": the minister said the harbour would reopen on Monday, after repairs, and"
                + " that costs, however, had risen sharply over the winter months.</p><p>Officials, speaking on"
                + " condition of anonymity, said the work had taken longer than planned.</p></article></body></html>";
    }

    private Document parse(String page, String sourceUri) throws FormatException {
        return format.parse(new Payload(page.getBytes(StandardCharsets.UTF_8), sourceUri, RECEIVED)).get(0);
    }

    @Test
    void aSiteRootAsCanonicalIsNotTheDocumentsId() throws Exception {
        // Review: three articles all declaring https://news.example.org/ (canonical and og:url) got one id, and the
        // jsonl output kept only the first. A root is not taken; the page's own URL (when known) stands in.
        String root = "<link rel=canonical href='https://news.example.org/'>"
                + "<meta property='og:url' content='https://news.example.org'>";
        List<Document> fetched = List.of(parse(story(1, root), "https://news.example.org/2026/story-1"),
                parse(story(2, root), "https://news.example.org/2026/story-2"),
                parse(story(3, root), "https://news.example.org/2026/story-3"));
        assertThat(fetched).extracting(Document::id).containsExactly("https://news.example.org/2026/story-1",
                "https://news.example.org/2026/story-2", "https://news.example.org/2026/story-3");
        assertThat(fetched).extracting(Document::uri).doesNotHaveDuplicates();
        assertThat(fetched.get(0).meta()).containsEntry("canonical", "https://news.example.org/");
        // the skipped root still names the site: "Harbour reopens - news.example.org" loses its site part
        assertThat(parse("<html><head><title>Harbour reopens - news.example.org</title>" + root + "</head><body>"
                + "<article><p>The minister said the harbour would reopen on Monday, after repairs, and that costs,"
                + " however, had risen sharply over the winter months.</p></article></body></html>",
                "https://news.example.org/2026/story-1").headline()).isEqualTo("Harbour reopens");
        // From files (no URL of their own) they have no id, as a page without a canonical has: none is dropped.
        List<Document> files = List.of(parse(story(1, root), "file:/in/a1.html"), parse(story(2, root), "file:/in/a2.html"));
        assertThat(files).extracting(Document::id).containsOnlyNulls();
        // A root with a query names a page (?p=123), and a real article path is still the id.
        assertThat(parse(story(1, "<link rel=canonical href='https://news.example.org/?p=123'>"), "file:a").id())
                .isEqualTo("https://news.example.org/?p=123");
        assertThat(parse(story(1, "<link rel=canonical href='https://www.news.example.org/2026/story-1'>"),
                "https://news.example.org/2026/story-1?utm_source=x").id()).isEqualTo("https://www.news.example.org/2026/story-1");
    }

    @Test
    void aCanonicalOnAnotherHostThanThePageIsNotTheDocumentsId() throws Exception {
        String head = "<link rel=canonical href='https://other.example.com/2026/story'>"
                + "<meta property='og:url' content='https://news.example.org/2026/own-story'>";
        Document d = parse(story(1, head), "https://news.example.org/2026/story-1");
        assertThat(d.id()).isEqualTo("https://news.example.org/2026/own-story");
        assertThat(d.meta()).containsEntry("canonical", "https://other.example.com/2026/story");
        Document both = parse(story(1, "<link rel=canonical href='https://other.example.com/2026/story'>"),
                "https://news.example.org/2026/story-1");
        assertThat(both.id()).isEqualTo("https://news.example.org/2026/story-1");
        // Without a URL of its own (a file) the other host cannot be told apart: the canonical is taken.
        assertThat(parse(story(1, head), "file:/in/a.html").id()).isEqualTo("https://other.example.com/2026/story");
    }

    @Test
    void sharedByThreads() throws Exception {
        byte[] page = resource("news-article.html");
        String expected = format.parse(new Payload(page, "u", RECEIVED)).get(0).body();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                results.add(pool.submit(() -> format.parse(new Payload(page, "u", RECEIVED)).get(0).body()));
            }
            for (Future<String> f : results) {
                assertThat(f.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void factoryDeclaresSettings() throws Exception {
        HtmlFormatFactory factory = new HtmlFormatFactory();
        assertThat(factory.type()).isEqualTo("html");
        assertThat(factory.settings()).extracting(s -> s.name()).containsExactly("keep_html", "min_paragraph_chars", "max_page_mb");
        assertThat(factory.create(null, Settings.empty())).isInstanceOf(HtmlFormat.class);
    }
}
