package io.abaco.validation.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.abaco.pipeline.run.RunResult;
import io.abaco.testing.PostgresExtension;
import io.abaco.testing.TestDatabase;
import io.abaco.validation.CheckResult;
import io.abaco.validation.CheckStatus;
import io.abaco.validation.testing.ValidationWorkspace;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(PostgresExtension.class)
class DataIntegrityDatabaseTest {
    @TempDir
    Path root;

    @Test
    void databaseRowsAreCountedAgainstTheManifest(TestDatabase db) throws Exception {
        ValidationWorkspace ws = ValidationWorkspace.create(
                root,
                ValidationWorkspace.RELAXED_THRESHOLDS + "pipeline:\n  output:\n    database: {enabled: true, url: '"
                        + db.jdbcUrl() + "', user: '" + db.user() + "', schema: " + db.schema() + "}\n");
        RunResult run = ws.run();

        CheckResult healthy = ws.check(new DataIntegrityCheck());
        assertThat(healthy.status()).as(healthy.message()).isEqualTo(CheckStatus.PASS);

        try (Connection connection = db.connect();
                Statement statement = connection.createStatement()) {
            statement.executeUpdate("DELETE FROM " + db.schema() + ".loan_facts WHERE loan_id IN ('L1', 'L2')");
        }

        CheckResult broken = ws.check(new DataIntegrityCheck());

        assertThat(broken.status()).isEqualTo(CheckStatus.FAIL);
        assertThat(broken.message())
                .isEqualTo("database " + db.schema() + ".loan_facts holds 38 row(s) of "
                        + run.summary().runId() + ", the manifest's loans file 40");
    }
}
