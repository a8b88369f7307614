package io.abaco.validation.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.abaco.pipeline.run.RunResult;
import io.abaco.validation.CheckResult;
import io.abaco.validation.CheckStatus;
import io.abaco.validation.testing.ValidationWorkspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataIntegrityCheckTest {
    @TempDir
    Path root;

    @Test
    void aTamperedOutputFileFailsNamingTheFile() throws Exception {
        ValidationWorkspace ws = ValidationWorkspace.create(root, ValidationWorkspace.RELAXED_THRESHOLDS);
        ws.run();
        Path loans = ws.workspace().resolve("data/metrics/development/loans.csv");
        String text = Files.readString(loans);
        Files.writeString(loans, text.replaceFirst("1010\\.0", "1011.0"));

        CheckResult result = ws.check(new DataIntegrityCheck());

        assertThat(result.status()).isEqualTo(CheckStatus.FAIL);
        assertThat(result.message())
                .startsWith("data/metrics/development/loans.csv: sha256 ")
                .contains("differs from the manifest's")
                .doesNotContain("loans.parquet")
                .doesNotContain("loans.json");
    }

    @Test
    void aDeletedOutputFileIsNamedAsMissing() throws Exception {
        ValidationWorkspace ws = ValidationWorkspace.create(root, ValidationWorkspace.RELAXED_THRESHOLDS);
        ws.run();
        Files.delete(ws.workspace().resolve("data/metrics/development/timeseries_weekly.json"));

        CheckResult result = ws.check(new DataIntegrityCheck());

        assertThat(result.status()).isEqualTo(CheckStatus.FAIL);
        assertThat(result.message()).isEqualTo("data/metrics/development/timeseries_weekly.json: missing");
    }

    @Test
    void duplicateKeysAreAWarningWhenDeduplicationIsDisabled() throws Exception {
        ValidationWorkspace ws = ValidationWorkspace.create(
                root,
                ValidationWorkspace.RELAXED_THRESHOLDS
                        + "pipeline:\n  ingestion:\n    deduplication: {enabled: false}\n");
        Path tape = ws.writeTape("data/raw/loan_tape.csv", 10, 0);
        Files.writeString(tape, ValidationWorkspace.row(3, 7) + "\n", java.nio.file.StandardOpenOption.APPEND);
        ws.run();

        CheckResult result = ws.check(new DataIntegrityCheck());

        assertThat(result.status()).isEqualTo(CheckStatus.WARN);
        assertThat(result.message())
                .isEqualTo("data/metrics/development/loans.parquet: 1 duplicate (loan_id, measurement_date) key(s),"
                        + " e.g. (L3, 2026-01-04) x2 (deduplication is disabled)");
    }

    @Test
    void nullsInRequiredColumnsAndDuplicatesAreFoundInALoansFile() throws Exception {
        Path file = root.resolve("loans.csv");
        Files.writeString(
                file,
                """
                loan_id,measurement_date,total_receivable_usd,total_eligible_usd,discounted_balance_usd
                L1,2026-01-01,10,9,8
                L1,2026-01-01,10,9,8
                L2,,10,,8
                """);
        try (Connection connection = DuckDbQuery.open()) {
            assertThat(LoansTableChecks.nulls(connection, file, "loans.csv"))
                    .containsExactly(
                            "loans.csv: 1 null value(s) in required column measurement_date",
                            "loans.csv: 1 null value(s) in required column total_eligible_usd");
            assertThat(LoansTableChecks.duplicates(
                            connection, file, "loans.csv", List.of("loan_id", "measurement_date")))
                    .containsExactly(
                            "loans.csv: 1 duplicate (loan_id, measurement_date) key(s), e.g. (L1, 2026-01-01) x2");
        }
    }

    @Test
    void aHealthyRunVerifiesEveryManifestFile() throws Exception {
        ValidationWorkspace ws = ValidationWorkspace.create(root, ValidationWorkspace.RELAXED_THRESHOLDS);
        RunResult run = ws.run();

        CheckResult result = ws.check(new DataIntegrityCheck());

        assertThat(result.status()).as(result.message()).isEqualTo(CheckStatus.PASS);
        assertThat(result.observed())
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
                .containsEntry("files", run.manifest().files().size())
                .containsEntry("files_verified", run.manifest().files().size())
                .containsEntry("loans_rows", 40L);
    }
}
