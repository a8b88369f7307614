package io.abaco.cutover.phase;

import io.abaco.config.Workspace;
import io.abaco.config.model.AbacoConfig;
import io.abaco.config.model.ServiceConfig;
import io.abaco.cutover.Phase;
import io.abaco.cutover.run.CutoverContext;
import io.abaco.cutover.run.PhaseOutcome;
import io.abaco.cutover.run.PhaseWork;
import io.abaco.pipeline.run.ProgressListener;
import io.abaco.pipeline.run.RunRequest;
import io.abaco.pipeline.run.RunResult;
import io.abaco.validation.CheckResult;
import io.abaco.validation.CheckStatus;
import io.abaco.validation.shadow.KpiSnapshot;
import io.abaco.validation.shadow.KpiVariance;
import io.abaco.validation.shadow.ShadowComparison;
import io.abaco.validation.shadow.ShadowReport;
import io.abaco.validation.shadow.ShadowReportFile;
import io.abaco.validation.shadow.V2PipelineExecutor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Phase 2: V2 on the production input into {@code logs/cutover/<id>/staging/} (production outputs untouched),
 * KPI ranges, output integrity and audit trail, then V1 on the very same bytes and the shadow comparison. A KPI
 * variance above {@code halt_above_pct} halts the cutover; V1's KPIs are kept as the pre-cutover baseline
 * ({@code v1-baseline.json}) for post-validate.
 */
public final class StagingValidatePhase implements PhaseWork {
    public static final String BASELINE = "v1-baseline.json";
    public static final String SHADOW = "shadow.json";

    @Override
    public PhaseOutcome execute(CutoverContext context) {
        Workspace workspace = context.workspace();
        AbacoConfig production = context.config().config();
        Path staging = context.cutoverDir().resolve("staging");
        AbacoConfig config = V2PipelineExecutor.isolated(production, staging.resolve("v2"));
        context.note(
                Phase.STAGING_VALIDATE,
                "running V2 on " + production.pipeline().ingestion().path() + " into " + workspace.display(staging));
        Optional<RunResult> v2 = context.effects()
                .runPipeline(new RunRequest(
                        config,
                        context.config().sha256(),
                        workspace,
                        null,
                        context.environment(),
                        ProgressListener.NONE));
        PhaseOutcome.Builder outcome = new PhaseOutcome.Builder();
        if (v2.isEmpty()) {
            return outcome.check(CheckResult.skipped("staging_run", "dry run: V2 was not run"))
                    .build();
        }
        RunResult run = v2.get();
        outcome.check(CheckResult.pass(
                "staging_run",
                run.summary().input().accepted() + " rows accepted",
                null,
                "V2 run " + run.summary().runId() + " in " + run.summary().durationMs() + " ms"));
        outcome.checks(RunChecks.of(context, config, run));

        ServiceConfig v1 = production.cutover().v1();
        if (v1.runCommand() == null || v1.runCommand().isBlank()) {
            return outcome.check(CheckResult.fail(
                            "shadow_comparison",
                            "no V1 run",
                            "cutover.v1.run_command",
                            "cutover.v1.run_command is not set: V2 cannot be compared with V1"))
                    .build();
        }
        Path tape = archivedInput(run);
        context.note(Phase.STAGING_VALIDATE, "running V1 on the same input (" + workspace.display(tape) + ")");
        Optional<KpiSnapshot> v1Kpis = context.effects().runV1(v1, workspace.root(), tape, staging.resolve("v1"));
        if (v1Kpis.isEmpty()) return outcome.build();
        outcome.artifact(context.effects()
                .writeArtifact(
                        context.cutoverDir(),
                        BASELINE,
                        ShadowReportFile.json(v1Kpis.get().kpis())));

        KpiSnapshot v2Kpis = new KpiSnapshot(run.summary().kpis(), RunChecks.loansFile(workspace, run));
        ShadowReport shadow = new ShadowComparison(production.cutover().shadow(), context.clock())
                .compare(tape, v1Kpis.get(), v2Kpis);
        outcome.artifact(context.effects().writeArtifact(context.cutoverDir(), SHADOW, ShadowReportFile.json(shadow)));
        outcome.check(shadowCheck(shadow, production.cutover().shadow().haltAbovePct()));
        return outcome.build();
    }

    private static CheckResult shadowCheck(ShadowReport shadow, double haltAbovePct) {
        Object worst = shadow.worstKpi().map(KpiVariance::variancePct).orElse(null);
        String worstText = shadow.worstKpi()
                .map(k -> k.kpi() + " " + k.variancePct() + "%")
                .orElse("no KPI compared");
        if (shadow.halt()) {
            return CheckResult.fail(
                    "shadow_comparison",
                    worst,
                    haltAbovePct,
                    "halt: V2 differs from V1 above halt_above_pct (" + worstText + ")");
        }
        if (shadow.verdict() != CheckStatus.PASS) {
            return CheckResult.warn(
                    "shadow_comparison",
                    worst,
                    haltAbovePct,
                    "outside tolerance but below halt_above_pct (" + worstText + "); see shadow.json");
        }
        return CheckResult.pass("shadow_comparison", worst, haltAbovePct, "V2 matches V1 within tolerance");
    }

    private static Path archivedInput(RunResult run) {
        try (Stream<Path> files = Files.list(run.runDirectory())) {
            return files.filter(file -> file.getFileName().toString().startsWith("input."))
                    .findFirst()
                    .orElseThrow(() ->
                            new IllegalStateException("run " + run.summary().runId() + " archived no input"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
