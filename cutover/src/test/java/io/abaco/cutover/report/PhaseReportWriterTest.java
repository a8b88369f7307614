package io.abaco.cutover.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.abaco.config.Secrets;
import io.abaco.cutover.Phase;
import io.abaco.validation.CheckResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PhaseReportWriterTest {
    @TempDir
    Path cutoverDir;

    private final Instant start = Instant.parse("2026-11-22T08:15:00Z");

    @Test
    void writesTheReportWithTheKeysOfTheDesign() throws Exception {
        PhaseReport report = new PhaseReport(
                "c-20261122T081500Z",
                Phase.STAGING_VALIDATE,
                PhaseStatus.FAIL,
                start,
                start.plusMillis(1250),
                1250,
                List.of(CheckResult.fail("kpi_variance", 7.5, 5.0, "PAR30 differs by 7.5%")),
                List.of(new Artifact("logs/runs/r1/manifest.json", "ab".repeat(32))),
                "KPI variance above halt_above_pct");

        Path written = PhaseReportWriter.write(cutoverDir, report);

        assertThat(written).isEqualTo(cutoverDir.resolve("02-staging-validate.json"));
        JsonNode json = CutoverJson.compact().readTree(written.toFile());
        assertThat(json.fieldNames())
                .toIterable()
                .containsExactly(
                        "cutover_id",
                        "phase",
                        "status",
                        "started_at",
                        "finished_at",
                        "duration_ms",
                        "checks",
                        "artifacts",
                        "error");
        assertThat(json.get("phase").asText()).isEqualTo("staging-validate");
        assertThat(json.get("status").asText()).isEqualTo("FAIL");
        assertThat(json.get("started_at").asText()).isEqualTo("2026-11-22T08:15:00Z");
        assertThat(json.get("duration_ms").asLong()).isEqualTo(1250);
        assertThat(json.get("checks").get(0).fieldNames())
                .toIterable()
                .containsExactly("name", "status", "observed", "threshold", "message");
        assertThat(json.get("artifacts").get(0).get("sha256").asText()).hasSize(64);
        assertThat(json.get("error").asText()).isEqualTo("KPI variance above halt_above_pct");
    }

    @Test
    void readsBackWhatItWrote() {
        PhaseReport report = new PhaseReport(
                "c-1",
                Phase.BACKUP,
                PhaseStatus.PASS,
                start,
                start.plusSeconds(2),
                2000,
                List.of(CheckResult.pass("backup_verified", Map.of("files", 3), null, "3 files verified")),
                List.of(),
                null);
        PhaseReportWriter.write(cutoverDir, report);

        PhaseReport read = PhaseReportWriter.read(cutoverDir, Phase.BACKUP).orElseThrow();

        assertThat(read.phase()).isEqualTo(Phase.BACKUP);
        assertThat(read.status()).isEqualTo(PhaseStatus.PASS);
        assertThat(read.finishedAt()).isEqualTo(start.plusSeconds(2));
        assertThat(read.checks()).extracting(CheckResult::name).containsExactly("backup_verified");
        assertThat(PhaseReportWriter.read(cutoverDir, Phase.V1_STOP)).isEmpty();
    }

    @Test
    void noSecretReachesTheReportAndNoTemporaryFileIsLeft() throws Exception {
        Secrets.register("s3cr3t-db-password");
        PhaseReport report = new PhaseReport(
                "c-1",
                Phase.PREFLIGHT,
                PhaseStatus.FAIL,
                start,
                start,
                0,
                List.of(),
                List.of(),
                "cannot connect to jdbc:postgresql://db/abaco?password=s3cr3t-db-password");

        Path written = PhaseReportWriter.write(cutoverDir, report);

        assertThat(Files.readString(written))
                .doesNotContain("s3cr3t-db-password")
                .contains("password=***");
        try (var files = Files.list(cutoverDir)) {
            assertThat(files).containsExactly(written);
        }
    }
}
