package io.abaco.cli.validation;

import io.abaco.config.ConfigLoader;
import io.abaco.config.Workspace;
import io.abaco.pipeline.run.PipelineRunner;
import io.abaco.pipeline.run.ProgressListener;
import io.abaco.pipeline.run.RunRequest;
import io.abaco.pipeline.run.RunResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** A workspace for the validation commands: a small tape, a configuration, and real V2 runs. */
final class CliWorkspace {
    static final Map<String, String> ENV = Map.of("ABACO_PII_KEY", "cli-validation-key");
    static final String HEADER = "loan_id,measurement_date,total_receivable_usd,total_eligible_usd,"
            + "discounted_balance_usd,cash_available_usd,dpd_0_7_usd,dpd_7_30_usd,dpd_30_60_usd,dpd_60_90_usd,"
            + "dpd_90_plus_usd,borrower_name";
    /** DESIGN §6 reference vectors: par_30 17.5, par_90 2.5, collection_rate 10, portfolio_health 8.25. */
    static final String TAPE = HEADER + "\n" + "L1,2026-01-31,1000,1000,800,100,0,0,100,50,25,Ann\n"
            + "L2,2026-01-31,2000,2000,1600,200,0,0,200,100,50,Bob\n";
    /** Tests never depend on how fast the machine is. */
    static final String CONFIG =
            """
            version: 2
            validation:
              sample_rows: 100
              thresholds: {latency_ms: 600000.0, memory_mb: 100000.0}
            cutover:
              v1:
                run_command: "bash legacy/v1.sh {input} {output}"
            """;

    final Workspace workspace;

    CliWorkspace(Path root) throws IOException {
        workspace = new Workspace(root);
        Files.createDirectories(workspace.configDir().resolve("environments"));
        Files.writeString(workspace.masterConfig(), CONFIG);
        Files.writeString(workspace.environmentConfig("development"), "name: cli-validation\n");
        Files.createDirectories(workspace.rawDataDir());
        Files.writeString(workspace.resolve("data/raw/loan_tape.csv"), TAPE);
    }

    String root() {
        return workspace.root().toString();
    }

    RunResult run() {
        return new PipelineRunner()
                .run(RunRequest.of(
                        ConfigLoader.load(workspace, "development", ENV), workspace, null, ENV, ProgressListener.NONE));
    }

    /** V1 as a bash script printing planted KPIs. */
    void legacyV1(String par30) throws IOException {
        Path script = workspace.resolve("legacy/v1.sh");
        Files.createDirectories(script.getParent());
        Files.writeString(
                script,
                "#!/bin/bash\nset -euo pipefail\nprintf '{\"par_30\": " + par30
                        + ", \"par_90\": 2.5, \"collection_rate\": 10.0, \"portfolio_health\": 8.25}\\n' > \"$2/kpis.json\"\n");
    }
}
