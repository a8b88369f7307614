package io.abaco.cli.logging;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import ch.qos.logback.core.Layout;
import java.io.PrintWriter;

/** Appends log lines to the command's stderr writer (so tests capture them like any other output). */
final class WriterAppender extends AppenderBase<ILoggingEvent> {
    private final PrintWriter writer;
    private final Layout<ILoggingEvent> layout;

    WriterAppender(PrintWriter writer, Layout<ILoggingEvent> layout) {
        this.writer = writer;
        this.layout = layout;
    }

    @Override
    protected void append(ILoggingEvent event) {
        writer.print(layout.doLayout(event));
        writer.flush();
    }
}
