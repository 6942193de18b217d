package org.copydesk.runtime.config;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Every value this process took from an environment variable whose name marks a secret ({@link #isSecretName})
 * while reading configuration ({@code ${NAME}} in a pipeline file or {@code copydesk.yaml}), so that it can be masked as {@value #MASK} wherever Copydesk writes text: log
 * lines ({@link org.copydesk.runtime.log.LogMasking}), documents, dead letters, admin API answers and the stages'
 * own messages ({@link org.copydesk.api.StageContext#redact}). The set only grows for the life of the process.
 * Values shorter than {@value #MIN_LENGTH} characters and the words true, false and null are not kept: masking
 * them would garble every line (a {@code workers: ${WORKERS}} of 2 is no secret). A value is also kept in its
 * URL-encoded form, as it appears in a URL once encoded.
 */
public final class Secrets {
    public static final String MASK = "***";
    public static final int MIN_LENGTH = 4;
    private static final Set<String> NOT_SECRET = Set.of("true", "false", "null");

    /** Longest first, so a value that holds another is masked whole. Replaced, never changed in place. */
    private static volatile List<String> values = List.of();
    private static volatile List<byte[]> utf8 = List.of();

    private Secrets() {
    }

    /** The words that make an environment variable's name a secret's: FEED_KEY, API_TOKEN, DB_PASSWORD, ... */
    private static final List<String> SECRET_WORDS = List.of("KEY", "TOKEN", "SECRET", "PASSWORD", "PASSWD", "PASS",
            "CREDENTIAL", "AUTH", "PRIVATE", "SIGNATURE", "COOKIE", "SESSION", "API");

    /**
     * Whether the variable's name says it holds a secret: it contains KEY, TOKEN, SECRET, PASSWORD, PASSWD, PASS,
     * CREDENTIAL, AUTH, PRIVATE, SIGNATURE, COOKIE, SESSION or API, in any case (the convention of Spring Boot's
     * and most tools' sanitizers). Erring towards masking: {@code MONKEY_DIR} is masked too.
     */
    public static boolean isSecretName(String name) {
        String upper = name.toUpperCase(Locale.ROOT);
        for (String word : SECRET_WORDS) {
            if (upper.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** Remembers one value taken from the environment. */
    public static synchronized void remember(String value) {
        if (value == null || value.strip().length() < MIN_LENGTH
                || NOT_SECRET.contains(value.strip().toLowerCase(Locale.ROOT))) {
            return;
        }
        List<String> next = new ArrayList<>(values);
        // as written in a URL, and as a JSON encoder writes it inside a string (logback's JsonEncoder also writes
        // "/" as "\/": a key with a slash came out of the JSON logs whole; review 9)
        String json = value.replace("\\", "\\\\").replace("\"", "\\\"");
        for (String v : List.of(value, URLEncoder.encode(value, StandardCharsets.UTF_8),
                URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20"), json,
                json.replace("/", "\\/"))) {
            if (!next.contains(v)) {
                next.add(v);
            }
        }
        next.sort(Comparator.comparingInt(String::length).reversed());
        values = List.copyOf(next);
        utf8 = next.stream().map(v -> v.getBytes(StandardCharsets.UTF_8)).toList();
    }

    /** True when no value is kept, so nothing needs masking. */
    public static boolean none() {
        return values.isEmpty();
    }

    /** The text with every kept value replaced by {@value #MASK}; null stays null. */
    public static String redact(String text) {
        if (text == null) {
            return null;
        }
        String out = text;
        for (String v : values) {
            if (out.contains(v)) {
                out = out.replace(v, MASK);
            }
        }
        return out;
    }

    /**
     * The bytes (UTF-8 or another ASCII-compatible encoding) with every kept value's UTF-8 bytes replaced by
     * {@value #MASK}; the same array when nothing matched.
     */
    public static byte[] redact(byte[] bytes) {
        if (bytes == null) {
            return null;
        }
        byte[] out = bytes;
        for (byte[] v : utf8) {
            out = replace(out, v);
        }
        return out;
    }

    private static byte[] replace(byte[] in, byte[] what) {
        int at = indexOf(in, what, 0);
        if (at < 0) {
            return in;
        }
        byte[] mask = MASK.getBytes(StandardCharsets.US_ASCII);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(in.length);
        int from = 0;
        while (at >= 0) {
            out.write(in, from, at - from);
            out.write(mask, 0, mask.length);
            from = at + what.length;
            at = indexOf(in, what, from);
        }
        out.write(in, from, in.length - from);
        return out.toByteArray();
    }

    private static int indexOf(byte[] in, byte[] what, int from) {
        outer:
        for (int i = from; i <= in.length - what.length; i++) {
            for (int j = 0; j < what.length; j++) {
                if (in[i + j] != what[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** For tests: forgets every value. */
    public static synchronized void forgetAllForTests() {
        values = List.of();
        utf8 = List.of();
    }
}
