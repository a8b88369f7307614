package io.abaco.validation.check;

import io.abaco.config.Secrets;
import io.abaco.config.model.DatabaseConfig;
import io.abaco.error.AbacoException;
import io.abaco.pipeline.db.Databases;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/** Rows a run left in the pipeline database, compared with what its manifest says it wrote. */
final class DatabaseRows {
    private DatabaseRows() {}

    /** @return the problem in words, empty when {@code loan_facts} holds exactly {@code expected} rows of the run */
    static Optional<String> compare(DatabaseConfig config, String runId, long expected) {
        String schema;
        try {
            schema = Databases.schema(config);
        } catch (AbacoException e) {
            return Optional.of(e.getMessage());
        }
        try (Connection connection = Databases.connect(config);
                PreparedStatement count = connection.prepareStatement(
                        "SELECT count(*) FROM " + schema + ".loan_facts WHERE run_id = ?")) {
            count.setString(1, runId);
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                long found = rows.getLong(1);
                if (found == expected) return Optional.empty();
                return Optional.of("database " + schema + ".loan_facts holds " + found + " row(s) of " + runId
                        + ", the manifest's loans file " + expected);
            }
        } catch (AbacoException e) {
            return Optional.of(Secrets.redact(e.getMessage()));
        } catch (SQLException e) {
            return Optional.of(Secrets.redact("database " + schema + ": " + e.getMessage()));
        }
    }
}
