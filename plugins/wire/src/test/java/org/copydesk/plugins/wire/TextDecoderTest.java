package org.copydesk.plugins.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.copydesk.api.FormatException;
import org.junit.jupiter.api.Test;

class TextDecoderTest {

    @Test
    void textThatIsAlreadyNormalIsReturnedUnchanged() {
        String text = "Headline\n\nLIMA, May 2 (Reuters) - Body.\n";
        assertThat(TextDecoder.normalise(text)).isSameAs(text);
    }

    @Test
    void lineEndsAndTrailingWhiteSpaceAreNormalised() {
        assertThat(TextDecoder.normalise("a  \r\nb\t\rc\u00A0\nd \n  \ne  ")).isEqualTo("a\nb\nc\nd\n\ne");
        assertThat(TextDecoder.normalise("only a trailing space ")).isEqualTo("only a trailing space");
        assertThat(TextDecoder.normalise("inner  spaces stay\n")).isEqualTo("inner  spaces stay\n");
        assertThat(TextDecoder.normalise("")).isEmpty();
    }

    @Test
    void validUtf8IsReadAsUtf8EvenWithAReplacementCharacterInIt() throws Exception {
        assertThat(TextDecoder.decode("Zürich – “quoted”".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("Zürich – “quoted”");
        // U+FFFD written on purpose is valid UTF-8: the strict decoder confirms it
        assertThat(TextDecoder.decode("bad char \uFFFD here".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("bad char \uFFFD here");
    }

    @Test
    void invalidUtf8IsReadAsWindows1252() throws Exception {
        byte[] cp1252 = "Bogotá – “dijo”".getBytes(Charset.forName("windows-1252"));
        assertThat(TextDecoder.decode(cp1252)).isEqualTo("Bogotá – “dijo”");
    }

    @Test
    void aUtf8ByteOrderMarkWithInvalidBytesAfterItIsRefused() {
        byte[] bytes = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', (byte) 0xE9, 'b'};
        assertThatThrownBy(() -> TextDecoder.decode(bytes)).isInstanceOf(FormatException.class)
                .hasMessageContaining("not valid UTF-8");
    }

    @Test
    void binaryDataAfterAUtf16ByteOrderMarkIsRefusedAsBinary() throws Exception {
        byte[] bytes = new byte[64];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xFE;
        for (int i = 4; i < bytes.length; i++) {
            bytes[i] = (byte) (i % 11);
        }
        bytes[bytes.length - 4] = '\n';
        assertThatThrownBy(() -> TextDecoder.decode(bytes)).isInstanceOf(FormatException.class)
                .hasMessage("binary data, not text");
        byte[] odd = {(byte) 0xFE, (byte) 0xFF, 0, 'a', 0};
        assertThatThrownBy(() -> TextDecoder.decode(odd)).isInstanceOf(FormatException.class)
                .hasMessageContaining("not valid UTF-16");
        String text = "Headline\n\nZürich – “quoted”.\n";
        assertThat(TextDecoder.decode(("\uFEFF" + text).getBytes(StandardCharsets.UTF_16LE))).isEqualTo(text);
        assertThat(TextDecoder.decode(text.getBytes(StandardCharsets.UTF_16))).isEqualTo(text);
    }
}
