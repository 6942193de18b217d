package org.copydesk.runtime.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class YamlReaderTest {
    private final YamlReader reader = new YamlReader(new EnvInterpolator(Map.of("API_KEY", "s3cret")::get));

    @Test
    void scalarsStayTextSoNorwegianIsNotFalse() throws Exception {
        ConfigNode.MapNode map = (ConfigNode.MapNode) reader.parse("p.yaml", "to: [no, yes]\nmode: 0755\ntime: 1:30\n");
        ConfigNode.ListNode to = (ConfigNode.ListNode) map.get("to");
        assertThat(to.items()).extracting(n -> ((ConfigNode.Scalar) n).value()).containsExactly("no", "yes");
        assertThat(((ConfigNode.Scalar) map.get("mode")).value()).isEqualTo("0755");
        assertThat(((ConfigNode.Scalar) map.get("time")).value()).isEqualTo("1:30");
    }

    @Test
    void marksAreOneBasedLineAndColumn() throws Exception {
        ConfigNode.MapNode map = (ConfigNode.MapNode) reader.parse("p.yaml", "name: x\nsteps:\n  - type: dateline\n");
        ConfigNode.ListNode steps = (ConfigNode.ListNode) map.get("steps");
        ConfigNode.MapNode step = (ConfigNode.MapNode) steps.items().get(0);
        assertThat(step.entries().get("type").keyMark()).isEqualTo(new Mark("p.yaml", 3, 5));
        assertThat(step.get("type").mark()).isEqualTo(new Mark("p.yaml", 3, 11));
    }

    @Test
    void duplicateKeysAreErrorsWithBothLines() {
        assertThatThrownBy(() -> reader.parse("p.yaml", "name: a\nsteps: []\nname: b\n"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("p.yaml:3:1: duplicate key 'name' (first at line 1)");
    }

    @Test
    void globalTagsAreRefused() {
        assertThatThrownBy(() -> reader.parse("p.yaml",
                "name: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://x\"]]]]\n"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("p.yaml:1:7")
                .hasMessageContaining("is not allowed");
    }

    @Test
    void syntaxErrorsNameFileLineAndColumn() {
        assertThatThrownBy(() -> reader.parse("bad.yaml", "name: x\nsteps:\n  - type: a\n   bad: [\n"))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("bad.yaml:")
                .hasMessageContaining("YAML syntax error");
    }

    /**
     * Review 7, F8: a key indented 3 spaces among keys at 4 gave only SnakeYAML's "expected &lt;block end&gt;, but
     * found '&lt;block mapping start&gt;' (while parsing a block collection)". It must name the line and both columns.
     */
    @Test
    void aKeyIndentedDifferentlyFromItsBlockIsSaidInWords() {
        String text = "name: bad-one\noutputs:\n  - type: jsonl\n    path: ./outbox/x.jsonl\n   fsync: true\n";
        assertThatThrownBy(() -> reader.parse("bad.yaml", text))
                .isInstanceOf(ConfigException.class)
                .hasMessage("bad.yaml:5:4: YAML syntax error: line 5 is indented differently from the keys of its"
                        + " block: it starts at column 4 (3 space(s)), the keys above it (line 4) at column 5"
                        + " (4 space(s)); indent it like the keys it belongs with");
        String nested = "name: x\ninput:\n    type: directory\n\n  # a comment\n  path: in\n";
        assertThatThrownBy(() -> reader.parse("n.yaml", nested))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("line 6 is indented differently").hasMessageContaining("(line 3) at column 5")
                .hasMessageNotContaining("<block");
        // review 9: the line above is an item of a list of values, not a key to line up with
        String afterList = "name: x\ninput:\n  type: rss\n  feeds:\n    - http://a.example/feed\n   interval: 1s\n";
        assertThatThrownBy(() -> reader.parse("l.yaml", afterList))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("line 6 is indented differently")
                .hasMessageContaining("the keys above it (line 4) at column 3 (2 space(s))");
    }

    @Test
    void billionLaughsIsStoppedByTheAliasLimit() {
        StringBuilder y = new StringBuilder("a: &a [x,x,x,x,x,x,x,x,x,x]\n");
        char prev = 'a';
        for (char c = 'b'; c <= 'j'; c++) {
            y.append(c).append(": &").append(c).append(" [");
            for (int i = 0; i < 10; i++) {
                y.append(i == 0 ? "" : ",").append('*').append(prev);
            }
            y.append("]\n");
            prev = c;
        }
        assertThatThrownBy(() -> reader.parse("bomb.yaml", y.toString())).isInstanceOf(ConfigException.class);
    }

    @Test
    void environmentValuesAreInterpolatedAndMarkedSensitive() throws Exception {
        ConfigNode.MapNode map = (ConfigNode.MapNode) reader.parse("p.yaml",
                "key: ${API_KEY}\nurl: ${API_URL:-http://localhost:2737}\nlit: $${NOT_ENV}\n");
        ConfigNode.Scalar key = (ConfigNode.Scalar) map.get("key");
        assertThat(key.value()).isEqualTo("s3cret");
        assertThat(key.sensitive()).isTrue();
        assertThat(key.shown()).doesNotContain("s3cret");
        assertThat(((ConfigNode.Scalar) map.get("url")).value()).isEqualTo("http://localhost:2737");
        assertThat(((ConfigNode.Scalar) map.get("url")).sensitive()).isFalse();
        assertThat(((ConfigNode.Scalar) map.get("lit")).value()).isEqualTo("${NOT_ENV}");
    }

    @Test
    void missingEnvironmentVariableIsAnError() {
        assertThatThrownBy(() -> reader.parse("p.yaml", "key: ${NOPE}\n"))
                .hasMessageContaining("p.yaml:1:6: environment variable 'NOPE' is not set");
    }

    @Test
    void binaryAndEmptyFilesAreRefusedWithReasons() {
        assertThatThrownBy(() -> reader.read("bin.yaml", new byte[] {(byte) 0xC3, 0x28, 0, 1, 2}))
                .hasMessageContaining("bin.yaml:1:1: not a UTF-8 text file");
        assertThatThrownBy(() -> reader.read("nul.yaml", "a: b\0".getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("not a text file");
        assertThatThrownBy(() -> reader.read("empty.yaml", "# nothing\n".getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("empty.yaml:1:1: file is empty");
    }
}
