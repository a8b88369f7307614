package io.abaco.cli.config;

import io.abaco.cli.AbacoSubcommand;
import io.abaco.config.LoadedConfig;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;

/**
 * {@code abaco config validate}: loads the configuration for the environment and says it is valid; otherwise the
 * {@link io.abaco.error.ConfigException} lists every problem (exit 2).
 */
@Command(
        name = "validate",
        description = "Check config/pipeline.yml merged with config/environments/<env>.yml: prints every problem"
                + " with file:line:column and key path (exit 2), or that the configuration is valid.")
public final class ConfigValidateCommand extends AbacoSubcommand {
    @Override
    public Integer call() {
        LoadedConfig loaded = loadConfig();
        String files = loaded.files().stream().map(workspace()::display).collect(Collectors.joining(" + "));
        out().println(files + ": valid");
        return 0;
    }
}
