package org.copydesk.runtime.config;

import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces {@code ${NAME}} and {@code ${NAME:-default}} in scalar values. {@code $${} } escapes a literal
 * {@code ${}. A node with a value taken from the environment is marked sensitive, so configuration messages never
 * quote it; the values of variables whose names mark them as secrets ({@link Secrets#isSecretName}) are also handed
 * to {@link Secrets}, which masks them wherever else Copydesk writes text (logs, documents, dead letters, admin API
 * answers). Other values (a folder, a host) are shown as they are: masking them garbled every document's
 * {@code source.uri} and every log line that named a file under a {@code ${INBOX_DIR}}.
 */
public final class EnvInterpolator {
    private static final Pattern REF = Pattern.compile("\\$\\$\\{|\\$\\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?}");

    private final Function<String, String> environment;

    public EnvInterpolator(Function<String, String> environment) {
        this.environment = environment;
    }

    public static EnvInterpolator ofSystem() {
        Map<String, String> env = System.getenv();
        return new EnvInterpolator(env::get);
    }

    /** The result of interpolating one value. */
    public record Result(String value, boolean usedEnvironment, String missingVariable) {
    }

    public Result interpolate(String text) {
        if (text == null || text.indexOf('$') < 0) {
            return new Result(text, false, null);
        }
        Matcher m = REF.matcher(text);
        StringBuilder out = new StringBuilder();
        boolean used = false;
        String missing = null;
        while (m.find()) {
            String replacement;
            if (m.group().equals("$${")) {
                replacement = "${";
            } else {
                String value = environment.apply(m.group(1));
                if (value == null) {
                    value = m.group(2);
                    if (value == null && missing == null) {
                        missing = m.group(1);
                    }
                } else {
                    used = true;
                    if (Secrets.isSecretName(m.group(1))) {
                        Secrets.remember(value);
                    }
                }
                replacement = value == null ? "" : value;
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return new Result(out.toString(), used, missing);
    }
}
