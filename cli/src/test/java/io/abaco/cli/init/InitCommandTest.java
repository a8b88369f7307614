package io.abaco.cli.init;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.abaco.cli.CliRun;
import io.abaco.fs.Hashing;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InitCommandTest {
    @TempDir
    Path directory;

    @Test
    void createsAWorkspace() {
        Path workspace = directory.resolve("demo");

        CliRun run = CliRun.of(Map.of(), "init", workspace.toString(), "--rows", "100");

        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(run.stdout()).startsWith("created workspace " + workspace + " (8 files, tape of 100 rows)");
        assertThat(run.stderr()).isEmpty();
        assertThat(workspace.resolve("config/pipeline.yml")).isRegularFile();
        assertThat(workspace.resolve("legacy/v1_pipeline.sh")).isExecutable();
    }

    @Test
    void theSameSeedGivesAnIdenticalTape() throws IOException {
        CliRun first = CliRun.of(Map.of(), "init", directory.resolve("a").toString(), "--seed", "11", "--json");
        CliRun second = CliRun.of(Map.of(), "init", directory.resolve("b").toString(), "--seed", "11", "--json");
        CliRun other = CliRun.of(Map.of(), "init", directory.resolve("c").toString(), "--seed", "12", "--json");

        String tapeA = Hashing.sha256Hex(directory.resolve("a/data/raw/loan_tape.csv"));
        assertThat(Hashing.sha256Hex(directory.resolve("b/data/raw/loan_tape.csv")))
                .isEqualTo(tapeA);
        assertThat(Hashing.sha256Hex(directory.resolve("c/data/raw/loan_tape.csv")))
                .isNotEqualTo(tapeA);
        JsonNode json = new ObjectMapper().readTree(first.stdout());
        assertThat(json.get("tape_sha256").asText()).isEqualTo(tapeA);
        assertThat(json.get("tape_rows").asLong()).isEqualTo(10_000);
        assertThat(new ObjectMapper()
                        .readTree(second.stdout())
                        .get("tape_sha256")
                        .asText())
                .isEqualTo(tapeA);
        assertThat(other.exitCode()).isZero();
    }

    @Test
    void refusesANonEmptyDirectoryAndChangesNothing() throws IOException {
        Path workspace = Files.createDirectories(directory.resolve("demo"));
        Files.writeString(workspace.resolve("notes.txt"), "mine");
        Map<String, String> before = tree(directory);

        CliRun run = CliRun.of(Map.of(), "init", workspace.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.stderr())
                .isEqualTo("abaco: " + workspace + " is not empty; use --force to write the workspace files into it"
                        + System.lineSeparator() + "abaco: Try 'abaco init --help'." + System.lineSeparator());
        assertThat(run.stdout()).isEmpty();
        assertThat(tree(directory)).isEqualTo(before);
    }

    @Test
    void forceWritesIntoANonEmptyDirectory() throws IOException {
        Path workspace = Files.createDirectories(directory.resolve("demo"));
        Files.writeString(workspace.resolve("notes.txt"), "mine");

        CliRun run = CliRun.of(Map.of(), "init", workspace.toString(), "--force", "--rows", "10");

        assertThat(run.exitCode()).isZero();
        assertThat(workspace.resolve("config/pipeline.yml")).isRegularFile();
        assertThat(workspace.resolve("notes.txt")).hasContent("mine");
    }

    @Test
    void initIntoTheWorkspaceDirectoryItselfLeavesNoLogBehindFirst() {
        // `abaco init .` in an empty directory: nothing (not even a log) may appear before the emptiness check
        Path empty = directory.resolve("here");
        assertThat(empty.toFile().mkdir()).isTrue();

        CliRun run = CliRun.of(Map.of(), "-w", empty.toString(), "init", empty.toString(), "--rows", "5");

        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(empty.resolve("config/pipeline.yml")).isRegularFile();
    }

    @Test
    void theV2ServiceIsStartedWithTheInstalledLauncher() throws IOException {
        Path workspace = directory.resolve("demo");
        Path home = directory.resolve("abaco-home");

        CliRun run = CliRun.of(Map.of("ABACO_HOME", home.toString()), "init", workspace.toString(), "--rows", "1");

        assertThat(run.exitCode()).isZero();
        assertThat(Files.readString(workspace.resolve("config/pipeline.yml")))
                .contains("command: [\"" + home.resolve("bin/abaco") + "\", serve]");
    }

    static Map<String, String> tree(Path root) throws IOException {
        Map<String, String> tree = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.toList()) {
                tree.put(root.relativize(path).toString(), Files.isDirectory(path) ? "dir" : Hashing.sha256Hex(path));
            }
        }
        return tree;
    }
}
