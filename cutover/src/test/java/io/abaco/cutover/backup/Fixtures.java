package io.abaco.cutover.backup;

import io.abaco.config.Workspace;
import io.abaco.fs.Hashing;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** A small workspace with config and metrics files, and helpers to fingerprint files and tables. */
final class Fixtures {
    static final String CUTOVER = "c-20261122T081500Z";
    static final String METRICS = "data/metrics/production";

    private Fixtures() {}

    static Workspace workspace(Path root) throws IOException {
        Workspace workspace = new Workspace(root);
        write(root, "config/pipeline.yml", "version: 1\nname: abaco\n");
        write(root, "config/environments/production.yml", "pipeline:\n  output:\n    dir: data/metrics/production\n");
        write(root, METRICS + "/kpis.json", "{\"par30\": 0.0412, \"par90\": 0.0125}\n");
        write(root, METRICS + "/2026-11/portfolio.csv", "loan_id,balance\nL1,1000.00\nL2,250.50\n");
        Files.setPosixFilePermissions(
                root.resolve("config/pipeline.yml"), PosixFilePermissions.fromString("rw-r-----"));
        return workspace;
    }

    static BackupRequest request(Workspace workspace, DatabaseTarget database, String... tables) {
        return new BackupRequest(
                workspace, CUTOVER, workspace.backupRoot(), workspace.resolve(METRICS), database, List.of(tables));
    }

    static void write(Path root, String relative, String content) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    /** relative path → sha256 of every file under {@code root}, the backups excluded. */
    static Map<String, String> tree(Path root) {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(Files::isRegularFile)
                    .filter(file -> !root.relativize(file).startsWith(".rollback"))
                    .forEach(file -> files.put(root.relativize(file).toString(), Hashing.sha256Hex(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** relative path → sha256 of every file under {@code root}, backups included. */
    static Map<String, String> treeIncludingBackups(Path root) {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(Files::isRegularFile)
                    .forEach(file -> files.put(root.relativize(file).toString(), Hashing.sha256Hex(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** All rows of a table, ordered, as text: a fingerprint to compare before and after. */
    static String rows(Connection connection, String table) throws SQLException {
        StringBuilder out = new StringBuilder();
        try (ResultSet result =
                connection.createStatement().executeQuery("SELECT t::text FROM " + table + " t ORDER BY 1")) {
            while (result.next()) out.append(result.getString(1)).append('\n');
        }
        return out.toString();
    }

    static DatabaseTarget target(io.abaco.testing.TestDatabase database) {
        return new DatabaseTarget(database.jdbcUrl(), database.user(), null, database.schema());
    }
}
