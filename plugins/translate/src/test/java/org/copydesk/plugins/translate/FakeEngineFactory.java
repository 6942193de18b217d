package org.copydesk.plugins.translate;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.copydesk.api.Setting;
import org.copydesk.api.Settings;
import org.copydesk.api.StageContext;
import org.copydesk.api.TranslationEngine;
import org.copydesk.api.TranslationEngineFactory;

/** Engine 'fake': upper-cases text for en-es only; can be told to fail. Counts the texts it is asked. */
final class FakeEngineFactory implements TranslationEngineFactory {
    static final Setting<Boolean> FAIL = Setting.bool("fail", false);
    final AtomicInteger texts = new AtomicInteger();
    final AtomicInteger calls = new AtomicInteger();
    volatile boolean closed;

    @Override
    public String type() {
        return "fake";
    }

    @Override
    public List<Setting<?>> settings() {
        return List.of(FAIL);
    }

    @Override
    public TranslationEngine create(StageContext context, Settings settings) {
        boolean fail = settings.get(FAIL);
        return new TranslationEngine() {
            @Override
            public boolean supports(String from, String to) {
                return (from.equals("en") && to.equals("es")) || (from.equals("es") && to.equals("en"));
            }

            @Override
            public String describe(String from, String to) {
                return "fake " + from + "-" + to;
            }

            @Override
            public List<String> translate(String from, String to, List<String> in) throws Exception {
                calls.incrementAndGet();
                texts.addAndGet(in.size());
                if (fail) {
                    throw new java.io.IOException("fake " + from + "-" + to + ": server on fire");
                }
                return in.stream().map(t -> t.toUpperCase(Locale.ROOT)).toList();
            }

            @Override
            public void close() {
                closed = true;
            }
        };
    }
}
