package org.copydesk.plugins.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.copydesk.api.Document;
import org.copydesk.api.Format;
import org.copydesk.testkit.Payloads;
import org.copydesk.testkit.Stages;
import org.junit.jupiter.api.Test;

class TextFormatTest {
    private final Format text = Stages.format(new TextFormatFactory(), "");

    @Test
    void firstParagraphIsTheHeadlineAndTheDatelineStaysInTheBody() throws Exception {
        String story = "Quake shakes capital\n\nTOKYO \u2014 A strong earthquake shook Tokyo on Monday.\n\nNo damage was reported.\n";
        Document d = text.parse(Payloads.text(story)).get(0);
        assertThat(d.headline()).isEqualTo("Quake shakes capital");
        assertThat(d.body()).isEqualTo("TOKYO \u2014 A strong earthquake shook Tokyo on Monday.\n\nNo damage was reported.");
        assertThat(d.dateline()).isNull();
        assertThat(story.substring(d.bodyOffset())).startsWith("TOKYO");
        assertThat(d.source().format()).isEqualTo("text");
    }

    @Test
    void headlineOnlyIsRefused() {
        assertThatThrownBy(() -> text.parse(Payloads.text("Just a title"))).hasMessage("no body: the file has only a headline");
    }

    @Test
    void unknownSettingIsRefusedByTheCoreValidation() {
        assertThatThrownBy(() -> Stages.format(new TextFormatFactory(), "charset: latin1"))
                .hasMessageContaining("snippet:1:1: unknown setting 'charset'");
    }
}
