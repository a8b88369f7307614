package io.abaco.cli;

import io.abaco.config.Workspace;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The root command {@code abaco}; its options are inherited by every subcommand. The subcommands are declared on
 * {@link AbacoCommandTree}: a command line that names one gets only that one ({@link Main}).
 */
@Command(
        name = "abaco",
        mixinStandardHelpOptions = true,
        scope = ScopeType.INHERIT,
        versionProvider = VersionProvider.class,
        description = {
            "Runs the Abaco loans-analytics V2 pipeline and cuts production over from V1 safely.",
            "",
        },
        synopsisSubcommandLabel = "COMMAND",
        footerHeading = "%nExit codes:%n",
        footer = {
            "  0  success",
            "  1  it ran, and the verdict is negative (a check or phase failed)",
            "  2  usage, configuration or input-data error",
            "  3  refused by state (lock held, phase order, nothing to roll back)",
            "  4  internal error (a bug; details are logged)",
        })
public class AbacoCommand implements Runnable {
    private final CliContext context;

    @Option(
            names = {"-w", "--workspace"},
            scope = ScopeType.INHERIT,
            paramLabel = "DIR",
            defaultValue = ".",
            description = "Workspace directory (default: the current directory).")
    private Path workspace;

    @Option(
            names = "--env",
            scope = ScopeType.INHERIT,
            paramLabel = "ENV",
            description = "Environment: development, staging, production (default: $PIPELINE_ENV, else development).")
    private String environmentName;

    @Option(names = "--stacktrace", scope = ScopeType.INHERIT, description = "Print stack traces of errors.")
    private boolean stacktrace;

    @Option(names = "--verbose", scope = ScopeType.INHERIT, description = "Log to stderr as well as logs/abaco.log.")
    private boolean verbose;

    public AbacoCommand(CliContext context) {
        this.context = context;
    }

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "missing command");
    }

    public CliContext context() {
        return context;
    }

    public Workspace workspace() {
        return new Workspace(workspace);
    }

    /** The {@code -w} value as typed (for messages); {@code .} by default. */
    public Path workspaceAsGiven() {
        return workspace;
    }

    /** The {@code --env} flag as given, or null. */
    public String environmentFlag() {
        return environmentName;
    }

    public boolean stacktrace() {
        return stacktrace;
    }

    public boolean verbose() {
        return verbose;
    }
}
