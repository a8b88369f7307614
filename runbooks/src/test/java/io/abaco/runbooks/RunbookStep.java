package io.abaco.runbooks;

import java.util.List;

/**
 * One command of a runbook, as written in a fenced {@code abaco} block.
 *
 * @param file the runbook file name
 * @param line 1-based line of the command in the runbook
 * @param arguments the arguments after {@code abaco}, split like a shell would (quotes, no expansion)
 * @param expectedExit 0 unless the block says {@code # expect exit N} under the command
 * @param expectedOutput lines the output must contain in this order; {@code …} matches anything within a line
 */
public record RunbookStep(
        String file, int line, List<String> arguments, int expectedExit, List<String> expectedOutput) {
    public RunbookStep {
        arguments = List.copyOf(arguments);
        expectedOutput = List.copyOf(expectedOutput);
    }

    public String location() {
        return file + ":" + line;
    }

    public String commandLine() {
        return "abaco " + String.join(" ", arguments);
    }
}
