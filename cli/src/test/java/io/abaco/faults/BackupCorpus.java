package io.abaco.faults;

import static org.assertj.core.api.Assertions.assertThat;

import io.abaco.cli.CliRun;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * Spoilt backups, each met by {@code abaco rollback} on a workspace whose cutover ran: the backup is verified before
 * anything is touched, so every case is refused and the workspace (including the live config and metrics that a
 * restore would overwrite) stays as it was.
 */
public final class BackupCorpus {
    static final String VERIFY_FAILED = "failed verification, nothing was changed";

    private BackupCorpus() {}

    public static List<FaultCase> cases() {
        List<FaultCase> cases = new ArrayList<>();
        cases.add(spoilt(
                "a backed-up file's byte flipped (same size)",
                backupFile("files/config/pipeline.yml", BackupCorpus::flipByte),
                "files/config/pipeline\\.yml: checksum_mismatch"));
        cases.add(spoilt(
                "bytes appended to a backed-up file",
                backupFile("files/config/pipeline.yml", bytes -> concat(bytes, "\nextra: 1\n")),
                "files/config/pipeline\\.yml: size_mismatch"));
        cases.add(spoilt(
                "a backed-up data file truncated",
                backupFile(
                        "files/data/metrics/development/kpis.csv",
                        bytes -> java.util.Arrays.copyOf(bytes, bytes.length / 2)),
                "kpis\\.csv: size_mismatch"));
        cases.add(spoilt(
                "a backed-up file deleted",
                backup(dir -> Files.delete(dir.resolve("files/config/environments/staging.yml"))),
                "staging\\.yml: .*missing"));
        cases.add(spoilt(
                "a backed-up file replaced by a directory",
                backup(dir -> {
                    Files.delete(dir.resolve("files/config/environments/staging.yml"));
                    Files.createDirectory(dir.resolve("files/config/environments/staging.yml"));
                }),
                "staging\\.yml"));
        cases.add(spoilt(
                "manifest truncated",
                backupFile("backup-manifest.json", bytes -> java.util.Arrays.copyOf(bytes, 100)),
                "backup-manifest\\.json: manifest_unreadable"));
        cases.add(spoilt(
                "manifest missing",
                backup(dir -> Files.delete(dir.resolve("backup-manifest.json"))),
                "backup-manifest\\.json: manifest_missing"));
        cases.add(spoilt(
                "manifest is binary",
                backup(dir -> Files.write(dir.resolve("backup-manifest.json"), TapeCorpus.png())),
                "backup-manifest\\.json"));
        cases.add(spoilt(
                "manifest is JSON of the wrong shape",
                backup(dir -> Files.writeString(dir.resolve("backup-manifest.json"), "[1, 2, 3]")),
                "backup-manifest\\.json"));
        cases.add(spoilt(
                "manifest sha256 edited",
                manifest(json -> json.replaceFirst("\"sha256\" : \"[0-9a-f]{8}", "\"sha256\" : \"00000000")),
                "checksum_mismatch \\(expected 00000000"));
        cases.add(spoilt(
                "manifest entry path escapes the workspace",
                manifest(json -> json.replaceFirst(
                        "\"path\" : \"config/environments/development.yml\"", "\"path\" : \"../../escaped.yml\"")),
                "\\.\\./\\.\\./escaped\\.yml|escape|outside"));
        cases.add(spoilt(
                "manifest backup_path escapes the backup",
                manifest(json -> json.replaceFirst(
                        "\"backup_path\" : \"files/config/environments/development.yml\"",
                        "\"backup_path\" : \"../../../../etc/hostname\"")),
                "etc/hostname|escape|outside"));
        cases.add(spoilt(
                "manifest names another cutover",
                manifest(json -> json.replaceFirst(
                        "\"cutover_id\" : \"c-[0-9TZ]+\"", "\"cutover_id\" : \"c-20000101T000000Z\"")),
                "c-20000101T000000Z|cutover"));
        cases.add(new FaultCase(
                "backup",
                "backup directory replaced by a file",
                workspace -> {
                    Path dir = backupDir(workspace);
                    deleteTree(dir);
                    Files.writeString(dir, "not a backup");
                },
                List.of("-w", "{ws}", "rollback"),
                Map.of(),
                3,
                "has no backup \\(\\.rollback/c-",
                AllowedChanges.NOTHING));
        cases.add(new FaultCase(
                "backup",
                "wrong cutover id",
                FaultCase.NO_SETUP,
                List.of("-w", "{ws}", "rollback", "--cutover", "c-20000101T000000Z"),
                Map.of(),
                3,
                "nothing to roll back: no cutover c-20000101T000000Z",
                AllowedChanges.NOTHING));
        cases.add(new FaultCase(
                "backup",
                "cutover id escaping the backups directory",
                FaultCase.NO_SETUP,
                List.of("-w", "{ws}", "rollback", "--cutover", "../../etc"),
                Map.of(),
                3,
                "no cutover \\.\\./\\.\\./etc",
                AllowedChanges.NOTHING));
        return cases;
    }

    /** A demo workspace at {@code root/ws} after a successful pipeline run and cutover (V1 stopped by it). */
    public static Path cutoverTemplate(Path root) throws IOException {
        Path workspace = FaultHarness.pipelineTemplate(root);
        useCommandControllerForV2(workspace);
        String ws = workspace.toString();
        CliRun start = FaultHarness.abaco(root, Map.of(), "-w", ws, "service", "start", "v1");
        assertThat(start.exitCode()).as(start.all()).isZero();
        CliRun cutover = FaultHarness.abaco(root, Map.of(), "-w", ws, "cutover", "run");
        FaultHarness.abaco(root, Map.of(), "-w", ws, "service", "stop", "v1");
        assertThat(cutover.exitCode()).as(cutover.all()).isZero();
        return workspace;
    }

    /** V2 as a command controller with a marker file: no packaged launcher or port needed in-process. */
    static void useCommandControllerForV2(Path workspace) throws IOException {
        Path master = workspace.resolve("config/pipeline.yml");
        String yaml = Files.readString(master);
        int start = yaml.indexOf("  v2:\n");
        int end = yaml.indexOf("  shadow:\n");
        Files.writeString(
                master,
                yaml.substring(0, start)
                        + """
                  v2:
                    controller: command
                    start_command: "mkdir -p .abaco && touch .abaco/v2.up"
                    stop_command: "rm -f .abaco/v2.up"
                    status_command: "test -f .abaco/v2.up"
                """
                        + yaml.substring(end));
    }

    static FaultCase spoilt(String name, FaultCase.Setup setup, String message) {
        return new FaultCase(
                "backup",
                name,
                setup,
                List.of("-w", "{ws}", "rollback"),
                Map.of(),
                2,
                message,
                AllowedChanges.ROLLBACK_REFUSAL_RECORD);
    }

    interface BackupEdit {
        void apply(Path backupDir) throws IOException;
    }

    static FaultCase.Setup backup(BackupEdit edit) {
        return workspace -> edit.apply(backupDir(workspace));
    }

    static FaultCase.Setup backupFile(String relative, UnaryOperator<byte[]> change) {
        return backup(dir -> {
            Path file = dir.resolve(relative);
            Files.write(file, change.apply(Files.readAllBytes(file)));
        });
    }

    static FaultCase.Setup manifest(UnaryOperator<String> change) {
        return backup(dir -> {
            Path file = dir.resolve("backup-manifest.json");
            String before = Files.readString(file);
            String after = change.apply(before);
            if (after.equals(before)) throw new IllegalStateException("the manifest edit matched nothing");
            Files.writeString(file, after);
        });
    }

    static Path backupDir(Path workspace) throws IOException {
        try (Stream<Path> dirs = Files.list(workspace.resolve(".rollback"))) {
            return dirs.filter(dir -> dir.getFileName().toString().startsWith("c-"))
                    .findFirst()
                    .orElseThrow();
        }
    }

    static byte[] flipByte(byte[] bytes) {
        byte[] copy = bytes.clone();
        copy[copy.length / 2] ^= 0x01;
        return copy;
    }

    static byte[] concat(byte[] bytes, String more) {
        return TapeCorpus.concat(bytes, more.getBytes(StandardCharsets.UTF_8));
    }

    static void deleteTree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(path);
        }
    }
}
