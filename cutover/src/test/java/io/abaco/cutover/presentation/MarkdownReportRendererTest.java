package io.abaco.cutover.presentation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MarkdownReportRendererTest {
    @TempDir
    Path root;

    ReportFixture fixture;
    String markdown;

    @BeforeEach
    void render() {
        fixture = ReportFixture.write(root);
        markdown = MarkdownReportRenderer.render(CutoverReportReader.read(fixture.workspace, Optional.empty()));
    }

    @Test
    void hasEverySectionAsAHeading() {
        assertThat(markdown).startsWith("# Cutover " + ReportFixture.ID + " — ROLLED BACK\n");
        assertThat(markdown.lines().filter(line -> line.startsWith("## ")))
                .containsExactly(
                        "## Timeline",
                        "## Checks behind each verdict",
                        "## Journal and log",
                        "## Shadow comparison (V1 vs V2)",
                        "## Validation history of the monitoring window",
                        "## Rollback",
                        "## Where every artifact is");
        assertThat(markdown).contains("| Environment | production |", "| Total duration | 8 min 09 s |");
    }

    @Test
    void timelineRowsCarryVerdictsDurationsAndAttempts() {
        assertThat(markdown)
                .contains(
                        "| 2 | staging-validate | ✓ PASS | 2026-11-22 08:05:00Z | 2026-11-22 08:05:31Z | 31.2 s | 2 |  |",
                        "| 5 | post-validate | ✗ FAIL | 2026-11-22 08:06:03Z | 2026-11-22 08:06:48Z | 45 s | 1 | "
                                + "kpi_drift: par_30 drifted 7.3% from the V1 baseline |");
    }

    @Test
    void everyCheckMarkIsAPassInAFileAndEveryCrossAFail() {
        assertThat(StatusCounts.occurrences(markdown, Marks.PASS))
                .isEqualTo(StatusCounts.count(fixture.statusFiles(), "PASS"));
        assertThat(StatusCounts.occurrences(markdown, Marks.FAIL))
                .isEqualTo(StatusCounts.count(fixture.statusFiles(), "FAIL"));
    }

    @Test
    void chartsBecomeTablesOfValuesOneRowPerReport() {
        List<String> rows = markdown.lines()
                .filter(line -> line.matches("\\| 2026-11-22 \\d\\d:30:00Z \\| [0-9.]+ \\|.*"))
                .toList();
        assertThat(rows).hasSize(ReportFixture.WINDOW_REPORTS.size());
        assertThat(rows.get(3)).isEqualTo("| 2026-11-22 11:30:00Z | 5.6 | 1.55 | 93 | 8.48 | 131 |");
        assertThat(markdown).contains("Latency limit: 100 ms.");
    }

    @Test
    void cellsStayCellsAndTextStaysText() {
        assertThat(markdown)
                .doesNotContain("<script")
                .doesNotContain(ReportFixture.SECRET)
                .doesNotContain(ReportFixture.URL_PASSWORD);
        assertThat(markdown).contains("&lt;script&gt;alert('pwned')&lt;/script&gt;");
        assertThat(markdown).contains("par_30 drifted 7.3% from the V1 baseline \\| halt");
        assertThat(markdown).contains("postgresql://abaco:\\*\\*\\*@127.0.0.1:5432/prod");
        // the log holds a ``` run: the fence must be longer
        assertThat(markdown).contains("````text\n").contains("with cookie ***");
    }

    @Test
    void missingOptionalFilesSayNotAvailable() throws Exception {
        Files.delete(fixture.cutoverDir.resolve("shadow.json"));
        Files.delete(fixture.cutoverDir.resolve("rollback.json"));
        CutoverReportReaderTest.deleteTree(fixture.workspace.backupRoot());
        String sparse = MarkdownReportRenderer.render(CutoverReportReader.read(fixture.workspace, Optional.empty()));

        assertThat(sparse)
                .contains(
                        "## Shadow comparison (V1 vs V2)\n\n_not available: no shadow comparison report (shadow.json) for this"
                                + " cutover_",
                        "## Rollback\n\n_not available: no rollback was recorded for this cutover_",
                        "### Backup\n\n_not available: no backup manifest at .rollback/" + ReportFixture.ID
                                + "/backup-manifest.json_");
    }
}
