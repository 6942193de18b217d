package org.copydesk.plugins.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WordSetTest {

    @Test
    void answersLikeAHashSetForEveryWordInAndOut() {
        Random random = new Random(7);
        List<String> words = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            words.add(word(random));
        }
        words.add("Aa"); // "Aa" and "BB" share a hash code: both must be found, neither mistaken for the other
        words.add("said");
        words.add("said"); // duplicates are allowed in the list
        WordSet set = new WordSet(words);
        Set<String> expected = new HashSet<>(words);

        assertThat(set).hasSize(expected.size()).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(set).isEqualTo(expected);
        for (int i = 0; i < 5000; i++) {
            String probe = i % 3 == 0 ? words.get(random.nextInt(words.size())) : word(random);
            assertThat(set.contains(probe)).as(probe).isEqualTo(expected.contains(probe));
        }
        assertThat(set.contains("BB")).isFalse();
        assertThat(set.contains(new String("said".toCharArray()))).isTrue(); // equal, not the same object
        assertThat(set.contains(42)).isFalse();
        assertThat(new WordSet(List.of())).isEmpty();
        assertThat(new WordSet(List.of()).contains("said")).isFalse();
    }

    @Test
    void theTableMapsWordsToTheirValuesAndNothingElse() {
        Map<String, Integer> entries = new HashMap<>();
        Random random = new Random(11);
        for (int i = 0; i < 1000; i++) {
            entries.put(word(random), i);
        }
        entries.put("Aa", -1);
        entries.put("BB", -2);
        WordTable<Integer> table = new WordTable<>(entries);

        assertThat(table.size()).isEqualTo(entries.size());
        entries.forEach((k, v) -> assertThat(table.get(new String(k.toCharArray()))).as(k).isEqualTo(v));
        assertThat(table.values()).containsExactlyInAnyOrderElementsOf(entries.values());
        for (int i = 0; i < 2000; i++) {
            String probe = word(random) + "#";
            assertThat(table.get(probe)).isNull();
        }
    }

    @Test
    void aTokenIsInASetExactlyWhenItsLowerCaseFormIs() {
        WordSet set = new WordSet(List.of("said", "the", "u.s.", "o'brien", "’s"));
        WordTable<Integer> table = new WordTable<>(Map.of("told", 1, "said", 2));
        Tokens t = Tokens.of("The U.S. official SAID O'Brien’s team told them: \"Not said.\"");

        for (int i = 0; i < t.size(); i++) {
            assertThat(set.has(t, i)).as(t.raw(i)).isEqualTo(set.contains(t.lower(i)));
            assertThat(table.get(t, i)).as(t.raw(i)).isEqualTo(table.get(t.lower(i)));
        }
        assertThat(set.has(t, 0)).isTrue();              // The
        assertThat(set.has(t, 3)).isTrue();              // SAID
        assertThat(table.get(t, 3)).isEqualTo(2);
        assertThat(set.has(t, 2)).isFalse();             // official
    }

    @Test
    void aSetBuiltAfterAStoryWasTokenizedStillKnowsItsWords() {
        // words no lexicon has numbered yet: the tokens cannot carry numbers for them
        String fresh = "zqxwv" + System.nanoTime();
        Tokens t = Tokens.of("They " + fresh + " it.");
        WordSet later = new WordSet(List.of(fresh));
        WordTable<String> laterTable = new WordTable<>(Map.of(fresh, "yes"));

        assertThat(later.has(t, 1)).isTrue();
        assertThat(laterTable.get(t, 1)).isEqualTo("yes");
        assertThat(later.has(t, 0)).isFalse();
        // a story tokenized afterwards gets the number
        Tokens after = Tokens.of("They " + fresh + " it.");
        assertThat(after.id[1]).isGreaterThanOrEqualTo(0);
        assertThat(later.has(after, 1)).isTrue();
    }

    @Test
    void aStretchOfTextIsFoundLowerCasedWithoutMakingAString() {
        WordTable<Integer> table = WordTable.unnumbered(Map.of("said", 1, "u.s.", 2, "aa", 3, "bb", 4));
        String text = "He SAID the U.S. won; Aa BB cc caf\u00e9.";

        int said = slot(table, text, 3, 7);
        assertThat(said).isGreaterThanOrEqualTo(0);
        assertThat(table.key(said)).isEqualTo("said");
        assertThat(table.value(said)).isEqualTo(1);
        assertThat(table.value(slot(table, text, 12, 16))).isEqualTo(2);         // U.S.
        assertThat(table.value(slot(table, text, 22, 24))).isEqualTo(3);         // Aa, same hash as BB
        assertThat(table.value(slot(table, text, 25, 27))).isEqualTo(4);         // BB
        assertThat(slot(table, text, 28, 30)).isEqualTo(-1);                     // cc
        assertThat(slot(table, text, 3, 6)).isEqualTo(-1);                       // SAI
        assertThat(slot(table, text, 31, 35)).isEqualTo(WordTable.NOT_ASCII);               // caf\u00e9
        assertThat(table.get("said")).isEqualTo(1);
    }

    /** The slot of a stretch as {@code Tokens} looks it up: its hash first, NOT_ASCII when it has none. */
    private static int slot(WordTable<?> table, String text, int from, int to) {
        int hash = WordTable.lowerAsciiHash(text, from, to);
        return hash == WordTable.NOT_ASCII ? WordTable.NOT_ASCII : table.slotOfLowerAscii(text, from, to, hash);
    }

    private static String word(Random random) {
        int n = 1 + random.nextInt(9);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append((char) ('a' + random.nextInt(26)));
        }
        return sb.toString();
    }

    @Test
    void everySetAnswersFromTheTokensBitsAsItsWordsSay() {
        // more sets than one long of bits holds, each a different mix of the story's words
        String[] words = {"alpha", "beta", "gamma", "delta", "said", "the"};
        List<WordSet> sets = new java.util.ArrayList<>();
        for (int k = 0; k < 150; k++) {
            List<String> members = new java.util.ArrayList<>();
            for (int w = 0; w < words.length; w++) {
                if ((k >> w & 1) == 1) {
                    members.add(words[w]);
                }
            }
            sets.add(new WordSet(members));
        }
        Tokens t = Tokens.of("Alpha said THE beta, gamma and delta.");
        for (WordSet set : sets) {
            for (int i = 0; i < t.size(); i++) {
                assertThat(set.has(t, i)).as(set + " " + t.raw(i)).isEqualTo(set.contains(t.lower(i)));
            }
        }
        assertThat(sets.get(1).has(t, 0)).as("{alpha} has Alpha").isTrue();
        assertThat(sets.get(149).has(t, 0)).as("set 149 holds alpha").isTrue();
        assertThat(sets.get(148).has(t, 0)).as("set 148 does not").isFalse();
    }
}
