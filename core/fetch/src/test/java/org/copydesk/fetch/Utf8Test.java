package org.copydesk.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Utf8Test {
    @Test
    void acceptsUtf8AndRefusesWindows1252() {
        String text = "Gr\u00fc\u00dfe \u201cquoted\u201d \u2014 \u4e2d\u6587 \ud83d\ude00";
        assertThat(Utf8.isValid(text.getBytes(StandardCharsets.UTF_8))).isTrue();
        assertThat(Utf8.isValid(new byte[0])).isTrue();
        assertThat(Utf8.isValid("plain ASCII".getBytes(StandardCharsets.US_ASCII))).isTrue();
        assertThat(Utf8.isValid("Gr\u00fc\u00dfe \u201cquoted\u201d".getBytes(Charset.forName("windows-1252")))).isFalse();
    }

    @Test
    void refusesTruncatedAndOverlongSequences() {
        assertThat(Utf8.isValid(new byte[] {(byte) 0xe2, (byte) 0x80})).as("cut after two of three bytes").isFalse();
        assertThat(Utf8.isValid(new byte[] {(byte) 0xc0, (byte) 0xaf})).as("overlong '/'").isFalse();
        assertThat(Utf8.isValid(new byte[] {(byte) 0xed, (byte) 0xa0, (byte) 0x80})).as("a lone surrogate").isFalse();
    }
}
