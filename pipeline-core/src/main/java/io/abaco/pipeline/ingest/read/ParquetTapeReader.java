package io.abaco.pipeline.ingest.read;

import io.abaco.error.InputDataException;
import io.abaco.pipeline.ingest.schema.RowFields;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Reads a Parquet tape through DuckDB's {@code read_parquet}, streaming the result set (DuckDB hands it over in
 * chunks; the tape is never held whole in the JVM). A row's line is its row number + 1, as if the file had a header
 * line.
 *
 * <p>Values become the text a CSV tape would hold, so the same data gives the same rows in every format: decimals
 * as plain text ({@link BigDecimal#toPlainString}), doubles and floats as their shortest round-trip text, dates as
 * {@code YYYY-MM-DD}, timestamps as ISO-8601. A NaN or infinite double is then refused like its text would be.
 */
public final class ParquetTapeReader {
    private ParquetTapeReader() {}

    public static void read(Path file, String display, RowHandler handler) {
        Properties properties = new Properties();
        properties.setProperty("jdbc_stream_results", "true");
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:", properties);
                Statement statement = connection.createStatement()) {
            statement.execute("SET threads = 2");
            String literal = "'" + file.toAbsolutePath().toString().replace("'", "''") + "'";
            try (ResultSet rows = statement.executeQuery("SELECT * FROM read_parquet(" + literal + ")")) {
                ResultSetMetaData meta = rows.getMetaData();
                int columns = meta.getColumnCount();
                List<String> names = new ArrayList<>(columns);
                for (int i = 1; i <= columns; i++) names.add(meta.getColumnLabel(i));
                handler.header(names, 0);
                long rowNumber = 0;
                while (rows.next()) {
                    rowNumber++;
                    String[] values = new String[columns];
                    for (int i = 0; i < columns; i++) values[i] = text(rows.getObject(i + 1));
                    handler.row(rowNumber + 1, RowFields.of(values), null);
                }
                if (rowNumber == 0)
                    throw new InputDataException(display + ": no data rows (the Parquet file is empty)");
            }
        } catch (SQLException e) {
            String message =
                    String.valueOf(e.getMessage()).replace(file.toAbsolutePath().toString(), display);
            message = message.replaceFirst("^java\\.sql\\.SQLException: ", "");
            int newline = message.indexOf('\n');
            if (newline >= 0) message = message.substring(0, newline);
            throw new InputDataException(display + ": not a readable Parquet file: " + message, e);
        }
    }

    private static String text(Object value) {
        if (value == null) return null;
        if (value instanceof BigDecimal decimal) return decimal.toPlainString();
        if (value instanceof Float number) return Float.toString(number);
        if (value instanceof Timestamp timestamp)
            return timestamp.toLocalDateTime().toString();
        if (value instanceof java.sql.Date date) return date.toLocalDate().toString();
        return value.toString();
    }
}
