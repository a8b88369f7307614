package io.abaco.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.abaco.error.UsageException;
import io.abaco.fs.Hashing;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceScaffoldTest {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @TempDir
    Path directory;

    private final WorkspaceScaffold scaffold = new WorkspaceScaffold();

    @Test
    void createsTheWorkspaceLayout() throws IOException {
        Path workspace = directory.resolve("demo");

        ScaffoldResult result = scaffold.create(new ScaffoldRequest(workspace, 500, 42, false, null));

        assertThat(result.files())
                .containsExactly(
                        ".gitignore",
                        "README.md",
                        "config/environments/development.yml",
                        "config/environments/production.yml",
                        "config/environments/staging.yml",
                        "config/pipeline.yml",
                        "data/raw/loan_tape.csv",
                        "legacy/v1_pipeline.sh");
        assertThat(snapshot(workspace).entrySet().stream()
                        .filter(entry -> !entry.getValue().equals("dir"))
                        .map(Map.Entry::getKey))
                .containsExactlyElementsOf(result.files());
        assertThat(result.tapeRows()).isEqualTo(500);
        assertThat(result.tapeSha256()).isEqualTo(Hashing.sha256Hex(workspace.resolve("data/raw/loan_tape.csv")));
        assertThat(Files.readAllLines(workspace.resolve("data/raw/loan_tape.csv")))
                .hasSize(501);
        assertThat(Files.readString(workspace.resolve(".gitignore")))
                .contains("/logs/", "/.rollback/", "/data/metrics/");
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void theSameSeedGivesAnIdenticalTape() {
        ScaffoldResult first = scaffold.create(new ScaffoldRequest(directory.resolve("a"), 2_000, 9, false, null));
        ScaffoldResult second = scaffold.create(new ScaffoldRequest(directory.resolve("b"), 2_000, 9, false, null));

        assertThat(second.tapeSha256()).isEqualTo(first.tapeSha256());
    }

    @Test
    void environmentsDifferAsDesigned() throws IOException {
        Path workspace = directory.resolve("demo");
        scaffold.create(new ScaffoldRequest(workspace, 0, 1, false, null));

        JsonNode development = yaml(workspace.resolve("config/environments/development.yml"));
        JsonNode staging = yaml(workspace.resolve("config/environments/staging.yml"));
        JsonNode production = yaml(workspace.resolve("config/environments/production.yml"));

        assertThat(development.at("/pipeline/output/dir").asText()).isEqualTo("data/metrics/development");
        assertThat(development.at("/pipeline/output/database/enabled").asBoolean())
                .isFalse();
        assertThat(staging.at("/pipeline/output/dir").asText()).isEqualTo("data/metrics/staging");
        assertThat(staging.at("/pipeline/output/database/enabled").asBoolean()).isTrue();
        assertThat(staging.at("/pipeline/output/database/url").asText())
                .isEqualTo("${ABACO_DB_URL:-jdbc:postgresql://127.0.0.1:5432/test}");
        assertThat(staging.at("/pipeline/output/database/schema").asText()).isEqualTo("analytics_staging");
        assertThat(production.at("/pipeline/output/dir").asText()).isEqualTo("data/metrics/production");
        assertThat(production.at("/pipeline/output/database/url").asText()).isEqualTo("${ABACO_DB_URL}");
        assertThat(production.at("/pipeline/output/database/schema").asText()).isEqualTo("analytics");
    }

    @Test
    void theServicesPointAtTheV1StandInAndTheInstalledLauncher() throws IOException {
        Path workspace = directory.resolve("demo");
        Path launcher = directory.resolve("install dir/bin/abaco");
        scaffold.create(new ScaffoldRequest(workspace, 0, 1, false, launcher));

        JsonNode cutover = yaml(workspace.resolve("config/pipeline.yml")).get("cutover");

        assertThat(cutover.at("/v1/controller").asText()).isEqualTo("process");
        assertThat(YAML.convertValue(cutover.at("/v1/command"), List.class))
                .containsExactly("bash", "legacy/v1_pipeline.sh", "serve", "data/raw/loan_tape.csv", "data/metrics/v1");
        assertThat(cutover.at("/v1/run_command").asText()).isEqualTo("bash legacy/v1_pipeline.sh run {input} {output}");
        assertThat(cutover.at("/v1/output_dir").asText()).isEqualTo("data/metrics/v1");
        assertThat(cutover.at("/v1/busy_file").asText()).isNotBlank();
        assertThat(cutover.at("/v1/pidfile").asText()).isNotBlank();
        assertThat(cutover.at("/v1/log_file").asText()).isNotBlank();
        assertThat(YAML.convertValue(cutover.at("/v2/command"), List.class))
                .containsExactly(launcher.toString(), "serve");
        assertThat(cutover.at("/v2/health_url").asText()).isEqualTo("http://127.0.0.1:8321/health");
    }

    @Test
    void withoutAKnownLauncherV2IsStartedThroughThePath() throws IOException {
        Path workspace = directory.resolve("demo");
        scaffold.create(new ScaffoldRequest(workspace, 0, 1, false, null));

        JsonNode command = yaml(workspace.resolve("config/pipeline.yml")).at("/cutover/v2/command");

        assertThat(YAML.convertValue(command, List.class)).containsExactly("abaco", "serve");
    }

    @Test
    void configurationKeysAreTheSnakeCaseNamesOfTheConfigRecords() throws IOException {
        Path workspace = directory.resolve("demo");
        scaffold.create(new ScaffoldRequest(workspace, 0, 1, false, null));

        for (String file : List.of(
                "config/pipeline.yml",
                "config/environments/development.yml",
                "config/environments/staging.yml",
                "config/environments/production.yml")) {
            assertThat(ConfigKeys.unknownKeys(yaml(workspace.resolve(file))))
                    .as(file)
                    .isEmpty();
        }
        assertThat(ConfigKeys.missingSections(yaml(workspace.resolve("config/pipeline.yml"))))
                .isEmpty();
    }

    @Test
    void refusesANonEmptyDirectoryAndChangesNothing() throws IOException {
        Path workspace = Files.createDirectory(directory.resolve("demo"));
        Files.writeString(workspace.resolve("notes.txt"), "mine");
        Map<String, String> before = snapshot(directory);

        assertThatThrownBy(() -> scaffold.create(new ScaffoldRequest(workspace, 100, 1, false, null)))
                .isInstanceOf(UsageException.class)
                .hasMessage(workspace + " is not empty; use --force to write the workspace files into it");

        assertThat(snapshot(directory)).isEqualTo(before);
    }

    @Test
    void refusesAFile() throws IOException {
        Path file = Files.writeString(directory.resolve("demo"), "not a directory");

        assertThatThrownBy(() -> scaffold.create(new ScaffoldRequest(file, 100, 1, true, null)))
                .isInstanceOf(UsageException.class)
                .hasMessage(file + " exists and is not a directory");
        assertThat(Files.readString(file)).isEqualTo("not a directory");
    }

    @Test
    void refusesANegativeRowCountAndChangesNothing() {
        Path workspace = directory.resolve("demo");

        assertThatThrownBy(() -> scaffold.create(new ScaffoldRequest(workspace, -5, 1, false, null)))
                .isInstanceOf(UsageException.class)
                .hasMessage("--rows must be 0 or more, got -5");
        assertThat(workspace).doesNotExist();
    }

    @Test
    void forceReplacesTheScaffoldFilesAndKeepsTheOthers() throws IOException {
        Path workspace = directory.resolve("demo");
        scaffold.create(new ScaffoldRequest(workspace, 10, 1, false, null));
        Files.writeString(workspace.resolve("config/pipeline.yml"), "broken: [");
        Files.writeString(workspace.resolve("notes.txt"), "mine");

        scaffold.create(new ScaffoldRequest(workspace, 10, 1, true, null));

        assertThat(Files.readString(workspace.resolve("config/pipeline.yml"))).contains("version: 2");
        assertThat(Files.readString(workspace.resolve("notes.txt"))).isEqualTo("mine");
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void anExistingEmptyDirectoryIsUsed() {
        Path workspace = directory.resolve("demo");
        assertThat(workspace.toFile().mkdir()).isTrue();

        scaffold.create(new ScaffoldRequest(workspace, 10, 1, false, null));

        assertThat(workspace.resolve("config/pipeline.yml")).exists();
    }

    private static JsonNode yaml(Path file) throws IOException {
        return YAML.readTree(file.toFile());
    }

    private List<String> leftovers() throws IOException {
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.map(path -> path.getFileName().toString())
                    .filter(name -> name.startsWith(io.abaco.fs.AtomicFiles.TEMP_PREFIX))
                    .toList();
        }
    }

    /** Relative path → sha256 of every file (and "dir" for directories) under {@code root}. */
    static Map<String, String> snapshot(Path root) throws IOException {
        Map<String, String> tree = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.filter(path -> !path.equals(root)).toList()) {
                tree.put(root.relativize(path).toString(), Files.isDirectory(path) ? "dir" : Hashing.sha256Hex(path));
            }
        }
        return tree;
    }
}
