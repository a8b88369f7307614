package io.abaco.validation.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.abaco.validation.CheckResult;
import io.abaco.validation.CheckStatus;
import io.abaco.validation.testing.ValidationWorkspace;
import java.nio.file.Path;
import java.util.Map;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PerformanceCheckTest {
    @TempDir
    Path root;

    @Test
    void aLatencyThresholdBelowTheMeasuredLatencyFails() throws Exception {
        // one nanosecond: no real calculation is that fast, so the threshold is below whatever is measured
        ValidationWorkspace ws = ValidationWorkspace.create(
                root, "validation:\n  sample_rows: 30\n  thresholds: {latency_ms: 0.000001, memory_mb: 100000.0}\n");
        ws.run();

        CheckResult result = ws.check(new PerformanceCheck());

        assertThat(result.status()).isEqualTo(CheckStatus.FAIL);
        Map<?, ?> observed = (Map<?, ?>) result.observed();
        double latency = ((Number) observed.get("latency_ms")).doubleValue();
        assertThat(latency).isGreaterThan(0.000001);
        assertThat(observed.get("rows")).isEqualTo(30L);
        assertThat(observed.get("sample")).isEqualTo("data/metrics/development/loans.parquet");
        assertThat(result.message())
                .startsWith("latency ")
                .contains(" ms > latency_ms 0.000001")
                .doesNotContain("memory ");
        assertThat(result.threshold())
                .asInstanceOf(InstanceOfAssertFactories.MAP)
                .containsEntry("latency_ms", 0.000001)
                .containsEntry("memory_mb", 100000.0);
    }

    @Test
    void aMemoryThresholdBelowTheAllocatedBytesFails() throws Exception {
        ValidationWorkspace ws = ValidationWorkspace.create(
                root, "validation:\n  sample_rows: 500\n  thresholds: {latency_ms: 600000.0, memory_mb: 0.0}\n");

        CheckResult result = ws.check(new PerformanceCheck());

        assertThat(result.status()).isEqualTo(CheckStatus.FAIL);
        assertThat(result.message()).startsWith("memory ").contains(" MB > memory_mb 0");
        Map<?, ?> observed = (Map<?, ?>) result.observed();
        assertThat(((Number) observed.get("memory_mb")).doubleValue()).isPositive();
    }

    @Test
    void withoutARunItTimesSyntheticRows() throws Exception {
        ValidationWorkspace ws = ValidationWorkspace.create(root, ValidationWorkspace.RELAXED_THRESHOLDS);

        CheckResult result = ws.check(new PerformanceCheck());

        assertThat(result.status()).as(result.message()).isEqualTo(CheckStatus.PASS);
        assertThat(result.observed())
                .asInstanceOf(InstanceOfAssertFactories.MAP)
                .containsEntry("rows", 200L)
                .containsEntry("sample", "synthetic")
                .containsKeys("latency_ms", "memory_mb");
        assertThat(result.message()).startsWith("KPI calculation on 200 rows (synthetic) took ");
    }
}
