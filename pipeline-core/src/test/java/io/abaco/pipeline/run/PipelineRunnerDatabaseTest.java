package io.abaco.pipeline.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.abaco.config.Workspace;
import io.abaco.config.model.AbacoConfig;
import io.abaco.config.model.DatabaseConfig;
import io.abaco.error.ExternalServiceException;
import io.abaco.pipeline.output.Json;
import io.abaco.testing.PostgresExtension;
import io.abaco.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(PostgresExtension.class)
class PipelineRunnerDatabaseTest {
    @TempDir
    Path root;

    private final PipelineRunner runner = new PipelineRunner();

    @Test
    void aRunWritesItsRowsAndARerunReplacesThem(TestDatabase db) throws Exception {
        Workspace workspace = new Workspace(root);
        RunFixtures.writeTape(workspace, 40, 0);
        AbacoConfig config = RunFixtures.config(
                List.of("csv"), new DatabaseConfig(true, db.jdbcUrl(), db.user(), null, db.schema()), "fill_zero");

        RunResult first = runner.run(new RunRequest(config, "c", workspace, null, Map.of(), ProgressListener.NONE));
        RunResult second = runner.run(new RunRequest(config, "c", workspace, null, Map.of(), ProgressListener.NONE));

        assertThat(second.summary().runId()).isEqualTo(first.summary().runId());
        try (Connection connection = db.connect();
                Statement statement = connection.createStatement()) {
            assertThat(single(statement, "SELECT count(*) FROM runs")).isEqualTo("1");
            assertThat(single(statement, "SELECT count(*) FROM loan_facts")).isEqualTo("41");
            assertThat(single(statement, "SELECT count(*) FROM loan_facts WHERE outlier"))
                    .isEqualTo("1");
            assertThat(single(statement, "SELECT value FROM kpi_snapshots WHERE kpi_name = 'par_30'"))
                    .isEqualTo(String.valueOf(second.summary().kpis().get("par_30")));
            assertThat(single(statement, "SELECT count(DISTINCT grain) FROM timeseries"))
                    .isEqualTo("3");
        }
    }

    @Test
    void anUnreachableDatabaseFailsTheRunAndPublishesNothing() throws Exception {
        Workspace workspace = new Workspace(root);
        RunFixtures.writeTape(workspace, 10, 0);
        AbacoConfig config = RunFixtures.config(
                List.of("csv", "json"),
                new DatabaseConfig(true, "jdbc:postgresql://127.0.0.1:1/none", "abaco", "s3cret-pw", "analytics"),
                "fill_zero");

        assertThatThrownBy(
                        () -> runner.run(new RunRequest(config, "c", workspace, null, Map.of(), ProgressListener.NONE)))
                .isInstanceOf(ExternalServiceException.class)
                .hasMessageStartingWith("database jdbc:postgresql://127.0.0.1:1/none: ");

        assertThat(workspace.resolve("data/metrics/development")).isEmptyDirectory();
        try (Stream<Path> runs = Files.list(workspace.runsDir())) {
            List<Path> dirs = runs.toList();
            assertThat(dirs).hasSize(1);
            assertThat(dirs.get(0).getFileName().toString()).startsWith("failed-");
            RunSummary failure = Json.read(dirs.get(0).resolve("summary.json"), RunSummary.class);
            assertThat(failure.status()).isEqualTo("failed");
            assertThat(failure.error()).startsWith("database ").doesNotContain("s3cret-pw");
            assertThat(failure.input().rowsRead()).isEqualTo(11);
        }
    }

    private static String single(Statement statement, String sql) throws Exception {
        try (ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }
}
