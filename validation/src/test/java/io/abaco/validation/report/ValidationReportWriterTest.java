package io.abaco.validation.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.abaco.config.Secrets;
import io.abaco.config.Workspace;
import io.abaco.error.InputDataException;
import io.abaco.fs.AtomicFiles;
import io.abaco.validation.CheckResult;
import io.abaco.validation.ReportStatus;
import io.abaco.validation.ValidationJson;
import io.abaco.validation.drift.KpiDrift;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidationReportWriterTest {
    @TempDir
    Path root;

    private static ValidationReport report(Instant at, CheckResult... checks) {
        Map<String, Double> kpis = Map.of("par_30", 4.2);
        var drift = new KpiDrift(5).compare(kpis, Map.of("par_30", 4.0), KpiDrift.BASELINE);
        return ValidationReport.of(at, "production", List.of(checks), List.of(), kpis, drift);
    }

    @Test
    void writesTheReportAndAHistoryCopyWithSnakeCaseKeys() throws Exception {
        Workspace workspace = new Workspace(root);
        ValidationReportWriter writer = ValidationReportWriter.forWorkspace(workspace);
        Instant at = Instant.parse("2026-11-22T08:00:00.250Z");

        Path copy = writer.write(report(at, CheckResult.pass("audit_trail", 12, null, "chain verifies")));

        assertThat(copy).isEqualTo(workspace.validationHistoryDir().resolve("2026-11-22T08-00-00.250Z.json"));
        assertThat(Files.readString(copy)).isEqualTo(Files.readString(workspace.validationReport()));
        JsonNode json =
                ValidationJson.mapper().readTree(workspace.validationReport().toFile());
        assertThat(json.get("timestamp").asText()).isEqualTo("2026-11-22T08:00:00.250Z");
        assertThat(json.get("status").asText()).isEqualTo("PASS");
        assertThat(json.get("checks").get(0).get("name").asText()).isEqualTo("audit_trail");
        assertThat(json.get("drift").get(0).has("drift_pct")).isTrue();
        assertThat(json.get("drift").get(0).has("threshold_pct")).isTrue();
        try (Stream<Path> files = Files.list(workspace.validationHistoryDir())) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .noneMatch(name -> name.startsWith(AtomicFiles.TEMP_PREFIX));
        }
    }

    @Test
    void roundTripsThroughTheFile() {
        ValidationReportWriter writer = ValidationReportWriter.forWorkspace(new Workspace(root));
        ValidationReport report = report(
                Instant.parse("2026-11-22T08:00:00Z"),
                CheckResult.pass("performance", 12.5, 100.0, "fast"),
                CheckResult.warn("data_integrity", 1, 0, "one duplicate"));

        writer.write(report);
        ValidationReport back = writer.readBack();

        assertThat(back.status()).isEqualTo(ReportStatus.WARN);
        assertThat(back.issues()).containsExactly("data_integrity: WARN - one duplicate");
        assertThat(back.kpis()).isEqualTo(report.kpis());
        assertThat(back.drift()).isEqualTo(report.drift());
        assertThat(back.checks().get(0).observed()).isEqualTo(12.5);
    }

    @Test
    void secretsNeverReachTheFile() throws Exception {
        Secrets.register("hunter2-secret-value");
        ValidationReportWriter writer = ValidationReportWriter.forWorkspace(new Workspace(root));

        writer.write(report(
                Instant.parse("2026-11-22T08:00:00Z"),
                CheckResult.fail("db", null, null, "login failed for password hunter2-secret-value")));

        assertThat(Files.readString(root.resolve("production_validation_report.json")))
                .doesNotContain("hunter2-secret-value")
                .contains("password ***");
    }

    @Test
    void historyListsReportsInTimeOrderAndIgnoresOtherFiles() throws Exception {
        Workspace workspace = new Workspace(root);
        ValidationReportWriter writer = ValidationReportWriter.forWorkspace(workspace);
        for (int hour : new int[] {10, 8, 9}) {
            writer.write(report(
                    Instant.parse("2026-11-22T%02d:00:00Z".formatted(hour)), CheckResult.pass("a", hour, null, "")));
        }
        Files.writeString(workspace.validationHistoryDir().resolve("alert-state.json"), "{}");
        Files.writeString(workspace.validationHistoryDir().resolve("2026-11-22T07-00-00.000Z.json"), "{broken");
        ValidationHistory history = new ValidationHistory(workspace.validationHistoryDir());

        assertThat(history.latest().orElseThrow().timestamp()).isEqualTo(Instant.parse("2026-11-22T10:00:00Z"));
        assertThat(history.last(2))
                .extracting(ValidationReport::timestamp)
                .containsExactly(Instant.parse("2026-11-22T09:00:00Z"), Instant.parse("2026-11-22T10:00:00Z"));
        assertThat(history.last(10)).hasSize(3);
        assertThat(history.before(Instant.parse("2026-11-22T09:30:00Z"))
                        .orElseThrow()
                        .timestamp())
                .isEqualTo(Instant.parse("2026-11-22T09:00:00Z"));
    }

    @Test
    void aBrokenReportFileIsNamedWithLineAndColumn() throws Exception {
        Path bad = Files.writeString(root.resolve("report.json"), "{\n \"status\": \"MAYBE\"\n}");

        assertThatThrownBy(() -> ValidationHistory.read(bad))
                .isInstanceOf(InputDataException.class)
                .hasMessageStartingWith(bad + ":2:");
    }
}
