package org.copydesk.plugins.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class PageMetadataTest {
    @Test
    void siteNameIsCutFromTheHeadline() {
        assertThat(PageMetadata.withoutSiteName("Harbour reopens - The Gazette", "The Gazette", null, null))
                .isEqualTo("Harbour reopens");
        assertThat(PageMetadata.withoutSiteName("Harbour reopens | gazette.example", null, null,
                "https://www.gazette.example/a")).isEqualTo("Harbour reopens");
        assertThat(PageMetadata.withoutSiteName("Storm: the harbour reopens", "The Gazette", null, null))
                .isEqualTo("Storm: the harbour reopens");
    }

    @Test
    void mobileAndAmpCopiesTakeTheCanonicalOnTheMainHost() {
        // Review: only a leading "www." was ignored, so a page fetched from m. or amp. whose canonical is on www.
        // kept its own URL and the mobile and desktop copies of one article got two ids.
        String canonical = "https://www.gazette.example/2026/harbour";
        for (String page : new String[] {"https://m.gazette.example/2026/harbour",
                "https://amp.gazette.example/2026/harbour", "https://mobile.gazette.example/2026/harbour?x=1",
                "https://gazette.example/2026/harbour", "https://www.gazette.example/amp/2026/harbour"}) {
            assertThat(PageMetadata.identifiesThePage(canonical, page)).as(page).isTrue();
        }
        assertThat(PageMetadata.identifiesThePage("https://gazette.example/2026/harbour",
                "https://AMP.gazette.example/2026/harbour")).isTrue();
        // other subdomains and other sites stay apart, and a prefix is not dropped down to a bare suffix
        for (String page : new String[] {"https://sport.gazette.example/2026/harbour",
                "https://m.other.example/2026/harbour", "https://gazette.example.m.net/2026/harbour"}) {
            assertThat(PageMetadata.identifiesThePage(canonical, page)).as(page).isFalse();
        }
        assertThat(PageMetadata.identifiesThePage("https://example/2026/harbour", "https://m.example/2026/harbour"))
                .isFalse();
    }

    @Test
    void aPageFetchedFromItsMobileHostHasTheCanonicalAsId() throws Exception {
        String html = "<html><head><title>Harbour reopens</title><link rel=canonical"
                + " href='https://www.gazette.example/2026/harbour'></head><body><article><p>The harbour reopened on"
                + " Tuesday after the storm, the port authority said in a statement, and the first ships came in at"
                + " dawn.</p></article></body></html>";
        for (String host : new String[] {"m", "amp", "www"}) {
            org.copydesk.api.Document d = new HtmlFormat(false, 25).parse(new org.copydesk.api.Payload(
                    html.getBytes(java.nio.charset.StandardCharsets.UTF_8), "https://" + host
                    + ".gazette.example/2026/harbour", java.time.Instant.EPOCH)).get(0);
            assertThat(d.id()).as(host).isEqualTo("https://www.gazette.example/2026/harbour");
        }
    }

    @Test
    void bylinesAreCleaned() {
        assertThat(PageMetadata.cleanByline("By Jane Doe")).isEqualTo("Jane Doe");
        assertThat(PageMetadata.cleanByline("By GAZETTE STAFF NOVEMBER 20, 2019 10:43")).isEqualTo("GAZETTE STAFF");
        assertThat(PageMetadata.cleanByline("Jane Doe, Sam Roe")).isEqualTo("Jane Doe, Sam Roe");
    }

    @Test
    void datesFromMetaNamesAndMicrodata() {
        PageMetadata m = PageMetadata.read(Jsoup.parse("<html><head><meta name=\"sn-post-date\" content=\"2019/11/19\">"
                + "</head><body><p>x</p></body></html>"), "u");
        assertThat(m.published).isEqualTo("2019-11-19");
        m = PageMetadata.read(Jsoup.parse("<html><body><span itemprop=\"datePublished\" content=\"2020-02-03T04:05:06+01:00\">"
                + "3 Feb</span></body></html>"), "u");
        assertThat(m.published).isEqualTo("2020-02-03T04:05:06+01:00");
        m = PageMetadata.read(Jsoup.parse("<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
                + "\"datePublished\":\"0001-01-01T00:00:00Z\"}</script><meta property=\"article:published_time\" "
                + "content=\"2021-05-06T07:08:09-04:00\"></head><body></body></html>"), "u");
        assertThat(m.published).isEqualTo("2021-05-06T07:08:09-04:00");
    }
}
