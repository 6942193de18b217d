package org.copydesk.plugins.translate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.copydesk.api.Setting;
import org.copydesk.api.StageFactory;
import org.junit.jupiter.api.Test;

/** The README documents every setting with the very text of its constant. */
class ReadmeTest {
    @Test
    void everySettingIsDocumentedWithItsOwnDescription() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        for (StageFactory<?> f : new StageFactory<?>[] {new TranslateStepFactory(), new ApertiumEngineFactory(),
                new ApyEngineFactory(), new LibreTranslateEngineFactory()}) {
            for (Setting<?> s : f.settings()) {
                assertThat(readme).as("%s.%s", f.type(), s.name())
                        .contains("| `" + s.name() + "` |").contains(s.description().replace("|", "\\|"));
            }
        }
    }
}
