package io.abaco.cli.cutover;

import io.abaco.cli.AbacoSubcommand;
import io.abaco.config.ConfigLoader;
import io.abaco.cutover.rehearsal.PhaseTiming;
import io.abaco.cutover.rehearsal.Rehearsal;
import io.abaco.cutover.rehearsal.RehearsalResult;
import io.abaco.cutover.run.CutoverProgress;
import io.abaco.error.UsageException;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code abaco cutover rehearse}: the whole cutover then the rollback, on staging unless {@code --env} says
 * otherwise, with timings and a final check that everything is back to the pre-cutover checksums.
 */
@Command(
        name = "rehearse",
        description = {
            "Rehearse on staging (or --env ENV): the whole cutover, then the rollback, with timings, ending with a",
            "check that every backed-up file and table is back to its pre-cutover checksum. Exit 1 if any part fails.",
            "PIPELINE_ENV is ignored here: only an explicit --env rehearses elsewhere than staging."
        })
public final class CutoverRehearseCommand extends AbacoSubcommand {
    static final String DEFAULT_ENVIRONMENT = "staging";

    @Option(names = "--json", description = "Print the result (rehearsal.json) as JSON instead of a table.")
    boolean json;

    @Option(
            names = "--allow-production",
            description = "Allow --env production: the rehearsal really cuts production over and rolls it back.")
    boolean allowProduction;

    @Override
    public Integer call() {
        requireWorkspace();
        String env = root().environmentFlag() != null ? root().environmentFlag() : DEFAULT_ENVIRONMENT;
        if (env.equals("production") && !allowProduction) {
            throw new UsageException("a rehearsal cuts over and rolls back for real: rehearse on staging, or add"
                    + " --allow-production to rehearse on production deliberately");
        }
        Map<String, String> children = new HashMap<>(environment());
        children.put("PIPELINE_ENV", env);
        Rehearsal rehearsal = new Rehearsal(
                workspace(), ConfigLoader.load(workspace(), env, environment()), env, children, Clock.systemUTC());
        CutoverProgress progress = json ? CutoverProgress.SILENT : new ProgressPrinter(err());
        Consumer<String> rollbackProgress = json
                ? line -> {}
                : line -> {
                    err().println("rollback: " + line);
                    err().flush();
                };
        RehearsalResult result = rehearsal.rehearse(progress, rollbackProgress);
        if (json) {
            printJson(result);
        } else {
            print(result, out());
        }
        return result.passed() ? 0 : 1;
    }

    private static void print(RehearsalResult result, PrintWriter out) {
        out.println("rehearsal of cutover " + result.cutoverId() + " on " + result.environment());
        out.println("  cutover  " + result.cutoverStatus() + "  " + ProgressPrinter.seconds(result.cutoverMs()));
        result.phases().forEach(phase -> out.println(line(phase)));
        out.println("  rollback " + result.rollbackStatus() + "  " + ProgressPrinter.seconds(result.rollbackMs()));
        result.rollbackSteps().forEach(step -> out.println(line(step)));
        out.println("restored_to_pre_cutover: " + (result.restoredToPreCutover().restored() ? "yes" : "NO") + " — "
                + result.restoredToPreCutover().message());
        result.restoredToPreCutover().differences().forEach(difference -> out.println("    " + difference));
        result.problems().forEach(problem -> out.println("problem: " + problem));
        out.println("rehearsal: " + (result.passed() ? "PASS" : "FAIL"));
        out.flush();
    }

    private static String line(PhaseTiming timing) {
        return String.format(
                java.util.Locale.ROOT,
                "    %-17s %-7s %8s%s",
                timing.name(),
                timing.status(),
                ProgressPrinter.seconds(timing.durationMs()),
                timing.message() == null ? "" : "  " + timing.message());
    }
}
