package org.copydesk.runtime.config;

import org.copydesk.api.FormatFactory;
import org.copydesk.api.InputFactory;
import org.copydesk.api.OutputFactory;
import org.copydesk.api.StageFactory;
import org.copydesk.api.StepFactory;
import org.copydesk.api.TranslationEngineFactory;

/** The four kinds of stage, with their extension points. */
public enum StageKind {
    INPUT("input", InputFactory.class),
    FORMAT("format", FormatFactory.class),
    STEP("step", StepFactory.class),
    OUTPUT("output", OutputFactory.class),
    /** Not a pipeline stage: created by a step through {@link org.copydesk.api.StageContext#component}. */
    TRANSLATION_ENGINE("translation engine", TranslationEngineFactory.class);

    private final String word;
    private final Class<? extends StageFactory<?>> extensionPoint;

    StageKind(String word, Class<? extends StageFactory<?>> extensionPoint) {
        this.word = word;
        this.extensionPoint = extensionPoint;
    }

    public String word() {
        return word;
    }

    public Class<? extends StageFactory<?>> extensionPoint() {
        return extensionPoint;
    }
}
