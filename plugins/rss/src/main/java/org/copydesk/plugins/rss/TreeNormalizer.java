package org.copydesk.plugins.rss;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.jdom2.Attribute;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.Namespace;

/**
 * Repairs feed trees that are well-formed but that ROME does not recognise, the way lenient feed readers do:
 * Atom without (or with an unknown) namespace, RSS items outside their channel, Atom 0.3 base64 content, {@code item}
 * elements in an Atom feed, and Microsoft CDF channels (turned into RSS 2.0).
 */
final class TreeNormalizer {
    static final Namespace ATOM_10 = Namespace.getNamespace("http://www.w3.org/2005/Atom");
    static final Namespace ATOM_03 = Namespace.getNamespace("http://purl.org/atom/ns#");

    private TreeNormalizer() {
    }

    static Document normalize(Document doc) {
        Element root = doc.getRootElement();
        String name = root.getName().toLowerCase(Locale.ROOT);
        if (name.equals("entry") && (root.getNamespace().equals(ATOM_10) || root.getNamespace().equals(ATOM_03))) {
            Element feed = new Element("feed", root.getNamespace()); // an Atom entry document: a feed of one
            root.detach();
            feed.addContent(root);
            doc = new Document(feed);
            atom(feed);
        } else if (name.equals("feed")) {
            atom(root);
        } else if (name.equals("rss")) {
            rss(root);
        } else if (name.equals("channel") && root.getNamespace() == Namespace.NO_NAMESPACE) {
            return cdf(root);
        }
        return doc;
    }

    private static void atom(Element root) {
        Namespace ns = root.getNamespace();
        if (!ns.equals(ATOM_10) && !ns.equals(ATOM_03)) {
            Namespace target = "0.3".equals(root.getAttributeValue("version")) ? ATOM_03 : ATOM_10;
            renamespace(root, ns, target);
            ns = target;
        }
        for (Element e : new ArrayList<>(root.getChildren())) {
            if (e.getName().equalsIgnoreCase("item") && e.getNamespace().equals(ns)) {
                e.setName("entry");
            }
        }
        decodeBase64(root);
    }

    private static void renamespace(Element e, Namespace from, Namespace to) {
        if (e.getNamespace().equals(from)) {
            e.setNamespace(to);
        }
        for (Element child : e.getChildren()) {
            renamespace(child, from, to);
        }
    }

    private static void decodeBase64(Element e) {
        Attribute type = e.getAttribute("type");
        if (type != null && e.getNamespace().equals(ATOM_10) && TEXT_CONSTRUCTS.contains(e.getName())
                && e.getChildren().isEmpty() && isBinaryType(type.getValue())) {
            try {
                e.setText(new String(Base64.getMimeDecoder().decode(e.getTextTrim()), StandardCharsets.UTF_8));
                type.setValue("html");
            } catch (IllegalArgumentException ex) {
                // not base64 after all: left as it is
            }
        }
        Attribute mode = e.getAttribute("mode");
        if (mode != null && mode.getValue().equalsIgnoreCase("base64") && e.getChildren().isEmpty()) {
            try {
                String decoded = new String(Base64.getMimeDecoder().decode(e.getTextTrim()), StandardCharsets.UTF_8);
                e.setText(decoded);
                mode.setValue("escaped");
            } catch (IllegalArgumentException ex) {
                e.setText("");
                mode.setValue("escaped");
            }
        }
        for (Element child : e.getChildren()) {
            decodeBase64(child);
        }
    }

    private static final java.util.Set<String> TEXT_CONSTRUCTS = java.util.Set.of("content", "summary", "title",
            "subtitle", "rights");

    /** Atom 1.0: a MIME type that is neither text nor XML means base64-encoded content (RFC 4287, 4.1.3.3). */
    private static boolean isBinaryType(String type) {
        String t = type.strip().toLowerCase(Locale.ROOT);
        return t.contains("/") && !t.startsWith("text/") && !t.endsWith("+xml") && !t.endsWith("/xml");
    }

    private static void rss(Element root) {
        Namespace ns = root.getNamespace();
        if (ns != Namespace.NO_NAMESPACE) {
            renamespace(root, ns, Namespace.NO_NAMESPACE);
        }
        String version = root.getAttributeValue("version");
        if (version == null || !java.util.Set.of("0.91", "0.92", "0.93", "0.94", "2.0").contains(version.strip())) {
            root.setAttribute("version", "2.0");
        }
        Element channel = root.getChild("channel");
        if (channel == null) {
            channel = new Element("channel");
            for (Element child : new ArrayList<>(root.getChildren())) {
                channel.addContent(child.detach());
            }
            root.addContent(channel);
        } else {
            for (Element item : new ArrayList<>(root.getChildren("item"))) {
                channel.addContent(item.detach());
            }
        }
    }

    /** Microsoft Channel Definition Format: CHANNEL/ITEM with HREF, LASTMOD, TITLE, ABSTRACT. */
    private static Document cdf(Element cdfChannel) {
        Element rss = new Element("rss").setAttribute("version", "2.0");
        Element channel = new Element("channel");
        rss.addContent(channel);
        copyCdf(cdfChannel, channel);
        List<Element> items = new ArrayList<>();
        for (Element child : cdfChannel.getChildren()) {
            if (child.getName().equalsIgnoreCase("item")) {
                Element item = new Element("item");
                copyCdf(child, item);
                items.add(item);
            }
        }
        items.forEach(channel::addContent);
        return new Document(rss);
    }

    private static void copyCdf(Element from, Element to) {
        String title = childText(from, "title");
        to.addContent(new Element("title").setText(title == null ? "" : title));
        String href = attr(from, "href");
        if (href != null) {
            to.addContent(new Element("link").setText(href));
        }
        String abstr = childText(from, "abstract");
        if (abstr != null) {
            to.addContent(new Element("description").setText(abstr));
        }
        String lastmod = attr(from, "lastmod");
        if (lastmod != null) {
            to.addContent(new Element("pubDate").setText(lastmod));
        }
    }

    private static String childText(Element e, String name) {
        for (Element c : e.getChildren()) {
            if (c.getName().equalsIgnoreCase(name)) {
                return c.getTextNormalize();
            }
        }
        return null;
    }

    private static String attr(Element e, String name) {
        for (Attribute a : e.getAttributes()) {
            if (a.getName().equalsIgnoreCase(name)) {
                return a.getValue();
            }
        }
        return null;
    }
}
