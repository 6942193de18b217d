package org.copydesk.plugins.rss;

import java.io.IOException;
import java.io.StringReader;
import org.copydesk.api.FormatException;
import org.jdom2.Document;
import org.jdom2.JDOMException;
import org.jdom2.input.SAXBuilder;
import org.jdom2.input.sax.XMLReaders;
import java.util.HashSet;
import java.util.Set;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Reads prepared feed text into a JDOM document: first with a strict, hardened XML parser (no DOCTYPE, no external
 * entities, no DTD loading); when that fails, leniently with jsoup's XML tree builder, which recovers from unclosed
 * tags, truncated files and stray markup the way a browser does.
 */
final class FeedXmlReader {
    private FeedXmlReader() {
    }

    /** The parsed tree and, when the strict parser failed, why (the feed is then not well-formed). */
    record Parsed(Document document, String strictError) {
    }

    static Parsed read(String prepared) throws FormatException {
        try {
            return new Parsed(strict(prepared), null);
        } catch (JDOMException | IOException e) {
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return new Parsed(lenient(prepared), reason);
        }
    }

    private static Document strict(String text) throws JDOMException, IOException {
        SAXBuilder builder = new SAXBuilder(XMLReaders.NONVALIDATING);
        builder.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        builder.setFeature("http://xml.org/sax/features/external-general-entities", false);
        builder.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        builder.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        builder.setExpandEntities(false);
        builder.setEntityResolver((publicId, systemId) -> {
            throw new IOException("external entity refused: " + systemId);
        });
        return builder.build(new StringReader(text));
    }

    /** An HTML void element's start tag not written as an empty-element tag: {@code <br>}, {@code <img src=x>}. */
    private static final java.util.regex.Pattern UNCLOSED_VOID = java.util.regex.Pattern.compile(
            "<(" + String.join("|", XmlPreparer.HTML_VOID) + ")(\\s[^<>]*?)?(/?)>",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    private static Document lenient(String text) throws FormatException {
        // jsoup's XML tree builder would nest everything after an unclosed <br> inside it, as deep as there are
        // such tags; they are empty elements, as XmlPreparer's depth check counts them
        text = UNCLOSED_VOID.matcher(text).replaceAll(m -> m.group(3).isEmpty()
                ? java.util.regex.Matcher.quoteReplacement("<" + m.group(1) + (m.group(2) == null ? "" : m.group(2))
                + "/>") : java.util.regex.Matcher.quoteReplacement(m.group()));
        org.jsoup.nodes.Document soup = Parser.xmlParser().parseInput(text, "");
        if (soup.children().isEmpty()) {
            throw new FormatException(text.isBlank() ? "empty document" : "not a feed: no XML element found");
        }
        soup.childNodes().stream().filter(n -> n instanceof org.jsoup.nodes.DocumentType).toList()
                .forEach(org.jsoup.nodes.Node::remove);
        declareUnboundPrefixes(soup);
        soup.outputSettings().syntax(org.jsoup.nodes.Document.OutputSettings.Syntax.xml)
                .escapeMode(org.jsoup.nodes.Entities.EscapeMode.xhtml).prettyPrint(false).charset("UTF-8");
        String repaired = soup.html();
        try {
            return strict(repaired);
        } catch (JDOMException | IOException | RuntimeException e) {
            throw new FormatException("not well-formed XML, and not recoverable: " + e.getMessage(), e);
        }
    }

    /** Binds every prefix used but not declared to a placeholder namespace, as a lenient reader must. */
    private static void declareUnboundPrefixes(org.jsoup.nodes.Document soup) {
        Element root = soup.children().first();
        if (root == null) {
            return;
        }
        Set<String> declared = new HashSet<>(Set.of("xml", "xmlns"));
        Set<String> used = new HashSet<>();
        for (Element e : soup.getAllElements()) {
            for (Attribute a : e.attributes()) {
                String key = a.getKey();
                if (key.startsWith("xmlns:")) {
                    declared.add(key.substring(6));
                } else if (key.indexOf(':') > 0) {
                    used.add(key.substring(0, key.indexOf(':')));
                }
            }
            String tag = e.tagName();
            if (tag.indexOf(':') > 0) {
                used.add(tag.substring(0, tag.indexOf(':')));
            }
        }
        used.removeAll(declared);
        for (String prefix : used) {
            if (prefix.matches("[A-Za-z_][\\w.-]*")) {
                root.attr("xmlns:" + prefix, "urn:x-undeclared-prefix:" + prefix);
            }
        }
    }
}
