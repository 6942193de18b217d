package org.copydesk.api;

/** Contributes an {@link Output} type, e.g. {@code jsonl}. */
public interface OutputFactory extends StageFactory<Output> {
}
