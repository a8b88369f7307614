package io.abaco.validation.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.abaco.validation.CheckResult;
import io.abaco.validation.CheckStatus;
import io.abaco.validation.ReportStatus;
import io.abaco.validation.Validator;
import io.abaco.validation.report.ValidationReport;
import io.abaco.validation.testing.ValidationWorkspace;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NoRunTest {
    private static final String NO_RUN = "no successful pipeline run in logs/runs: run 'abaco pipeline run' first";

    @TempDir
    Path root;

    @Test
    void checksThatNeedARunFailSayingWhatToDoAndTheOthersStillMeasure() throws Exception {
        ValidationWorkspace ws = ValidationWorkspace.create(root, ValidationWorkspace.RELAXED_THRESHOLDS);
        // a failed run does not count: its directory says failed
        Files.writeString(ws.workspace().resolve("data/raw/loan_tape.csv"), "loan_id\nL1\n");
        try {
            ws.run();
        } catch (io.abaco.error.InputDataException expected) {
            // the tape lacks required columns
        }

        ValidationReport report =
                new Validator().validate(ws.workspace(), ws.config(), ValidationWorkspace.ENV, ws.clock);

        assertThat(report.status()).isEqualTo(ReportStatus.FAIL);
        assertThat(report.checks())
                .filteredOn(check -> check.status() == CheckStatus.FAIL)
                .extracting(CheckResult::name, CheckResult::message)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("kpi_calculations", NO_RUN),
                        org.assertj.core.groups.Tuple.tuple("data_integrity", NO_RUN),
                        org.assertj.core.groups.Tuple.tuple("audit_trail", NO_RUN),
                        org.assertj.core.groups.Tuple.tuple("error_rate", NO_RUN));
        assertThat(report.checks())
                .filteredOn(check ->
                        check.name().equals("performance") || check.name().equals("error_handling"))
                .extracting(CheckResult::status)
                .containsExactly(CheckStatus.PASS, CheckStatus.PASS);
        assertThat(report.checks())
                .filteredOn(check -> check.name().startsWith("kpi_drift_"))
                .extracting(CheckResult::status, CheckResult::message)
                .containsOnly(org.assertj.core.groups.Tuple.tuple(
                        CheckStatus.SKIPPED, "no KPIs to compare: no successful pipeline run"));
        assertThat(report.issues()).contains("kpi_calculations: FAIL - " + NO_RUN);
        assertThat(ws.workspace().validationReport()).exists();
    }
}
