package io.abaco.cli;

import io.abaco.cli.output.JsonOutput;
import io.abaco.config.ConfigLoader;
import io.abaco.config.LoadedConfig;
import io.abaco.config.Workspace;
import io.abaco.error.UsageException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * Base of every subcommand: access to the global options and the invocation's context. Subclasses parse their own
 * options, call one module method and render its result; they return 0 or throw an {@code AbacoException}, which
 * the {@link io.abaco.cli.error.ErrorReporter} turns into an exit code.
 */
public abstract class AbacoSubcommand implements Callable<Integer> {
    @Spec
    protected CommandSpec spec;

    protected AbacoCommand root() {
        return (AbacoCommand) spec.root().userObject();
    }

    protected PrintWriter out() {
        return root().context().out();
    }

    protected PrintWriter err() {
        return root().context().err();
    }

    protected Map<String, String> environment() {
        return root().context().environment();
    }

    protected Workspace workspace() {
        return root().workspace();
    }

    /**
     * The environment for the services this command starts (V1, V2): the process environment with
     * {@code PIPELINE_ENV} set to the selected environment, so that a V2 started by
     * {@code abaco --env production ...} serves production, not its own default.
     */
    protected Map<String, String> serviceEnvironment() {
        Map<String, String> children = new java.util.HashMap<>(environment());
        children.put("PIPELINE_ENV", environmentName());
        return Map.copyOf(children);
    }

    /** {@code --env} > {@code PIPELINE_ENV} > {@code development}. */
    protected String environmentName() {
        String flag = root().environmentFlag();
        // `--env "$TARGET"` with TARGET unset must not quietly fall back to another environment
        if (flag != null && flag.isBlank()) {
            throw new UsageException("--env is empty: name an environment (development, staging, production)");
        }
        return ConfigLoader.environmentName(flag, environment());
    }

    /**
     * Loads and validates the workspace's configuration for the selected environment.
     *
     * @throws UsageException when the directory is not a workspace at all
     */
    protected LoadedConfig loadConfig() {
        requireWorkspace();
        return ConfigLoader.load(workspace(), environmentName(), environment());
    }

    /** A missing workspace is a wrong {@code -w} or a missing {@code init}, better said so than "file not found". */
    protected void requireWorkspace() {
        Workspace workspace = workspace();
        if (Files.isRegularFile(workspace.masterConfig())) return;
        String given = root().workspaceAsGiven().toString();
        String problem = Files.isDirectory(workspace.root())
                ? given + " is not an abaco workspace (no config/pipeline.yml)"
                : "workspace " + given + " does not exist";
        throw new UsageException(problem + "; pass -w DIR, or create one with 'abaco init " + given + "'");
    }

    /** Prints a result record (or tree) as JSON: the same record the module returned. */
    protected void printJson(Object result) {
        JsonOutput.print(out(), result);
    }
}
