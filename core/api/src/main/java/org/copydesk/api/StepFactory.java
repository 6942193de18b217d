package org.copydesk.api;

/** Contributes a {@link Step} type, e.g. {@code dateline}. */
public interface StepFactory extends StageFactory<Step> {
}
