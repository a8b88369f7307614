package io.abaco.cutover.presentation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.abaco.config.Workspace;
import io.abaco.error.StateRefusedException;
import io.abaco.error.UsageException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CutoverReportReaderTest {
    @TempDir
    Path root;

    @Test
    void readsTheNewestCutoverWhenNoIdIsGiven() throws Exception {
        ReportFixture fixture = ReportFixture.write(root);
        // The older cutover's directory is touched last: the id's timestamp, not the mtime, decides.
        Files.setLastModifiedTime(
                fixture.workspace.cutoverDir(ReportFixture.OLD_ID),
                java.nio.file.attribute.FileTime.from(Instant.parse("2030-01-01T00:00:00Z")));

        CutoverReportModel model = CutoverReportReader.read(fixture.workspace, Optional.empty());

        assertThat(model.cutoverId()).isEqualTo(ReportFixture.ID);
        assertThat(model.environment()).isEqualTo("production");
        assertThat(model.verdict()).isEqualTo(OverallVerdict.ROLLED_BACK);
        assertThat(model.startedAt()).isEqualTo(Instant.parse("2026-11-22T08:00:00.100Z"));
        assertThat(model.finishedAt()).isEqualTo(Instant.parse("2026-11-22T08:08:10Z"));
        assertThat(model.durationMs()).isEqualTo(489_900L);
        assertThat(model.problems()).isEmpty();
    }

    @Test
    void timelineHasTheSixPhasesWithTheirVerdictsAttemptsAndChecks() {
        CutoverReportModel model = read(ReportFixture.write(root), null);

        assertThat(model.phases()).extracting(PhaseSummary::phase).containsExactlyElementsOf(PhaseReports.PHASES);
        assertThat(model.phases())
                .extracting(PhaseSummary::status)
                .containsExactly("PASS", "PASS", "PASS", "PASS", "PASS", "FAIL");
        PhaseSummary staging = model.phases().get(2);
        assertThat(staging.attemptCount()).isEqualTo(2);
        assertThat(staging.attempts())
                .extracting(AttemptRow::event)
                .containsExactly("started", "failed", "started", "passed");
        assertThat(staging.durationMs()).isEqualTo(31_200L);
        assertThat(staging.checks())
                .extracting(CheckRow::name)
                .containsExactly("kpi_ranges", "data_integrity", "shadow_variance");
        PhaseSummary preflight = model.phases().get(0);
        assertThat(preflight.checks().get(2).observed()).isEqualTo("{\"free_mb\":51200}");
        assertThat(preflight.checks().get(4).observed()).isNull();
        PhaseSummary post = model.phases().get(5);
        assertThat(post.error()).isEqualTo("kpi_drift: par_30 drifted 7.3% from the V1 baseline");
        assertThat(post.checks().get(1))
                .isEqualTo(new CheckRow(
                        "kpi_drift", "FAIL", "7.3", "5", "par_30 drifted 7.3% from the V1 baseline | halt"));
        assertThat(model.journal()).hasSize(14);
    }

    @Test
    void validationWindowStartsWithTheCutoverAndReadsKpisAndLatency() {
        CutoverReportModel model = read(ReportFixture.write(root), null);

        ValidationWindow window = model.validation().content();
        assertThat(window.points()).hasSize(ReportFixture.WINDOW_REPORTS.size());
        assertThat(window.points())
                .extracting(ValidationPoint::latencyMs)
                .containsExactly(52.5, 61.0, 88.0, 131.0, 57.0);
        assertThat(window.points())
                .extracting(p -> p.kpis().get("par_30"))
                .containsExactly(4.10, 4.35, 4.80, 5.60, 4.20);
        assertThat(window.points())
                .extracting(ValidationPoint::status)
                .containsExactly("PASS", "PASS", "WARN", "FAIL", "PASS");
        assertThat(window.kpiNames()).containsExactly("par_30", "par_90", "collection_rate", "portfolio_health");
        assertThat(window.checkNames()).hasSize(5).contains("performance");
        assertThat(window.latencyThresholdMs()).isEqualTo(100.0);
        assertThat(window.until()).isNull();
        assertThat(window.monitorSummary().content())
                .contains(
                        new LabeledValue("runs", "5"),
                        new LabeledValue("runs_by_status.FAIL", "1"),
                        new LabeledValue("latency_ms.median", "61.0"),
                        new LabeledValue("decision stable", "pending — not due yet"))
                .noneMatch(value ->
                        value.label().startsWith("history") || value.label().startsWith("kpi_drift"));
    }

    @Test
    void anOlderCutoversWindowEndsWhenTheNextCutoverStarted() {
        CutoverReportModel model = read(ReportFixture.write(root), ReportFixture.OLD_ID);

        assertThat(model.verdict()).isEqualTo(OverallVerdict.FAILED);
        assertThat(model.validation().content().until()).isEqualTo(Instant.parse("2026-11-22T08:00:00Z"));
        assertThat(model.validation().content().points())
                .extracting(ValidationPoint::timestamp)
                .containsExactly(Instant.parse("2026-11-22T07:00:00Z"));
        assertThat(model.phases())
                .extracting(PhaseSummary::status)
                .containsExactly("FAIL", "NOT_RUN", "NOT_RUN", "NOT_RUN", "NOT_RUN", "NOT_RUN");
        assertThat(model.shadow().unavailableReason()).contains("no shadow comparison");
        assertThat(model.rollback().unavailableReason()).contains("no rollback");
        assertThat(model.backup().unavailableReason()).contains("no backup manifest");
        assertThat(model.logTail().available()).isFalse();
    }

    @Test
    void shadowRollbackBackupAndArtifactsAreRead() {
        ReportFixture fixture = ReportFixture.write(root);
        CutoverReportModel model = read(fixture, null);

        ShadowSummary shadow = model.shadow().content();
        assertThat(shadow.verdict()).isEqualTo("FAIL");
        assertThat(shadow.kpis())
                .extracting(ShadowKpiRow::kpi)
                .containsExactly("collection_rate", "par_30", "par_90", "portfolio_health");
        assertThat(shadow.kpis().get(3))
                .isEqualTo(new ShadowKpiRow(
                        "portfolio_health", 9.07, 9.2, 1.43, 0.1, "FAIL", "variance 1.43 > tolerance 0.1%"));
        assertThat(shadow.rows())
                .startsWith(
                        new LabeledValue("matched", "1195"),
                        new LabeledValue("missing_in_v1", "1"),
                        new LabeledValue("missing_in_v2", "0"),
                        new LabeledValue("mismatched", "5"));
        RollbackSummary rollback = model.rollback().content();
        assertThat(rollback.steps())
                .extracting(RollbackStep::name)
                .containsExactly(
                        "stop_v2",
                        "verify_backup",
                        "export_v2_era",
                        "restore_files",
                        "restore_tables",
                        "start_v1",
                        "verify_v1");
        assertThat(rollback.durationMs()).isEqualTo(70_000L);
        BackupSummary backup = model.backup().content();
        assertThat(backup.files())
                .extracting(ArtifactRef::path)
                .containsExactly(
                        ".rollback/" + ReportFixture.ID + "/files/config/pipeline.yml",
                        ".rollback/" + ReportFixture.ID + "/files/config/environments/production.yml",
                        ".rollback/" + ReportFixture.ID + "/files/data/metrics/production/kpis.json");
        assertThat(backup.tables())
                .containsExactly(new BackupSummary.BackupTable(
                        "analytics.kpi_snapshots",
                        4812L,
                        "d6c4c0ffee00000000000000000000000000000000000000000000000000beef",
                        ".rollback/" + ReportFixture.ID + "/tables/kpi_snapshots.csv"));
        assertThat(model.artifacts())
                .filteredOn(a -> a.source().equals("evidence"))
                .extracting(ArtifactRef::path)
                .doesNotContain("logs/validation/alert-state.json", "logs/validation/2026-11-22T07-00-00.000Z.json")
                .contains(
                        "logs/validation/" + ReportFixture.WINDOW_REPORTS.get(0),
                        "logs/validation/monitor-summary.json",
                        "logs/cutover/" + ReportFixture.ID + "/05-post-validate.json",
                        "logs/cutover/" + ReportFixture.ID + "/journal.jsonl");
        ArtifactRef journal = model.artifacts().stream()
                .filter(a -> a.path().endsWith("journal.jsonl"))
                .findFirst()
                .orElseThrow();
        assertThat(journal.sha256())
                .isEqualTo(io.abaco.fs.Hashing.sha256Hex(fixture.cutoverDir.resolve("journal.jsonl")));
    }

    @Test
    void missingOptionalFilesLeaveTheirSectionsUnavailable() throws Exception {
        ReportFixture fixture = ReportFixture.write(root);
        Files.delete(fixture.cutoverDir.resolve("shadow.json"));
        Files.delete(fixture.cutoverDir.resolve("rollback.json"));
        Files.delete(fixture.cutoverDir.resolve("journal.jsonl"));
        Files.delete(fixture.cutoverDir.resolve("cutover.log"));
        Files.delete(fixture.cutoverDir.resolve("04-v2-activate.json"));
        deleteTree(fixture.workspace.validationHistoryDir());
        deleteTree(fixture.workspace.backupRoot());

        CutoverReportModel model = read(fixture, null);

        assertThat(model.shadow().available()).isFalse();
        assertThat(model.rollback().available()).isFalse();
        assertThat(model.validation().unavailableReason()).contains("logs/validation does not exist");
        assertThat(model.backup().available()).isFalse();
        assertThat(model.logTail().available()).isFalse();
        assertThat(model.journal()).isEmpty();
        assertThat(model.phases().get(4).status()).isEqualTo("NOT_RUN");
        assertThat(model.verdict()).isEqualTo(OverallVerdict.FAILED);
        assertThat(model.problems()).isEmpty();
    }

    @Test
    void unreadableFilesAreListedAsProblemsAndTheRestIsStillReported() throws Exception {
        ReportFixture fixture = ReportFixture.write(root);
        Files.writeString(fixture.cutoverDir.resolve("shadow.json"), "{\"verdict\": \"PASS\",\n  \"kpis\": [oops]}");
        Files.writeString(
                fixture.cutoverDir.resolve("journal.jsonl"),
                Files.readString(fixture.cutoverDir.resolve("journal.jsonl")) + "{not json\n");

        CutoverReportModel model = read(fixture, null);

        String journal = "logs/cutover/" + ReportFixture.ID + "/journal.jsonl";
        assertThat(model.problems()).hasSize(2);
        assertThat(model.problems().get(0)).startsWith(journal + ":15:2: not valid JSON");
        assertThat(model.problems().get(1))
                .startsWith("logs/cutover/" + ReportFixture.ID
                        + "/shadow.json:2:16: not valid JSON (Unrecognized token 'oops'");
        assertThat(model.shadow().unavailableReason()).contains("could not be read");
        assertThat(model.journal()).hasSize(14);
        assertThat(model.phases()).hasSize(6);
    }

    @Test
    void noCutoverIsRefusedByState() {
        Workspace empty = new Workspace(root);

        assertThatThrownBy(() -> CutoverReportReader.read(empty, Optional.empty()))
                .isInstanceOf(StateRefusedException.class)
                .hasMessage("no cutover found under logs/cutover");
    }

    @Test
    void anUnknownIdIsAUsageErrorListingTheIdsThatExist() {
        ReportFixture fixture = ReportFixture.write(root);

        assertThatThrownBy(() -> CutoverReportReader.read(fixture.workspace, Optional.of("c-20991231T000000Z")))
                .isInstanceOf(UsageException.class)
                .hasMessage("unknown cutover id 'c-20991231T000000Z'; cutovers under logs/cutover: "
                        + ReportFixture.OLD_ID + ", " + ReportFixture.ID);
    }

    private static CutoverReportModel read(ReportFixture fixture, String id) {
        return CutoverReportReader.read(fixture.workspace, Optional.ofNullable(id));
    }

    static void deleteTree(Path dir) throws java.io.IOException {
        try (var paths = Files.walk(dir)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(path);
        }
    }
}
