package org.copydesk.plugins.rss;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.copydesk.api.Acknowledgement;
import org.copydesk.api.InputContext;
import org.copydesk.api.Payload;

/** An input context that keeps every payload and acknowledges it at once (or not, when told). */
final class RecordingContext implements InputContext {
    record Submitted(Payload payload, Acknowledgement ack) {
    }

    final List<Submitted> submitted = new CopyOnWriteArrayList<>();
    private final boolean autoAck;
    volatile boolean stopping;

    RecordingContext(boolean autoAck) {
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

    List<String> uris() {
        return submitted.stream().map(s -> s.payload().sourceUri()).toList();
    }
}
