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
