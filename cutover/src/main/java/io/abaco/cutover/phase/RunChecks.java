package io.abaco.cutover.phase;

import io.abaco.config.Workspace;
import io.abaco.fs.Hashing;
import io.abaco.pipeline.audit.AuditTrail;
import io.abaco.pipeline.audit.AuditVerification;
import io.abaco.pipeline.output.OutputFile;
import io.abaco.pipeline.run.RunResult;
import io.abaco.validation.CheckResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Checks of one finished V2 run that staging-validate and post-validate both make. Each one measures. */
final class RunChecks {
    private RunChecks() {}

    /** par_30, par_90, collection_rate in [0, 100]; portfolio_health in [0, 10]. */
    static CheckResult kpiRanges(Map<String, Double> kpis) {
        List<String> outside = new ArrayList<>();
        for (var kpi : kpis.entrySet()) {
            double max = kpi.getKey().equals("portfolio_health") ? 10 : 100;
            double value = kpi.getValue();
            if (!(value >= 0 && value <= max))
                outside.add(kpi.getKey() + "=" + value + " not in [0, " + (int) max + "]");
        }
        if (kpis.size() < 4) outside.add("only " + kpis.size() + " of 4 KPIs computed");
        return outside.isEmpty()
                ? CheckResult.pass("kpi_ranges", kpis, "[0,100], health [0,10]", "all four KPIs in range")
                : CheckResult.fail("kpi_ranges", kpis, "[0,100], health [0,10]", String.join("; ", outside));
    }

    /** Every output file of the manifest exists with its byte size and sha256, recomputed from disk. */
    static CheckResult outputsMatchManifest(Workspace workspace, RunResult run) {
        List<String> problems = new ArrayList<>();
        List<OutputFile> files = run.manifest().files();
        for (OutputFile file : files) {
            Path path = workspace.resolve(file.path());
            if (!Files.isRegularFile(path)) {
                problems.add(file.path() + ": missing");
            } else if (!Hashing.sha256Hex(path).equals(file.sha256())) {
                problems.add(file.path() + ": sha256 differs from the manifest");
            }
        }
        if (files.isEmpty()) problems.add("the manifest lists no output file");
        String observed = (files.size() - problems.size()) + "/" + files.size() + " files match";
        return problems.isEmpty()
                ? CheckResult.pass("outputs_match_manifest", observed, "sha256 per file", "outputs verified")
                : CheckResult.fail("outputs_match_manifest", observed, "sha256 per file", String.join("; ", problems));
    }

    /** The run's audit trail is present and its hash chain verifies. */
    static CheckResult auditIntact(RunResult run) {
        Path audit = run.runDirectory().resolve("audit.jsonl");
        if (!Files.isRegularFile(audit)) {
            return CheckResult.fail("audit_trail", "missing", "hash chain intact", audit + " is missing");
        }
        AuditVerification verification = AuditTrail.verify(audit);
        return verification.ok()
                ? CheckResult.pass(
                        "audit_trail", verification.lines() + " lines", "hash chain intact", "chain verifies")
                : CheckResult.fail(
                        "audit_trail", "line " + verification.line(), "hash chain intact", verification.reason());
    }

    /** The run's loan-level output (csv preferred, then parquet), for the row-by-row shadow comparison. */
    static Path loansFile(Workspace workspace, RunResult run) {
        Path parquet = null;
        for (OutputFile file : run.manifest().files()) {
            String name = Path.of(file.path()).getFileName().toString();
            if (name.equals("loans.csv")) return workspace.resolve(file.path());
            if (name.equals("loans.parquet")) parquet = workspace.resolve(file.path());
        }
        return parquet;
    }
}
