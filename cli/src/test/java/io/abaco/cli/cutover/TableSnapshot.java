package io.abaco.cli.cutover;

import io.abaco.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every table of a schema: name → row count and an md5 of all its rows in a stable order. Computed by PostgreSQL
 * itself, independently of abaco's own table checksums.
 */
final class TableSnapshot {
    private TableSnapshot() {}

    static Map<String, String> of(TestDatabase database) {
        Map<String, String> tables = new TreeMap<>();
        try (Connection connection = database.connect();
                Statement statement = connection.createStatement()) {
            List<String> names = new ArrayList<>();
            try (ResultSet rows =
                    statement.executeQuery("SELECT table_name FROM information_schema.tables WHERE table_schema = '"
                            + database.schema() + "' AND table_type = 'BASE TABLE'")) {
                while (rows.next()) names.add(rows.getString(1));
            }
            for (String name : names) {
                if (name.startsWith("flyway_")) continue;
                String qualified = database.schema() + "." + name;
                try (ResultSet rows = statement.executeQuery("SELECT count(*), md5(coalesce(string_agg(t::text, "
                        + "E'\\n' ORDER BY t::text), '')) FROM " + qualified + " t")) {
                    rows.next();
                    tables.put(name, rows.getLong(1) + " rows, md5 " + rows.getString(2));
                }
            }
        } catch (SQLException e) {
            throw new AssertionError("cannot read the tables of " + database.schema() + ": " + e.getMessage(), e);
        }
        return tables;
    }

    static long count(TestDatabase database, String table) {
        try (Connection connection = database.connect();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT count(*) FROM " + database.schema() + "." + table)) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }
}
