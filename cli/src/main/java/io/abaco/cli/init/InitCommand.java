package io.abaco.cli.init;

import io.abaco.cli.AbacoSubcommand;
import io.abaco.workspace.ScaffoldRequest;
import io.abaco.workspace.ScaffoldResult;
import io.abaco.workspace.WorkspaceScaffold;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code abaco init DIR}: creates a workspace that works out of the box. */
@Command(
        name = "init",
        description = "Create a workspace: configuration for development, staging and production, a synthetic"
                + " receivables tape, and a stand-in for the legacy V1 pipeline. DIR must be absent or empty unless"
                + " --force.")
public final class InitCommand extends AbacoSubcommand {
    /** Set by bin/abaco to the installation directory, so the V2 service can be started with the same launcher. */
    static final String HOME_VARIABLE = "ABACO_HOME";

    @Parameters(index = "0", paramLabel = "DIR", description = "Directory of the new workspace.")
    private Path directory;

    @Option(
            names = "--rows",
            paramLabel = "N",
            defaultValue = "10000",
            description = "Rows of the synthetic tape (default: ${DEFAULT-VALUE}).")
    private long rows;

    @Option(
            names = "--seed",
            paramLabel = "S",
            defaultValue = "42",
            description = "Seed of the synthetic tape; the same seed gives the same file (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--force", description = "Write into a non-empty DIR, replacing the workspace's own files.")
    private boolean force;

    @Option(names = "--json", description = "Print the result as JSON.")
    private boolean json;

    @Override
    public Integer call() {
        ScaffoldResult result =
                new WorkspaceScaffold().create(new ScaffoldRequest(directory, rows, seed, force, launcher()));
        if (json) {
            printJson(result);
            return 0;
        }
        out().println("created workspace " + directory + " (" + result.files().size() + " files, tape of "
                + result.tapeRows() + " rows)");
        out().println("next: abaco -w " + directory + " config validate");
        return 0;
    }

    private Path launcher() {
        String home = environment().get(HOME_VARIABLE);
        return home == null || home.isBlank() ? null : Path.of(home, "bin", "abaco");
    }
}
