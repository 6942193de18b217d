package org.copydesk.plugins.rss;

import java.util.Locale;

/** Which item field the body is taken from. */
enum BodyFrom {
    /** Full content (content:encoded, Atom content), else the description. */
    CONTENT,
    /** The description/summary, else the full content. */
    DESCRIPTION,
    /** Whichever of the two gives the longer text. */
    AUTO;

    static BodyFrom of(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }
}
