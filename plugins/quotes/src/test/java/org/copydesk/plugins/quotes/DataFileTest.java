package org.copydesk.plugins.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class DataFileTest {
    private static List<DataFile.Line> lines(String text) throws Exception {
        return DataFile.lines(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void commentsAndBlankLinesAreLeftOutAndLinesKeepTheirNumbers() throws Exception {
        List<DataFile.Line> l = lines("# header\n\n  said | verb | 1.0  \n# more\nwarned | verb | 0.9\n");

        assertThat(l).containsExactly(new DataFile.Line(3, "said | verb | 1.0"), new DataFile.Line(5, "warned | verb | 0.9"));
        assertThat(l.get(0).columns("cues.txt", 3, "forms | class | weight")).containsExactly("said", "verb", "1.0");
    }

    @Test
    void aLineWithTheWrongNumberOfColumnsIsAnErrorNamingFileAndLine() throws Exception {
        DataFile.Line line = lines("\nsaid | verb\n").get(0);

        assertThatThrownBy(() -> line.columns("cues.txt", 3, "forms | class | weight"))
                .hasMessage("cues.txt line 2: expected 'forms | class | weight': said | verb");
    }

    @Test
    void aMissingResourceIsAnErrorNamingIt() {
        assertThatThrownBy(() -> DataFile.load("no-such-file.txt", DataFile::lines))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no-such-file.txt");
    }
}
