package io.abaco.pipeline.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.abaco.config.model.DatabaseConfig;
import io.abaco.error.ExternalServiceException;
import io.abaco.pipeline.calc.Grain;
import io.abaco.pipeline.calc.KpiStatus;
import io.abaco.pipeline.calc.KpiValue;
import io.abaco.pipeline.calc.TimeSeriesPoint;
import io.abaco.testing.PostgresExtension;
import io.abaco.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(PostgresExtension.class)
class PipelineDatabaseTest {
    @TempDir
    Path dir;

    @Test
    void migratesIntoTheConfiguredSchemaAndReportsNothingPendingAfterwards(TestDatabase db) throws SQLException {
        DatabaseConfig config = config(db);
        assertThat(DatabaseMigrations.pending(config)).containsExactly("1 pipeline tables");
        assertThat(DatabaseMigrations.validate(config)).isEmpty();

        assertThat(DatabaseMigrations.migrate(config)).isEqualTo(1);

        assertThat(DatabaseMigrations.pending(config)).isEmpty();
        assertThat(DatabaseMigrations.migrate(config)).isZero();
        assertThat(DatabaseMigrations.validate(config)).isEmpty();
        try (Connection connection = db.connect()) {
            for (String table : DatabaseMigrations.PIPELINE_TABLES) {
                assertThat(query(
                                connection,
                                "SELECT count(*) FROM information_schema.columns WHERE table_schema = '" + db.schema()
                                        + "' AND table_name = '" + table + "' AND column_name = 'run_id'"))
                        .as(table)
                        .containsExactly("1");
            }
        }
    }

    @Test
    void writesARunAndARerunReplacesItsRows(TestDatabase db) throws Exception {
        DatabaseConfig config = config(db);
        PipelineDatabase database = new PipelineDatabase(config);

        database.writeRun(run("run_a", 2), kpis(17.5), series(), facts("run_a", 2));
        database.writeRun(run("run_b", 1), kpis(3.0), series(), facts("run_b", 1));
        database.writeRun(run("run_a", 3), kpis(12.25), series(), facts("run_a", 3));

        try (Connection connection = db.connect()) {
            assertThat(query(connection, "SELECT run_id || ':' || rows_accepted FROM runs ORDER BY run_id"))
                    .containsExactly("run_a:3", "run_b:1");
            assertThat(query(connection, "SELECT run_id || ':' || count(*) FROM loan_facts GROUP BY run_id ORDER BY 1"))
                    .containsExactly("run_a:3", "run_b:1");
            assertThat(query(
                            connection,
                            "SELECT value FROM kpi_snapshots WHERE run_id = 'run_a' AND kpi_name = 'par_30'"))
                    .containsExactly("12.25");
            assertThat(query(
                            connection,
                            "SELECT reason FROM kpi_snapshots WHERE run_id = 'run_a' AND kpi_name = 'par_90'"))
                    .containsExactly("zero denominator");
            assertThat(query(
                            connection,
                            "SELECT grain || ' ' || period || ' ' || rows FROM timeseries WHERE run_id = 'run_a'"))
                    .containsExactly("monthly 2026-01 3");
            assertThat(query(
                            connection,
                            "SELECT loan_id || ' ' || total_receivable_usd || ' ' || outlier FROM loan_facts"
                                    + " WHERE run_id = 'run_a' ORDER BY loan_id"))
                    .containsExactly("L1 1000.5 false", "L2 2001 true", "L3 3000.5 false");
        }
    }

    @Test
    void aFailingWriteLeavesThePreviousRowsIntact(TestDatabase db) throws Exception {
        DatabaseConfig config = config(db);
        PipelineDatabase database = new PipelineDatabase(config);
        database.writeRun(run("run_a", 2), kpis(17.5), series(), facts("run_a", 2));

        Path broken = dir.resolve("broken.csv");
        Files.writeString(broken, Files.readString(facts("run_a", 3)).replace("3000.5", "not-a-number"));
        assertThatThrownBy(() -> database.writeRun(run("run_a", 3), kpis(99), series(), broken))
                .isInstanceOf(ExternalServiceException.class)
                .hasMessageContaining("not-a-number");

        try (Connection connection = db.connect()) {
            assertThat(query(connection, "SELECT rows_accepted FROM runs")).containsExactly("2");
            assertThat(query(connection, "SELECT count(*) FROM loan_facts")).containsExactly("2");
            assertThat(query(connection, "SELECT value FROM kpi_snapshots WHERE kpi_name = 'par_30'"))
                    .containsExactly("17.5");
        }
    }

    @Test
    void anUnreachableDatabaseIsAnExternalServiceErrorWithoutThePassword() {
        DatabaseConfig config =
                new DatabaseConfig(true, "jdbc:postgresql://127.0.0.1:1/test?password=hunter22", "u", "hunter22", "s");
        assertThatThrownBy(() -> DatabaseMigrations.pending(config))
                .isInstanceOf(ExternalServiceException.class)
                .hasMessageStartingWith("database jdbc:postgresql://127.0.0.1:1/test?password=***")
                .hasMessageNotContaining("hunter22");
    }

    static DatabaseConfig config(TestDatabase db) {
        return new DatabaseConfig(true, db.jdbcUrl(), db.user(), null, db.schema());
    }

    private static RunRow run(String runId, long rows) {
        Instant now = Instant.parse("2026-01-31T12:00:00Z");
        return new RunRow(runId, "success", "staging", now, now.plusSeconds(2), "ab".repeat(32), "cd", rows);
    }

    private static List<KpiValue> kpis(double par30) {
        return List.of(
                new KpiValue("par_30", par30, KpiStatus.CRITICAL, null),
                new KpiValue("par_90", 0, KpiStatus.OK, "zero denominator"));
    }

    private static Map<Grain, List<TimeSeriesPoint>> series() {
        return Map.of(Grain.MONTHLY, List.of(new TimeSeriesPoint("monthly", "2026-01", 3, 1, 2, 3, 4)));
    }

    private Path facts(String runId, int rows) throws Exception {
        StringBuilder csv = new StringBuilder(String.join(",", PipelineDatabase.loanFactColumns())).append('\n');
        for (int index = 1; index <= rows; index++) {
            csv.append(runId)
                    .append(",L")
                    .append(index)
                    .append(",,2026-01-0")
                    .append(index)
                    .append(',')
                    .append(index * 1000 + (index % 2 == 0 ? 1 : 0.5))
                    .append(",1,1,1,1,1,1,1,1,")
                    .append(index == 2)
                    .append('\n');
        }
        Path file = dir.resolve(runId + "-" + rows + ".csv");
        Files.writeString(file, csv);
        return file;
    }

    private static List<String> query(Connection connection, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) values.add(rows.getString(1));
        }
        return values;
    }
}
