package io.abaco.cli;

import io.abaco.cli.output.JsonOutput;
import io.abaco.config.ConfigLoader;
import io.abaco.config.LoadedConfig;
import io.abaco.config.Workspace;
import java.io.PrintWriter;
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

    /** {@code --env} > {@code PIPELINE_ENV} > {@code development}. */
    protected String environmentName() {
        return ConfigLoader.environmentName(root().environmentFlag(), environment());
    }

    /** Loads and validates the workspace's configuration for the selected environment. */
    protected LoadedConfig loadConfig() {
        return ConfigLoader.load(workspace(), environmentName(), environment());
    }

    /** Prints a result record (or tree) as JSON: the same record the module returned. */
    protected void printJson(Object result) {
        JsonOutput.print(out(), result);
    }
}
