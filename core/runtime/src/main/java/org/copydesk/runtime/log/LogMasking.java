package org.copydesk.runtime.log;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.encoder.Encoder;
import ch.qos.logback.core.encoder.EncoderBase;
import ch.qos.logback.core.spi.AppenderAttachable;
import java.util.Iterator;
import org.copydesk.runtime.config.Secrets;
import org.slf4j.LoggerFactory;

/**
 * Masks every secret taken from the environment ({@link Secrets}) in every log line of the appenders with an
 * encoder that logback has when Copydesk starts: the built-in configurations, a {@code logback.xml} beside
 * {@code copydesk.yaml}, the JSON one (not appenders added by a later reconfiguration, nor those without an encoder,
 * such as syslog). Each appender's encoder is wrapped, so the message, the MDC and an exception's stack trace are all covered (a converter
 * in the pattern would miss the stack trace and every configuration that does not name it). Values read after
 * this call are masked too: the encoder asks {@link Secrets} at each line.
 */
public final class LogMasking {
    private LogMasking() {
    }

    /** Wraps the encoder of every output appender of the current logback context; harmless to call twice. */
    public static void install() {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext ctx)) {
            return;
        }
        for (Logger logger : ctx.getLoggerList()) {
            wrapAll(logger);
        }
    }

    private static void wrapAll(AppenderAttachable<ILoggingEvent> attachable) {
        for (Iterator<Appender<ILoggingEvent>> it = attachable.iteratorForAppenders(); it.hasNext(); ) {
            Appender<ILoggingEvent> a = it.next();
            if (a instanceof OutputStreamAppender<ILoggingEvent> out && out.getEncoder() != null
                    && !(out.getEncoder() instanceof Masking)) {
                out.setEncoder(new Masking(out.getEncoder()));
            }
            if (a instanceof AppenderAttachable<?> nested) {
                @SuppressWarnings("unchecked")
                AppenderAttachable<ILoggingEvent> n = (AppenderAttachable<ILoggingEvent>) nested;
                wrapAll(n);
            }
        }
    }

    /** An encoder whose bytes have every secret replaced by {@value Secrets#MASK}. */
    static final class Masking extends EncoderBase<ILoggingEvent> {
        private final Encoder<ILoggingEvent> delegate;

        Masking(Encoder<ILoggingEvent> delegate) {
            this.delegate = delegate;
            setContext(delegate.getContext());
            started = delegate.isStarted();
        }

        @Override
        public byte[] headerBytes() {
            return Secrets.redact(delegate.headerBytes());
        }

        @Override
        public byte[] encode(ILoggingEvent event) {
            byte[] bytes = delegate.encode(event);
            return Secrets.none() ? bytes : Secrets.redact(bytes);
        }

        @Override
        public byte[] footerBytes() {
            return Secrets.redact(delegate.footerBytes());
        }

        @Override
        public void start() {
            delegate.start();
            super.start();
        }

        @Override
        public void stop() {
            delegate.stop();
            super.stop();
        }
    }
}
