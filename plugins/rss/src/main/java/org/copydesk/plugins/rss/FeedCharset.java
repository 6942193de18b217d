package org.copydesk.plugins.rss;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.copydesk.fetch.Utf8;

/**
 * Turns feed bytes into text. Order: byte-order mark, the charset of the HTTP content type, the XML declaration's
 * encoding, then detection (UTF-16/32 by their first bytes, valid UTF-8, else windows-1252). ISO-8859-1 and
 * US-ASCII are read as windows-1252, as browsers do, so "smart quotes" in the 0x80-0x9F range survive. One exception
 * to "HTTP wins": an HTTP label of ISO-8859-1, US-ASCII or windows-1252 on bytes that are valid UTF-8 with at least one
 * multi-byte sequence, whose XML declaration says UTF-8 or no encoding, is read as UTF-8 with a warning. Old Apache
 * and Tomcat setups send {@code text/xml; charset=ISO-8859-1} for feeds that are really UTF-8, and every non-ASCII
 * character became mojibake (review 5 #15); Latin-1 text is almost never valid UTF-8 with such sequences.
 */
final class FeedCharset {
    private static final Pattern HTTP_CHARSET = Pattern.compile("(?i)charset\\s*=\\s*[\"']?([\\w.:-]+)");
    private static final Pattern XML_ENCODING =
            Pattern.compile("^\\s*(?:<!--.*?-->\\s*)*<\\?xml[^>]*?encoding\\s*=\\s*[\"']([\\w.:-]+)[\"']", Pattern.DOTALL);
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private FeedCharset() {
    }

    /**
     * The decoded text and the charset used.
     *
     * @param warning why the charset is not the one the HTTP header named, or null
     */
    record Decoded(String text, Charset charset, String warning) {
        Decoded(String text, Charset charset) {
            this(text, charset, null);
        }
    }

    static Decoded decode(byte[] bytes, String contentType) {
        Charset bom = bomCharset(bytes);
        if (bom != null) {
            int skip = bom.equals(StandardCharsets.UTF_8) ? 3 : bom.name().startsWith("UTF-32") ? 4 : 2;
            return new Decoded(new String(bytes, skip, bytes.length - skip, bom), bom);
        }
        String label = contentType == null ? null : match(HTTP_CHARSET, contentType);
        Charset http = named(label);
        if (http != null) {
            if (http.equals(WINDOWS_1252) && reallyUtf8(bytes)) {
                return new Decoded(new String(bytes, StandardCharsets.UTF_8), StandardCharsets.UTF_8,
                        "the server says charset=" + label + " but the feed is valid UTF-8 with non-ASCII characters"
                                + " and declares UTF-8 or no encoding; read as UTF-8");
            }
            return new Decoded(lenient(bytes, http), http);
        }
        Charset utf16 = sniffUtf16(bytes);
        if (utf16 != null) {
            return new Decoded(lenient(bytes, utf16), utf16);
        }
        String head = new String(bytes, 0, Math.min(bytes.length, 1024), StandardCharsets.ISO_8859_1);
        Charset declared = named(match(XML_ENCODING, head));
        if (declared != null && !declared.name().startsWith("UTF-16") && !declared.name().startsWith("UTF-32")) {
            if (declared.equals(StandardCharsets.UTF_8) && !Utf8.isValid(bytes)) {
                return new Decoded(lenient(bytes, WINDOWS_1252), WINDOWS_1252);
            }
            return new Decoded(lenient(bytes, declared), declared);
        }
        if (Utf8.isValid(bytes)) {
            return new Decoded(new String(bytes, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        }
        return new Decoded(lenient(bytes, WINDOWS_1252), WINDOWS_1252);
    }

    /**
     * Valid UTF-8 with at least one multi-byte sequence, and an XML declaration that names UTF-8 or no encoding (one
     * that names another charset is believed, as is pure ASCII, which reads the same either way).
     */
    private static boolean reallyUtf8(byte[] bytes) {
        boolean multiByte = false;
        for (byte b : bytes) {
            if (b < 0) {
                multiByte = true;
                break;
            }
        }
        if (!multiByte || !Utf8.isValid(bytes)) {
            return false;
        }
        String head = new String(bytes, 0, Math.min(bytes.length, 1024), StandardCharsets.ISO_8859_1);
        String declared = match(XML_ENCODING, head);
        return declared == null || declared.equalsIgnoreCase("utf-8") || declared.equalsIgnoreCase("utf8");
    }

    // Not shared with html PageCharset.named: this one maps more Latin-1 aliases; sharing would change feed decoding.
    /** A charset by name, mapping Latin-1 and ASCII to windows-1252; null when unknown or unsupported. */
    static Charset named(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String n = name.trim().toLowerCase(Locale.ROOT);
        if (n.equals("iso-8859-1") || n.equals("latin1") || n.equals("latin-1") || n.equals("us-ascii")
                || n.equals("ascii") || n.equals("iso8859-1") || n.equals("iso_8859-1")) {
            return WINDOWS_1252;
        }
        try {
            return Charset.forName(n);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String match(Pattern p, String s) {
        Matcher m = p.matcher(s);
        return m.find() ? m.group(1) : null;
    }

    private static Charset bomCharset(byte[] b) {
        if (b.length >= 4 && b[0] == 0 && b[1] == 0 && (b[2] & 0xff) == 0xfe && (b[3] & 0xff) == 0xff) {
            return Charset.forName("UTF-32BE");
        }
        if (b.length >= 4 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe && b[2] == 0 && b[3] == 0) {
            return Charset.forName("UTF-32LE");
        }
        if (b.length >= 3 && (b[0] & 0xff) == 0xef && (b[1] & 0xff) == 0xbb && (b[2] & 0xff) == 0xbf) {
            return StandardCharsets.UTF_8;
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xfe && (b[1] & 0xff) == 0xff) {
            return StandardCharsets.UTF_16BE;
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    private static Charset sniffUtf16(byte[] b) {
        if (b.length >= 4 && b[0] == 0 && b[1] == 0 && b[2] == 0 && b[3] == '<') {
            return Charset.forName("UTF-32BE");
        }
        if (b.length >= 4 && b[0] == '<' && b[1] == 0 && b[2] == 0 && b[3] == 0) {
            return Charset.forName("UTF-32LE");
        }
        if (b.length >= 2 && b[0] == 0 && b[1] == '<') {
            return StandardCharsets.UTF_16BE;
        }
        if (b.length >= 2 && b[0] == '<' && b[1] == 0) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    private static String lenient(byte[] bytes, Charset cs) {
        return new String(bytes, cs);
    }
}
