package io.abaco.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** DESIGN §12.5: no secret value in any stdout, stderr or log, whatever the command and however it fails. */
class SecretsNeverPrintedTest {
    private static final String WEBHOOK = "https://hooks.slack.example/services/T0001/B0002/wHk5ecretValue";
    private static final String DB_PASSWORD = "pG-pa55word-93";
    private static final String DB_URL = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres&password=" + DB_PASSWORD;
    private static final String COOKIE = "sessionid=ck-9f8e7d6c5b4a";
    private static final List<String> SECRETS =
            List.of(WEBHOOK, DB_PASSWORD, COOKIE, "wHk5ecretValue", "ck-9f8e7d6c5b4a");

    @TempDir
    Path directory;

    @Test
    void noCommandPrintsOrLogsASecret() throws IOException {
        Map<String, String> environment = Map.of(
                "SLACK_WEBHOOK_URL", WEBHOOK,
                "ABACO_DB_URL", DB_URL,
                "CASCADE_SESSION_COOKIE", COOKIE,
                "HOME", directory.resolve("home").toString());
        Path workspace = directory.resolve("demo");
        String ws = workspace.toString();
        List<CliRun> runs = new ArrayList<>();

        runs.add(CliRun.of(environment, "init", ws, "--rows", "10"));
        runs.add(CliRun.of(environment, "-w", ws, "config", "validate", "--env", "production"));
        runs.add(CliRun.of(environment, "-w", ws, "config", "show", "--env", "production"));
        runs.add(CliRun.of(environment, "-w", ws, "config", "show", "--env", "production", "--json"));
        runs.add(CliRun.of(environment, "-w", ws, "--verbose", "config", "show", "--env", "staging", "--stacktrace"));
        runs.add(CliRun.of(environment, "--help"));
        runs.add(CliRun.of(environment, "--" + COOKIE));
        runs.add(CliRun.of(environment, "init", ws, "--rows", DB_URL));
        // failures whose messages carry the secrets, with --verbose (logs to stderr) and --stacktrace
        String detail = "--detail= via " + DB_URL + " " + WEBHOOK + " " + COOKIE;
        for (String kind : List.of("external", "usage", "input", "state", "bug")) {
            for (String option : List.of("--verbose", "--stacktrace")) {
                runs.add(CliRun.of(
                        environment,
                        commandLine -> commandLine.addSubcommand(new FailingCommand()),
                        "-w",
                        ws,
                        option,
                        "fail",
                        kind,
                        detail));
            }
        }

        for (CliRun run : runs) {
            for (String secret : SECRETS) {
                assertThat(run.all()).doesNotContain(secret);
            }
        }
        // the failures did print their (redacted) messages: the check above looked at real output
        assertThat(runs.stream().map(CliRun::stderr))
                .anyMatch(stderr -> stderr.contains("abaco: database did not answer via *** *** ***"));
        for (Path file : filesUnder(directory)) {
            String content = Files.readString(file);
            for (String secret : SECRETS) {
                assertThat(content).as(file.toString()).doesNotContain(secret);
            }
        }
        assertThat(workspace.resolve("logs/abaco-errors.log")).exists();
        assertThat(workspace.resolve("logs/abaco.log")).exists();
    }

    private static List<Path> filesUnder(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile)
                    .filter(path -> !path.toString().endsWith(".csv"))
                    .toList();
        }
    }
}
