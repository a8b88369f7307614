package io.abaco.pipeline.db;

import io.abaco.config.Secrets;
import io.abaco.config.model.DatabaseConfig;
import io.abaco.error.ConfigException;
import io.abaco.error.ConfigProblem;
import io.abaco.error.ExternalServiceException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/** Connections to the configured PostgreSQL, positioned on the pipeline schema. */
public final class Databases {
    private Databases() {}

    /** The configured schema, checked to be a plain identifier (it is used in SQL text). */
    public static String schema(DatabaseConfig config) {
        String schema = config.schema() == null || config.schema().isBlank() ? "public" : config.schema();
        if (!schema.matches("[A-Za-z_][A-Za-z0-9_]{0,62}")) {
            throw new ConfigException(new ConfigProblem(
                    "config/pipeline.yml",
                    0,
                    0,
                    "pipeline.output.database.schema",
                    "'" + schema + "' is not a plain SQL identifier"));
        }
        return schema;
    }

    /** A connection whose search_path is the pipeline schema (which may not exist yet). */
    public static Connection connect(DatabaseConfig config) {
        String schema = schema(config);
        Properties properties = new Properties();
        if (config.user() != null) properties.setProperty("user", config.user());
        if (config.password() != null) {
            Secrets.register(config.password());
            properties.setProperty("password", config.password());
        }
        properties.setProperty("connectTimeout", "10");
        try {
            Connection connection = DriverManager.getConnection(config.url(), properties);
            try (Statement statement = connection.createStatement()) {
                statement.execute("SET search_path TO " + schema);
            }
            return connection;
        } catch (SQLException e) {
            throw unavailable(config, e);
        }
    }

    static ExternalServiceException unavailable(DatabaseConfig config, Exception e) {
        return new ExternalServiceException(
                Secrets.redact(
                        "database " + Secrets.maskUrlPassword(String.valueOf(config.url())) + ": " + e.getMessage()),
                e);
    }
}
