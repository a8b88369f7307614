package io.abaco.cli.validation;

import io.abaco.cli.AbacoSubcommand;
import io.abaco.config.LoadedConfig;
import io.abaco.error.VerdictException;
import io.abaco.validation.CheckResult;
import io.abaco.validation.ReportStatus;
import io.abaco.validation.Validator;
import io.abaco.validation.report.ValidationReport;
import io.abaco.validation.report.ValidationReportText;
import java.time.Clock;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code abaco validate [--json]}: runs the checks of DESIGN §9, writes the report, exit 1 on FAIL. */
@Command(
        name = "validate",
        description = "Validate the latest V2 run: KPIs recomputed, outputs against the manifest, performance, bad"
                + " tapes refused, audit trail, error rate and KPI drift. Writes production_validation_report.json"
                + " and a copy under logs/validation/; exit 1 when a check FAILS.")
public final class ValidateCommand extends AbacoSubcommand {
    @Option(names = "--json", description = "Print the report as JSON (the content of the report file).")
    private boolean json;

    @Override
    public Integer call() {
        LoadedConfig config = loadConfig();
        ValidationReport report = new Validator().validate(workspace(), config, environment(), Clock.systemUTC());
        if (json) {
            printJson(report);
        } else {
            out().print(ValidationReportText.render(report));
            out().println("report: " + workspace().display(workspace().validationReport()));
        }
        if (report.status() == ReportStatus.FAIL) {
            String failed = report.checks().stream()
                    .filter(CheckResult::failed)
                    .map(CheckResult::name)
                    .collect(Collectors.joining(", "));
            throw new VerdictException("validation FAILED: " + failed);
        }
        return 0;
    }
}
