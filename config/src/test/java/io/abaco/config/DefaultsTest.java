package io.abaco.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.abaco.config.model.AbacoConfig;
import io.abaco.config.model.KpiThreshold;
import io.abaco.config.model.ServiceConfig;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DefaultsTest {
    @TempDir
    Path root;

    ConfigFixture fixture;

    @BeforeEach
    void minimalWorkspace() {
        fixture = new ConfigFixture(root).master("version: 2\n").environment("development", "");
    }

    @Test
    void aMasterOfOnlyTheVersionIsValidAndBindsEveryDefault() {
        AbacoConfig config = fixture.load("development").config();

        assertThat(config.version()).isEqualTo(2);
        assertThat(config.name()).isEqualTo("abaco-loans-analytics");
        assertThat(config.environment()).isEqualTo("development");
        assertThat(config.run().idStrategy()).isEqualTo("deterministic");
        assertThat(config.run().timezone()).isEqualTo("UTC");
        assertThat(config.run().artifactsDir()).isEqualTo("logs/runs");

        var ingestion = config.pipeline().ingestion();
        assertThat(ingestion.source()).isEqualTo("file");
        assertThat(ingestion.path()).isEqualTo("data/raw/loan_tape.csv");
        assertThat(ingestion.strict()).isTrue();
        assertThat(ingestion.deduplication().keys()).containsExactly("loan_id", "measurement_date");
        assertThat(ingestion.cascade().endpoint()).isEqualTo("/api/v1/portfolios/{portfolio_id}/export");
        assertThat(ingestion.cascade().token())
                .as("placeholder in a disabled section")
                .isNull();
        assertThat(ingestion.cascade().retry().maxRetries()).isEqualTo(3);
        assertThat(ingestion.cascade().retry().backoffSeconds()).isEqualTo(1.5);
        assertThat(ingestion.cascade().retry().jitter()).isEqualTo(0.3);
        assertThat(ingestion.cascade().rateLimitPerMinute()).isEqualTo(60);
        assertThat(ingestion.cascade().circuitBreaker().failureThreshold()).isEqualTo(3);
        assertThat(ingestion.cascade().circuitBreaker().resetSeconds()).isEqualTo(120.0);

        var transformation = config.pipeline().transformation();
        assertThat(transformation.nullHandling()).isEqualTo("fill_zero");
        assertThat(transformation.outliers().method()).isEqualTo("zscore");
        assertThat(transformation.outliers().threshold()).isEqualTo(4.0);
        assertThat(transformation.piiMasking().keywords())
                .contains("email", "id_number")
                .hasSize(8);

        var calculation = config.pipeline().calculation();
        assertThat(calculation.kpis())
                .containsExactly(
                        Map.entry("par_30", new KpiThreshold(5, 8, false)),
                        Map.entry("par_90", new KpiThreshold(3, 5, false)),
                        Map.entry("collection_rate", new KpiThreshold(1.5, 1.0, true)),
                        Map.entry("portfolio_health", new KpiThreshold(5, 3, true)));
        assertThat(calculation.timeseries()).containsExactly("daily", "weekly", "monthly");
        assertThat(calculation.anomaly().maxChangePct()).isEqualTo(20.0);

        var output = config.pipeline().output();
        assertThat(output.dir()).isEqualTo("data/metrics/development");
        assertThat(output.formats()).containsExactly("parquet", "csv", "json");
        assertThat(output.database().enabled()).isFalse();
        assertThat(output.database().url()).isNull();
        assertThat(output.database().schema()).isEqualTo("analytics");

        assertThat(config.serve().host()).isEqualTo("127.0.0.1");
        assertThat(config.serve().port()).isEqualTo(8321);
        assertThat(config.serve().scheduleSeconds()).isEqualTo(3600.0);

        ServiceConfig v1 = config.cutover().v1();
        assertThat(v1.controller()).isEqualTo("process");
        assertThat(v1.command()).isEmpty();
        assertThat(v1.pidfile()).isEqualTo(".abaco/v1.pid");
        assertThat(v1.logFile()).isEqualTo("logs/v1.log");
        assertThat(v1.graceSeconds()).isEqualTo(10.0);
        assertThat(v1.inFlightWaitSeconds()).isEqualTo(300.0);
        assertThat(config.cutover().v2().pidfile()).isEqualTo(".abaco/v2.pid");
        assertThat(config.cutover().shadow().kpiTolerancePct()).isEqualTo(0.1);
        assertThat(config.cutover().shadow().haltAbovePct()).isEqualTo(1.0);
        assertThat(config.cutover().shadow().kpiTolerances()).isEmpty();
        assertThat(config.cutover().backup().dir()).isEqualTo(".rollback");

        assertThat(config.validation().thresholds().latencyMs()).isEqualTo(100.0);
        assertThat(config.validation().thresholds().kpiDriftPct()).isEqualTo(5.0);
        assertThat(config.validation().sampleRows()).isEqualTo(1000);
        assertThat(config.validation().historyDir()).isEqualTo("logs/validation");

        assertThat(config.alerts().slack().enabled()).isFalse();
        assertThat(config.alerts().slack().webhookUrl()).isNull();
        assertThat(config.alerts().slack().maxPerDay()).isEqualTo(50);
    }

    @Test
    void theTreeIsTypedByTheSchemaAndTheHashIsStable() {
        LoadedConfig first = fixture.load("development");
        LoadedConfig second = fixture.load("development");

        assertThat(first.tree().at("/serve/port").isInt()).isTrue();
        assertThat(first.tree().at("/validation/thresholds/latency_ms").isDouble())
                .isTrue();
        assertThat(first.tree().at("/pipeline/ingestion/strict").isBoolean()).isTrue();
        assertThat(first.sha256()).matches("[0-9a-f]{64}").isEqualTo(second.sha256());
        assertThat(first.files())
                .containsExactly(
                        root.resolve("config/pipeline.yml"), root.resolve("config/environments/development.yml"));

        fixture.environment("development", "serve: {port: 9000}\n");
        assertThat(fixture.load("development").sha256()).isNotEqualTo(first.sha256());
    }

    @Test
    void theTreeCannotBeChangedThroughTheLoadedConfig() {
        LoadedConfig loaded = fixture.load("development");
        ((com.fasterxml.jackson.databind.node.ObjectNode) loaded.tree()).put("name", "changed");

        assertThat(loaded.tree().get("name").asText()).isEqualTo("abaco-loans-analytics");
    }

    @Test
    void aServiceCommandWrittenAsOneStringRunsThroughBash() {
        fixture.master(
                """
                version: 2
                cutover:
                  v1: {command: "python3 legacy.py --serve"}
                  v2: {command: [java, -jar, abaco.jar, serve]}
                """);

        AbacoConfig config = fixture.load("development").config();

        assertThat(config.cutover().v1().command()).isEqualTo(List.of("bash", "-c", "python3 legacy.py --serve"));
        assertThat(config.cutover().v2().command()).containsExactly("java", "-jar", "abaco.jar", "serve");
    }

    @Test
    void kpiTolerancesTakeOneNumberPerKpi() {
        fixture.master(
                """
                version: 2
                cutover:
                  shadow:
                    kpi_tolerances: {par_30: 0.5, collection_rate: 2}
                """);

        assertThat(fixture.load("development").config().cutover().shadow().kpiTolerances())
                .isEqualTo(Map.of("par_30", 0.5, "collection_rate", 2.0));
    }
}
