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
import java.util.regex.Pattern;

/**
 * The columns of one loan-level file as DuckDB reads it, names matched after trimming and lower-casing (DESIGN §5).
 * CSV key columns are read as text (a sniffed integer loan_id would lose its leading zeros); value columns keep
 * DuckDB's sniffed types, which is what lets a million-row file load in about a second.
 */
record LoanFileColumns(Path file, String source, Map<String, String> physicalByName, Map<String, String> typeByName) {
    static final String LOAN_ID = "loan_id";
    static final String MEASUREMENT_DATE = "measurement_date";
    private static final Pattern NUMBER_TYPE =
            Pattern.compile("DOUBLE|FLOAT|REAL|DECIMAL.*|BIGINT|INTEGER|SMALLINT|TINYINT|HUGEINT|UBIGINT|UINTEGER");

    static LoanFileColumns describe(Statement statement, Path file, String side) {
        if (!Files.isRegularFile(file)) throw new InputDataException(file + ": " + side + " loan file not found");
        Map<String, String> physical = new LinkedHashMap<>();
        Map<String, String> types = new LinkedHashMap<>();
        try (ResultSet columns = statement.executeQuery("DESCRIBE SELECT * FROM " + source(file, Map.of()))) {
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
        Map<String, String> textKeys = new LinkedHashMap<>();
        textKeys.put(physical.get(LOAN_ID), "VARCHAR");
        textKeys.put(physical.get(MEASUREMENT_DATE), "VARCHAR");
        return new LoanFileColumns(file, source(file, textKeys), physical, types);
    }

    private static String source(Path file, Map<String, String> columnTypes) {
        String path = literal(file.toAbsolutePath().toString());
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".parquet")) return "read_parquet(" + path + ")";
        if (!name.endsWith(".csv")) throw new InputDataException(file + ": loan file must be .csv or .parquet");
        StringBuilder source = new StringBuilder("read_csv(").append(path).append(", header = true");
        if (!columnTypes.isEmpty()) {
            source.append(", types = {");
            String separator = "";
            for (Map.Entry<String, String> column : columnTypes.entrySet()) {
                source.append(separator).append(literal(column.getKey())).append(": ");
                source.append(literal(column.getValue()));
                separator = ", ";
            }
            source.append('}');
        }
        return source.append(')').toString();
    }

    private static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    /** A column is compared as a number when it holds amounts ({@code *_usd}) or the file stores it as a number. */
    boolean numeric(String name) {
        return name.endsWith("_usd") || storedAsNumber(name);
    }

    /** True when DuckDB reads the column as a number (clean numeric CSV columns, Parquet numbers). */
    boolean storedAsNumber(String name) {
        return NUMBER_TYPE.matcher(typeByName.getOrDefault(name, "VARCHAR")).matches();
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
