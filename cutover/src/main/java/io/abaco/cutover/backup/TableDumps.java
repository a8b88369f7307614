package io.abaco.cutover.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Table dumps and loads through PostgreSQL's COPY protocol, as CSV with a header. Rows are ordered by every column
 * so that the same contents always give the same bytes (and the same checksum).
 */
final class TableDumps {
    /** Types without a usable ordering: they are ordered by their text form. */
    private static final Set<String> ORDER_AS_TEXT =
            Set.of("json", "xml", "point", "line", "lseg", "box", "path", "polygon", "circle");

    private TableDumps() {}

    /** The columns of {@code schema.table} in definition order, with their types. */
    static List<Column> columns(Connection connection, String schema, String table) throws SQLException {
        String sql = "SELECT column_name, data_type FROM information_schema.columns"
                + " WHERE table_schema = ? AND table_name = ? ORDER BY ordinal_position";
        List<Column> columns = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, schema);
            statement.setString(2, table);
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) columns.add(new Column(result.getString(1), result.getString(2)));
            }
        }
        if (columns.isEmpty()) throw new SQLException("table " + schema + "." + table + " does not exist");
        return columns;
    }

    /** Writes the CSV dump of the given columns to {@code out}; returns the number of rows. */
    static long dump(Connection connection, String schema, String table, List<Column> columns, OutputStream out)
            throws SQLException, IOException {
        String select = columns.stream().map(c -> quote(c.name())).collect(Collectors.joining(", "));
        String order = columns.stream()
                .map(c -> ORDER_AS_TEXT.contains(c.type()) ? quote(c.name()) + "::text" : quote(c.name()))
                .collect(Collectors.joining(", "));
        String sql = "COPY (SELECT " + select + " FROM " + qualified(schema, table) + " ORDER BY " + order
                + ") TO STDOUT WITH (FORMAT csv, HEADER)";
        return copyManager(connection).copyOut(sql, out);
    }

    /** Loads a CSV dump into the given columns; returns the number of rows. The caller owns the transaction. */
    static long load(Connection connection, String schema, String table, List<String> columns, InputStream in)
            throws SQLException, IOException {
        String names = columns.stream().map(TableDumps::quote).collect(Collectors.joining(", "));
        String sql = "COPY " + qualified(schema, table) + " (" + names + ") FROM STDIN WITH (FORMAT csv, HEADER)";
        return copyManager(connection).copyIn(sql, in);
    }

    static String qualified(String schema, String table) {
        return quote(schema) + "." + quote(table);
    }

    static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    private static CopyManager copyManager(Connection connection) throws SQLException {
        return connection.unwrap(PGConnection.class).getCopyAPI();
    }

    /** A column and its {@code information_schema} data type. */
    record Column(String name, String type) {}
}
