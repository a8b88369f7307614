package io.abaco.cli.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.FileAppender;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import io.abaco.config.Workspace;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.slf4j.LoggerFactory;

/**
 * Logging of one command: INFO and above to {@code logs/abaco.log} of the workspace (only when the directory holds
 * config/pipeline.yml, so that running abaco elsewhere leaves no files behind), and to stderr with {@code --verbose}. Every
 * line is redacted. Not thread-safe: called once per command, before it runs.
 */
public final class LoggingSetup {
    static final String FILE_PATTERN = "%d{yyyy-MM-dd'T'HH:mm:ss.SSSXXX, UTC} %-5level [%thread] %logger{36} - %msg%n";
    static final String CONSOLE_PATTERN = "abaco: %level %logger{0}: %msg%n";

    private LoggingSetup() {}

    public static void configure(Workspace workspace, boolean verbose, PrintWriter err) {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) return;
        context.reset();
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.OFF);
        if (Files.isRegularFile(workspace.masterConfig())) {
            root.addAppender(fileAppender(context, workspace));
            root.setLevel(Level.INFO);
        }
        if (verbose) {
            WriterAppender console = new WriterAppender(err, layout(context, CONSOLE_PATTERN));
            console.setContext(context);
            console.start();
            root.addAppender(console);
            root.setLevel(Level.INFO);
        }
    }

    /** Stops the appenders (closing the log file) and silences logging again. */
    public static void close() {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) return;
        context.reset();
        context.getLogger(Logger.ROOT_LOGGER_NAME).setLevel(Level.OFF);
    }

    private static FileAppender<ILoggingEvent> fileAppender(LoggerContext context, Workspace workspace) {
        LayoutWrappingEncoder<ILoggingEvent> encoder = new LayoutWrappingEncoder<>();
        encoder.setContext(context);
        encoder.setCharset(StandardCharsets.UTF_8);
        encoder.setLayout(layout(context, FILE_PATTERN));
        encoder.start();
        FileAppender<ILoggingEvent> file = new FileAppender<>();
        file.setContext(context);
        file.setName("workspace-log");
        file.setFile(workspace.root().resolve("logs").resolve("abaco.log").toString());
        file.setAppend(true);
        file.setEncoder(encoder);
        file.start();
        return file;
    }

    private static RedactingLayout layout(LoggerContext context, String pattern) {
        RedactingLayout layout = new RedactingLayout();
        layout.setContext(context);
        layout.setPattern(pattern);
        layout.start();
        return layout;
    }
}
