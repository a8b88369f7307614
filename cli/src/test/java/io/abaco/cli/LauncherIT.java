package io.abaco.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Black-box tests: the packaged {@code bin/abaco} run as a process, as an operator runs it. */
class LauncherIT {
    private static final Path REPOSITORY = Path.of(System.getProperty("abaco.repo.root", ".."))
            .toAbsolutePath()
            .normalize();
    private static final Path LAUNCHER = REPOSITORY.resolve("bin/abaco");

    @TempDir
    Path directory;

    record Result(int exitCode, String stdout, String stderr) {}

    @Test
    void versionNamesTheCommitTheBuildCameFrom() throws Exception {
        Result result = run(LAUNCHER, Map.of(), "--version");

        assertThat(result.exitCode()).as(result.stderr()).isZero();
        assertThat(result.stdout()).matches("abaco \\S+\\ncommit \\S+\\n");
        Result head = runIn(REPOSITORY, List.of("git", "rev-parse", "HEAD"), Map.of());
        String expected = head.exitCode() == 0 ? head.stdout().strip() : "unknown";
        assertThat(result.stdout()).endsWith("commit " + expected + "\n");
        assertThat(result.stderr()).isEmpty();
    }

    @Test
    void worksThroughASymlinkFromAnotherDirectory() throws Exception {
        Path link = Files.createSymbolicLink(directory.resolve("abaco"), LAUNCHER);

        Result result = run(link, Map.of(), "--help");

        assertThat(result.exitCode()).as(result.stderr()).isZero();
        assertThat(result.stdout()).startsWith("Usage: abaco");
    }

    @Test
    void aUsageErrorExitsWithTwo() throws Exception {
        Result result = run(LAUNCHER, Map.of(), "cutover-everything");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.stderr())
                .startsWith("abaco: unknown command 'cutover-everything'")
                .endsWith("\nabaco: Try 'abaco --help'.\n")
                .doesNotContain("\tat ");
        assertThat(result.stdout()).isEmpty();
    }

    @Test
    void initThenConfigValidate() throws Exception {
        Result init = run(LAUNCHER, Map.of(), "init", "demo", "--rows", "50");
        assertThat(init.exitCode()).as(init.stderr()).isZero();
        assertThat(Files.readString(directory.resolve("demo/config/pipeline.yml")))
                .contains("command: [\"" + LAUNCHER + "\", serve]");

        Result validate = run(LAUNCHER, Map.of(), "-w", "demo", "config", "validate");

        assertThat(validate.exitCode()).as(validate.stderr()).isZero();
        assertThat(validate.stdout()).isEqualTo("config/pipeline.yml + config/environments/development.yml: valid\n");
    }

    @Test
    void saysHowToBuildWhenTheJarIsMissing() throws Exception {
        Path home = Files.createDirectories(directory.resolve("unbuilt/bin"));
        Path copy = Files.copy(LAUNCHER, home.resolve("abaco"));

        Result result = run(copy, Map.of(), "--version");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.stderr()).contains("run ./mvnw -q -DskipTests package first");
    }

    private Result run(Path launcher, Map<String, String> environment, String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(launcher.toString());
        command.addAll(List.of(args));
        return runIn(directory, command, environment);
    }

    private Result runIn(Path workingDirectory, List<String> command, Map<String, String> environment)
            throws IOException, InterruptedException {
        Path stdout = Files.createTempFile(directory, "stdout", ".txt");
        Path stderr = Files.createTempFile(directory, "stderr", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(workingDirectory.toFile())
                .redirectOutput(stdout.toFile())
                .redirectError(stderr.toFile());
        builder.environment().putAll(environment);
        Process process = builder.start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("timed out: " + command);
        }
        Result result = new Result(process.exitValue(), Files.readString(stdout), Files.readString(stderr));
        Files.delete(stdout);
        Files.delete(stderr);
        return result;
    }
}
