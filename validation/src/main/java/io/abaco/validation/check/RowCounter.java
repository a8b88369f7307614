package io.abaco.validation.check;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import io.abaco.fs.FileTrees;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Counts the rows of a file the way its manifest entry counted them. Files of the run directory are counted as the
 * manifest builder counts them (lines for JSON lines, lines minus the header for CSV, 0 for anything else); data
 * outputs by their records (CSV records minus the header, JSON lines, Parquet rows).
 */
final class RowCounter {
    private RowCounter() {}

    static long count(Path file, boolean runDirectoryFile) throws IOException {
        String name = file.getFileName().toString();
        if (runDirectoryFile) {
            if (name.endsWith(".jsonl")) return FileTrees.countNewlines(file);
            if (name.endsWith(".csv")) return Math.max(0, FileTrees.countNewlines(file) - 1);
            return 0;
        }
        if (name.endsWith(".csv")) return csvRecords(file);
        if (name.endsWith(".parquet")) return parquetRows(file);
        return FileTrees.countNewlines(file);
    }

    private static long csvRecords(Path file) throws IOException {
        long records = 0;
        try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(file)) {
            for (CsvRecord ignored : reader) records++;
        } catch (RuntimeException e) {
            throw new IOException("not readable as CSV: " + e.getMessage(), e);
        }
        return Math.max(0, records - 1);
    }

    private static long parquetRows(Path file) throws IOException {
        try (Connection connection = DuckDbQuery.open();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT count(*) FROM " + DuckDbQuery.source(file))) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IOException("not readable as Parquet: " + firstLine(e.getMessage()), e);
        }
    }

    static String firstLine(String text) {
        if (text == null) return "";
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }
}
