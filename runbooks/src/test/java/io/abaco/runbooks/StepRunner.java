package io.abaco.runbooks;

import io.abaco.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs runbook steps in-process through {@link Main#run} against one workspace, the way an operator standing in
 * it would: runbooks write the workspace as {@value #WORKSPACE_PLACEHOLDER} and assume {@code cd} into it, so the
 * placeholder becomes the real directory in arguments (and back in output), and {@code -w DIR} is added to a
 * command that names no workspace. Standard output and error go to one buffer, interleaved as on a terminal.
 */
final class StepRunner {
    /** The workspace as the runbooks write it. */
    static final String WORKSPACE_PLACEHOLDER = "/srv/abaco";

    private final Path workspace;
    private final Map<String, String> environment;

    StepRunner(Path workspace, Map<String, String> environment) {
        this.workspace = workspace;
        this.environment = Map.copyOf(environment);
    }

    /** What one step did: its exit code and everything it printed, with the workspace written as the placeholder. */
    record Outcome(int exitCode, String output) {}

    Outcome run(RunbookStep step) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream terminal = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        int exitCode = Main.run(terminal, terminal, environment, arguments(step).toArray(String[]::new));
        terminal.flush();
        String output = bytes.toString(StandardCharsets.UTF_8).replace(workspace.toString(), WORKSPACE_PLACEHOLDER);
        return new Outcome(exitCode, output);
    }

    /** The step's arguments with the placeholder resolved and {@code -w} added when the step names no workspace. */
    List<String> arguments(RunbookStep step) {
        List<String> arguments = new ArrayList<>();
        boolean namesWorkspace = false;
        for (String argument : step.arguments()) {
            namesWorkspace |= argument.equals("-w")
                    || argument.startsWith("-w=")
                    || argument.equals("--workspace")
                    || argument.startsWith("--workspace=");
            arguments.add(argument.replace(WORKSPACE_PLACEHOLDER, workspace.toString()));
        }
        if (!namesWorkspace) {
            arguments.add(0, workspace.toString());
            arguments.add(0, "-w");
        }
        return arguments;
    }

    /**
     * How the step's outcome differs from what its runbook documents, as the message that names the runbook line
     * and the command; empty when the exit code and every documented line (in order) are there.
     */
    static Optional<String> drift(RunbookStep step, Outcome outcome) {
        String problem;
        if (outcome.exitCode() != step.expectedExit()) {
            problem = "exit " + outcome.exitCode() + ", the runbook expects " + step.expectedExit();
        } else {
            Optional<String> missing = OutputMatcher.firstMissing(step.expectedOutput(), outcome.output());
            if (missing.isEmpty()) return Optional.empty();
            problem = "documented output not printed (in order): " + missing.get();
        }
        return Optional.of(step.location() + ": " + step.commandLine() + "\n  " + problem + "\n  output was:\n"
                + outcome.output().indent(4));
    }
}
