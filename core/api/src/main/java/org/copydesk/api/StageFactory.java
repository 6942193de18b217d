package org.copydesk.api;

import java.util.List;
import org.pf4j.ExtensionPoint;

/**
 * Common shape of the four factory extension points. Implementations are PF4J {@code @Extension}s, created once
 * per plugin through Guice (constructor injection of core services works) and must be thread-safe.
 *
 * @param <T> what the factory creates
 */
public interface StageFactory<T> extends ExtensionPoint {
    /** The name a pipeline uses in {@code type:}, matching {@code [a-z][a-z0-9-]*}. */
    String type();

    /** One sentence for {@code copydesk plugins} and the generated documentation. */
    default String description() {
        return "";
    }

    /** Every setting the stage accepts. A setting not declared here is rejected by the core. */
    List<Setting<?>> settings();

    /**
     * Checks, without starting anything, what only the stage can know: that two settings fit together, that an
     * external program or language pair is installed. {@code copydesk validate} calls it, and so does the core before
     * {@link #create}. The default accepts everything.
     *
     * @throws ConfigurationException naming the setting at fault where there is one
     */
    default void check(StageContext context, Settings settings) throws ConfigurationException {
    }

    /**
     * Creates the stage from settings the core has already validated against {@link #settings()}.
     *
     * @throws ConfigurationException for a problem only the stage can see (a pair of values that do not fit, a
     *                                missing external program); the core reports it with the pipeline's file and
     *                                line
     */
    T create(StageContext context, Settings settings) throws ConfigurationException;
}
