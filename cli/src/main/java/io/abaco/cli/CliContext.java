package io.abaco.cli;

import java.io.PrintWriter;
import java.util.Map;

/**
 * What one command invocation talks to: its output streams (both redact secrets) and the environment it sees.
 *
 * @param out standard output, for results
 * @param err standard error, for errors and progress
 * @param environment environment variables, immutable
 */
public record CliContext(PrintWriter out, PrintWriter err, Map<String, String> environment) {
    public CliContext {
        environment = Map.copyOf(environment);
    }
}
