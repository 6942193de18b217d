/**
 * The Copydesk plugin API: everything a plugin compiles against.
 *
 * <p>A pipeline moves bytes from an {@link org.copydesk.api.Input} through a {@link org.copydesk.api.Format}
 * (bytes to {@link org.copydesk.api.Document}s), an ordered list of {@link org.copydesk.api.Step}s and one or
 * more {@link org.copydesk.api.Output}s. Each of the four is contributed by a factory extension
 * ({@link org.copydesk.api.InputFactory}, {@link org.copydesk.api.FormatFactory},
 * {@link org.copydesk.api.StepFactory}, {@link org.copydesk.api.OutputFactory}) that names its {@code type} and
 * declares its {@link org.copydesk.api.Setting}s. The core validates a pipeline's settings against those
 * declarations, reporting every problem at once, before it calls any factory's {@code create}.
 *
 * <p>Plugins take this artifact, PF4J, Guice, jakarta.inject and slf4j-api in {@code provided} scope: the host
 * supplies them, and a second copy inside a plugin breaks class identity.
 */
package org.copydesk.api;
