package org.copydesk.runtime.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.copydesk.api.Acknowledgement;
import org.copydesk.api.Document;
import org.copydesk.api.Input;
import org.copydesk.api.InputContext;
import org.copydesk.api.Payload;
import org.copydesk.runtime.json.DocumentJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.copydesk.runtime.metrics.PipelineMetrics;
import org.slf4j.MDC;

/**
 * Runs one pipeline in the daemon: the input hands payloads to a queue bounded in count and bytes (so a slow
 * pipeline slows the input instead of filling the heap), worker threads parse, run the steps, write and flush every output, and only then
 * acknowledge the payload. What fails is kept in the dead-letter store and acknowledged as such; what cannot even be
 * kept there is refused (nack) so the input offers it again.
 */
public final class PipelineRunner {
    private static final Logger LOG = LoggerFactory.getLogger(PipelineRunner.class);
    private static final int OUTPUT_ATTEMPTS = 4;
    private static final Duration FIRST_BACKOFF = Duration.ofMillis(250);
    /** Bytes of payloads waiting for a worker, at most; a larger single payload is let in alone. */
    static final long MAX_QUEUED_BYTES = 32L * 1024 * 1024;
    /** Payloads a worker takes at once at most, when that many are waiting. */
    static final int MAX_BATCH = 16;

    private record Work(Payload payload, Acknowledgement ack) {
        Work(Payload payload, Acknowledgement ack) {
            this.payload = payload;
            this.ack = new OnceAcknowledgement(ack);
        }

        boolean answered() {
            return ((OnceAcknowledgement) ack).answered();
        }
    }

    /**
     * Passes on the first answer only and remembers that there was one, so that a worker that failed half-way
     * through a batch can refuse exactly the payloads it had not answered yet.
     */
    private static final class OnceAcknowledgement implements Acknowledgement {
        private final Acknowledgement delegate;
        private final java.util.concurrent.atomic.AtomicBoolean answered = new java.util.concurrent.atomic.AtomicBoolean();

        OnceAcknowledgement(Acknowledgement delegate) {
            this.delegate = delegate;
        }

        boolean answered() {
            return answered.get();
        }

        @Override
        public void ack() {
            if (answered.compareAndSet(false, true)) {
                delegate.ack();
            }
        }

        @Override
        public void deadLettered() {
            if (answered.compareAndSet(false, true)) {
                delegate.deadLettered();
            }
        }

        @Override
        public void nack(Throwable error) {
            if (answered.compareAndSet(false, true)) {
                delegate.nack(error);
            }
        }
    }

    private final Pipeline pipeline;
    private final Input input;
    private final DeadLetterStore deadLetters;
    private final DocumentProcessor processor;
    private final BlockingQueue<Work> queue;
    private final List<Thread> workers = new ArrayList<>();
    private final int workerCount;
    private volatile boolean stopping;
    /**
     * Set when {@link #stop} stops waiting for the workers: they then leave what is queued and write nothing more
     * (the outputs are about to close); what they hold is refused, so the input offers it again at restart. Without it
     * an interrupted worker went on taking queued payloads and wrote them to closed outputs, and a step that was
     * interrupted put its document in the dead-letter store (review).
     */
    private volatile boolean abandoned;
    /**
     * Workers between processing and their last acknowledgement (writing, keeping dead letters): a stop that gives up
     * does not interrupt them, since an interrupt in a file write closes the file (ClosedByInterruptException) and the
     * story would be dead-lettered half-written (second review). They finish within {@link #LEAVE_AFTER_INTERRUPT}.
     */
    private final Set<Thread> writing = java.util.concurrent.ConcurrentHashMap.newKeySet();
    /** How long interrupted workers get to leave before the outputs are flushed and closed anyway. */
    private static final Duration LEAVE_AFTER_INTERRUPT = Duration.ofSeconds(5);
    private final Object bytesLock = new Object();
    private long queuedBytes;
    private final AtomicLong payloadsDone = new AtomicLong();
    private final AtomicLong documentsWritten = new AtomicLong();
    private final AtomicLong failures = new AtomicLong();

    private final PipelineMetrics metrics;
    private io.micrometer.core.instrument.Gauge queueGauge;

    public PipelineRunner(Pipeline pipeline, Input input, DeadLetterStore deadLetters) {
        this(pipeline, input, deadLetters, PipelineMetrics.none());
    }

    public PipelineRunner(Pipeline pipeline, Input input, DeadLetterStore deadLetters, PipelineMetrics metrics) {
        this.pipeline = pipeline;
        this.input = input;
        this.deadLetters = deadLetters;
        this.metrics = metrics;
        this.processor = new DocumentProcessor(pipeline, metrics);
        this.workerCount = pipeline.validated().definition().workers();
        this.queue = new ArrayBlockingQueue<>(Math.max(4, workerCount * 4));
    }

    /** The validated definition this runner was built from (to start it again when a newer version cannot start). */
    public ValidatedPipeline validated() {
        return pipeline.validated();
    }

    /** Ids of the plugins whose stages this pipeline runs (core stages not included). */
    public java.util.Set<String> pluginsUsed() {
        java.util.Set<String> ids = new java.util.TreeSet<>();
        ValidatedPipeline vp = pipeline.validated();
        java.util.stream.Stream.concat(java.util.stream.Stream.of(vp.input(), vp.format()),
                        java.util.stream.Stream.concat(vp.steps().stream(), vp.outputs().stream()))
                .map(s -> s.entry().pluginId()).filter(id -> !id.equals("core")).forEach(ids::add);
        return ids;
    }

    /** Payloads waiting for a worker. */
    public int queueDepth() {
        return queue.size();
    }

    public String name() {
        return pipeline.name();
    }

    public long payloadsDone() {
        return payloadsDone.get();
    }

    public long documentsWritten() {
        return documentsWritten.get();
    }

    public long failures() {
        return failures.get();
    }

    public void start() throws Exception {
        queueGauge = io.micrometer.core.instrument.Gauge.builder("copydesk.queue.depth", queue, BlockingQueue::size)
                .description("Payloads waiting for a worker").tag("pipeline", name()).register(metrics.registry());
        for (int i = 0; i < workerCount; i++) {
            Thread t = new Thread(this::workLoop, "copydesk-" + name() + "-worker-" + i);
            t.start();
            workers.add(t);
        }
        try {
            startInput();
        } catch (Exception | Error e) {
            // Nothing else will stop what was started: without this every failed start (retried at each reload or
            // plugin change) left its workers polling and its output files open for the life of the daemon.
            stopping = true;
            for (Thread t : workers) {
                t.interrupt();
                t.join(1000);
            }
            metrics.registry().remove(queueGauge);
            pipeline.close();
            throw e;
        }
        LOG.info("Pipeline '{}' started: {} worker(s), input '{}', format '{}', {} step(s), {} output(s)", name(),
                workerCount, pipeline.validated().input().spec().type(), pipeline.formatType(),
                pipeline.steps().size(), pipeline.outputs().size());
    }

    private void startInput() throws Exception {
        input.start(new InputContext() {
            @Override
            public String pipeline() {
                return name();
            }

            @Override
            public void submit(Payload payload, Acknowledgement ack) throws InterruptedException {
                reserveBytes(payload.bytes().length);
                while (true) {
                    if (stopping) {
                        releaseBytes(payload.bytes().length);
                        throw new InterruptedException("pipeline '" + name() + "' is stopping");
                    }
                    if (queue.offer(new Work(payload, ack), 200, TimeUnit.MILLISECONDS)) {
                        return;
                    }
                }
            }

            @Override
            public boolean isStopping() {
                return stopping;
            }
        });
    }

    /**
     * Stops taking input, finishes what is queued and in flight, flushes and closes every stage.
     *
     * @return true when everything finished within the timeout
     */
    public boolean stop(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        input.stop();
        boolean clean = true;
        try {
            clean &= input.awaitStop(remaining(deadline));
            stopping = true;
            for (Thread t : workers) {
                t.join(Math.max(1, remaining(deadline).toMillis()));
            }
            List<Thread> busy = workers.stream().filter(Thread::isAlive).toList();
            if (!busy.isEmpty()) {
                clean = false;
                // abandoned is set before looking at who writes, and a worker enters the writing set before reading
                // abandoned: so a worker is either left alone while it writes or sees abandoned and writes nothing
                abandoned = true;
                for (Thread t : busy) {
                    if (!writing.contains(t)) {
                        t.interrupt();
                    }
                }
                long leave = System.nanoTime() + LEAVE_AFTER_INTERRUPT.toNanos();
                for (Thread t : busy) {
                    t.join(Math.max(1, remaining(leave).toMillis()));
                    if (t.isAlive()) {
                        LOG.warn("Pipeline '{}': worker {} did not leave within {} s of being interrupted; closing the"
                                + " outputs anyway", name(), t.getName(), LEAVE_AFTER_INTERRUPT.toSeconds());
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            abandoned = true;
            clean = false;
        }
        clean &= refuseLeftovers();
        for (Pipeline.NamedOutput o : pipeline.outputs()) {
            try {
                o.output().flush();
            } catch (IOException e) {
                LOG.error("Pipeline '{}': final flush of output '{}' failed: {}", name(), o.type(), e.toString());
                clean = false;
            }
        }
        try {
            input.close();
        } catch (Exception e) {
            LOG.warn("Pipeline '{}': closing input failed: {}", name(), e.toString());
        }
        pipeline.close();
        if (queueGauge != null) {
            metrics.registry().remove(queueGauge);
        }
        LOG.info("Pipeline '{}' stopped{}: {} payload(s), {} document(s) written, {} failure(s)", name(),
                clean ? "" : " (timed out; unfinished work will be offered again at restart)", payloadsDone.get(),
                documentsWritten.get(), failures.get());
        return clean;
    }

    /**
     * Refuses what is still queued once the workers have left (a stop that gave up on them): each payload gets its
     * answer now (an http push is not left waiting for one), and the input offers it again at restart.
     *
     * @return true when nothing was left
     */
    private boolean refuseLeftovers() {
        List<Work> left = new ArrayList<>();
        queue.drainTo(left);
        for (Work w : left) {
            releaseBytes(w.payload().bytes().length);
            refuseForStop(w);
        }
        return left.isEmpty();
    }

    /** Refuses a payload that a stop cut short; the input offers it again (at restart, for most inputs). */
    private void refuseForStop(Work work) {
        LOG.warn("Pipeline '{}': stopped before {} was written; it will be offered again", name(),
                work.payload().sourceUri());
        try {
            work.ack().nack(new InterruptedException("pipeline '" + name() + "' stopped before it was written"));
        } catch (RuntimeException e) {
            LOG.warn("Pipeline '{}': the input did not take back {}: {}", name(), work.payload().sourceUri(),
                    e.toString());
        }
    }

    /** Waits until the queue holds few enough bytes: a slow pipeline slows its input rather than filling the heap. */
    private void reserveBytes(long n) throws InterruptedException {
        synchronized (bytesLock) {
            while (queuedBytes > 0 && queuedBytes + n > MAX_QUEUED_BYTES) {
                if (stopping) {
                    throw new InterruptedException("pipeline '" + name() + "' is stopping");
                }
                bytesLock.wait(200);
            }
            queuedBytes += n;
        }
    }

    private void releaseBytes(long n) {
        synchronized (bytesLock) {
            queuedBytes -= n;
            bytesLock.notifyAll();
        }
    }

    private static Duration remaining(long deadline) {
        return Duration.ofNanos(Math.max(0, deadline - System.nanoTime()));
    }

    private void workLoop() {
        MDC.put("pipeline", name());
        List<Work> batch = new ArrayList<>(MAX_BATCH);
        try {
            while (!abandoned && (!stopping || !queue.isEmpty())) {
                Work first;
                try {
                    first = queue.poll(100, TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    return;
                }
                if (first == null) {
                    continue;
                }
                // A share of what else is already waiting goes with it (the other workers' shares stay queued): one
                // output write, and one wake-up of the input, for the batch instead of one per payload. Nothing waits
                // for a batch to fill, so an idle pipeline still answers each payload at once.
                batch.clear();
                batch.add(first);
                queue.drainTo(batch, Math.min(MAX_BATCH - 1, queue.size() / workerCount));
                long bytes = 0;
                for (Work w : batch) {
                    bytes += w.payload().bytes().length;
                }
                releaseBytes(bytes);
                try {
                    handle(batch);
                } catch (RuntimeException | Error e) {
                    // A plugin's Error (NoClassDefFoundError, AssertionError, ...) or a bug here must not end the
                    // worker silently with its batch unanswered: refuse what is left (offered again later), log, go on.
                    LOG.error("Pipeline '{}': a worker failed handling {} payload(s); those not yet answered will be"
                            + " offered again", name(), batch.size(), e);
                    for (Work w : batch) {
                        if (!w.answered()) {
                            w.ack().nack(e);
                        }
                    }
                    if (e instanceof VirtualMachineError vme && !(e instanceof StackOverflowError)) {
                        throw vme; // out of memory and the like: the JVM is not in a state to go on
                    }
                }
            }
        } finally {
            MDC.clear();
        }
    }

    /** A payload and what the format and steps made of it. */
    private record Processed(Work work, DocumentProcessor.Result result) {
        Payload payload() {
            return work.payload();
        }

        List<Document> documents() {
            return result.documents();
        }
    }

    /**
     * Parses and runs the steps over each payload, writes all their documents to every output together, then keeps
     * the failures and acknowledges each payload. A payload that cannot be handled at all is refused (nack) alone.
     */
    private void handle(List<Work> batch) {
        List<Processed> done = new ArrayList<>(batch.size());
        for (Work work : batch) {
            if (abandoned) {
                refuseForStop(work); // a long batch does not go on once the stop has given up
                continue;
            }
            try {
                done.add(new Processed(work, processor.process(work.payload())));
            } catch (RuntimeException e) {
                refuse(work, e);
            }
        }
        writing.add(Thread.currentThread());
        try {
            if (abandoned) {
                // The stop gave up waiting and may have interrupted this worker's steps: what it processed may be cut
                // short, and the outputs are closing. Refuse it all; the input offers it again.
                done.forEach(p -> refuseForStop(p.work()));
                return;
            }
            writeAndAnswer(done);
        } finally {
            writing.remove(Thread.currentThread());
        }
    }

    /** Writes the processed payloads, keeps their failures and answers each. */
    private void writeAndAnswer(List<Processed> done) {
        Unwritten unwritten = write(done);
        for (Processed p : done) {
            Exception notKept = unwritten.notKept.get(p);
            if (notKept != null) {
                refuse(p.work(), notKept);
                continue;
            }
            try {
                List<StageFailure> failures = p.result().failures();
                for (StageFailure f : failures) {
                    keep(f, p.payload(), failures.size() == 1 && p.documents().isEmpty(), 1);
                }
                payloadsDone.incrementAndGet();
                boolean anyFailed = !failures.isEmpty() || unwritten.kept.contains(p);
                if (anyFailed && p.documents().isEmpty()) {
                    p.work().ack().deadLettered();
                } else {
                    p.work().ack().ack();
                }
            } catch (IOException | RuntimeException e) {
                refuse(p.work(), e);
            }
        }
    }

    private void refuse(Work work, Exception e) {
        LOG.error("Pipeline '{}': cannot handle {} and cannot keep it as a dead letter either; it will be offered"
                + " again: {}", name(), work.payload().sourceUri(), e.toString());
        work.ack().nack(e);
    }

    /**
     * The payloads whose documents did not reach every output: kept as dead letters instead, or (with the reason)
     * not even that.
     */
    private static final class Unwritten {
        final Set<Processed> kept = Collections.newSetFromMap(new IdentityHashMap<>());
        final Map<Processed, Exception> notKept = new IdentityHashMap<>();
    }

    /**
     * Writes and flushes every output, all the batch's documents in one call, retrying with backoff; when an output
     * fails for good, each payload's documents are kept as dead letters for that output.
     */
    private Unwritten write(List<Processed> batch) {
        Unwritten unwritten = new Unwritten();
        List<Document> docs = new ArrayList<>();
        for (Processed p : batch) {
            docs.addAll(p.documents());
        }
        if (docs.isEmpty()) {
            return unwritten;
        }
        for (Pipeline.NamedOutput o : pipeline.outputs()) {
            Duration backoff = FIRST_BACKOFF;
            for (int attempt = 1; ; attempt++) {
                try {
                    long t0 = System.nanoTime();
                    // No lock here: outputs synchronise themselves (the Output contract), so workers can encode in
                    // parallel and only the append itself is serialised.
                    o.output().write(docs);
                    o.output().flush();
                    metrics.time("output:" + o.type(), System.nanoTime() - t0);
                    metrics.count("output:" + o.type(), PipelineMetrics.OK, docs.size());
                    break;
                } catch (IOException | RuntimeException e) {
                    // An exception from the output's own code (a document it cannot encode) will not go away with
                    // a retry; an I/O error may.
                    boolean retryCannotCure = e instanceof RuntimeException;
                    if (attempt >= OUTPUT_ATTEMPTS || stopping || retryCannotCure) {
                        if (batch.size() > 1) {
                            // failures stay per payload: only those whose own documents fail are kept
                            LOG.warn("Pipeline '{}': output '{}' failed for a batch of {} payloads; writing them one"
                                    + " by one: {}", name(), o.type(), batch.size(), e.toString());
                            writeOneByOne(o, batch, attempt, unwritten);
                        } else {
                            metrics.count("output:" + o.type(), PipelineMetrics.FAILED, docs.size());
                            keepUnwritten(batch, o, e, attempt, unwritten);
                        }
                        break;
                    }
                    LOG.warn("Pipeline '{}': output '{}' failed (attempt {} of {}), retrying in {} ms: {}", name(),
                            o.type(), attempt, OUTPUT_ATTEMPTS, backoff.toMillis(), e.toString());
                    sleep(backoff);
                    backoff = backoff.multipliedBy(2);
                }
            }
        }
        for (Processed p : batch) {
            if (!unwritten.kept.contains(p) && !unwritten.notKept.containsKey(p)) {
                documentsWritten.addAndGet(p.documents().size());
            }
        }
        return unwritten;
    }

    /** After a batch failed: each payload's documents in a call of their own; a payload that fails alone is kept. */
    private void writeOneByOne(Pipeline.NamedOutput o, List<Processed> batch, int attempts, Unwritten unwritten) {
        for (Processed p : batch) {
            if (p.documents().isEmpty()) {
                continue;
            }
            try {
                o.output().write(p.documents());
                o.output().flush();
                metrics.count("output:" + o.type(), PipelineMetrics.OK, p.documents().size());
            } catch (IOException | RuntimeException e) {
                metrics.count("output:" + o.type(), PipelineMetrics.FAILED, p.documents().size());
                keepUnwritten(List.of(p), o, e, attempts, unwritten);
            }
        }
    }

    /** Keeps each payload's documents as dead letters after an output failed for good. */
    private void keepUnwritten(List<Processed> batch, Pipeline.NamedOutput o, Exception e, int attempts,
                               Unwritten unwritten) {
        String output = o.type();
        // the plugin that supplied the output, as a step's failure names its plugin
        StageFailure failure = new StageFailure("output '" + output + "'", o.pluginId(), o.pluginVersion(), e, null);
        for (Processed p : batch) {
            if (p.documents().isEmpty() || unwritten.notKept.containsKey(p)) {
                continue;
            }
            LOG.error("Pipeline '{}': output '{}' failed {} time(s) for {}; keeping {} document(s) as dead letters: {}",
                    name(), output, attempts, p.payload().sourceUri(), p.documents().size(), e.toString());
            try {
                for (Document d : p.documents()) {
                    keep(new StageFailure(failure.stage(), failure.pluginId(), failure.pluginVersion(), e, d), p.payload(), false,
                            attempts);
                }
                unwritten.kept.add(p);
            } catch (IOException | RuntimeException keepFailed) {
                unwritten.kept.remove(p);
                unwritten.notKept.put(p, keepFailed);
            }
        }
    }

    private void keep(StageFailure f, Payload payload, boolean originalBytes, int attempts) throws IOException {
        failures.incrementAndGet();
        String uri = payload.sourceUri();
        // masked before it is cut: a secret with a "/" (a base64 key) left its tail in the letter's name (review 9)
        String shown = org.copydesk.runtime.config.Secrets.redact(uri);
        String name = shown.substring(shown.lastIndexOf('/') + 1);
        byte[] content = null;
        if (!originalBytes && f.document() != null) {
            try {
                content = DocumentJson.toJsonLine(f.document());
                name = name + ".document.json";
            } catch (RuntimeException e) {
                // the document cannot be written as JSON at all (what made the output fail): keep the payload's
                // own bytes instead, so it is kept rather than offered again for ever
                originalBytes = true;
                if (e != f.error()) {
                    f.error().addSuppressed(e);
                }
            }
        }
        if (content == null) {
            content = payload.bytes();
            originalBytes = true;
        }
        Path stored = deadLetters.put(name(), f, payload.sourceUri(), payload.received(), name, content, attempts,
                originalBytes || f.document() == null ? payload.contentType() : null,
                originalBytes || f.document() == null ? payload.attributes() : Map.of());
        metrics.deadLetter(f.stage());
        // The line is about one document (or payload): say which, in the MDC as every such line does.
        MDC.put("stage", f.stage());
        if (f.document() != null && f.document().id() != null) {
            MDC.put("document", f.document().id());
        }
        try {
            LOG.warn("Pipeline '{}': {} failed for {}: {} (kept in {})", name(), f.stage(), payload.sourceUri(),
                    f.message(), stored);
        } finally {
            MDC.remove("stage");
            MDC.remove("document");
        }
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
