package org.copydesk.api;

import java.util.List;

/** Bytes to documents: one payload may hold one story (a wire file) or many (a feed). Thread-safe. */
public interface Format extends AutoCloseable {
    /**
     * Parses a payload.
     *
     * @return the documents it holds; empty when the payload is valid but holds no stories (a feed without items),
     *         in which case the core acknowledges it with nothing written
     * @throws FormatException when the payload is not what this format reads (empty, binary, no body, ...)
     */
    List<Document> parse(Payload payload) throws FormatException;

    @Override
    default void close() throws Exception {
    }
}
