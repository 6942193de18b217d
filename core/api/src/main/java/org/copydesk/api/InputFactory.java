package org.copydesk.api;

/** Contributes an {@link Input} type (a transport), e.g. {@code directory}. */
public interface InputFactory extends StageFactory<Input> {
}
