package io.abaco.validation.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.abaco.pipeline.run.RunResult;
import io.abaco.validation.CheckResult;
import io.abaco.validation.CheckStatus;
import io.abaco.validation.Numbers;
import io.abaco.validation.testing.ValidationWorkspace;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KpiCalculationsCheckTest {
    @TempDir
    Path root;

    @Test
    void anEditedKpiInTheSummaryFailsNamingTheKpiAndBothValues() throws Exception {
        ValidationWorkspace ws = ValidationWorkspace.create(root, ValidationWorkspace.RELAXED_THRESHOLDS);
        RunResult run = ws.run();
        double real = run.summary().kpis().get("par_30");
        double edited = real + 1.25;
        // a consistent edit: both records of the value say the same thing, only the data can tell
        ValidationWorkspace.editJson(run.runDirectory().resolve("summary.json"), summary -> {
            summary.with("kpis").put("par_30", edited);
            summary.withArray("kpi_details").forEach(detail -> {
                if (detail.get("name").asText().equals("par_30"))
                    ((com.fasterxml.jackson.databind.node.ObjectNode) detail).put("value", edited);
            });
        });

        CheckResult result = ws.check(new KpiCalculationsCheck());

        assertThat(result.status()).isEqualTo(CheckStatus.FAIL);
        String summaryFile = "logs/runs/" + run.summary().runId() + "/summary.json";
        assertThat(result.message())
                .contains("par_30: recorded " + Numbers.format(edited) + " in " + summaryFile + ", recomputed "
                        + Numbers.format(real) + " from data/metrics/development/loans.")
                .doesNotContain("par_90:")
                .doesNotContain("collection_rate:");
    }

    @Test
    void aKpiEditedInOnlyOneRecordOfTheSummaryIsNamedAsSuch() throws Exception {
        ValidationWorkspace ws = ValidationWorkspace.create(root, ValidationWorkspace.RELAXED_THRESHOLDS);
        RunResult run = ws.run();
        ValidationWorkspace.editJson(run.runDirectory().resolve("summary.json"), summary -> summary.with("kpis")
                .put("par_90", 42.0));

        CheckResult result = ws.check(new KpiCalculationsCheck());

        assertThat(result.status()).isEqualTo(CheckStatus.FAIL);
        assertThat(result.message())
                .contains("par_90: recorded 42 in")
                .contains("kpi_details.par_90 = "
                        + Numbers.format(run.summary().kpis().get("par_90")) + " differs from kpis.par_90 = 42");
    }

    @Test
    void aValueOutOfRangeAndAStatusThatItsThresholdsContradictFail() throws Exception {
        ValidationWorkspace ws = ValidationWorkspace.create(root, ValidationWorkspace.RELAXED_THRESHOLDS);
        RunResult run = ws.run();
        ValidationWorkspace.editJson(run.runDirectory().resolve("summary.json"), summary -> {
            summary.with("kpis").put("portfolio_health", 11.0);
            summary.withArray("kpi_details").forEach(detail -> {
                var node = (com.fasterxml.jackson.databind.node.ObjectNode) detail;
                if (node.get("name").asText().equals("portfolio_health")) node.put("value", 11.0);
                if (node.get("name").asText().equals("par_90")) node.put("status", "critical");
            });
        });

        CheckResult result = ws.check(new KpiCalculationsCheck());

        assertThat(result.status()).isEqualTo(CheckStatus.FAIL);
        assertThat(result.message())
                .contains("portfolio_health = 11 in logs/runs/" + run.summary().runId()
                        + "/summary.json is outside [0, 10]")
                .contains("par_90 status is critical but "
                        + Numbers.format(run.summary().kpis().get("par_90")) + " is ok by its thresholds");
    }

    @Test
    void theHealthyRunPassesWithTheRecomputedValuesObserved() throws Exception {
        ValidationWorkspace ws = ValidationWorkspace.create(root, ValidationWorkspace.RELAXED_THRESHOLDS);
        RunResult run = ws.run();

        CheckResult result = ws.check(new KpiCalculationsCheck());

        assertThat(result.status()).as(result.message()).isEqualTo(CheckStatus.PASS);
        assertThat(result.observed())
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
                .containsEntry("recorded", run.summary().kpis());
        assertThat(result.message()).contains("recomputed from 3 loans file(s) match");
    }
}
