package io.abaco.cli.pipeline;

import io.abaco.cli.AbacoSubcommand;
import io.abaco.pipeline.calc.KpiValue;
import io.abaco.pipeline.run.PipelineRunner;
import io.abaco.pipeline.run.ProgressListener;
import io.abaco.pipeline.run.RunRequest;
import io.abaco.pipeline.run.RunResult;
import io.abaco.pipeline.run.RunSummary;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code abaco pipeline run}: one V2 run, ingestion → transformation → calculation → output. */
@Command(
        name = "run",
        description = {
            "Run the V2 pipeline on the configured tape (or --input FILE): writes the outputs to pipeline.output.dir",
            "and logs/runs/<run_id>/ (summary, manifest, compliance, audit). The same input replaces its run."
        })
public final class PipelineRunCommand extends AbacoSubcommand {
    @Option(
            names = "--input",
            paramLabel = "FILE",
            description = "Tape to read instead of pipeline.ingestion.path (CSV, Parquet, JSON lines, JSON).")
    Path input;

    @Option(names = "--json", description = "Print summary.json's record (kpis.par_30 … as numbers).")
    boolean json;

    @Override
    public Integer call() {
        var config = loadConfig();
        ProgressListener progress = json
                ? ProgressListener.NONE
                : new ProgressListener() {
                    @Override
                    public void phaseFinished(String phase, long rows, long durationMs) {
                        err().printf("  %-15s %,12d rows %8d ms%n", phase, rows, durationMs);
                        err().flush();
                    }
                };
        Path tape = input == null ? null : input.toAbsolutePath();
        RunResult result = new PipelineRunner().run(RunRequest.of(config, workspace(), tape, environment(), progress));
        if (json) {
            printJson(result.summary());
        } else {
            print(result);
        }
        return 0;
    }

    private void print(RunResult result) {
        RunSummary summary = result.summary();
        RunSummary.InputSummary input = summary.input();
        PrintWriter out = out();
        out.println("run " + summary.runId() + ": " + summary.status() + " in " + summary.durationMs() + " ms");
        out.printf(
                "input   %s (%s, sha256 %s…)%n",
                input.path(), input.format(), input.sha256().substring(0, 12));
        out.printf(
                "rows    read %,d  accepted %,d  rejected %,d  duplicates %,d  dropped %,d%n",
                input.rowsRead(), input.accepted(), input.rejected(), input.duplicates(), input.dropped());
        for (KpiValue kpi : summary.kpiDetails()) {
            out.printf(
                    "%-17s %8s  %s%s%n",
                    kpi.name(), kpi.value(), kpi.status(), kpi.reason() == null ? "" : " (" + kpi.reason() + ")");
        }
        summary.anomalies().forEach(anomaly -> out.println("anomaly: " + anomaly));
        out.println("outputs " + String.join(", ", summary.outputs()));
        out.println("run dir " + workspace().display(result.runDirectory()));
        out.flush();
    }
}
