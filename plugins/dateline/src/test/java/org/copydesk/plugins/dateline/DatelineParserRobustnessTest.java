package org.copydesk.plugins.dateline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Random mixtures of dateline pieces: the parser never throws and its offsets always fit the text. */
class DatelineParserRobustnessTest {
    private static final String[] PIECES = {
        "TOKYO", "New York", "ST.", "LOUIS", "San Jose", "Calif.", ",", ", ", " ", "\u00A0", "\n", "April", "Sept.",
        "28", "187", "2025", "(", ")", "(AP)", "(KUNA)", "(dpa/lno)", "/TASS/", "/", "-", "--", " - ", "—", "–", "_",
        ".-", ":", ".", "'", "de", "mai", "MAG", "[India]", "[", "]", "(MENAFN- ", "Kuwait News Agency", "Reuter",
        "the", "said", "x", "É", "ß", "\t", "12.", "1st", "Z"
    };

    @Test
    void randomInputsNeverBreakTheParser() {
        DatelineParser parser = DatelineParser.standard();
        Random random = new Random(20250428L);
        int found = 0;
        for (int i = 0; i < 50_000; i++) {
            StringBuilder sb = new StringBuilder();
            int n = random.nextInt(12);
            for (int k = 0; k < n; k++) {
                sb.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String text = sb.toString();
            DatelineMatch m = parser.detect(text);
            if (m != null) {
                found++;
                assertThat(m.start()).isBetween(0, text.length());
                assertThat(m.end()).isBetween(m.start() + 1, text.length());
                assertThat(m.next()).isBetween(m.end(), text.length());
                String raw = text.substring(m.start(), m.end());
                assertThat(raw).as(text).isEqualTo(raw.strip());
                assertThat(m.city()).as(text).isNotBlank();
            }
            DatelineMatch p = parser.parse(text);
            if (p != null) {
                assertThat(p.end()).isBetween(p.start(), text.length());
            }
        }
        assertThat(found).isPositive();
    }
}
