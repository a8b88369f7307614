package io.abaco.cli.completion;

import io.abaco.cli.AbacoSubcommand;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code abaco completion bash}: prints a bash completion script for every command and option. */
@Command(
        name = "completion",
        description = {"Print a shell completion script.", "Use: source <(abaco completion bash)"})
public final class CompletionCommand extends AbacoSubcommand {
    enum Shell {
        bash
    }

    @Parameters(index = "0", paramLabel = "SHELL", description = "Shell: ${COMPLETION-CANDIDATES}.")
    private Shell shell;

    @Override
    public Integer call() {
        out().print(AutoComplete.bash("abaco", spec.root().commandLine()));
        out().flush();
        return 0;
    }
}
