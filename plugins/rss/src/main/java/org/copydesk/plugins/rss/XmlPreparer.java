package org.copydesk.plugins.rss;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.copydesk.api.FormatException;
import org.jsoup.nodes.Entities;

/**
 * Makes decoded feed text safe and well-formed enough for a strict XML parser, the way a browser would read it.
 *
 * <ul>
 *   <li>The XML declaration is removed (the text is already decoded).</li>
 *   <li>A DOCTYPE is removed. Its internal subset may declare simple text entities, which are substituted; an
 *       external general entity (SYSTEM/PUBLIC, the XXE attack) or an entity whose value refers to other entities
 *       (the "billion laughs" expansion) is refused with a {@link FormatException}. Nothing is ever fetched.</li>
 *   <li>Outside CDATA sections and comments: HTML named entities (&amp;nbsp;, &amp;eacute;) become numeric
 *       references, numeric references missing their ';' are completed, and a bare '&amp;' becomes &amp;amp;.</li>
 *   <li>Characters that XML 1.0 forbids (control characters) are dropped; C1 controls (U+0080-U+009F), which are
 *       windows-1252 punctuation stored wrongly, become that punctuation.</li>
 * </ul>
 */
final class XmlPreparer {
    static final int MAX_ENTITIES = 100;
    static final int MAX_EXPANSION_CHARS = 1_000_000;
    /** Feeds nest a few levels (item HTML a few more); deeper text is refused before any parser builds a tree. */
    static final int MAX_DEPTH = 256;

    private static final Pattern XML_DECL = Pattern.compile("<\\?xml\\s[^>]*?\\?>|<\\?xml\\?>");
    private static final Pattern ENTITY_DECL = Pattern.compile(
            "<!ENTITY\\s+(%\\s+)?([\\w.:-]+)\\s+(?:(SYSTEM|PUBLIC)\\b[^>]*|\"([^\"]*)\"|'([^']*)')\\s*>");
    private static final Pattern ENTITY_WORD = Pattern.compile("<!ENTITY\\b");
    private static final Pattern REF = Pattern.compile("&(#[xX]([0-9a-fA-F]{1,8});?|#([0-9]{1,10});?|([A-Za-z][A-Za-z0-9]{0,31});)?");

    private XmlPreparer() {
    }

    static String prepare(String text) throws FormatException {
        String s = stripXmlDeclarations(text);
        Map<String, String> entities = new LinkedHashMap<>();
        s = stripDoctype(s, entities);
        s = fixReferences(s, entities);
        s = dropInvalidChars(s);
        int depth = nestingDepth(s, MAX_DEPTH);
        if (depth > MAX_DEPTH) {
            throw new FormatException("XML nested over " + MAX_DEPTH + " levels deep refused");
        }
        return s;
    }

    private static String stripXmlDeclarations(String s) {
        int limit = Math.min(s.length(), 4096);
        Matcher m = XML_DECL.matcher(s).region(0, limit);
        StringBuilder out = null;
        int last = 0;
        while (m.find()) {
            if (out == null) {
                out = new StringBuilder(s.length());
            }
            out.append(s, last, m.start());
            last = m.end();
        }
        if (out == null) {
            return s;
        }
        out.append(s, last, s.length());
        return out.toString();
    }

    /** Removes a DOCTYPE and collects the simple internal entities it declares. */
    private static String stripDoctype(String s, Map<String, String> entities) throws FormatException {
        int start = doctypeStart(s);
        if (start < 0) {
            return s;
        }
        int i = start + 9;
        int depth = 0;
        char quote = 0;
        int end = -1;
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (depth > 0 && (s.startsWith("<!--", i) || s.startsWith("<?", i))) {
                // a comment or processing instruction in the internal subset: its quotes delimit nothing (review 5
                // #5: "<!-- the site's entities -->" was "unterminated")
                int close = s.indexOf(s.charAt(i + 1) == '!' ? "-->" : "?>", i + 2);
                if (close < 0) {
                    break;
                }
                i = close + (s.charAt(i + 1) == '!' ? 2 : 1);
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '[') {
                depth++;
            } else if (c == ']') {
                depth--;
            } else if (c == '>' && depth <= 0) {
                end = i + 1;
                break;
            }
        }
        if (end < 0) {
            throw new FormatException("not a feed: unterminated XML DOCTYPE");
        }
        String doctype = s.substring(start, end);
        Matcher words = ENTITY_WORD.matcher(doctype);
        int declared = 0;
        while (words.find()) {
            declared++;
        }
        if (declared > MAX_ENTITIES) {
            throw new FormatException("XML DOCTYPE with " + declared + " entity declarations refused (entity expansion)");
        }
        Matcher m = ENTITY_DECL.matcher(doctype);
        int parsed = 0;
        while (m.find()) {
            parsed++;
            boolean parameter = m.group(1) != null;
            String name = m.group(2);
            if (m.group(3) != null) {
                if (parameter) {
                    continue; // an external DTD reference: never loaded, and harmless once the DOCTYPE is gone
                }
                throw new FormatException("XML DOCTYPE with external entity '" + name + "' refused (XXE)");
            }
            String value = m.group(4) != null ? m.group(4) : m.group(5);
            if (parameter) {
                continue;
            }
            if (value.indexOf('&') >= 0 || value.indexOf('%') >= 0 || value.indexOf('<') >= 0) {
                throw new FormatException("XML DOCTYPE with nested entity '" + name
                        + "' refused (entity expansion, e.g. billion laughs)");
            }
            entities.putIfAbsent(name, value);
        }
        if (parsed < declared) {
            throw new FormatException("XML DOCTYPE with an entity declaration that cannot be read safely refused");
        }
        return s.substring(0, start) + s.substring(end);
    }

    private static String fixReferences(String s, Map<String, String> entities) throws FormatException {
        StringBuilder out = new StringBuilder(s.length() + 64);
        long expanded = 0;
        int i = 0;
        int n = s.length();
        int lt = s.indexOf("<!");
        Matcher m = REF.matcher(s);
        while (i < n) {
            int amp = s.indexOf('&', i);
            if (lt >= 0 && lt < i) {
                lt = s.indexOf("<!", i);
            }
            if (amp < 0) {
                out.append(s, i, n);
                break;
            }
            if (lt >= 0 && lt < amp) {
                int close = -1;
                if (s.startsWith("<![CDATA[", lt)) {
                    close = s.indexOf("]]>", lt);
                    close = close < 0 ? n : close + 3;
                } else if (s.startsWith("<!--", lt)) {
                    close = s.indexOf("-->", lt + 4);
                    close = close < 0 ? n : close + 3;
                } else {
                    close = lt + 2;
                }
                out.append(s, i, close);
                i = close;
                continue;
            }
            out.append(s, i, amp);
            m.region(amp, Math.min(n, amp + 45));
            m.lookingAt();
            String hex = m.group(2);
            String dec = m.group(3);
            String name = m.group(4);
            if (hex != null || dec != null) {
                long cp;
                try {
                    cp = hex != null ? Long.parseLong(hex, 16) : Long.parseLong(dec);
                } catch (NumberFormatException e) {
                    cp = -1;
                }
                if (cp >= 0x80 && cp <= 0x9f) {
                    cp = windows1252(cp);
                }
                if (validXmlChar(cp)) {
                    out.append("&#").append(cp).append(';');
                }
                i = m.end();
            } else if (name != null) {
                String v;
                if (name.equals("amp") || name.equals("lt") || name.equals("gt") || name.equals("quot")
                        || name.equals("apos")) {
                    out.append(m.group());
                } else if ((v = entities.get(name)) != null) {
                    expanded += v.length();
                    if (expanded > MAX_EXPANSION_CHARS) {
                        throw new FormatException("XML entity expansion over " + MAX_EXPANSION_CHARS + " characters refused");
                    }
                    out.append(escapeText(v));
                } else {
                    String chars = Entities.getByName(name);
                    if (!chars.isEmpty()) {
                        chars.codePoints().forEach(cp -> out.append("&#").append(cp).append(';'));
                    } else {
                        out.append("&amp;").append(name).append(';');
                    }
                }
                i = m.end();
            } else {
                out.append("&amp;");
                i = amp + 1;
            }
        }
        return out.toString();
    }

    /**
     * HTML void elements, which ill-formed feeds write unclosed inside descriptions ({@code <br>}, {@code <img ...>});
     * without {@code link}, {@code meta} and {@code source}, which feeds use as elements with content.
     */
    static final Set<String> HTML_VOID = Set.of("area", "base", "br", "col", "embed", "hr", "img", "input", "param",
            "track", "wbr");

    /**
     * The deepest element nesting of (possibly ill-formed) XML text, counted from start and end tags as a lenient
     * tree builder nests them: an end tag closes the nearest open element of its name and everything opened inside
     * it (an end tag with no open element of its name is ignored), and an HTML void element ({@link #HTML_VOID})
     * opens nothing. So an unclosed {@code <br>} in a description costs nothing, and an unclosed tag of any other name
     * one level until its parent closes, not one level for the rest of the document (review 5 #5: a feed with 127
     * items of two {@code <br>} each was refused as "nested over 256 levels"). Stops counting once past
     * {@code limit}. Comments, CDATA, processing instructions and declarations are skipped.
     */
    static int nestingDepth(String s, int limit) {
        java.util.ArrayList<String> open = new java.util.ArrayList<>();
        int max = 0;
        int i = 0;
        int n = s.length();
        while ((i = s.indexOf('<', i)) >= 0 && i + 1 < n) {
            char c = s.charAt(i + 1);
            int end;
            if (s.startsWith("<!--", i)) {
                end = s.indexOf("-->", i + 4);
                end = end < 0 ? n : end + 3;
            } else if (s.startsWith("<![CDATA[", i)) {
                end = s.indexOf("]]>", i + 9);
                end = end < 0 ? n : end + 3;
            } else if (c == '?' || c == '!') {
                end = s.indexOf('>', i + 2);
                end = end < 0 ? n : end + 1;
            } else if (c == '/') {
                end = s.indexOf('>', i + 2);
                end = end < 0 ? n : end + 1;
                String name = tagName(s, i + 2);
                for (int k = open.size() - 1; k >= 0; k--) {
                    if (open.get(k).equals(name)) {
                        open.subList(k, open.size()).clear();
                        break;
                    }
                }
            } else if (Character.isLetter(c) || c == '_' || c == ':') {
                end = tagEnd(s, i + 1);
                if (end < 0) {
                    break;
                }
                String name = tagName(s, i + 1);
                if (s.charAt(end - 2) != '/' && !HTML_VOID.contains(name)) {
                    open.add(name);
                    max = Math.max(max, open.size());
                    if (max > limit) {
                        return max;
                    }
                }
            } else {
                end = i + 1;
            }
            i = end;
        }
        return max;
    }

    /** The lower-case name of a tag whose name starts at {@code from}. */
    private static String tagName(String s, int from) {
        int k = from;
        while (k < s.length() && !Character.isWhitespace(s.charAt(k)) && s.charAt(k) != '>' && s.charAt(k) != '/') {
            k++;
        }
        return s.substring(from, k).toLowerCase(java.util.Locale.ROOT);
    }

    /** Index just after the '>' that ends a start tag, skipping quoted attribute values; -1 when unterminated. */
    private static int tagEnd(String s, int from) {
        char quote = 0;
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                return i + 1;
            }
        }
        return -1;
    }

    private static String escapeText(String v) {
        return v.replace("&", "&amp;").replace("<", "&lt;");
    }

    private static long windows1252(long cp) {
        byte[] b = {(byte) cp};
        String s = new String(b, java.nio.charset.Charset.forName("windows-1252"));
        return s.isEmpty() || s.charAt(0) == '\ufffd' ? cp : s.codePointAt(0);
    }

    private static boolean validXmlChar(long cp) {
        return cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF) || (cp >= 0xE000 && cp <= 0xFFFD)
                || (cp >= 0x10000 && cp <= 0x10FFFF);
    }

    private static String dropInvalidChars(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean bad = (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0xFFFE || c == 0xFFFF;
            boolean c1 = c >= 0x80 && c <= 0x9f;
            if ((bad || c1) && out == null) {
                out = new StringBuilder(s.length());
                out.append(s, 0, i);
            }
            if (c1) {
                out.appendCodePoint((int) windows1252(c)); // "smart quotes" stored as C1 controls
            } else if (!bad && out != null) {
                out.append(c);
            }
        }
        return out == null ? s : out.toString();
    }

    /** Index of a DOCTYPE in the prolog (after comments and processing instructions only), or -1. */
    private static int doctypeStart(String s) {
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\ufeff') {
                i++;
            } else if (s.startsWith("<!--", i)) {
                int end = s.indexOf("-->", i + 4);
                if (end < 0) {
                    return -1;
                }
                i = end + 3;
            } else if (s.startsWith("<?", i)) {
                int end = s.indexOf("?>", i + 2);
                if (end < 0) {
                    return -1;
                }
                i = end + 2;
            } else if (s.regionMatches(true, i, "<!DOCTYPE", 0, 9)) {
                return i;
            } else {
                return -1;
            }
        }
        return -1;
    }
}
