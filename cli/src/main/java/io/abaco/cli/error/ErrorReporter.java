package io.abaco.cli.error;

import io.abaco.cli.AbacoCommand;
import io.abaco.config.Secrets;
import io.abaco.error.UsageException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * The one place where failures become exit codes and stderr lines (DESIGN §11). Every line is prefixed
 * {@code abaco: } and passes through {@link Secrets#redact}; a stack trace is printed only with
 * {@code --stacktrace}, and an internal error's trace always goes to the error log.
 */
public final class ErrorReporter {
    private final AbacoCommand root;

    public ErrorReporter(AbacoCommand root) {
        this.root = root;
    }

    /** Picocli's handler for bad command lines. */
    public int parameterError(ParameterException error, String[] args) {
        PrintWriter err = root.context().err();
        for (String line : UsageHint.explain(error)) {
            err.println(prefixed(line));
        }
        printTraceIfAsked(error);
        return ExitCode.USAGE.code();
    }

    /** Picocli's handler for exceptions a command threw. */
    public int executionError(Exception error, CommandLine commandLine, ParseResult parseResult) {
        return report(error, commandLine);
    }

    /** Reports any failure of {@code commandLine}'s command and returns its exit code. */
    public int report(Throwable error, CommandLine commandLine) {
        if (error instanceof ParameterException parameterError) return parameterError(parameterError, new String[0]);
        ExitCode exitCode = ExitCode.of(error);
        PrintWriter err = root.context().err();
        if (exitCode == ExitCode.INTERNAL) {
            Path log = InternalErrorLog.write(root.workspace(), root.context().environment(), error);
            String where = log == null ? "run again with --stacktrace for details" : "details in " + log;
            err.println(prefixed("internal error: " + describe(error) + " (" + where + ")"));
        } else {
            for (String line : messageLines(error)) {
                err.println(prefixed(line));
            }
            if (exitCode == ExitCode.USAGE && error instanceof UsageException) {
                err.println(prefixed(UsageHint.tryHelp(commandLine)));
            }
        }
        printTraceIfAsked(error);
        return exitCode.code();
    }

    private void printTraceIfAsked(Throwable error) {
        if (!root.stacktrace()) return;
        StringWriter trace = new StringWriter();
        error.printStackTrace(new PrintWriter(trace));
        root.context().err().print(Secrets.redact(trace.toString()));
        root.context().err().flush();
    }

    private static String[] messageLines(Throwable error) {
        String message = error.getMessage();
        if (message == null || message.isBlank()) message = error.getClass().getSimpleName();
        return message.strip().split("\\R");
    }

    static String describe(Throwable error) {
        String message = error.getMessage();
        String type = error.getClass().getName();
        String firstLine =
                message == null || message.isBlank() ? "" : message.strip().split("\\R", 2)[0];
        return firstLine.isEmpty() ? type : type + ": " + firstLine;
    }

    private static String prefixed(String line) {
        return "abaco: " + Secrets.redact(line);
    }
}
