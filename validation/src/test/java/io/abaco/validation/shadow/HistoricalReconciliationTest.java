package io.abaco.validation.shadow;

import static io.abaco.validation.shadow.ShadowComparisonTest.CLOCK;
import static io.abaco.validation.shadow.ShadowComparisonTest.CONFIG;
import static io.abaco.validation.shadow.ShadowComparisonTest.HEADER;
import static io.abaco.validation.shadow.ShadowComparisonTest.executor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import io.abaco.error.InputDataException;
import io.abaco.validation.CheckStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HistoricalReconciliationTest {
    @TempDir
    Path dir;

    private HistoricalReconciliation reconciliation() {
        return new HistoricalReconciliation(
                new ShadowRunner(executor(dir, false), executor(dir, true), new ShadowComparison(CONFIG, CLOCK)),
                CLOCK);
    }

    @Test
    void reportsEachDayAndKeepsGoingPastAFailedDay() throws Exception {
        Path tapes = Files.createDirectories(dir.resolve("tapes"));
        Files.writeString(tapes.resolve("tape-20260103.csv"), HEADER + "L1,2026-01-03,100,90,10,0\nbroken\n");
        Files.writeString(tapes.resolve("2026-01-01.csv"), HEADER + "L1,2026-01-01,100,90,10,0\n");
        Files.writeString(
                tapes.resolve("2026-01-02.csv"), HEADER + "L1,2026-01-02,200,90,10,0\nskew,2026-01-02,0,0,0,0\n");
        Files.writeString(tapes.resolve("notes.txt"), "not a tape");

        HistoricalReport report = reconciliation().run(tapes, dir.resolve("work"));

        assertThat(report.verdict()).isEqualTo(CheckStatus.FAIL);
        assertThat(report.days())
                .extracting(DayResult::day, DayResult::verdict, DayResult::worstKpi)
                .containsExactly(
                        tuple("2026-01-01", CheckStatus.PASS, "par_30"),
                        tuple("2026-01-02", CheckStatus.FAIL, "par_30"),
                        tuple("2026-01-03", CheckStatus.FAIL, null));
        assertThat(report.days().get(1).maxVariancePct()).isEqualTo(1.0);
        assertThat(report.days().get(2).error())
                .startsWith("V1 run failed (exit 2)")
                .contains("cannot parse");
        assertThat(dir.resolve("work/2026-01-01/shadow-report.json")).isRegularFile();
        assertThat(ShadowReportFile.read(dir.resolve("work/2026-01-02/shadow-report.json"))
                        .verdict())
                .isEqualTo(CheckStatus.FAIL);

        String table = HistoricalTable.render(report);
        assertThat(table).startsWith("Historical reconciliation: FAIL (1/3 days pass)");
        assertThat(table).containsPattern("(?m)^2026-01-02 +FAIL +par_30 +1\\.0% +0 +0 +0 +-$");
        assertThat(table).containsPattern("(?m)^2026-01-03 +FAIL +- +- +- +- +- +V1 run failed \\(exit 2\\)");
    }

    @Test
    void aDirectoryWithoutTapesIsRefused() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("empty"));

        assertThatThrownBy(() -> reconciliation().run(empty, dir.resolve("work")))
                .isInstanceOf(InputDataException.class)
                .hasMessage(empty + ": no tapes (*.csv, *.parquet, *.jsonl) to reconcile");
        assertThat(dir.resolve("work")).doesNotExist();
    }
}
