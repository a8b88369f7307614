package io.abaco.cli;

import io.abaco.cli.output.RedactingWriter;
import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Consumer;
import picocli.CommandLine;

/** Runs {@code abaco} in-process through the real Picocli command line, capturing stdout, stderr and the exit code. */
public record CliRun(int exitCode, String stdout, String stderr) {

    /** Exactly as {@code bin/abaco} runs it: through {@link Main#run}. */
    public static CliRun of(Map<String, String> environment, String... args) {
        Streams streams = new Streams();
        int exitCode = Main.run(streams.out, streams.err, environment, args);
        return streams.result(exitCode);
    }

    /** With {@code customizer} adding test-only subcommands before the command line runs. */
    public static CliRun of(Map<String, String> environment, Consumer<CommandLine> customizer, String... args) {
        Streams streams = new Streams();
        AbacoCommandTree root =
                new AbacoCommandTree(new CliContext(redacting(streams.out), redacting(streams.err), environment));
        CommandLine commandLine = Main.commandLine(root);
        customizer.accept(commandLine);
        return streams.result(Main.execute(commandLine, root, args));
    }

    public String all() {
        return stdout + stderr;
    }

    private static PrintWriter redacting(PrintStream stream) {
        return new PrintWriter(new RedactingWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8)), true);
    }

    private static final class Streams {
        final ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
        final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
        final PrintStream out = new PrintStream(outBytes, true, StandardCharsets.UTF_8);
        final PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);

        CliRun result(int exitCode) {
            return new CliRun(
                    exitCode, outBytes.toString(StandardCharsets.UTF_8), errBytes.toString(StandardCharsets.UTF_8));
        }
    }
}
