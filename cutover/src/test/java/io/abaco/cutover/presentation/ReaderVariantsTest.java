package io.abaco.cutover.presentation;

import static org.assertj.core.api.Assertions.assertThat;

import io.abaco.config.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The producers are written in parallel: the reader accepts the variants they may settle on. */
class ReaderVariantsTest {
    @TempDir
    Path root;

    @Test
    void acceptsVariantKeysTypesAndLocations() throws Exception {
        Workspace workspace = new Workspace(root);
        Path dir = workspace.cutoverDir("hand-named");
        write(
                dir.resolve("00-preflight.json"),
                """
                {"status": "pass", "started_at": "2026-11-22T10:00:00+02:00", "finished_at": 1795334402000,
                 "duration_ms": "2000", "checks": [{"name": "disk", "verdict": "pass", "observed": true}],
                 "artifacts": [{"file": "x.txt"}], "surprise": [1, 2, 3]}
                """);
        write(
                dir.resolve("staging/shadow-production.json"),
                """
                {"status": "PASS", "kpis": {"par_30": {"v1": 4, "v2": 4, "variance_pct": 0, "status": "PASS"},
                                            "par_90": 1.3},
                 "rows": null, "rows_note": "V1 wrote no loan-level output"}
                """);
        write(
                workspace.validationHistoryDir().resolve("a.json"),
                """
                {"timestamp": "2026-11-22T09:00:00Z", "status": "PASS",
                 "kpis": [{"kpi": "par_30", "value": 4.1}, {"name": "par_90", "value": "1.2"}],
                 "checks": [{"name": "performance", "status": "PASS", "observed": {"latency_ms": 80, "memory_mb": 90},
                             "threshold": {"latency_ms": 100}}]}
                """);
        write(workspace.validationHistoryDir().resolve("b.json"), "[\"not a report\"]");

        CutoverReportModel model = CutoverReportReader.read(workspace, Optional.empty());

        assertThat(model.cutoverId()).isEqualTo("hand-named");
        PhaseSummary preflight = model.phases().get(0);
        assertThat(preflight.status()).isEqualTo("PASS");
        assertThat(preflight.startedAt()).isEqualTo(Instant.parse("2026-11-22T08:00:00Z"));
        assertThat(preflight.finishedAt()).isEqualTo(Instant.ofEpochMilli(1795334402000L));
        assertThat(preflight.durationMs()).isEqualTo(2000L);
        assertThat(preflight.checks()).containsExactly(new CheckRow("disk", "PASS", "true", null, null));
        assertThat(preflight.artifacts()).extracting(ArtifactRef::path).containsExactly("x.txt");
        assertThat(model.phases())
                .extracting(PhaseSummary::status)
                .containsExactly("PASS", "NOT_RUN", "NOT_RUN", "NOT_RUN", "NOT_RUN", "NOT_RUN");
        assertThat(model.verdict()).isEqualTo(OverallVerdict.INCOMPLETE);

        ShadowSummary shadow = model.shadow().content();
        assertThat(shadow.file()).isEqualTo("logs/cutover/hand-named/staging/shadow-production.json");
        assertThat(shadow.verdict()).isEqualTo("PASS");
        assertThat(shadow.kpis())
                .containsExactly(
                        new ShadowKpiRow("par_30", 4.0, 4.0, 0.0, null, "PASS", null),
                        new ShadowKpiRow("par_90", null, 1.3, null, null, null, null));
        assertThat(shadow.rows()).isEmpty();
        assertThat(shadow.rowsNote()).isEqualTo("V1 wrote no loan-level output");

        ValidationWindow window = model.validation().content();
        assertThat(window.points()).hasSize(1);
        assertThat(window.points().get(0).kpis()).containsEntry("par_30", 4.1).containsEntry("par_90", 1.2);
        assertThat(window.points().get(0).latencyMs()).isEqualTo(80.0);
        assertThat(window.latencyThresholdMs()).isEqualTo(100.0);
        assertThat(window.monitorSummary().available()).isFalse();

        String html = HtmlReportRenderer.render(model);
        assertThat(XhtmlDocument.parse(html).text("//section[@data-section='shadow']//p[@class='unavailable']"))
                .isEqualTo("not available: V1 wrote no loan-level output");
    }

    @Test
    void aPhaseTheJournalSawStartButNeverFinishIsInterrupted() throws Exception {
        Workspace workspace = new Workspace(root);
        Path dir = workspace.cutoverDir("c-20261122T080000Z");
        write(
                dir.resolve("journal.jsonl"),
                """
                {"at": "2026-11-22T08:00:01Z", "phase": "preflight", "event": "started", "attempt": 1}
                """);

        CutoverReportModel model = CutoverReportReader.read(workspace, Optional.empty());

        assertThat(model.phases().get(0).status()).isEqualTo("INTERRUPTED");
        assertThat(model.phases().get(0).fromReport()).isFalse();
        String html = HtmlReportRenderer.render(model);
        assertThat(html).doesNotContain(Marks.PASS).doesNotContain(Marks.FAIL).contains("data-derived=\"INTERRUPTED\"");
        assertThat(MarkdownReportRenderer.render(model)).contains("| 0 | preflight | INTERRUPTED |");
    }

    private static void write(Path file, String content) throws Exception {
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }
}
