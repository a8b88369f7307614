package io.abaco.cli.cutover;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.abaco.testing.TestDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A workspace made by {@code abaco init} for one test: its own serve port (so tests never meet each other's V2),
 * optionally PostgreSQL output into the test's schema; and the clean-up that kills every process started in it.
 */
final class DemoWorkspace implements AutoCloseable {
    static final String METRICS = "data/metrics/development";
    static final String DELETED_OUTPUT = METRICS + "/kpis.csv";
    static final String V1_PIDFILE = "legacy/run/v1.pid";
    static final String V2_PIDFILE = ".abaco/run/v2.pid";
    private static final ObjectMapper JSON = new ObjectMapper();

    final Path root;
    final int port;
    private final List<AbacoProcess.Running> started = new ArrayList<>();

    private DemoWorkspace(Path root, int port) {
        this.root = root;
        this.port = port;
    }

    /** {@code abaco init DIR --rows ROWS}, then the development environment pointed at a free port (and the DB). */
    static DemoWorkspace create(Path parent, int rows, TestDatabase database) {
        Path root = parent.resolve("ws");
        AbacoProcess.Result init =
                AbacoProcess.run(root, Map.of(), "init", root.toString(), "--rows", String.valueOf(rows));
        assertThat(init.exitCode()).as(init.toString()).isZero();
        DemoWorkspace workspace = new DemoWorkspace(root, freePort());
        workspace.writeDevelopmentEnvironment(database);
        return workspace;
    }

    private void writeDevelopmentEnvironment(TestDatabase database) {
        writeEnvironment("development", database);
    }

    /**
     * {@code config/environments/ENV.yml}: outputs in {@code data/metrics/ENV}, the database (null: none), this
     * workspace's serve port, and a V1 that runs once at start and then sleeps for an hour (no run of its own in the
     * middle of a test).
     */
    void writeEnvironment(String environment, TestDatabase database) {
        String db = database == null
                ? "      enabled: false\n"
                : "      enabled: true\n      url: \"" + database.jdbcUrl() + "\"\n      user: " + database.user()
                        + "\n      schema: " + database.schema() + "\n";
        write(
                "config/environments/" + environment + ".yml",
                "# " + environment + ", for one acceptance test\npipeline:\n  output:\n    dir: data/metrics/"
                        + environment + "\n    database:\n" + db + "serve:\n  port: " + port + "\ncutover:\n"
                        + "  v1:\n    command: [bash, legacy/v1_pipeline.sh, serve, data/raw/loan_tape.csv,"
                        + " data/metrics/v1, \"3600\"]\n"
                        + "  v2:\n    health_url: http://127.0.0.1:" + port + "/health\n");
    }

    AbacoProcess.Result abaco(String... args) {
        return AbacoProcess.run(root, Map.of(), args);
    }

    AbacoProcess.Result abaco(Map<String, String> environment, String... args) {
        return AbacoProcess.run(root, environment, args);
    }

    /** Asserts exit 0 and returns the result. */
    AbacoProcess.Result ok(String... args) {
        AbacoProcess.Result result = abaco(args);
        assertThat(result.exitCode()).as(String.join(" ", args) + "\n" + result).isZero();
        return result;
    }

    /** {@code abaco service start v1}, then waits until V1's first run (at its start) is done. */
    void startV1() {
        ok("service", "start", "v1");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (Files.exists(root.resolve("legacy/run/v1.busy"))
                || !Files.exists(root.resolve("data/metrics/v1/kpis.json"))) {
            if (System.nanoTime() > deadline) throw new AssertionError("V1's first run did not finish");
            sleep(100);
        }
    }

    AbacoProcess.Running startAbaco(Map<String, String> environment, String... args) {
        AbacoProcess.Running running = AbacoProcess.start(root, environment, args);
        started.add(running);
        return running;
    }

    JsonNode status() {
        return json(ok("cutover", "status", "--json").stdout());
    }

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + text, e);
        }
    }

    JsonNode readJson(String relative) {
        try {
            return JSON.readTree(root.resolve(relative).toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path path(String relative) {
        return root.resolve(relative);
    }

    void write(String relative, String content) {
        try {
            Files.createDirectories(root.resolve(relative).getParent());
            Files.writeString(root.resolve(relative), content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * V2's outputs exist from a run on the full tape, minus one file; the tape then loses 50 rows, so V2 during a
     * cutover writes other numbers and re-creates the deleted file: a rollback has something real to restore.
     */
    void prepareDivergingV2() {
        ok("pipeline", "run");
        try {
            Files.delete(root.resolve(DELETED_OUTPUT));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        shortenTape(50);
    }

    /** What a backup covers: config/ and the metrics directory, path → sha256. */
    Map<String, String> backedUpFiles() {
        return TreeSnapshot.of(root, path -> path.startsWith("config/") || path.startsWith(METRICS + "/"))
                .checksums();
    }

    /** The tape without its last {@code rows} data rows: V2 then computes something else than before. */
    void shortenTape(int rows) {
        Path tape = root.resolve("data/raw/loan_tape.csv");
        try {
            List<String> lines = Files.readAllLines(tape, StandardCharsets.UTF_8);
            Files.write(tape, lines.subList(0, lines.size() - rows), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The live process named by a pidfile, if any. */
    Optional<ProcessHandle> service(String pidfile) {
        Path file = root.resolve(pidfile);
        if (!Files.exists(file)) return Optional.empty();
        try {
            String first =
                    Files.readAllLines(file, StandardCharsets.UTF_8).get(0).strip();
            return ProcessHandle.of(Long.parseLong(first)).filter(ProcessHandle::isAlive);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    boolean v1Running() {
        return service(V1_PIDFILE).isPresent();
    }

    boolean v2Running() {
        return service(V2_PIDFILE).isPresent();
    }

    /**
     * Waits until V2 ({@code abaco serve}) has finished its first scheduled run: it reports healthy ("starting")
     * before, while still writing outputs.
     */
    void awaitV2FirstRun() {
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health"))
                .timeout(Duration.ofSeconds(5))
                .build();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        String last = "";
        while (System.nanoTime() < deadline) {
            try {
                last = client.send(request, HttpResponse.BodyHandlers.ofString())
                        .body();
                JsonNode run = json(last).get("last_run");
                if (run != null && !run.isNull()) return;
            } catch (IOException | RuntimeException e) {
                last = e.toString();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            sleep(200);
        }
        throw new AssertionError("V2 did not finish its first run: " + last);
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** The cutover directories' ids, oldest first. */
    List<String> cutoverIds() {
        Path dir = root.resolve("logs/cutover");
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> children = Files.list(dir)) {
            return children.map(child -> child.getFileName().toString())
                    .filter(name -> name.startsWith("c-"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String latestCutover() {
        List<String> ids = cutoverIds();
        assertThat(ids).as("cutovers").isNotEmpty();
        return ids.get(ids.size() - 1);
    }

    /** Processes whose working directory is inside the workspace: V1, V2 and whatever they started. */
    Set<String> processes() {
        Set<String> found = new TreeSet<>();
        ProcessHandle.allProcesses().forEach(process -> {
            try {
                Path cwd = Files.readSymbolicLink(Path.of("/proc/" + process.pid() + "/cwd"));
                if (cwd.startsWith(root)) {
                    found.add(process.pid() + " " + process.info().commandLine().orElse("?"));
                }
            } catch (IOException | RuntimeException ignored) {
                // gone meanwhile, or not ours to read
            }
        });
        return found;
    }

    /** Kills every process started in the workspace (pidfiles first, then anything else working in it). */
    @Override
    public void close() {
        for (AbacoProcess.Running running : started) {
            running.process().descendants().forEach(ProcessHandle::destroyForcibly);
            running.process().destroyForcibly();
        }
        for (String pidfile : List.of(V1_PIDFILE, V2_PIDFILE)) {
            service(pidfile).ifPresent(DemoWorkspace::kill);
        }
        for (String line : processes()) {
            ProcessHandle.of(Long.parseLong(line.substring(0, line.indexOf(' '))))
                    .ifPresent(DemoWorkspace::kill);
        }
    }

    private static void kill(ProcessHandle process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.onExit().get(10, TimeUnit.SECONDS);
        } catch (Exception ignored) {
            // best effort: the next test uses another port and directory anyway
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
