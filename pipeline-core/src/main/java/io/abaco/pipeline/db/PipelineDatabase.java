package io.abaco.pipeline.db;

import io.abaco.config.model.DatabaseConfig;
import io.abaco.pipeline.calc.Grain;
import io.abaco.pipeline.calc.KpiValue;
import io.abaco.pipeline.calc.TimeSeriesPoint;
import io.abaco.pipeline.ingest.TapeColumns;
import io.abaco.pipeline.output.DataOutputs;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.postgresql.PGConnection;

/**
 * Writes one run's rows (runs, kpi_snapshots, timeseries, loan_facts) in ONE transaction, after deleting whatever
 * that run id wrote before: a re-run replaces its rows, and a failure leaves the previous rows as they were.
 */
public final class PipelineDatabase {
    private final DatabaseConfig config;

    public PipelineDatabase(DatabaseConfig config) {
        this.config = config;
    }

    /** Columns of loan_facts, in table order. */
    public static List<String> loanFactColumns() {
        List<String> columns = new ArrayList<>(
                List.of("run_id", TapeColumns.LOAN_ID, TapeColumns.PERIOD, TapeColumns.MEASUREMENT_DATE));
        columns.addAll(TapeColumns.AMOUNTS);
        columns.add(DataOutputs.OUTLIER_COLUMN);
        return List.copyOf(columns);
    }

    /** A DuckDB SELECT over the loan output rows producing loan_facts CSV rows for {@code runId}. */
    public static String loanFactsSelect(String runId, String loansSelect) {
        StringBuilder select =
                new StringBuilder("SELECT '").append(runId.replace("'", "''")).append("' AS run_id");
        for (String column : loanFactColumns().subList(1, loanFactColumns().size())) {
            select.append(", \"").append(column).append('"');
        }
        return select.append(" FROM (").append(loansSelect).append(")").toString();
    }

    /**
     * Migrates the schema if needed, then replaces the run's rows in one transaction.
     *
     * @param loanFactsCsv CSV with a header and the {@link #loanFactColumns()} in order
     * @throws io.abaco.error.ExternalServiceException when the database refuses or is unreachable (nothing written)
     */
    public void writeRun(
            RunRow run, List<KpiValue> kpis, Map<Grain, List<TimeSeriesPoint>> timeSeries, Path loanFactsCsv) {
        DatabaseMigrations.migrate(config);
        try (Connection connection = Databases.connect(config)) {
            connection.setAutoCommit(false);
            try {
                deleteRun(connection, run.runId());
                insertRun(connection, run);
                insertKpis(connection, run.runId(), kpis);
                insertTimeSeries(connection, run.runId(), timeSeries);
                copyLoanFacts(connection, loanFactsCsv);
                connection.commit();
            } catch (SQLException | IOException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException | IOException e) {
            throw Databases.unavailable(config, e);
        }
    }

    private static void deleteRun(Connection connection, String runId) throws SQLException {
        for (String table : List.of("loan_facts", "timeseries", "kpi_snapshots", "runs")) {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + table + " WHERE run_id = ?")) {
                delete.setString(1, runId);
                delete.executeUpdate();
            }
        }
    }

    private static void insertRun(Connection connection, RunRow run) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO runs (run_id, status, environment,"
                        + " started_at, completed_at, input_sha256, config_sha256, rows_accepted) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, run.runId());
            insert.setString(2, run.status());
            insert.setString(3, run.environment());
            insert.setTimestamp(4, Timestamp.from(run.startedAt()));
            insert.setTimestamp(5, Timestamp.from(run.completedAt()));
            insert.setString(6, run.inputSha256());
            insert.setString(7, run.configSha256());
            insert.setLong(8, run.rowsAccepted());
            insert.executeUpdate();
        }
    }

    private static void insertKpis(Connection connection, String runId, List<KpiValue> kpis) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO kpi_snapshots (run_id, kpi_name, value, status, reason) VALUES (?, ?, ?, ?, ?)")) {
            for (KpiValue kpi : kpis) {
                insert.setString(1, runId);
                insert.setString(2, kpi.name());
                insert.setDouble(3, kpi.value());
                insert.setString(4, kpi.status().wireName());
                insert.setString(5, kpi.reason());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static void insertTimeSeries(
            Connection connection, String runId, Map<Grain, List<TimeSeriesPoint>> timeSeries) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO timeseries (run_id, grain, period,"
                + " rows, par_30, par_90, collection_rate, portfolio_health) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (List<TimeSeriesPoint> points : timeSeries.values()) {
                for (TimeSeriesPoint point : points) {
                    insert.setString(1, runId);
                    insert.setString(2, point.grain());
                    insert.setString(3, point.period());
                    insert.setLong(4, point.rows());
                    insert.setDouble(5, point.par30());
                    insert.setDouble(6, point.par90());
                    insert.setDouble(7, point.collectionRate());
                    insert.setDouble(8, point.portfolioHealth());
                    insert.addBatch();
                }
            }
            insert.executeBatch();
        }
    }

    private static void copyLoanFacts(Connection connection, Path csv) throws SQLException, IOException {
        String sql = "COPY loan_facts (" + String.join(", ", loanFactColumns())
                + ") FROM STDIN WITH (FORMAT csv, HEADER true)";
        try (InputStream in = Files.newInputStream(csv)) {
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql, in, 1 << 16);
        }
    }
}
