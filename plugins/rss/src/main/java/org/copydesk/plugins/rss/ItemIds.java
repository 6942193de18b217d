package org.copydesk.plugins.rss;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.Set;
import org.copydesk.api.Document;
import org.copydesk.api.FormatException;

/**
 * The identity of a feed item as the {@code rss} input deduplicates it: the item's guid/id, else its link with a
 * hash of what tells the item apart ({@link #linked}), else a SHA-256 of headline and body. Also the JSON of the
 * {@code copydesk.rss.only-ids} payload attribute.
 */
public final class ItemIds {
    /** Payload attribute: a JSON array of item ids; when present, format {@code rss} keeps only those items. */
    public static final String ONLY_IDS = "copydesk.rss.only-ids";

    private static final ObjectMapper JSON = new ObjectMapper();

    /** What joins an item's link and the hash that tells it apart in the id of an item without a guid. */
    static final String LINKED_ITEM = "#copydesk-item-";

    private ItemIds() {
    }

    /**
     * The id of an item with a link but no guid/id: the link, {@value #LINKED_ITEM} and 16 hex digits of a SHA-256 of
     * the headline, content and description text as the feed gives them. The link alone collided when several items
     * point at one page (a section or home page, press-release and podcast feeds without guids): after the first poll
     * every later item with that link was taken as seen and never delivered (review 5 #11). The published date is
     * left out: many generated feeds without guids stamp it with the time of the request, which made a new id, and
     * a new delivery, at every poll (review 6). A corrected headline or text gives a new id.
     */
    static String linked(String link, String headline, String contentText, String descriptionText) {
        String what = nullToEmpty(headline) + "\n" + nullToEmpty(contentText) + "\n" + nullToEmpty(descriptionText);
        return link + LINKED_ITEM + sha256(what).substring("sha256:".length(), "sha256:".length() + 16);
    }

    /** The link of an id made by {@link #linked}, or {@code null} for any other id. */
    static String linkOf(String id) {
        int at = id == null ? -1 : id.lastIndexOf(LINKED_ITEM);
        return at > 0 && id.length() == at + LINKED_ITEM.length() + 16 ? id.substring(0, at) : null;
    }

    public static String of(Document doc) {
        if (doc.id() != null && !doc.id().isBlank()) {
            return doc.id();
        }
        if (doc.uri() != null && !doc.uri().isBlank()) {
            return doc.uri();
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest((nullToEmpty(doc.headline()) + "\n"
                    + doc.body()).getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The id of an item with neither guid/id nor link: a SHA-256 of the headline and of both the content and the
     * description text, whichever of them {@code body_from} picks for the body. Hashing the body instead lost such
     * items for good: the input lists ids with body_from auto, the pipeline's format with its own body_from got
     * other ids, kept nothing, and the payload was acknowledged as seen (review).
     */
    static String fallback(String headline, String contentText, String descriptionText) {
        return sha256(nullToEmpty(headline) + "\n" + contentText + "\n" + descriptionText);
    }

    private static String sha256(String text) {
        try {
            return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String toJson(Collection<String> ids) {
        ArrayNode array = JSON.createArrayNode();
        ids.forEach(array::add);
        return array.toString();
    }

    static Set<String> fromJson(String json) throws FormatException {
        Set<String> ids = new LinkedHashSet<>();
        try {
            JsonNode node = JSON.readTree(json);
            if (node == null || !node.isArray()) {
                throw new FormatException(ONLY_IDS + " is not a JSON array of item ids");
            }
            node.forEach(n -> ids.add(n.asText()));
        } catch (FormatException e) {
            throw e;
        } catch (Exception e) {
            throw new FormatException(ONLY_IDS + " is not a JSON array of item ids: " + e.getMessage(), e);
        }
        return ids;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
