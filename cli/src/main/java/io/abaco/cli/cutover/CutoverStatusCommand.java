package io.abaco.cli.cutover;

import io.abaco.cli.AbacoSubcommand;
import io.abaco.cutover.journal.PhaseState;
import io.abaco.cutover.run.Cutover;
import io.abaco.cutover.run.CutoverStatus;
import java.io.PrintWriter;
import java.time.Clock;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code abaco cutover status}: where things stand, from the journal, and the exact next command. */
@Command(name = "status", description = "Show where the latest cutover stands (from its journal) and what to run next.")
public final class CutoverStatusCommand extends AbacoSubcommand {
    @Option(names = "--json", description = "Print the status as JSON.")
    boolean json;

    @Override
    public Integer call() {
        CutoverStatus status = new Cutover(workspace(), loadConfig(), environment(), Clock.systemUTC()).status();
        if (json) {
            printJson(status);
            return 0;
        }
        PrintWriter out = out();
        out.println(
                "cutover: " + (status.cutoverId() == null ? "none" : status.cutoverId()) + " (" + status.state() + ")");
        out.println("active pipeline: " + status.activePipeline());
        out.println("lock: " + status.lock().state().name().toLowerCase()
                + (status.lock().owner() == null ? "" : " — " + status.lock().owner()));
        for (PhaseState phase : status.phases()) {
            out.printf(
                    "  %d %-17s %-12s attempts %d%s%n",
                    phase.phase().order(),
                    phase.phase().cliName(),
                    phase.progress().name().toLowerCase().replace('_', ' '),
                    phase.attempts(),
                    phase.lastDetail() == null ? "" : "  " + phase.lastDetail());
        }
        status.warnings().forEach(warning -> out.println("warning: " + warning));
        out.println(
                "next: " + (status.nextCommand() == null ? "nothing (a cutover is running)" : status.nextCommand()));
        out.flush();
        return 0;
    }
}
