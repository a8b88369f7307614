package io.abaco.cli.validation;

import io.abaco.cli.AbacoSubcommand;
import io.abaco.config.LoadedConfig;
import io.abaco.config.model.IngestionConfig;
import io.abaco.error.UsageException;
import io.abaco.error.VerdictException;
import io.abaco.validation.CheckStatus;
import io.abaco.validation.shadow.DayResult;
import io.abaco.validation.shadow.HistoricalReport;
import io.abaco.validation.shadow.HistoricalTable;
import io.abaco.validation.shadow.KpiVariance;
import io.abaco.validation.shadow.Shadow;
import io.abaco.validation.shadow.ShadowReport;
import io.abaco.validation.shadow.ShadowTable;
import java.nio.file.Path;
import java.time.Clock;
import java.util.stream.Collectors;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code abaco shadow [--input TAPE | --days DIR] [--json]}: V1 against V2 on the same input (DESIGN §10). */
@Command(
        name = "shadow",
        description = "Run V1 (cutover.v1.run_command) and V2 on the same tape and compare KPI by KPI and row by"
                + " row; --days compares every tape of a directory, day by day. Reports go under logs/shadow/;"
                + " exit 1 when a comparison is outside tolerance.")
public final class ShadowCommand extends AbacoSubcommand {
    @ArgGroup(exclusive = true)
    private Source source;

    @Option(names = "--json", description = "Print the report as JSON.")
    private boolean json;

    static final class Source {
        @Option(names = "--input", paramLabel = "TAPE", description = "The tape (default: pipeline.ingestion.path).")
        Path input;

        @Option(
                names = "--days",
                paramLabel = "DIR",
                description = "A directory of daily tapes (*.csv, *.parquet, *.jsonl).")
        Path days;
    }

    @Override
    public Integer call() {
        LoadedConfig config = loadConfig();
        Shadow shadow = new Shadow(Clock.systemUTC());
        if (source != null && source.days != null) {
            HistoricalReport report = shadow.shadowDays(workspace(), config, environment(), source.days);
            if (json) printJson(report);
            else out().print(HistoricalTable.render(report));
            if (report.verdict() != CheckStatus.PASS) {
                String failed = report.days().stream()
                        .filter(day -> day.verdict() != CheckStatus.PASS)
                        .map(DayResult::day)
                        .collect(Collectors.joining(", "));
                throw new VerdictException("shadow comparison FAILED on " + failed + (report.halt() ? " (HALT)" : ""));
            }
            return 0;
        }
        ShadowReport report = shadow.shadowOne(workspace(), config, environment(), tape(config));
        if (json) printJson(report);
        else out().print(ShadowTable.render(report));
        if (report.verdict() != CheckStatus.PASS) {
            String failed = report.kpis().stream()
                    .filter(kpi -> kpi.verdict() != CheckStatus.PASS)
                    .map(KpiVariance::kpi)
                    .collect(Collectors.joining(", "));
            throw new VerdictException("shadow comparison FAILED"
                    + (failed.isEmpty() ? " (rows differ)" : ": " + failed) + (report.halt() ? " (HALT)" : ""));
        }
        return 0;
    }

    private Path tape(LoadedConfig config) {
        if (source != null && source.input != null) return source.input.toAbsolutePath();
        IngestionConfig ingestion = config.config().pipeline().ingestion();
        if (!"file".equals(ingestion.source()) || ingestion.path() == null) {
            throw new UsageException(
                    "the pipeline reads from " + ingestion.source() + ": pass the tape with --input TAPE");
        }
        return workspace().resolve(ingestion.path());
    }
}
