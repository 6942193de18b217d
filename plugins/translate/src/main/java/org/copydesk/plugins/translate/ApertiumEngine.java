package org.copydesk.plugins.translate;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeoutException;
import org.copydesk.api.TranslationEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Engine {@code apertium}: one long-lived null-flush translator per pair, started on the first call for that pair,
 * restarted when it has died, killed and restarted when a text takes longer than the timeout. Calls for one pair
 * share its translators (one by default) and wait for a free one; different pairs run side by side. Thread-safe; {@link #close()} ends every process it started.
 */
public final class ApertiumEngine implements TranslationEngine, PairAdvice {
    private static final Logger LOG = LoggerFactory.getLogger(ApertiumEngine.class);

    private final ApertiumInstallation installation;
    private final boolean markUnknown;
    private final Duration timeout;
    private final int translators;
    private final Map<String, java.util.concurrent.BlockingQueue<Slot>> pools = new ConcurrentHashMap<>();
    private final Set<Slot> slots = ConcurrentHashMap.newKeySet();
    private final Set<ProcessHandle> started = ConcurrentHashMap.newKeySet();
    private final Map<String, String> descriptions = new ConcurrentHashMap<>();
    private volatile boolean closed;

    public ApertiumEngine(ApertiumInstallation installation, boolean markUnknown, Duration timeout) {
        this(installation, markUnknown, timeout, 1);
    }

    /** @param translators how many translators to run per pair; a story takes one, stories for one pair share them */
    public ApertiumEngine(ApertiumInstallation installation, boolean markUnknown, Duration timeout, int translators) {
        if (translators < 1) {
            throw new IllegalArgumentException("translators must be at least 1, was " + translators);
        }
        this.translators = translators;
        this.installation = installation;
        this.markUnknown = markUnknown;
        this.timeout = timeout;
    }

    @Override
    public boolean supports(String from, String to) {
        return installation.mode(from, to).isPresent();
    }

    @Override
    public String whyNot(String from, String to) {
        String mode = ApertiumInstallation.modeName(from, to);
        String pkg = ApertiumInstallation.debianPackage(mode);
        return "apertium cannot translate " + from + "-" + to + ": the pair " + mode + " is not installed in "
                + installation.data() + "; install the Debian package " + pkg + " (apt-get install " + pkg
                + "; 'apertium -l' lists the installed pairs)";
    }

    @Override
    public String describe(String from, String to) {
        String mode = installation.mode(from, to).orElse(ApertiumInstallation.modeName(from, to));
        return descriptions.computeIfAbsent(mode,
                m -> "apertium " + m + installation.version(m).map(v -> " " + v).orElse(""));
    }

    @Override
    public List<String> translate(String from, String to, List<String> texts) throws Exception {
        if (closed) {
            throw new IllegalStateException("apertium " + from + "-" + to + ": engine is closed");
        }
        String mode = installation.mode(from, to).orElseThrow(() -> new IllegalArgumentException(whyNot(from, to)));
        java.util.concurrent.BlockingQueue<Slot> pool = pools.computeIfAbsent(mode, m -> {
            java.util.concurrent.BlockingQueue<Slot> q = new java.util.concurrent.ArrayBlockingQueue<>(translators);
            for (int i = 0; i < translators; i++) {
                Slot slot = new Slot(m);
                slots.add(slot);
                q.add(slot);
            }
            return q;
        });
        List<String> out = new ArrayList<>(texts.size());
        Slot slot = pool.take();
        try {
            for (String text : texts) {
                out.add(text.isBlank() ? text : slot.translate(text));
            }
        } finally {
            pool.add(slot);
        }
        return out;
    }

    private void track(ProcessHandle handle) {
        if (started.size() > 256) {
            started.removeIf(h -> !h.isAlive());  // translators restarted many times: forget the ended ones
        }
        started.add(handle);
    }

    /** The processes this engine has started (ended ones too, unless there were very many). For tests. */
    public Set<ProcessHandle> startedProcesses() {
        return Set.copyOf(started);
    }

    @Override
    public void close() {
        closed = true;
        slots.forEach(Slot::close);
        // anything still alive that was started here (a pipeline being started during close)
        started.forEach(h -> {
            h.descendants().forEach(ProcessHandle::destroyForcibly);
            h.destroyForcibly();
        });
    }

    /** One translator of one mode. Used by one caller at a time (taken from the pool); close may come from any thread. */
    private final class Slot {
        private final String mode;
        private volatile ApertiumPipeline pipeline;

        Slot(String mode) {
            this.mode = mode;
        }

        String translate(String text) throws Exception {
            for (int attempt = 0; ; attempt++) {
                ApertiumPipeline p = running();
                try {
                    return p.translate(text, timeout);
                } catch (TimeoutException e) {
                    discard(p);
                    throw new TimeoutException("apertium " + mode + ": " + e.getMessage()
                            + "; the translator was killed and starts again on the next call");
                } catch (IOException e) {
                    discard(p);
                    if (attempt > 0 || closed) {
                        throw new IOException("apertium " + mode + ": " + e.getMessage(), e);
                    }
                    LOG.warn("apertium {}: {}; starting it again", mode, e.getMessage());
                } catch (InterruptedException | RuntimeException | Error e) {
                    // Interrupted (or failed) midway: the text may be written and its answer still to come, so this
                    // translator's next answer would be this text's, given to the next caller. It goes, never back
                    // into use; the slot starts a fresh one on its next call.
                    discard(p);
                    throw e;
                }
            }
        }

        private ApertiumPipeline running() throws IOException {
            ApertiumPipeline p = pipeline;
            if (p != null && !p.alive()) {
                LOG.warn("apertium {}: the translator had stopped; starting it again", mode);
                discard(p);
                p = null;
            }
            if (p == null) {
                if (closed) {
                    throw new IOException("apertium " + mode + ": engine is closed");
                }
                try {
                    p = ApertiumPipeline.start(mode, installation.commands(mode, markUnknown), ApertiumEngine.this::track);
                } catch (IOException e) {
                    throw new IOException("apertium " + mode + ": cannot start the translator: " + e.getMessage(), e);
                }
                pipeline = p;
                if (closed) {
                    discard(p);
                    throw new IOException("apertium " + mode + ": engine is closed");
                }
            }
            return p;
        }

        private void discard(ApertiumPipeline p) {
            p.kill();
            if (pipeline == p) {
                pipeline = null;
            }
        }

        void close() {
            ApertiumPipeline p = pipeline;
            pipeline = null;
            if (p != null) {
                p.close();
            }
        }
    }
}
