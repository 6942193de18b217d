package org.copydesk.plugins.html;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.copydesk.fetch.Utf8;

/**
 * Decodes page bytes: byte-order mark, then the charset of the HTTP content type, then {@code <meta charset>} or
 * {@code <meta http-equiv="Content-Type">} in the first 8 KB, then detection (valid UTF-8, else windows-1252).
 * ISO-8859-1 and US-ASCII labels are read as windows-1252, as browsers do.
 */
final class PageCharset {
    private static final Pattern HTTP_CHARSET = Pattern.compile("(?i)charset\\s*=\\s*[\"']?([\\w.:-]+)");
    private static final Pattern META_CHARSET = Pattern.compile(
            "(?i)<meta\\s[^>]*?charset\\s*=\\s*[\"']?\\s*([\\w.:-]+)");
    private static final Pattern XML_ENCODING = Pattern.compile("^\\s*<\\?xml[^>]*encoding\\s*=\\s*[\"']([\\w.:-]+)");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private PageCharset() {
    }

    static String decode(byte[] bytes, String contentType) {
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf) {
            return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xfe && (bytes[1] & 0xff) == 0xff) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xfe) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        Charset http = contentType == null ? null : named(find(HTTP_CHARSET, contentType));
        if (http != null) {
            return new String(bytes, http);
        }
        String head = new String(bytes, 0, Math.min(bytes.length, 8192), StandardCharsets.ISO_8859_1);
        Charset declared = named(find(META_CHARSET, head));
        if (declared == null) {
            declared = named(find(XML_ENCODING, head));
        }
        if (declared != null && !declared.name().startsWith("UTF-16") && !declared.name().startsWith("UTF-32")) {
            if (declared.equals(StandardCharsets.UTF_8) && !Utf8.isValid(bytes)) {
                return new String(bytes, WINDOWS_1252);
            }
            return new String(bytes, declared);
        }
        return Utf8.isValid(bytes) ? new String(bytes, StandardCharsets.UTF_8) : new String(bytes, WINDOWS_1252);
    }

    private static String find(Pattern p, String s) {
        Matcher m = p.matcher(s);
        return m.find() ? m.group(1) : null;
    }

    /**
     * The charset a label names; any label of ISO-8859-1 or US-ASCII (iso8859-1, ISO_8859-1, l1, cp819,
     * ANSI_X3.4-1968, ...) gives windows-1252, as the HTML standard says. The resolved charsets are compared, not
     * the labels: only four exact labels were mapped, so the others decoded as true Latin-1 (curly quotes became
     * C1 controls) or as ASCII (every byte over 127 became U+FFFD) (review B7).
     */
    // Not shared with rss FeedCharset.named: that one maps more Latin-1 aliases; sharing would change page decoding.
    static Charset named(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String n = name.trim().toLowerCase(Locale.ROOT);
        if (n.equals("latin1")) {
            return WINDOWS_1252;
        }
        Charset c;
        try {
            c = Charset.forName(n);
        } catch (RuntimeException e) {
            return null;
        }
        return c.equals(StandardCharsets.ISO_8859_1) || c.equals(StandardCharsets.US_ASCII) ? WINDOWS_1252 : c;
    }
}
