package io.abaco.pipeline.db;

import io.abaco.config.Secrets;
import io.abaco.config.model.DatabaseConfig;
import io.abaco.error.ExternalServiceException;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.ValidateResult;

/**
 * The pipeline's Flyway migrations ({@code classpath:db/migration}), expand-only, in the configured schema. Used by
 * runs (migrate before writing), preflight (pending, validate) and activation (migrate).
 */
public final class DatabaseMigrations {
    /** The tables the pipeline writes, each with a {@code run_id} column. */
    public static final List<String> PIPELINE_TABLES = List.of("runs", "kpi_snapshots", "timeseries", "loan_facts");

    private DatabaseMigrations() {}

    /** Pending migrations as {@code "<version> <description>"}, in order. */
    public static List<String> pending(DatabaseConfig config) {
        try {
            List<String> pending = new ArrayList<>();
            for (MigrationInfo info : flyway(config).info().pending()) {
                pending.add(info.getVersion() + " " + info.getDescription());
            }
            return pending;
        } catch (FlywayException e) {
            throw Databases.unavailable(config, e);
        }
    }

    /**
     * Problems Flyway finds between applied and available migrations (checksum changed, missing, failed); pending
     * migrations are not problems. Empty when valid.
     */
    public static List<String> validate(DatabaseConfig config) {
        try {
            ValidateResult result = Flyway.configure()
                    .dataSource(config.url(), config.user(), config.password())
                    .schemas(Databases.schema(config))
                    .defaultSchema(Databases.schema(config))
                    .locations("classpath:db/migration")
                    .ignoreMigrationPatterns("*:pending")
                    .load()
                    .validateWithResult();
            List<String> problems = new ArrayList<>();
            if (!result.validationSuccessful) {
                if (result.invalidMigrations != null) {
                    result.invalidMigrations.forEach(invalid -> problems.add(Secrets.redact(
                            invalid.version + " " + invalid.description + ": " + invalid.errorDetails.errorMessage)));
                }
                if (problems.isEmpty() && result.errorDetails != null) {
                    problems.add(Secrets.redact(result.errorDetails.errorMessage));
                }
            }
            return problems;
        } catch (FlywayException e) {
            throw Databases.unavailable(config, e);
        }
    }

    /** Applies pending migrations (creating the schema if needed); returns how many were applied. */
    public static int migrate(DatabaseConfig config) {
        try {
            return flyway(config).migrate().migrationsExecuted;
        } catch (FlywayException e) {
            throw Databases.unavailable(config, e);
        }
    }

    private static Flyway flyway(DatabaseConfig config) {
        if (config.url() == null || config.url().isBlank()) {
            throw new ExternalServiceException("database: no url configured (pipeline.output.database.url)");
        }
        if (config.password() != null) Secrets.register(config.password());
        return Flyway.configure()
                .dataSource(config.url(), config.user(), config.password())
                .schemas(Databases.schema(config))
                .defaultSchema(Databases.schema(config))
                .createSchemas(true)
                .locations("classpath:db/migration")
                .connectRetries(0)
                .load();
    }
}
