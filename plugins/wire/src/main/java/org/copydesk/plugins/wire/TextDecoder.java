package org.copydesk.plugins.wire;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.copydesk.api.FormatException;

/**
 * Bytes of a text file to normalised text: UTF-8 (with or without BOM) or UTF-16 with BOM; anything that is not
 * valid UTF-8 is read as Windows-1252 (a superset of Latin-1's printable range, and what agency feeds that are not
 * UTF-8 use). Binary data is refused. Line ends become {@code \n} and trailing white space is removed from lines.
 */
final class TextDecoder {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextDecoder() {
    }

    static String decode(byte[] bytes) throws FormatException {
        if (bytes.length == 0) {
            throw new FormatException("empty file");
        }
        String text;
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            text = strictUtf8(bytes, 3);
            if (text == null) {
                throw new FormatException("not valid UTF-8 although it starts with a UTF-8 byte-order mark");
            }
        } else if (startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF)) {
            // Binary data after a UTF-16 BOM was decoded leniently and never checked, and then failed with a
            // misleading reason such as "no body" (review): decode strictly and check the decoded characters.
            text = strictUtf16(bytes, bytes[0] == (byte) 0xFF ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE);
            if (text == null) {
                throw new FormatException("not valid UTF-16 although it starts with a UTF-16 byte-order mark");
            }
            if (looksBinary(text)) {
                throw new FormatException("binary data, not text");
            }
        } else {
            if (looksBinary(bytes)) {
                throw new FormatException("binary data, not text");
            }
            text = strictUtf8(bytes, 0);
            if (text == null) {
                text = new String(bytes, WINDOWS_1252);
            }
        }
        return normalise(text);
    }

    /** NUL bytes or many control characters in the first 8 KB mean binary. */
    private static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, 8192);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                control++;
            }
        }
        return control > n / 20;
    }

    /** The same test on decoded UTF-16 text: NUL or many control characters in the first 8 K characters. */
    private static boolean looksBinary(String text) {
        int n = Math.min(text.length(), 8192);
        int control = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return true;
            }
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                control++;
            }
        }
        return control > n / 20;
    }

    private static String strictUtf16(byte[] bytes, Charset charset) {
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, 2, bytes.length - 2)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static String strictUtf8(byte[] bytes, int offset) {
        // The JDK's lenient decoder is intrinsic and several times faster; it turns every malformed sequence into
        // U+FFFD, so a result without U+FFFD proves the bytes were valid. Only otherwise is the strict decoder run.
        String fast = new String(bytes, offset, bytes.length - offset, StandardCharsets.UTF_8);
        if (fast.indexOf('\uFFFD') < 0) {
            return fast;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** {@code \r\n} and {@code \r} to {@code \n}; trailing spaces and tabs off every line. */
    static String normalise(String text) {
        return alreadyNormal(text) ? text : rewrite(text);
    }

    /** No carriage return and no line ending in white space: most agency copy, returned as it is. */
    private static boolean alreadyNormal(String text) {
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\r' || c == '\n' && i > 0 && trailingSpace(text.charAt(i - 1))) {
                return false;
            }
        }
        return n == 0 || !trailingSpace(text.charAt(n - 1));
    }

    private static boolean trailingSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u00A0';
    }

    private static String rewrite(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int lineEnd = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                c = '\n';
            }
            if (c == '\n') {
                out.setLength(lineEnd);
                out.append('\n');
                lineEnd = out.length();
            } else {
                out.append(c);
                if (!trailingSpace(c)) {
                    lineEnd = out.length();
                }
            }
        }
        out.setLength(lineEnd);
        return out.toString();
    }
}
