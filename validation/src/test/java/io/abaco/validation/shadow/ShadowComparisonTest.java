package io.abaco.validation.shadow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.abaco.config.model.ShadowConfig;
import io.abaco.validation.CheckStatus;
import io.abaco.validation.ValidationJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * V1 and V2 both run as real child processes: a legacy-style script for V1 and, standing in for V2 until the
 * pipeline runner is wired, a script that writes V2's richer loan file (extra columns) and optionally a skewed KPI.
 */
class ShadowComparisonTest {
    static final ShadowConfig CONFIG = new ShadowConfig(0.1, 1.0, Map.of(), 0.01);
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T08:00:00Z"), ZoneOffset.UTC);

    /** Sums receivables (column 3) as par_30 and copies loans; factor skews V2's par_30; "broken" tapes exit 2. */
    static String pipelineScript(boolean v2) {
        String loans = v2
                ? "awk -F, 'BEGIN{OFS=\",\"} NR==1{print $0,\"dpd_30_60_usd\"; next} {print $0,0}' \"$in\" > \"$out/loans.csv\""
                : "cp \"$in\" \"$out/loans.csv\"";
        String factor = v2 ? "$(grep -q skew \"$in\" && echo 1.01 || echo 1)" : "1";
        return """
                in={input}; out={output}
                if grep -q broken "$in"; then echo "cannot parse $in" >&2; exit 2; fi
                total=$(awk -F, 'NR>1 && $1 != "skew" {s+=$3} END {print s}' "$in")
                par=$(echo "$total * %s" | bc -l)
                printf '{"par_30": %%s, "par_90": 0}' "$par" > "$out/kpis.json"
                %s
                """
                .formatted(factor, loans);
    }

    static PipelineExecutor executor(Path dir, boolean v2) {
        return new V1CommandExecutor(V1CommandExecutorTest.v1(pipelineScript(v2)), dir, Duration.ofSeconds(30));
    }

    static final String HEADER =
            "loan_id,measurement_date,total_receivable_usd,total_eligible_usd,cash_available_usd,dpd_90_plus_usd\n";

    @TempDir
    Path dir;

    @Test
    void anIdenticalPairPassesOnKpisAndRows() throws Exception {
        Path tape = Files.writeString(dir.resolve("tape.csv"), HEADER + "L1,2026-01-31,100,90,10,0\n");
        ShadowRunner runner =
                new ShadowRunner(executor(dir, false), executor(dir, true), new ShadowComparison(CONFIG, CLOCK));

        ShadowReport report = runner.run(tape, dir.resolve("work"));

        assertThat(report.verdict()).isEqualTo(CheckStatus.PASS);
        assertThat(report.halt()).isFalse();
        assertThat(report.kpis()).extracting(KpiVariance::kpi).containsExactly("par_30", "par_90");
        assertThat(report.rows().matched()).isEqualTo(1);
        assertThat(report.rows().onlyInV2()).containsExactly("dpd_30_60_usd");

        String table = ShadowTable.render(report);
        assertThat(table).startsWith("Shadow comparison: PASS\n");
        assertThat(table).containsPattern("(?m)^KPI +V1 +V2 +VARIANCE +TOLERANCE +VERDICT +RULE$");
        assertThat(table)
                .containsPattern("(?m)^par_30 +100 +100 +0\\.0% +0\\.1% +PASS +absolute difference 0 ≤ 0\\.01$");
        assertThat(table).containsPattern("(?m)^matched +1$");
    }

    @Test
    void aPlantedOnePercentKpiDifferenceFailsNamingTheRule() throws Exception {
        Path tape = Files.writeString(
                dir.resolve("tape.csv"), HEADER + "L1,2026-01-31,100,90,10,0\nskew,2026-01-31,0,0,0,0\n");
        ShadowRunner runner =
                new ShadowRunner(executor(dir, false), executor(dir, true), new ShadowComparison(CONFIG, CLOCK));

        ShadowReport report = runner.run(tape, dir.resolve("work"));

        assertThat(report.verdict()).isEqualTo(CheckStatus.FAIL);
        assertThat(report.halt()).isFalse();
        assertThat(report.kpis().get(0).rule()).isEqualTo("variance 1.0%; outside 0.1% relative tolerance");
        assertThat(report.rows().clean()).isTrue();

        JsonNode json = ValidationJson.mapper().readTree(ShadowReportFile.json(report));
        assertThat(json.get("verdict").asText()).isEqualTo("FAIL");
        assertThat(json.get("kpis").get(0).get("variance_pct").asDouble()).isEqualTo(1.0);
        assertThat(json.get("rows").get("missing_in_v1").asLong()).isZero();
        assertThat(json.get("config").get("halt_above_pct").asDouble()).isEqualTo(1.0);
    }

    @Test
    void withoutLoanLevelOutputRowsAreNotComparedAndSaySo() {
        ShadowReport report = new ShadowComparison(CONFIG, CLOCK)
                .compare(
                        null,
                        new KpiSnapshot(Map.of("par_30", 1.0), null),
                        new KpiSnapshot(Map.of("par_30", 1.0), null));

        assertThat(report.rows()).isNull();
        assertThat(report.rowsNote()).isEqualTo("V1 wrote no loan-level output: rows not compared");
        assertThat(ShadowTable.render(report)).endsWith("Rows: V1 wrote no loan-level output: rows not compared\n");
    }

    @Test
    void noKpisAtAllIsNotAPass() {
        ShadowReport report = new ShadowComparison(CONFIG, CLOCK)
                .compare(null, new KpiSnapshot(Map.of(), null), new KpiSnapshot(Map.of(), null));

        assertThat(report.verdict()).isEqualTo(CheckStatus.FAIL);
    }
}
