package org.copydesk.plugins.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Assumptions;
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

    @Test
    void theFlagsOfEveryTokenAreWhatItsTextSays() {
        String text = "SAYING, he Testified 3 times: ‘Surely ÉTÉ’s 9ers WARNED us,’ said Ms. Zoë-Lys, İNG s ed ly g’ss "
                + "Asked. 42nd ١٢ ÜBERLY crossed ... DON'T won’t n't can't't Isn’T t";
        Tokens t = Tokens.of(text);
        for (int i = 0; i < t.size(); i++) {
            String raw = t.raw(i);
            String lower = raw.toLowerCase(Locale.ROOT);
            char c = raw.charAt(0);
            assertThat(t.isWord(i)).as(raw).isEqualTo(Character.isLetterOrDigit(c));
            assertThat(t.isCapitalized(i)).as(raw).isEqualTo(Character.isUpperCase(c));
            assertThat(t.startsWithDigit(i)).as(raw).isEqualTo(Character.isDigit(c));
            assertThat(t.endsWithIng(i)).as(raw).isEqualTo(lower.endsWith("ing"));
            assertThat(t.endsWithEd(i)).as(raw).isEqualTo(lower.endsWith("ed"));
            assertThat(t.endsWithLy(i)).as(raw).isEqualTo(lower.endsWith("ly"));
            assertThat(t.endsWithS(i)).as(raw).isEqualTo(lower.endsWith("s"));
            assertThat(t.endsWithNt(i)).as(raw).isEqualTo(lower.endsWith("n't") || lower.endsWith("n’t"));
        }
        // the cases above are there: each flag is set on some token and clear on another
        assertThat(t.endsWithIng(0)).as("SAYING").isTrue();
        assertThat(t.endsWithEd(3)).as("Testified").isTrue();
        assertThat(t.startsWithDigit(4)).as("3").isTrue();
        assertThat(t.isCapitalized(1)).as(",").isFalse();
        assertThat(t.isWord(1)).as(",").isFalse();
        assertThat(raw(t)).contains("DON'T", "Isn’T");
        assertThat(t.endsWithNt(raw(t).indexOf("DON'T"))).isTrue();
        assertThat(t.endsWithNt(raw(t).indexOf("Isn’T"))).isTrue();
    }

    @Test
    void underAssertionsATokenPastTheLastOneFailsInsteadOfReadingAsEmpty() {
        boolean assertions = false;
        assert assertions = true; // set only when the JVM runs with -ea, as the tests do
        Assumptions.assumeTrue(assertions, "assertions are off");
        Tokens t = Tokens.of("He said so.");
        assertThat(t.size()).isEqualTo(4);
        assertThat(t.isWord(3)).isFalse();
        assertThatThrownBy(() -> t.isWord(4)).isInstanceOf(ArrayIndexOutOfBoundsException.class);
        assertThatThrownBy(() -> t.isPunct(4, '.')).isInstanceOf(ArrayIndexOutOfBoundsException.class);
    }
}
