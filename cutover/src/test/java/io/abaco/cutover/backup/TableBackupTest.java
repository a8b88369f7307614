package io.abaco.cutover.backup;

import static io.abaco.cutover.backup.Fixtures.CUTOVER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.abaco.config.Workspace;
import io.abaco.error.ExternalServiceException;
import io.abaco.fs.Hashing;
import io.abaco.testing.PostgresExtension;
import io.abaco.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(PostgresExtension.class)
class TableBackupTest {
    @TempDir
    Path root;

    static void createTables(Connection connection) throws Exception {
        try (var statement = connection.createStatement()) {
            statement.execute("CREATE TABLE loans (id int PRIMARY KEY, borrower text, balance numeric(12,2),"
                    + " due date, note text, attrs json)");
            statement.execute("INSERT INTO loans VALUES"
                    + " (1, 'Acme, Inc.', 1000.00, '2026-12-01', 'says \"hi\"', '{\"tier\": 1}'),"
                    + " (2, 'Beta', 250.50, NULL, 'two\nlines', NULL),"
                    + " (3, 'Gamma', 0.00, '2026-10-15', NULL, '[]')");
            statement.execute("CREATE TABLE kpi_history (id bigint, run_id text, par30 double precision)");
            statement.execute("INSERT INTO kpi_history SELECT n, 'run-' || (n % 97), n / 7.0"
                    + " FROM generate_series(1, 10000) AS n");
        }
    }

    static void v2Changes(Connection connection) throws Exception {
        try (var statement = connection.createStatement()) {
            statement.execute("UPDATE loans SET balance = balance + 1");
            statement.execute("INSERT INTO loans VALUES (4, 'Delta', 9.99, NULL, NULL, NULL)");
            statement.execute("DELETE FROM kpi_history WHERE id > 9000");
        }
    }

    @Test
    void dumpsTablesWithRowCountsAndChecksums(TestDatabase database) throws Exception {
        Workspace workspace = Fixtures.workspace(root);
        try (Connection connection = database.connect()) {
            createTables(connection);
        }

        BackupResult result = new BackupService()
                .backup(Fixtures.request(workspace, Fixtures.target(database), "loans", "kpi_history"));

        assertThat(result.manifest().tables())
                .extracting(TableEntry::table, TableEntry::rows, TableEntry::file, TableEntry::schema)
                .containsExactly(
                        tuple("loans", 3L, "tables/loans.csv", database.schema()),
                        tuple("kpi_history", 10_000L, "tables/kpi_history.csv", database.schema()));
        TableEntry loans = result.manifest().tables().get(0);
        Path dump = result.backupDir().resolve(loans.file());
        assertThat(loans.sha256()).isEqualTo(Hashing.sha256Hex(dump));
        assertThat(loans.columns()).containsExactly("id", "borrower", "balance", "due", "note", "attrs");
        assertThat(Files.readString(dump)).startsWith("id,borrower,balance,due,note,attrs\n1,\"Acme, Inc.\",1000.00,");
        assertThat(CsvRowCounter.dataRows(dump)).isEqualTo(3);
        assertThat(BackupVerifier.verify(result.backupDir()).ok()).isTrue();
    }

    @Test
    void restoresTablesAndFilesAndKeepsWhatV2Wrote(TestDatabase database) throws Exception {
        Workspace workspace = Fixtures.workspace(root);
        String loansBefore;
        String historyBefore;
        try (Connection connection = database.connect()) {
            createTables(connection);
            loansBefore = Fixtures.rows(connection, "loans");
            historyBefore = Fixtures.rows(connection, "kpi_history");
        }
        Map<String, String> filesBefore = Fixtures.tree(root);
        BackupResult backup = new BackupService()
                .backup(Fixtures.request(workspace, Fixtures.target(database), "loans", "kpi_history"));
        try (Connection connection = database.connect()) {
            v2Changes(connection);
        }
        Fixtures.write(root, "data/metrics/production/kpis.json", "{\"par30\": 0.0500}\n");

        RestoreResult result = RestoreService.live()
                .restore(new RestoreRequest(workspace, CUTOVER, backup.backupDir(), Fixtures.target(database)));

        assertThat(result.ok()).isTrue();
        assertThat(result.restoredTables())
                .containsExactly(database.schema() + ".loans", database.schema() + ".kpi_history");
        assertThat(result.steps()).extracting(StepTiming::step).contains("restore_tables");
        try (Connection connection = database.connect()) {
            assertThat(Fixtures.rows(connection, "loans")).isEqualTo(loansBefore);
            assertThat(Fixtures.rows(connection, "kpi_history")).isEqualTo(historyBefore);
        }
        assertThat(Fixtures.tree(root)).isEqualTo(filesBefore);
        BackupVerification export = BackupVerifier.verify(backup.backupDir().resolve("v2-era"), CUTOVER);
        assertThat(export.ok()).isTrue();
        assertThat(export.manifest().tables()).extracting(TableEntry::rows).containsExactly(4L, 9000L);

        RestoreResult again = RestoreService.live()
                .restore(new RestoreRequest(workspace, CUTOVER, backup.backupDir(), Fixtures.target(database)));
        assertThat(again.alreadyRestored()).isTrue();
    }

    @Test
    void aCorruptedTableDumpIsRefusedAndNothingChanges(TestDatabase database) throws Exception {
        Workspace workspace = Fixtures.workspace(root);
        try (Connection connection = database.connect()) {
            createTables(connection);
        }
        BackupResult backup = new BackupService()
                .backup(Fixtures.request(workspace, Fixtures.target(database), "loans", "kpi_history"));
        String loansV2;
        try (Connection connection = database.connect()) {
            v2Changes(connection);
            loansV2 = Fixtures.rows(connection, "loans");
        }
        Path dump = backup.backupDir().resolve("tables/loans.csv");
        Files.writeString(dump, Files.readString(dump).replace("Beta", "Bet4"));
        Map<String, String> filesV2 = Fixtures.tree(root);

        assertThatThrownBy(() -> RestoreService.live()
                        .restore(new RestoreRequest(workspace, CUTOVER, backup.backupDir(), Fixtures.target(database))))
                .isInstanceOf(BackupCorruptedException.class)
                .hasMessageContaining("tables/loans.csv: checksum_mismatch");

        try (Connection connection = database.connect()) {
            assertThat(Fixtures.rows(connection, "loans")).isEqualTo(loansV2);
            assertThat(Fixtures.rows(connection, "kpi_history")).hasLineCount(9000);
        }
        assertThat(Fixtures.tree(root)).isEqualTo(filesV2);
    }

    @Test
    void tablesAreRestoredInOneTransaction(TestDatabase database) throws Exception {
        Workspace workspace = Fixtures.workspace(root);
        try (Connection connection = database.connect()) {
            createTables(connection);
        }
        BackupResult backup = new BackupService()
                .backup(Fixtures.request(workspace, Fixtures.target(database), "loans", "kpi_history"));
        String loansV2;
        try (Connection connection = database.connect()) {
            v2Changes(connection);
            // a V2 migration dropped a column: the second table cannot be loaded
            connection.createStatement().execute("ALTER TABLE kpi_history DROP COLUMN par30");
            loansV2 = Fixtures.rows(connection, "loans");
        }

        assertThatThrownBy(() -> RestoreService.live()
                        .restore(new RestoreRequest(workspace, CUTOVER, backup.backupDir(), Fixtures.target(database))))
                .isInstanceOf(ExternalServiceException.class)
                .hasMessageContaining("rolled back, tables unchanged");

        try (Connection connection = database.connect()) {
            assertThat(Fixtures.rows(connection, "loans")).isEqualTo(loansV2);
            assertThat(Fixtures.rows(connection, "kpi_history")).hasLineCount(9000);
        }
    }

    @Test
    void aDryRunLeavesTablesAlone(TestDatabase database) throws Exception {
        Workspace workspace = Fixtures.workspace(root);
        try (Connection connection = database.connect()) {
            createTables(connection);
        }
        BackupResult backup = new BackupService()
                .backup(Fixtures.request(workspace, Fixtures.target(database), "loans", "kpi_history"));
        String loansV2;
        try (Connection connection = database.connect()) {
            v2Changes(connection);
            loansV2 = Fixtures.rows(connection, "loans");
        }

        RestoreResult result = new RestoreService(RestoreActions.dryRun(), Clock.systemUTC())
                .restore(new RestoreRequest(workspace, CUTOVER, backup.backupDir(), Fixtures.target(database)));

        assertThat(result.actions()).last().asString().startsWith("would replace the rows of ");
        try (Connection connection = database.connect()) {
            assertThat(Fixtures.rows(connection, "loans")).isEqualTo(loansV2);
        }
        assertThat(backup.backupDir().resolve("v2-era")).doesNotExist();
    }
}
