package org.copydesk.plugins.html;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/** Generic class/id and text patterns that mark page furniture (never site-specific rules). */
final class Boilerplate {
    /** Class or id words of navigation, ads, comments, sharing, related links, banners. */
    static final Pattern UNLIKELY = Pattern.compile(
            "-ad-|^ad-|-ads\\b|\\bads?\\b|adsense|advert|ai2html|banner|breadcrumb|byline|combx|comment|community|"
                    + "cookie|consent|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|"
                    + "rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|"
                    + "popup|modal|newsletter|subscribe|signup|sign-up|promo|share|sharing|toolbar|outbrain|taboola|"
                    + "recirc|recommend|trending|most-?popular|more-stories|read-?more|readnext|read-next|"
                    + "author-?bio|about-?the-?author|tags?-?list|\\btags\\b|topics|timestamp|dateline|caption|credit|"
                    + "print-?only|skip-?link|screen-?reader|sr-only|visually-?hidden|jump|widget|"
                    + "inline-?ad|dfp|native-?ad|masthead|navbar|\\bnav\\b|follow|meta-?data|published|"
                    + "lightbox|slideshow|gallery|video-?player|playlist|podcast-?player|embed-?code|yom-remote|"
                    + "pull-?quote|\\bbio\\b|\\btoc\\b|table-?of-?contents|you-?may-?(also-?)?like|also-?read|read-?also",
            Pattern.CASE_INSENSITIVE);
    /** Class or id words that may still hold the article even when an unlikely word is present. */
    static final Pattern MAYBE = Pattern.compile(
            "and|article|body|column|content|main|mathjax|shadow|story|entry|post-?text|text", Pattern.CASE_INSENSITIVE);
    static final Pattern POSITIVE = Pattern.compile(
            "article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story|prose|rich-?text",
            Pattern.CASE_INSENSITIVE);
    static final Pattern NEGATIVE = Pattern.compile(
            "-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|foot|footer|footnote|gdpr|masthead|"
                    + "media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|"
                    + "tags|tool|widget|newsletter|subscribe|recirc|recommend|byline|caption|credit|social|nav|menu",
            Pattern.CASE_INSENSITIVE);
    /** Class or id words of a standfirst, dek or summary shown above the article text (not part of it). */
    static final Pattern STANDFIRST = Pattern.compile(
            "\\bdek\\b|-dek\\b|standfirst|abstract|lead-?text|sub-?title|sub-?headline|excerpt|teaser|highlights",
            Pattern.CASE_INSENSITIVE);
    /** Short lines that are page furniture wherever they appear. */
    static final Pattern JUNK_LINE = Pattern.compile(
            "(?i)^(advertisement|advertising|advert|ad|sponsored( content)?|don'?t miss|see more(:.*)?|"
                    + "most (read|popular|viewed)|more (articles|stories|posts|news) (from|by|on|about) .{0,80}|"
                    + "tell us what you think.*|(leave|post|add) a comment.*|(\\d+ )?comments?|view comments|"
                    + "story continues below( advertisement)?|continue reading( below| the main story)?|"
                    + "read more(:.*| here| at .*)?|related( articles| stories| coverage| content| links| news)?(:.*)?|"
                    + "share( this( article| story| page)?)?( on (facebook|twitter|x|whatsapp|linkedin|email|reddit|pinterest).*)?:?|"
                    + "tweet|email|print|sign up( for .*)?|subscribe( now| today)?( to .*)?|follow us( on .*)?|"
                    + "follow @?\\S+.{0,80}\\b(on (twitter|facebook|instagram)|at https?://).*|click here.*|"
                    + "(\u00a9|\\(c\\) ?\\d{4}|copyright (\u00a9 ?)?\\d{4}).{0,120}|.{0,80}all rights reserved\\.?|"
                    + "(image|photo|picture)( source| credit)?s?:.*|(image|photo|picture) (copyright|caption|credit) .{0,100}|(scroll|swipe) (down|to continue).*|skip (to|ad).*|"
                    + "listen to (this|the) (article|story).*|loading\\W*|you might also like.*|recommended( for you)?:?|"
                    + "more from .{0,60}|see also:.*|also read:.*)$");

    private Boilerplate() {
    }

    static String classAndId(Element e) {
        return (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
    }

    /** Readability's class weight: +25 for a positive word, -25 for a negative one. */
    static int classWeight(Element e) {
        int weight = 0;
        String cls = e.className();
        if (!cls.isEmpty()) {
            if (NEGATIVE.matcher(cls).find()) {
                weight -= 25;
            }
            if (POSITIVE.matcher(cls).find()) {
                weight += 25;
            }
        }
        String id = e.id();
        if (!id.isEmpty()) {
            if (NEGATIVE.matcher(id).find()) {
                weight -= 25;
            }
            if (POSITIVE.matcher(id).find()) {
                weight += 25;
            }
        }
        return weight;
    }

    static boolean unlikely(Element e) {
        String s = classAndId(e);
        if (s.isBlank()) {
            return false;
        }
        return UNLIKELY.matcher(s).find() && !MAYBE.matcher(s).find();
    }
}
