package io.abaco.pipeline.output;

import io.abaco.error.ExternalServiceException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.CompletableFuture;

/**
 * An in-memory DuckDB used as a file converter: the loan facts for PostgreSQL output (staged CSV → csv with the run
 * id and outlier flag). The data outputs themselves are written in Java ({@link DataOutputs}). Its memory is
 * native, bounded by {@code memory_limit}, and spills to {@code temp_directory}. Opening it loads a large native
 * library, so {@link #openAsync} starts that while the tape streams. Not thread-safe.
 */
public final class DuckDb implements AutoCloseable {
    private final Connection connection;

    private DuckDb(Connection connection) {
        this.connection = connection;
    }

    public static DuckDb open(Path tempDirectory, int threads, String memoryLimit) {
        try {
            Class.forName("org.duckdb.DuckDBDriver");
            Connection connection = DriverManager.getConnection("jdbc:duckdb:");
            try (Statement statement = connection.createStatement()) {
                statement.execute("SET threads = " + Math.max(1, threads));
                statement.execute("SET memory_limit = " + literal(memoryLimit));
                statement.execute("SET temp_directory = " + literal(tempDirectory.toString()));
                statement.execute("SET preserve_insertion_order = true");
            }
            return new DuckDb(connection);
        } catch (SQLException | ClassNotFoundException e) {
            throw new IllegalStateException("cannot start DuckDB: " + e.getMessage(), e);
        }
    }

    public static CompletableFuture<DuckDb> openAsync(Path tempDirectory, int threads, String memoryLimit) {
        return CompletableFuture.supplyAsync(() -> open(tempDirectory, threads, memoryLimit));
    }

    /** {@code read_csv(...)} of a CSV abaco staged itself, with declared column types and no sniffing. */
    public static String readStagedCsv(Path file, Map<String, String> columnTypes) {
        StringJoiner columns = new StringJoiner(", ", "{", "}");
        columnTypes.forEach((name, type) -> columns.add(literal(name) + ": " + literal(type)));
        return "read_csv(" + literal(file.toString())
                + ", header = true, auto_detect = false, delim = ',', quote = '\"', escape = '\"', columns = "
                + columns + ")";
    }

    /** Writes the result of {@code select} to {@code target} in {@code format} (csv, json, parquet). */
    public void copy(String select, Path target, String format) {
        String options =
                switch (format.toLowerCase(Locale.ROOT)) {
                    case "csv" -> "FORMAT CSV, HEADER true";
                    case "json" -> "FORMAT JSON";
                    case "parquet" -> "FORMAT PARQUET, COMPRESSION snappy"; // fastest to write; zstd is smaller
                    default -> throw new IllegalArgumentException("unknown output format " + format);
                };
        execute("COPY (" + select + ") TO " + literal(target.toString()) + " (" + options + ")");
    }

    public long count(String select) {
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT count(*) FROM (" + select + ")")) {
            result.next();
            return result.getLong(1);
        } catch (SQLException e) {
            throw new ExternalServiceException("DuckDB: " + e.getMessage(), e);
        }
    }

    public void execute(String sql) {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new ExternalServiceException("DuckDB: " + e.getMessage(), e);
        }
    }

    public static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    public static String identifier(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // closing an in-memory database: nothing to keep
        }
    }
}
