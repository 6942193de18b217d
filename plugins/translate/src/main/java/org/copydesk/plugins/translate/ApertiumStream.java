package org.copydesk.plugins.translate;

/**
 * Plain text to Apertium's stream format and back, as {@code apertium-destxt} and {@code apertium-retxt} do, in
 * process: reserved characters are escaped with a backslash, line breaks and tabs become superblanks, and the
 * text ends with an empty superblank.
 */
public final class ApertiumStream {
    private static final String RESERVED = "\\[]^$/@<>{}";

    private ApertiumStream() {
    }

    public static String deformat(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                sb.append(' ');  // NUL ends a text in null-flush mode: a space keeps the words on either side apart
                continue;
            }
            if (RESERVED.indexOf(c) >= 0) {
                sb.append('\\').append(c);
            } else if (c == '\n' || c == '\r' || c == '\t' || c == '~') {
                sb.append('[').append(c).append(']');
            } else {
                sb.append(c);
            }
        }
        // An empty superblank at the end, as apertium-destxt writes: without a character between the last word
        // and the NUL, lt-proc -b (lttoolbox 3.7) holds the text back until more input comes.
        return sb.append("[]").toString();
    }

    public static String reformat(String stream) {
        StringBuilder sb = new StringBuilder(stream.length());
        for (int i = 0; i < stream.length(); i++) {
            char c = stream.charAt(i);
            if (c == '\\' && i + 1 < stream.length()) {
                sb.append(stream.charAt(++i));
            } else if (c != '[' && c != ']' && c != 0) {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
