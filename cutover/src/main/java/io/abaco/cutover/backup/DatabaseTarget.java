package io.abaco.cutover.backup;

import io.abaco.config.Secrets;
import io.abaco.config.model.DatabaseConfig;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Properties;

/**
 * The database whose pipeline tables are backed up and restored.
 *
 * @param jdbcUrl PostgreSQL JDBC URL (may hold a password: never printed unredacted)
 * @param user user name, null to use the URL's
 * @param password password, null for none (a secret)
 * @param schema the schema holding the pipeline tables
 */
public record DatabaseTarget(String jdbcUrl, String user, String password, String schema) {
    /** The target of a configuration, empty when no database is configured (disabled, or URL/schema missing). */
    public static Optional<DatabaseTarget> of(DatabaseConfig config) {
        if (config == null || !config.enabled() || blank(config.url()) || blank(config.schema())) {
            return Optional.empty();
        }
        return Optional.of(new DatabaseTarget(config.url(), config.user(), config.password(), config.schema()));
    }

    public Connection connect() throws SQLException {
        Properties properties = new Properties();
        if (user != null) properties.setProperty("user", user);
        if (password != null) properties.setProperty("password", password);
        properties.setProperty("ApplicationName", "abaco backup");
        return DriverManager.getConnection(jdbcUrl, properties);
    }

    /** The same database, another schema. */
    public DatabaseTarget withSchema(String otherSchema) {
        return new DatabaseTarget(jdbcUrl, user, password, otherSchema);
    }

    /** The URL with its password masked, for messages. */
    public String displayUrl() {
        return Secrets.redact(jdbcUrl);
    }

    @Override
    public String toString() {
        return "DatabaseTarget[" + displayUrl() + ", schema " + schema + "]";
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
