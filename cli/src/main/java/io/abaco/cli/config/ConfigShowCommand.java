package io.abaco.cli.config;

import io.abaco.cli.AbacoSubcommand;
import io.abaco.cli.output.JsonOutput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code abaco config show}: the merged, resolved configuration with every secret redacted. */
@Command(
        name = "show",
        description = "Print the merged and resolved configuration, secrets redacted (YAML, or JSON with --json).")
public final class ConfigShowCommand extends AbacoSubcommand {
    @Option(names = "--json", description = "Print JSON instead of YAML.")
    private boolean json;

    @Override
    public Integer call() {
        var tree = loadConfig().redactedTree();
        if (json) {
            printJson(tree);
        } else {
            out().print(JsonOutput.toYaml(tree));
            out().flush();
        }
        return 0;
    }
}
