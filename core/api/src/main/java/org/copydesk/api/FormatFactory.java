package org.copydesk.api;

/** Contributes a {@link Format} type, e.g. {@code wire}. */
public interface FormatFactory extends StageFactory<Format> {
}
