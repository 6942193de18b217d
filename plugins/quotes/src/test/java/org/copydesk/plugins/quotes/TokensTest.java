package org.copydesk.plugins.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class TokensTest {
    private static List<String> raw(Tokens t) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            out.add(t.raw(i));
        }
        return out;
    }

    @Test
    void wordsKeepTheirInnerMarksAndListedAbbreviationsTheirPeriod() {
        Tokens t = Tokens.of("Sen. Ann O'Brien's aide, J. Smith of the U.S. Co. said: ''don't'' sell 1,000 at 3.5 sen. now.");
        assertThat(raw(t)).containsExactly("Sen.", "Ann", "O'Brien", "'s", "aide", ",", "J.", "Smith", "of", "the",
                "U.S.", "Co.", "said", ":", "''", "don't", "''", "sell", "1,000", "at", "3.5", "sen.", "now", ".");
    }

    @Test
    void aWordWithLettersBeyondAsciiIsCutTheSameWay() {
        Tokens t = Tokens.of("İstanbul. Café’s owner, Mme. Zoë, said “never.” Kraków.");
        assertThat(raw(t)).containsExactly("İstanbul", ".", "Café", "’s", "owner", ",", "Mme", ".", "Zoë", ",", "said",
                "“", "never", ".", "”", "Kraków", ".");
    }

    @Test
    void everyTokensLowerFormAndNumberAreThoseOfItsText() {
        String text = "The SENATOR, Mr. Ümit Ünal, told REPORTERS in İzmir: “We’ll see.” Zqxj-Brown’s aides DISAGREED\u00a0"
                + "with ''NBC'' and Aa BB. Then the U.S. said so.";
        Tokens t = Tokens.of(text);
        Vocabulary.Snapshot vocabulary = Vocabulary.snapshot();
        for (int i = 0; i < t.size(); i++) {
            String lower = t.raw(i).toLowerCase(Locale.ROOT);
            assertThat(t.lower(i)).as(t.raw(i)).isEqualTo(lower);
            assertThat(t.lower(i)).as("the same string when asked again").isSameAs(t.lower(i));
            assertThat(t.id[i]).as(t.raw(i)).isEqualTo(vocabulary.id(lower));
        }
        assertThat(t.id[0]).as("the").isGreaterThanOrEqualTo(0);
    }

    @Test
    void theLowerCaseHashOfAStretchIsItsStringsHashOrNotAscii() {
        String text = "Said the U.S. CAFÉ Aa aA";
        assertThat(WordTable.lowerAsciiHash(text, 0, 4)).isEqualTo("said".hashCode());
        assertThat(WordTable.lowerAsciiHash(text, 9, 13)).isEqualTo("u.s.".hashCode());
        assertThat(WordTable.lowerAsciiHash(text, 14, 18)).isEqualTo(WordTable.NOT_ASCII);
        assertThat(WordTable.lowerAsciiHash(text, 19, 21)).isEqualTo("aa".hashCode());
        assertThat(WordTable.lowerAsciiHash(text, 22, 24)).isEqualTo("aa".hashCode());
        assertThat(WordTable.lowerAsciiHash(text, 0, 0)).isEqualTo("".hashCode());
    }
}
