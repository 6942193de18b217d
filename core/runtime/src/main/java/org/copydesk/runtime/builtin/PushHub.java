package org.copydesk.runtime.builtin;

import jakarta.inject.Singleton;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.copydesk.api.Payload;

/**
 * Connects the admin API's {@code POST /api/pipelines/{name}/documents} to the {@code http-push} input of that
 * pipeline. One per daemon (a Guice singleton of the root injector).
 */
@Singleton
public final class PushHub {
    /** How a pushed payload ended. */
    public enum Outcome {
        /** Every document made from it is written. */
        WRITTEN,
        /** It failed and is kept in the dead-letter store. */
        DEAD_LETTERED,
        /** It could not be handled at all; the sender should retry. */
        FAILED
    }

    private final Map<String, Function<Payload, CompletableFuture<Outcome>>> receivers = new ConcurrentHashMap<>();

    void register(String pipeline, Function<Payload, CompletableFuture<Outcome>> receiver) {
        receivers.put(pipeline, receiver);
    }

    void unregister(String pipeline, Function<Payload, CompletableFuture<Outcome>> receiver) {
        receivers.remove(pipeline, receiver);
    }

    /** @return null when the pipeline has no running http-push input */
    public CompletableFuture<Outcome> push(String pipeline, Payload payload) {
        Function<Payload, CompletableFuture<Outcome>> r = receivers.get(pipeline);
        return r == null ? null : r.apply(payload);
    }
}
