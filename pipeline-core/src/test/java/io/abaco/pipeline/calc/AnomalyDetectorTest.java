package io.abaco.pipeline.calc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AnomalyDetectorTest {
    private final AnomalyDetector detector = new AnomalyDetector(20);

    @Test
    void flagsOnlyKpisThatMovedMoreThanTheLimit() {
        Map<String, Double> previous = new LinkedHashMap<>();
        previous.put("par_30", 10.0);
        previous.put("par_90", 5.0);
        previous.put("collection_rate", 0.0);
        Map<String, Double> current = new LinkedHashMap<>();
        current.put("par_30", 12.0); // +20%: not more than the limit
        current.put("par_90", 6.5); // +30%
        current.put("collection_rate", 1.0); // from zero

        List<Anomaly> anomalies = detector.detect(current, previous, "run_abc");

        assertThat(anomalies).extracting(Anomaly::kpi).containsExactly("par_90", "collection_rate");
        assertThat(anomalies.get(0).changePct()).isCloseTo(30.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(anomalies.get(0).previousRunId()).isEqualTo("run_abc");
        assertThat(anomalies.get(1).changePct()).isEqualTo(100.0);
    }

    @Test
    void nothingToCompareWithoutAPreviousRun() {
        assertThat(detector.detect(Map.of("par_30", 50.0), null, null)).isEmpty();
    }

    @Test
    void bothZeroIsNoChange() {
        assertThat(AnomalyDetector.changePct(0, 0)).isZero();
    }
}
