package io.abaco.faults;

import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * DESIGN §12.5 over one whole life cycle, as an operator runs it ({@code bin/abaco} processes, V2 the real
 * {@code abaco serve}): init, V1 start, a pipeline run, cutover (PostgreSQL, Slack alerts to a WireMock on
 * 127.0.0.1), a pipeline run on V2, validate (made to alert), rollback. Planted values in every secret slot must
 * appear in no file under the workspace and in no byte printed; backups are readable by the owner only.
 */
class SecretsCycleIT {
    static final String DB_PASSWORD = "Pl4nted-DB-pa55";
    static final String WEBHOOK_TOKEN = "Pl4ntedWebhookT0ken";
    static final String COOKIE = "Pl4nted-cookie-c00kie";
    static final String PII_KEY = "Pl4nted-pii-key-0123456789abcdef";
    static final List<String> SECRETS = List.of(DB_PASSWORD, WEBHOOK_TOKEN, COOKIE, PII_KEY);

    @TempDir
    Path root;

    WireMockServer slack;
    Path workspace;
    Map<String, String> environment;
    String schema = "faults_secrets_" + ProcessHandle.current().pid() + "_" + System.nanoTime() % 100_000;

    @AfterEach
    void stopEverything() throws Exception {
        if (environment != null) {
            Launcher.run(root, environment, "-w", workspace.toString(), "service", "stop", "v2");
            Launcher.run(root, environment, "-w", workspace.toString(), "service", "stop", "v1");
        }
        if (slack != null) slack.stop();
        try (Connection connection =
                DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/test", "postgres", "")) {
            connection.createStatement().execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }

    @Test
    @Tag("full")
    void noSecretInAnyFileOrOutputOverAWholeCutoverCycle() throws Exception {
        slack = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        slack.start();
        slack.stubFor(post(urlPathMatching("/services/.*")).willReturn(ok("ok")));
        workspace = root.resolve("ws");
        environment = FaultHarness.environment(
                root,
                Map.of(
                        "PIPELINE_ENV",
                        "production",
                        "ABACO_DB_URL",
                        "jdbc:postgresql://127.0.0.1:5432/test?user=postgres&password=" + DB_PASSWORD,
                        "SLACK_WEBHOOK_URL",
                        "http://127.0.0.1:" + slack.port() + "/services/T0/B0/" + WEBHOOK_TOKEN,
                        "CASCADE_SESSION_COOKIE",
                        COOKIE,
                        "ABACO_PII_KEY",
                        PII_KEY));
        List<Launcher.Result> printed = new ArrayList<>();

        printed.add(expect(0, "init", workspace.toString(), "--rows", "200"));
        configure();
        String ws = workspace.toString();
        printed.add(expect(0, "-w", ws, "config", "show"));
        printed.add(expect(0, "-w", ws, "service", "start", "v1"));
        printed.add(expect(0, "-w", ws, "pipeline", "run"));
        printed.add(expect(0, "-w", ws, "cutover", "run"));
        printed.add(expect(0, "-w", ws, "pipeline", "run"));
        printed.add(expect(1, "-w", ws, "validate"));
        printed.add(expect(0, "-w", ws, "rollback"));

        slack.verify(postRequestedFor(urlPathMatching("/services/T0/B0/" + WEBHOOK_TOKEN)));
        for (Launcher.Result result : printed) {
            for (String secret : SECRETS) assertThat(result.all()).doesNotContain(secret);
        }
        List<Path> files = filesUnder(root);
        assertThat(files).anyMatch(file -> file.toString().endsWith("serve.log"));
        for (Path file : files) {
            String content = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
            for (String secret : SECRETS)
                assertThat(content).as(file.toString()).doesNotContain(secret);
        }
        assertOwnerOnly(workspace.resolve(".rollback"));
    }

    /** A free port for V2's serve, the alert webhook and thresholds that make validate alert, an own DB schema. */
    private void configure() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path master = workspace.resolve("config/pipeline.yml");
        String yaml = Files.readString(master)
                .replace("8321", Integer.toString(port))
                .replace("alerts:\n  slack:\n    enabled: false", "alerts:\n  slack:\n    enabled: true")
                .replace("latency_ms: 100", "latency_ms: 0.000001");
        assertThat(yaml).contains("enabled: true\n    webhook_url", "latency_ms: 0.000001");
        Files.writeString(master, yaml);
        Path production = workspace.resolve("config/environments/production.yml");
        Files.writeString(production, Files.readString(production).replace("schema: analytics", "schema: " + schema));
    }

    private Launcher.Result expect(int exitCode, String... args) throws Exception {
        Launcher.Result result = Launcher.run(root, environment, args);
        assertThat(result.exitCode())
                .as(String.join(" ", args) + "\n" + result.all())
                .isEqualTo(exitCode);
        return result;
    }

    private static void assertOwnerOnly(Path backups) throws IOException {
        assertThat(backups).isDirectory();
        try (Stream<Path> walk = Files.walk(backups)) {
            for (Path path : walk.toList()) {
                String permissions = PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
                assertThat(permissions).as(path.toString()).isIn("rwx------", "rw-------", "r--------", "r-x------");
            }
        }
    }

    private static List<Path> filesUnder(Path directory) throws IOException {
        try (Stream<Path> walk = Files.walk(directory)) {
            return walk.filter(Files::isRegularFile).toList();
        }
    }
}
