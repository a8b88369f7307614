package io.abaco.cli.service;

import io.abaco.cli.AbacoSubcommand;
import io.abaco.cutover.controller.ServiceActionResult;
import io.abaco.cutover.controller.ServiceCommands;
import io.abaco.cutover.controller.ServiceName;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code abaco service start|stop|status v1|v2}: the cutover's controllers, driven directly. */
@Command(
        name = "service",
        description = {
            "Start, stop or check V1 or V2.",
            "Uses the controller configured under cutover.v1 / cutover.v2 (process, systemd, command or http),",
            "outside a cutover or to start V1 before one."
        })
public final class ServiceCommand extends AbacoSubcommand {
    @Parameters(index = "0", paramLabel = "ACTION", description = "start, stop or status")
    String action;

    @Parameters(index = "1", paramLabel = "SERVICE", description = "v1 or v2")
    String service;

    @Option(names = "--dry-run", description = "Say what start/stop would do; change nothing.")
    boolean dryRun;

    @Option(names = "--json", description = "Print the result as JSON.")
    boolean json;

    @Override
    public Integer call() {
        ServiceName name = ServiceName.parse(service);
        ServiceCommands commands =
                new ServiceCommands(loadConfig().config().cutover(), workspace(), serviceEnvironment(), dryRun);
        ServiceActionResult result =
                switch (action) {
                    case "start" -> commands.start(name);
                    case "stop" -> commands.stop(name);
                    case "status" -> commands.status(name);
                    default -> throw new picocli.CommandLine.ParameterException(
                            spec.commandLine(), "unknown action '" + action + "': use start, stop or status");
                };
        if (json) {
            printJson(result);
        } else {
            out().println(result.message());
            out().println(name.label() + ": " + result.after().state().name().toLowerCase()
                    + (result.after().pid() == null
                            ? ""
                            : " (pid " + result.after().pid() + ")")
                    + (result.after().healthy() ? ", healthy" : ""));
            out().flush();
        }
        return action.equals("status") && !result.after().running() ? 1 : 0;
    }
}
