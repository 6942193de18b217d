package org.copydesk.testkit;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.copydesk.api.Acknowledgement;
import org.copydesk.api.InputContext;
import org.copydesk.api.Payload;

/**
 * An {@link InputContext} for testing an input without a pipeline: keeps every payload it is given and acknowledges
 * it at once, or leaves the acknowledgement to the test (to play a crash before the write, or a dead letter).
 */
public final class RecordingInputContext implements InputContext {
    /** A payload and the acknowledgement the input passed with it. */
    public record Submitted(Payload payload, Acknowledgement ack) {
    }

    /** Everything submitted, in order. */
    public final List<Submitted> submitted = new CopyOnWriteArrayList<>();
    private final boolean autoAck;
    /** Set to make {@link #isStopping()} true. */
    public volatile boolean stopping;

    /** @param autoAck acknowledge each payload as soon as it is submitted */
    public RecordingInputContext(boolean autoAck) {
        this.autoAck = autoAck;
    }

    @Override
    public String pipeline() {
        return "test";
    }

    @Override
    public void submit(Payload payload, Acknowledgement ack) {
        submitted.add(new Submitted(payload, ack));
        if (autoAck) {
            ack.ack();
        }
    }

    @Override
    public boolean isStopping() {
        return stopping;
    }

    /** The source URIs of the submitted payloads, in order. */
    public List<String> uris() {
        return submitted.stream().map(s -> s.payload().sourceUri()).toList();
    }
}
