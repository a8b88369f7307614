package io.abaco.cli;

import io.abaco.cli.error.ErrorReporter;
import io.abaco.cli.logging.LoggingSetup;
import io.abaco.cli.output.RedactingWriter;
import io.abaco.config.Secrets;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/**
 * Entry point of the {@code abaco} command. {@link #run} returns the exit code of DESIGN §11; only {@link #main}
 * exits the JVM, so tests run commands in-process.
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.exit(run(System.out, System.err, System.getenv(), args));
    }

    /** Runs one command with the process environment. */
    public static int run(PrintStream out, PrintStream err, String... args) {
        return run(out, err, System.getenv(), args);
    }

    /**
     * Runs one command.
     *
     * @param environment the environment variables the command sees (placeholders, secrets, {@code PIPELINE_ENV})
     * @return the exit code: 0 success, 1 negative verdict, 2 usage/config/input error, 3 refused by state, 4 bug
     */
    public static int run(PrintStream out, PrintStream err, Map<String, String> environment, String... args) {
        CliContext context = new CliContext(redacting(out), redacting(err), environment);
        Class<?> invoked = InvokedSubcommand.of(args);
        if (invoked == null) {
            AbacoCommandTree root = new AbacoCommandTree(context);
            return execute(commandLine(root), root, args);
        }
        AbacoCommand root = new AbacoCommand(context);
        return execute(configure(new CommandLine(root).addSubcommand(invoked), root), root, args);
    }

    /** Runs a command line built by {@link #commandLine} (tests add test-only subcommands in between). */
    static int execute(CommandLine commandLine, AbacoCommand root, String... args) {
        Secrets.registerFromEnvironment(root.context().environment());
        try {
            return commandLine.execute(args);
        } catch (Error error) {
            // picocli hands only Exceptions to the handler; an Error (stack overflow, assertion) is a bug too
            return new ErrorReporter(root).report(error, commandLine);
        } finally {
            root.context().out().flush();
            root.context().err().flush();
            LoggingSetup.close();
        }
    }

    /** The whole command tree. */
    static CommandLine commandLine(AbacoCommandTree root) {
        return configure(new CommandLine(root), root);
    }

    // Picocli applies these settings to the subcommands present when they are set: add subcommands first.
    private static CommandLine configure(CommandLine commandLine, AbacoCommand root) {
        ErrorReporter reporter = new ErrorReporter(root);
        commandLine.setOut(root.context().out());
        commandLine.setErr(root.context().err());
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setParameterExceptionHandler(reporter::parameterError);
        commandLine.setExecutionExceptionHandler(reporter::executionError);
        commandLine.setExecutionStrategy(parseResult -> executeParsed(root, parseResult));
        return commandLine;
    }

    private static int executeParsed(AbacoCommand root, ParseResult parseResult) {
        Integer helpExitCode = CommandLine.executeHelpRequest(parseResult);
        if (helpExitCode != null) return helpExitCode;
        LoggingSetup.configure(root.workspace(), root.verbose(), root.context().err());
        return new CommandLine.RunLast().execute(parseResult);
    }

    private static PrintWriter redacting(PrintStream stream) {
        return new PrintWriter(new RedactingWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8)), true);
    }
}
