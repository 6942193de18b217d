package org.copydesk.api;

import java.io.IOException;
import java.util.List;

/**
 * Documents to somewhere. The core calls {@link #write} and then {@link #flush}, and acknowledges the input only
 * after {@code flush} returns, so {@code flush} must leave the documents durably written (at least handed to the
 * operating system). Calls may come from several worker threads; implementations synchronise as they need.
 */
public interface Output extends AutoCloseable {
    void write(List<Document> documents) throws IOException;

    void flush() throws IOException;

    @Override
    default void close() throws Exception {
    }
}
