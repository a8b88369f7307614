package io.abaco.cli.status;

import io.abaco.cli.AbacoSubcommand;
import io.abaco.cutover.overview.Overview;
import io.abaco.cutover.overview.OverviewReader;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code abaco status}: one screen for the operator. */
@Command(
        name = "status",
        description = "One screen: the active pipeline, the last cutover and its phases, the last run, the last"
                + " validation and its verdict, open alerts.")
public final class StatusCommand extends AbacoSubcommand {
    @Option(names = "--json", description = "Print the overview as JSON.")
    boolean json;

    @Override
    public Integer call() {
        Overview overview = OverviewReader.read(workspace(), loadConfig(), environment());
        if (json) {
            printJson(overview);
            return 0;
        }
        PrintWriter out = out();
        out.println("active pipeline  " + overview.activePipeline());
        var cutover = overview.cutover();
        out.println("last cutover     "
                + (cutover.cutoverId() == null ? "none" : cutover.cutoverId() + " (" + cutover.state() + ")"));
        cutover.phases()
                .forEach(phase -> out.printf(
                        "                   %-17s %s%n",
                        phase.phase().cliName(),
                        phase.progress().name().toLowerCase().replace('_', ' ')));
        var run = overview.lastRun();
        out.println("last run         "
                + (run == null ? "none" : run.runId() + " at " + run.completedAt() + " " + run.kpis()));
        var validation = overview.lastValidation();
        out.println("last validation  "
                + (validation == null
                        ? "none"
                        : validation.status() + " at " + validation.timestamp()
                                + (validation.failing().isEmpty()
                                        ? ""
                                        : " — " + String.join(", ", validation.failing()))));
        out.println("open alerts      "
                + (overview.openAlerts().isEmpty() ? "none" : String.join(", ", overview.openAlerts())));
        if (cutover.nextCommand() != null) out.println("next             " + cutover.nextCommand());
        out.flush();
        return 0;
    }
}
