package io.abaco.validation.shadow;

import io.abaco.error.InputDataException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The columns of one loan-level file as DuckDB reads it, names matched after trimming and lower-casing (DESIGN §5).
 * CSV is read as text ({@code all_varchar}) so that both sides' values are converted by the same rules instead of by
 * two independent type sniffs.
 */
record LoanFileColumns(Path file, String source, Map<String, String> physicalByName, Map<String, String> typeByName) {
    static final String LOAN_ID = "loan_id";
    static final String MEASUREMENT_DATE = "measurement_date";

    static LoanFileColumns describe(Statement statement, Path file, String side) {
        if (!Files.isRegularFile(file)) throw new InputDataException(file + ": " + side + " loan file not found");
        String source = source(file);
        Map<String, String> physical = new LinkedHashMap<>();
        Map<String, String> types = new LinkedHashMap<>();
        try (ResultSet columns = statement.executeQuery("DESCRIBE SELECT * FROM " + source)) {
            while (columns.next()) {
                String name = columns.getString("column_name");
                String normalized = name.trim().toLowerCase(Locale.ROOT);
                physical.putIfAbsent(normalized, name);
                types.putIfAbsent(normalized, columns.getString("column_type"));
            }
        } catch (SQLException e) {
            throw new InputDataException(file + ": cannot read " + side + " loan file: " + firstLine(e), e);
        }
        for (String key : new String[] {LOAN_ID, MEASUREMENT_DATE}) {
            if (!physical.containsKey(key)) {
                throw new InputDataException(file + ":1:1: " + side + " loan file has no column " + key);
            }
        }
        return new LoanFileColumns(file, source, physical, types);
    }

    private static String source(Path file) {
        String literal = "'" + file.toAbsolutePath().toString().replace("'", "''") + "'";
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".parquet")) return "read_parquet(" + literal + ")";
        if (name.endsWith(".csv")) return "read_csv(" + literal + ", header = true, all_varchar = true)";
        throw new InputDataException(file + ": loan file must be .csv or .parquet");
    }

    /** A column is compared as a number when it holds amounts ({@code *_usd}) or the file stores it as a number. */
    boolean numeric(String name) {
        String type = typeByName.getOrDefault(name, "VARCHAR");
        return name.endsWith("_usd")
                || type.matches(
                        "(DOUBLE|FLOAT|REAL|DECIMAL.*|BIGINT|INTEGER|SMALLINT|TINYINT|HUGEINT|UBIGINT|UINTEGER)");
    }

    String quoted(String name) {
        return "\"" + physicalByName.get(name).replace("\"", "\"\"") + "\"";
    }

    static String firstLine(SQLException e) {
        String message = String.valueOf(e.getMessage());
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
