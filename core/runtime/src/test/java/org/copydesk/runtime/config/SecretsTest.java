package org.copydesk.runtime.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Values taken from the environment are masked wherever Copydesk writes text (review 5 #6). */
class SecretsTest {
    /** The kept values are the process's: forgotten after each test, so no other test class sees them masked. */
    @org.junit.jupiter.api.AfterEach
    void forget() {
        Secrets.forgetAllForTests();
    }

    @Test
    void aValueTakenFromTheEnvironmentIsMaskedInTextAndBytesAlsoUrlEncoded() {
        new EnvInterpolator(Map.of("FEED_KEY", "k3y/with+odd", "WORKERS", "2", "FLAG", "true")::get)
                .interpolate("https://ex.org/feed?key=${FEED_KEY}&w=${WORKERS}&f=${FLAG}&d=${NOPE:-dflt0}");
        assertThat(Secrets.redact("GET https://ex.org/feed?key=k3y/with+odd failed"))
                .isEqualTo("GET https://ex.org/feed?key=*** failed");
        assertThat(Secrets.redact("https://ex.org/feed?key=k3y%2Fwith%2Bodd")).isEqualTo("https://ex.org/feed?key=***");
        assertThat(new String(Secrets.redact("{\"uri\":\"x?key=k3y/with+odd\"}".getBytes(StandardCharsets.UTF_8)),
                StandardCharsets.UTF_8)).isEqualTo("{\"uri\":\"x?key=***\"}");
        // short values and booleans are no secrets, and a default is not from the environment
        assertThat(Secrets.redact("workers 2, follow true, dflt0")).isEqualTo("workers 2, follow true, dflt0");
        assertThat(Secrets.redact((String) null)).isNull();
    }

    /**
     * Every value taken from the environment was masked, so a {@code path: ${INBOX_DIR}} turned every document's
     * source.uri into {@code ***\/story.txt} and hid the file in every log line. Only variables named as secrets are.
     */
    @Test
    void onlyVariablesNamedAsSecretsAreMasked() {
        new EnvInterpolator(Map.of("INBOX_DIR", "/srv/newsroom/inbox", "API_TOKEN", "tok-123456",
                "DB_Password", "hunter22", "FEED_HOST", "feeds.example.org")::get)
                .interpolate("${INBOX_DIR} ${API_TOKEN} ${DB_Password} https://${FEED_HOST}/rss");
        assertThat(Secrets.redact("/srv/newsroom/inbox/story.txt from feeds.example.org"))
                .isEqualTo("/srv/newsroom/inbox/story.txt from feeds.example.org");
        assertThat(Secrets.redact("Bearer tok-123456, password hunter22")).isEqualTo("Bearer ***, password ***");
        assertThat(Secrets.isSecretName("FEED_KEY")).isTrue();
        assertThat(Secrets.isSecretName("COPYDESK_ADMIN_TOKEN")).isTrue();
        assertThat(Secrets.isSecretName("INBOX_DIR")).isFalse();
        assertThat(Secrets.isSecretName("WORKERS")).isFalse();
    }

    /**
     * Review 9: a secret was replaced in the bytes of the whole written line, digits inside numbers too (a quote's
     * start 12026 became 1***, and the line was no longer JSON), and logback's JSON encoder writes "/" as "\/", so a
     * key with a slash came out of the JSON logs whole.
     */
    @Test
    void documentsStayJsonAndJsonEscapedSecretsAreMaskedToo() throws Exception {
        new EnvInterpolator(Map.of("YEAR_KEY", "2026", "FEED_KEY", "ab/cd\"EF12")::get)
                .interpolate("${YEAR_KEY} ${FEED_KEY}");
        org.copydesk.api.Document d = new org.copydesk.api.Document(new org.copydesk.api.Source(
                "https://ex.org/feed?key=ab/cd\"EF12", "rss", java.time.Instant.parse("2025-01-02T03:04:05Z")));
        d.setBody("Seen in 2026 and later.");
        d.setQuotes(java.util.List.of(new org.copydesk.api.Quote("later", 12026, 12031, java.util.List.of(),
                org.copydesk.api.Quote.Kind.DIRECT, null, null, 0.5)));
        com.fasterxml.jackson.databind.JsonNode json = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(org.copydesk.runtime.json.DocumentJson.toJsonLine(d));
        assertThat(json.get("quotes").get(0).get("start").asInt()).as("numbers are left alone").isEqualTo(12026);
        assertThat(json.get("body").asText()).isEqualTo("Seen in *** and later.");
        assertThat(json.get("source").get("uri").asText()).isEqualTo("https://ex.org/feed?key=***");
        assertThat(Secrets.redact("{\"message\":\"GET https:\\/\\/ex.org\\/feed?key=ab\\/cd\\\"EF12 failed\"}"))
                .isEqualTo("{\"message\":\"GET https:\\/\\/ex.org\\/feed?key=*** failed\"}");
    }
}
