package org.copydesk.runtime.builtin;

import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.copydesk.api.Acknowledgement;
import org.copydesk.api.Input;
import org.copydesk.api.InputContext;
import org.copydesk.api.InputFactory;
import org.copydesk.api.Payload;
import org.copydesk.api.Setting;
import org.copydesk.api.Settings;
import org.copydesk.api.StageContext;
import org.pf4j.Extension;

/**
 * Input {@code http-push}: other systems POST stories to {@code /api/pipelines/<name>/documents} on the admin API
 * (raw bytes in the pipeline's format, or Copydesk JSON with format {@code copydesk-json}). The response comes once
 * the story is written (202) or kept as a dead letter (422), so a sender that gets no answer can simply retry.
 */
@Extension
public final class HttpPushInputFactory implements InputFactory {
    private final PushHub hub;

    @Inject
    public HttpPushInputFactory(PushHub hub) {
        this.hub = hub;
    }

    @Override
    public String type() {
        return "http-push";
    }

    @Override
    public String description() {
        return "Accepts stories POSTed to /api/pipelines/<name>/documents on the admin API; answers once written.";
    }

    @Override
    public List<Setting<?>> settings() {
        return List.of();
    }

    @Override
    public Input create(StageContext context, Settings settings) {
        return new Input() {
            private Function<Payload, CompletableFuture<PushHub.Outcome>> receiver;

            @Override
            public void start(InputContext ctx) {
                receiver = payload -> {
                    CompletableFuture<PushHub.Outcome> done = new CompletableFuture<>();
                    try {
                        ctx.submit(payload, new Acknowledgement() {
                            @Override
                            public void ack() {
                                done.complete(PushHub.Outcome.WRITTEN);
                            }

                            @Override
                            public void deadLettered() {
                                done.complete(PushHub.Outcome.DEAD_LETTERED);
                            }

                            @Override
                            public void nack(Throwable error) {
                                done.complete(PushHub.Outcome.FAILED);
                            }
                        });
                    } catch (InterruptedException e) {
                        done.complete(PushHub.Outcome.FAILED);
                    }
                    return done;
                };
                hub.register(ctx.pipeline(), receiver);
            }

            @Override
            public void stop() {
                if (receiver != null) {
                    hub.unregister(context.pipeline(), receiver);
                }
            }

            @Override
            public boolean awaitStop(Duration timeout) {
                return true;
            }
        };
    }
}
