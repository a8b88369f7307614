package io.abaco.validation.shadow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.abaco.error.InputDataException;
import io.abaco.validation.CheckStatus;
import io.abaco.validation.testing.ValidationWorkspace;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** V1 is a real child process (a bash script printing planted KPIs); V2 is the real pipeline. */
class ShadowTest {
    /** DESIGN §6 reference vectors: par_30 17.5, par_90 2.5, collection_rate 10, portfolio_health 8.25. */
    private static final String TAPE = ValidationWorkspace.HEADER + "\n"
            + "L1,2026-01-31,1000,1000,800,100,0,0,100,50,25,Ann,sme\n"
            + "L2,2026-01-31,2000,2000,1600,200,0,0,200,100,50,Bob,sme\n";

    @TempDir
    Path root;

    private ValidationWorkspace workspaceWithV1(String par30) throws Exception {
        ValidationWorkspace ws = ValidationWorkspace.create(
                root, "cutover:\n  v1:\n    run_command: \"bash legacy/v1.sh {input} {output}\"\n");
        Path script = ws.workspace().resolve("legacy/v1.sh");
        Files.createDirectories(script.getParent());
        Files.writeString(
                script,
                """
                #!/bin/bash
                set -euo pipefail
                test -s "$1"
                printf '{"generated_at": "2026-11-22", "par_30": %s, "par_90": 2.5, "collection_rate": 10.0, "portfolio_health": 8.25}\\n' \
                  "%PAR30%" > "$2/kpis.json"
                """
                        .replace("%PAR30%", par30));
        return ws;
    }

    private Path tape(ValidationWorkspace ws, String name, String content) throws Exception {
        Path tape = ws.workspace().resolve("data/raw/" + name);
        Files.writeString(tape, content);
        return tape;
    }

    @Test
    void identicalKpisPassAndTheReportIsWrittenUnderLogsShadow() throws Exception {
        ValidationWorkspace ws = workspaceWithV1("17.5");
        Path tape = tape(ws, "tape.csv", TAPE);

        ShadowReport report =
                new Shadow(ws.clock).shadowOne(ws.workspace(), ws.config(), ValidationWorkspace.ENV, tape);

        assertThat(report.verdict()).isEqualTo(CheckStatus.PASS);
        assertThat(report.halt()).isFalse();
        assertThat(report.kpis())
                .extracting(KpiVariance::kpi, KpiVariance::v2, KpiVariance::verdict)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("collection_rate", 10.0, CheckStatus.PASS),
                        org.assertj.core.groups.Tuple.tuple("par_30", 17.5, CheckStatus.PASS),
                        org.assertj.core.groups.Tuple.tuple("par_90", 2.5, CheckStatus.PASS),
                        org.assertj.core.groups.Tuple.tuple("portfolio_health", 8.25, CheckStatus.PASS));
        Path dir = Shadow.shadowDir(ws.workspace()).resolve("20261122T060000Z");
        assertThat(ShadowReportFile.read(dir.resolve(Shadow.REPORT_FILE)).verdict())
                .isEqualTo(CheckStatus.PASS);
        assertThat(dir.resolve("v2/loans.parquet")).exists();
        // V2 ran isolated: nothing in the workspace's runs or metrics
        assertThat(ws.workspace().runsDir()).doesNotExist();
        assertThat(ws.workspace().resolve("data/metrics")).doesNotExist();
    }

    @Test
    void onePercentOffInOneKpiFailsWithTheRuleNamed() throws Exception {
        ValidationWorkspace ws = workspaceWithV1("17.326732673267326"); // V2's 17.5 is 1% above it
        Path tape = tape(ws, "tape.csv", TAPE);

        ShadowReport report =
                new Shadow(ws.clock).shadowOne(ws.workspace(), ws.config(), ValidationWorkspace.ENV, tape);

        assertThat(report.verdict()).isEqualTo(CheckStatus.FAIL);
        assertThat(report.halt()).isFalse();
        KpiVariance par30 = report.kpis().stream()
                .filter(k -> k.kpi().equals("par_30"))
                .findFirst()
                .orElseThrow();
        assertThat(par30.verdict()).isEqualTo(CheckStatus.FAIL);
        assertThat(par30.rule()).isEqualTo("variance 1.0%; outside 0.1% relative tolerance");
        assertThat(report.kpis())
                .filteredOn(k -> !k.kpi().equals("par_30"))
                .extracting(KpiVariance::verdict)
                .containsOnly(CheckStatus.PASS);
        assertThat(ShadowTable.render(report))
                .startsWith("Shadow comparison: FAIL\n")
                .contains("variance 1.0%; outside 0.1% relative tolerance");
    }

    @Test
    void historicalReconciliationReportsEachDay() throws Exception {
        ValidationWorkspace ws = workspaceWithV1("17.5");
        Path days = ws.workspace().resolve("data/raw/daily");
        Files.createDirectories(days);
        Files.writeString(days.resolve("2026-01-30.csv"), TAPE);
        Files.writeString(days.resolve("2026-01-31.csv"), TAPE.replace(",100,50,25,Ann", ",150,50,25,Ann"));

        HistoricalReport report =
                new Shadow(ws.clock).shadowDays(ws.workspace(), ws.config(), ValidationWorkspace.ENV, days);

        assertThat(report.days())
                .extracting(DayResult::day, DayResult::verdict, DayResult::worstKpi)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("2026-01-30", CheckStatus.PASS, "collection_rate"),
                        org.assertj.core.groups.Tuple.tuple("2026-01-31", CheckStatus.FAIL, "par_30"));
        assertThat(report.verdict()).isEqualTo(CheckStatus.FAIL);
        Path dir = Shadow.shadowDir(ws.workspace()).resolve("20261122T060000Z");
        assertThat(dir.resolve(Shadow.HISTORICAL_REPORT_FILE)).exists();
        assertThat(dir.resolve("2026-01-31/shadow-report.json")).exists();
        assertThat(HistoricalTable.render(report)).contains("(1/2 days pass)");
    }

    @Test
    void aMissingTapeIsRefusedBeforeAnythingIsWritten() throws Exception {
        ValidationWorkspace ws = workspaceWithV1("17.5");

        assertThatThrownBy(() -> new Shadow(ws.clock)
                        .shadowOne(ws.workspace(), ws.config(), ValidationWorkspace.ENV, root.resolve("nope.csv")))
                .isInstanceOf(InputDataException.class)
                .hasMessage(root.resolve("nope.csv") + ": no such tape");
        assertThat(Shadow.shadowDir(ws.workspace())).doesNotExist();
    }

    @Test
    void theIsolatedConfigurationWritesUnderTheOutputDirectoryWithoutADatabase() throws Exception {
        ValidationWorkspace ws = ValidationWorkspace.create(
                root, "pipeline:\n  output:\n    database: {enabled: true, url: 'jdbc:postgresql://127.0.0.1/x'}\n");
        Path out = root.resolve("shadow/v2");

        var isolated = V2PipelineExecutor.isolated(ws.config().config(), out);

        assertThat(isolated.pipeline().output().dir()).isEqualTo(out.toString());
        assertThat(isolated.pipeline().output().database().enabled()).isFalse();
        assertThat(isolated.run().artifactsDir()).isEqualTo(out.resolve("runs").toString());
        assertThat(isolated.pipeline().ingestion())
                .isEqualTo(ws.config().config().pipeline().ingestion());
    }
}
