package org.copydesk.plugins.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.copydesk.api.Document;
import org.copydesk.api.Format;
import org.copydesk.api.FormatException;
import org.copydesk.testkit.Payloads;
import org.copydesk.testkit.Stages;
import org.junit.jupiter.api.Test;

class WireFormatTest {
    private final Format wire = Stages.format(new WireFormatFactory(), "");

    /** A fictional story laid out as MENAFN distributes KUNA copy: one paragraph per line. */
    static final String STORY = String.join("\n",
            "Kuwait Hosts Gulf Desalination Forum",
            "(MENAFN- Kuwait News Agency (KUNA)) KUWAIT, Nov 22 (KUNA) -- Kuwait opened a two-day forum on"
                    + " desalination on Saturday, the Ministry of Electricity said.",
            "\"Water security is national security,\" the minister told delegates.",
            "The forum ends on Sunday. (end) mb.gb",
            "");

    private Document parse(String text) throws FormatException {
        List<Document> docs = wire.parse(Payloads.text(text));
        assertThat(docs).hasSize(1);
        return docs.get(0);
    }

    @Test
    void splitsHeadlineCreditDatelineBodyAndEndMarker() throws Exception {
        Document d = parse(STORY);
        assertThat(d.headline()).isEqualTo("Kuwait Hosts Gulf Desalination Forum");
        assertThat(d.distributor()).isEqualTo("MENAFN");
        assertThat(d.provider()).isEqualTo("Kuwait News Agency (KUNA)");
        assertThat(d.dateline().raw()).isEqualTo("KUWAIT, Nov 22 (KUNA) --");
        assertThat(d.dateline().city()).isNull();
        assertThat(STORY.substring(d.dateline().start(), d.dateline().end())).isEqualTo("KUWAIT, Nov 22 (KUNA) --");
        assertThat(d.body()).isEqualTo("Kuwait opened a two-day forum on desalination on Saturday, the Ministry of"
                + " Electricity said.\n\n\"Water security is national security,\" the minister told delegates.\n\n"
                + "The forum ends on Sunday.");
        assertThat(STORY.substring(d.bodyOffset())).startsWith("Kuwait opened a two-day forum");
        assertThat(d.source().format()).isEqualTo("wire");
        assertThat(d.source().received()).isEqualTo(Payloads.RECEIVED);
    }

    @Test
    void readsWindowsLineEndsBomAndTrailingWhitespace() throws Exception {
        byte[] utf8 = STORY.replace("\n", "   \r\n").getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[utf8.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, withBom, 3, utf8.length);
        Document d = wire.parse(Payloads.bytes(withBom, "test:/bom.txt")).get(0);
        assertThat(d.headline()).isEqualTo("Kuwait Hosts Gulf Desalination Forum");
        assertThat(d.body()).endsWith("The forum ends on Sunday.").doesNotContain("\r");
    }

    @Test
    void readsWindows1252() throws Exception {
        String story = "Caf\u00e9 owners protest\nPARIS, 28 avril 2025 (AFP) - Les propri\u00e9taires de caf\u00e9s"
                + " ont manifest\u00e9 \u2014 \u00ab assez \u00bb, disent-ils.\n";
        Document d = wire.parse(Payloads.bytes(story.getBytes(Charset.forName("windows-1252")), "test:/fr.txt")).get(0);
        assertThat(d.headline()).isEqualTo("Caf\u00e9 owners protest");
        assertThat(d.dateline().raw()).isEqualTo("PARIS, 28 avril 2025 (AFP) -");
        assertThat(d.body()).contains("propri\u00e9taires").contains("\u00ab assez \u00bb");
    }

    @Test
    void hardWrappedParagraphsSeparatedByBlankLinesAreJoined() throws Exception {
        String story = "Canada oil output rises\n\nCALGARY, Alberta - Oil output in the province rose\n"
                + "three pct in January, officials said.\n\nThey gave no forecast.\n";
        Document d = parse(story);
        assertThat(d.dateline().raw()).isEqualTo("CALGARY, Alberta -");
        assertThat(d.body()).isEqualTo("Oil output in the province rose three pct in January, officials said.\n\n"
                + "They gave no forecast.");
    }

    @Test
    void datelineOverALineBreakOfAnIndentedParagraphHasSourceOffsets() throws Exception {
        String story = "Head\n\n  NEW YORK, Feb 26\n  (Reuters) - Stocks rose on Monday.\n\nMore text.\n";
        Document d = parse(story);
        assertThat(d.dateline().raw()).isEqualTo("NEW YORK, Feb 26\n  (Reuters) -");
        assertThat(story.substring(d.dateline().start(), d.dateline().end())).isEqualTo(d.dateline().raw());
        assertThat(story.substring(d.bodyOffset())).startsWith("Stocks rose");
        assertThat(d.body()).startsWith("Stocks rose on Monday.");
        Document c = parse("Head\n\n  (MENAFN- Kuwait News Agency (KUNA))\n  KUWAIT, Nov 22 (KUNA) -- Text.\n\nMore.\n");
        assertThat(c.dateline().raw()).isEqualTo("KUWAIT, Nov 22 (KUNA) --");
        assertThat(c.dateline().start()).isEqualTo(46);
    }

    @Test
    void noDatelineIsInventedForOrdinarySentences() throws Exception {
        Document d = parse("Markets slide\nU.S. stocks fell on Monday, dragged down by banks.\n");
        assertThat(d.dateline()).isNull();
        assertThat(d.body()).isEqualTo("U.S. stocks fell on Monday, dragged down by banks.");
        Document n = parse("Alliance meets\nNATO, the 32-member alliance, said it would meet - again.\n");
        assertThat(n.dateline()).isNull();
    }

    /** A long run of spaces inside a line made the end-marker search quadratic (19 s for 200 KB, review). */
    @Test
    void endMarkerSearchAfterALongRunOfSpaces() {
        String spaces = " ".repeat(200_000);
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            assertThat(parse("Head\nBody x" + spaces + "y\n").body()).isEqualTo("Body x" + spaces + "y");
            assertThat(parse("Head\nBody x" + spaces + "y (end) ab.cd\n").body()).isEqualTo("Body x" + spaces + "y");
            assertThat(parse("Head\nBody x" + spaces + "(END)\n").body()).isEqualTo("Body x");
        });
    }

    /** Every trailing blank line rescanned the rest of the text: quadratic (48 s for 600,000 newlines, review). */
    @Test
    void manyTrailingBlankLines() {
        String newlines = "\n".repeat(600_000);
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            assertThat(parse("Head\nFirst line\nSecond line\n" + newlines).body())
                    .isEqualTo("First line\n\nSecond line");
            assertThat(parse("Head\n\nFirst line\nwrapped\n" + newlines + "Second\n" + newlines).body())
                    .isEqualTo("First line wrapped\n\nSecond");
        });
    }

    @Test
    void badInputGetsAReason() {
        assertThatThrownBy(() -> wire.parse(Payloads.bytes(new byte[0], "test:/e"))).hasMessage("empty file");
        assertThatThrownBy(() -> wire.parse(Payloads.text("  \n\n \n"))).hasMessage("empty file (only white space)");
        assertThatThrownBy(() -> wire.parse(Payloads.text("Only a headline\n")))
                .hasMessage("no body: the file has only a headline line");
        assertThatThrownBy(() -> wire.parse(Payloads.bytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13},
                "test:/x.png"))).hasMessage("binary data, not text");
        assertThatThrownBy(() -> wire.parse(Payloads.text("Headline\n(MENAFN- KUNA) TOKYO, April 28 (KUNA) -- (end)\n")))
                .isInstanceOf(FormatException.class).hasMessageStartingWith("no body");
    }
}
