package io.abaco.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * A PostgreSQL database handed to one test, isolated in its own freshly created schema (dropped afterwards).
 *
 * @param jdbcUrl URL of the server's database, without schema selection
 * @param user user name (trust or embedded auth: no password)
 * @param schema the test's own schema, empty when created
 * @param embedded whether the server is the embedded fallback
 */
public record TestDatabase(String jdbcUrl, String user, String schema, boolean embedded) {
    /** A new connection whose search_path is the test's schema. */
    public Connection connect() throws SQLException {
        Connection connection = DriverManager.getConnection(jdbcUrl, user, "");
        try (var statement = connection.createStatement()) {
            statement.execute("SET search_path TO " + schema);
        }
        return connection;
    }

    /** The JDBC URL with {@code currentSchema} set, for code that takes only a URL. */
    public String urlWithSchema() {
        return jdbcUrl + (jdbcUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }
}
