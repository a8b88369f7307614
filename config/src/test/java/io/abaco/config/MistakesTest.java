package io.abaco.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.abaco.error.ConfigException;
import io.abaco.error.ConfigProblem;
import io.abaco.error.UsageException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One test per kind of mistake: the exact message an operator reads, located at file:line:column. */
class MistakesTest {
    @TempDir
    Path root;

    ConfigFixture fixture;

    @BeforeEach
    void workspace() {
        fixture = new ConfigFixture(root).environment("development", "").environment("production", "");
    }

    @Test
    void yamlSyntaxErrorNamesTheParserPosition() {
        fixture.master("version: 2\npipeline:\n  ingestion: [file\n");

        assertThat(fixture.problems("development"))
                .containsExactly("config/pipeline.yml:4:1: invalid YAML: expected ',' or ']', but got <stream end>");
    }

    @Test
    void unknownKeySuggestsTheNearestSibling() {
        fixture.master(
                """
                version: 2
                pipeline:
                  ingestion:
                    strcit: false
                """);

        assertThat(fixture.problems("development"))
                .containsExactly(
                        "config/pipeline.yml:4:5: pipeline.ingestion.strcit: unknown key 'strcit' (did you mean 'strict'?)");
    }

    @Test
    void unknownKeyWithNothingCloseListsTheKnownKeys() {
        fixture.master("version: 2\nserve:\n  bogus_setting: 1\n");

        assertThat(fixture.problems("development"))
                .containsExactly("config/pipeline.yml:3:3: serve.bogus_setting: unknown key 'bogus_setting'"
                        + " (known keys: host, port, schedule_seconds)");
    }

    @Test
    void unknownKpiIsRefused() {
        fixture.master("version: 2\npipeline:\n  calculation:\n    kpis:\n      par_60: {warning: 1, critical: 2}\n");

        assertThat(fixture.problems("development"))
                .containsExactly("config/pipeline.yml:5:7: pipeline.calculation.kpis.par_60: unknown key 'par_60'"
                        + " (did you mean 'par_30'?)");
    }

    @Test
    void wrongTypesSayWhatWasExpected() {
        fixture.master(
                """
                version: 2
                pipeline:
                  ingestion:
                    strict: yes please
                    deduplication: {keys: loan_id}
                    cascade:
                      timeout_seconds: abc
                      retry: 3
                serve:
                  port: 80.5
                """);

        assertThat(fixture.problems("development"))
                .containsExactly(
                        "config/pipeline.yml:4:13: pipeline.ingestion.strict: expected true or false, got 'yes please'",
                        "config/pipeline.yml:5:27: pipeline.ingestion.deduplication.keys: expected a list, got 'loan_id'",
                        "config/pipeline.yml:7:24: pipeline.ingestion.cascade.timeout_seconds: expected a number, got 'abc'",
                        "config/pipeline.yml:8:14: pipeline.ingestion.cascade.retry: expected a map, got '3'",
                        "config/pipeline.yml:10:9: serve.port: expected a whole number, got '80.5'");
    }

    @Test
    void outOfRangeValuesNameTheBounds() {
        fixture.master(
                """
                version: 3
                pipeline:
                  ingestion:
                    cascade:
                      timeout_seconds: -1
                      retry: {max_retries: -2, jitter: 1.5}
                serve:
                  port: 70000
                validation:
                  thresholds: {error_rate_pct: -0.5}
                """);

        assertThat(fixture.problems("development"))
                .containsExactly(
                        "config/pipeline.yml:1:10: version: unsupported version 3 (this abaco reads version 2)",
                        "config/pipeline.yml:5:24: pipeline.ingestion.cascade.timeout_seconds: must be 0 or more, got -1",
                        "config/pipeline.yml:6:28: pipeline.ingestion.cascade.retry.max_retries: must be 0 or more, got -2",
                        "config/pipeline.yml:6:40: pipeline.ingestion.cascade.retry.jitter: must be between 0 and 1, got 1.5",
                        "config/pipeline.yml:8:9: serve.port: must be between 1 and 65535, got 70000",
                        "config/pipeline.yml:10:32: validation.thresholds.error_rate_pct: must be 0 or more, got -0.5");
    }

    @Test
    void enumsListTheAllowedValues() {
        fixture.master(
                """
                version: 2
                run: {id_strategy: random}
                pipeline:
                  ingestion: {source: ftp, cascade: {auth: basic}}
                  transformation: {null_handling: ignore, outliers: {method: iqr}}
                  calculation: {timeseries: [daily, hourly]}
                  output: {formats: [csv, xml]}
                cutover:
                  v1: {controller: docker}
                """);

        assertThat(fixture.problems("development"))
                .containsExactly(
                        "config/pipeline.yml:2:20: run.id_strategy: expected one of deterministic|timestamp, got 'random'",
                        "config/pipeline.yml:4:23: pipeline.ingestion.source: expected one of file|cascade_http, got 'ftp'",
                        "config/pipeline.yml:4:44: pipeline.ingestion.cascade.auth: expected one of bearer|cookie, got 'basic'",
                        "config/pipeline.yml:5:35: pipeline.transformation.null_handling: expected one of fill_zero|drop_rows, got 'ignore'",
                        "config/pipeline.yml:5:62: pipeline.transformation.outliers.method: expected one of zscore, got 'iqr'",
                        "config/pipeline.yml:6:37: pipeline.calculation.timeseries[1]: expected one of daily|weekly|monthly, got 'hourly'",
                        "config/pipeline.yml:7:27: pipeline.output.formats[1]: expected one of parquet|csv|json, got 'xml'",
                        "config/pipeline.yml:9:20: cutover.v1.controller: expected one of process|systemd|command|http, got 'docker'");
    }

    @Test
    void enumListsMustNotBeEmptyNorRepeatAValue() {
        fixture.master("version: 2\npipeline:\n  output: {formats: []}\n  calculation: {timeseries: [daily, daily]}\n");

        assertThat(fixture.problems("development"))
                .containsExactly(
                        "config/pipeline.yml:3:21: pipeline.output.formats: expected at least one of parquet|csv|json",
                        "config/pipeline.yml:4:37: pipeline.calculation.timeseries[1]: 'daily' is listed twice");
    }

    @Test
    void aDisabledSectionIsStillTypeChecked() {
        fixture.master(
                """
                version: 2
                alerts:
                  slack: {enabled: false, max_per_day: lots, webhok_url: x}
                """);

        assertThat(fixture.problems("development"))
                .containsExactly(
                        "config/pipeline.yml:3:40: alerts.slack.max_per_day: expected a number, got 'lots'",
                        "config/pipeline.yml:3:46: alerts.slack.webhok_url: unknown key 'webhok_url' (did you mean"
                                + " 'webhook_url'?)");
    }

    @Test
    void missingRequiredVariableNamesTheVariableKeyAndPosition() {
        fixture.master("version: 2\nname: \"abaco-${TEAM}\"\n");

        assertThat(fixture.problems("development"))
                .containsExactly("config/pipeline.yml:2:7: name: environment variable TEAM is not set");
    }

    @Test
    void pathsMustStayInsideTheWorkspace() {
        fixture.master(
                """
                version: 2
                pipeline:
                  output: {dir: ../elsewhere/metrics}
                run: {artifacts_dir: /var/tmp/runs}
                validation: {history_dir: logs/../../history}
                """);

        assertThat(fixture.problems("development"))
                .containsExactly(
                        "config/pipeline.yml:3:17: pipeline.output.dir: path '../elsewhere/metrics' is outside the workspace",
                        "config/pipeline.yml:4:22: run.artifacts_dir: path '/var/tmp/runs' is outside the workspace",
                        "config/pipeline.yml:5:27: validation.history_dir: path 'logs/../../history' is outside the workspace");
    }

    @Test
    void anAbsolutePathInsideTheWorkspaceIsAccepted() {
        fixture.master("version: 2\ncutover: {backup: {dir: \"" + root.resolve("backups") + "\"}}\n");

        assertThat(fixture.load("development").config().cutover().backup().dir())
                .isEqualTo(root.resolve("backups").toString());
    }

    @Test
    void enabledSectionsNeedTheirRequiredSettings() {
        fixture.master("version: 2\n")
                .environment(
                        "production",
                        """
                        pipeline:
                          ingestion: {source: cascade_http}
                          output:
                            database: {enabled: true, url: ""}
                        cutover:
                          v1: {controller: systemd}
                        """);

        assertThat(fixture.problems("production", Map.of("CASCADE_SESSION_COOKIE", "cookie-value-1234")))
                .containsExactly(
                        "config/environments/production.yml:2:23: pipeline.ingestion.cascade.base_url: required when"
                                + " pipeline.ingestion.source is cascade_http",
                        "config/environments/production.yml:2:23: pipeline.ingestion.cascade.portfolio_id: required when"
                                + " the endpoint holds {portfolio_id}",
                        "config/environments/production.yml:4:36: pipeline.output.database.url: required when"
                                + " pipeline.output.database.enabled is true",
                        "config/environments/production.yml:6:20: cutover.v1.unit: required when cutover.v1.controller"
                                + " is systemd");
    }

    @Test
    void duplicateKeysAreProblems() {
        fixture.master("version: 2\nserve:\n  port: 8000\n  port: 9000\n");

        assertThat(fixture.problems("development"))
                .containsExactly("config/pipeline.yml:4:3: serve.port: duplicate key 'port' (first written on line 3)");
    }

    @Test
    void invalidTimeZoneAndKpiThresholdsInTheWrongOrder() {
        fixture.master(
                """
                version: 2
                run: {timezone: Mars/Olympus}
                pipeline:
                  calculation:
                    kpis:
                      par_30: {warning: 9}
                """);

        assertThat(fixture.problems("development"))
                .containsExactly(
                        "config/pipeline.yml:2:17: run.timezone: unknown time zone 'Mars/Olympus'",
                        "config/pipeline.yml:6:25: pipeline.calculation.kpis.par_30.warning: must not be above critical"
                                + " when higher is worse (9 vs 8)");
    }

    @Test
    void missingMasterFileIsNamed() {
        assertThat(fixture.problems("development")).containsExactly("config/pipeline.yml: file not found");
    }

    @Test
    void missingEnvironmentFileListsTheEnvironmentsThatExist() {
        fixture.master("version: 2\n");

        assertThat(fixture.problems("prod"))
                .containsExactly("config/environments/prod.yml: environment 'prod' not found: file missing"
                        + " (environments: development, production)");
    }

    @Test
    void missingMasterAndEnvironmentAreReportedTogether() {
        assertThat(fixture.problems("qa")).hasSize(2);
    }

    @Test
    void anEnvironmentNameMustBeAPlainName() {
        fixture.master("version: 2\n");

        assertThatThrownBy(() -> fixture.load("../secrets"))
                .isInstanceOf(UsageException.class)
                .hasMessage("invalid environment name '../secrets': use letters, digits, '-' and '_' (the name of a"
                        + " file in config/environments/)");
    }

    @Test
    void fiveMistakesInTwoFilesGiveFiveLocatedProblemsInOneException() {
        fixture.master(
                        """
                        version: 2
                        pipeline:
                          ingestion:
                            strcit: true
                          output:
                            formats: [csv, xml]
                        serve:
                          port: eighty
                        """)
                .environment(
                        "production",
                        """
                        pipeline:
                          output:
                            dir: ../../outside
                        alerts:
                          slack:
                            enabled: true
                            cooldown_minutes: -5
                        """);

        ConfigException failure = fixture.failure("production", Map.of("SLACK_WEBHOOK_URL", "https://hooks.test/x"));

        assertThat(failure.problems())
                .extracting(ConfigProblem::file, ConfigProblem::line, ConfigProblem::column, ConfigProblem::keyPath)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("config/pipeline.yml", 4, 5, "pipeline.ingestion.strcit"),
                        org.assertj.core.groups.Tuple.tuple("config/pipeline.yml", 6, 20, "pipeline.output.formats[1]"),
                        org.assertj.core.groups.Tuple.tuple("config/pipeline.yml", 8, 9, "serve.port"),
                        org.assertj.core.groups.Tuple.tuple(
                                "config/environments/production.yml", 3, 10, "pipeline.output.dir"),
                        org.assertj.core.groups.Tuple.tuple(
                                "config/environments/production.yml", 7, 23, "alerts.slack.cooldown_minutes"));
        assertThat(failure.getMessage().lines()).hasSize(5);
    }
}
