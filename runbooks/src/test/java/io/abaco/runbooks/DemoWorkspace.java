package io.abaco.runbooks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The demo workspace the runbooks run against, and the environment its commands see. The workspace itself is made
 * by setup.md's {@code abaco init}; as soon as it exists, {@link #adjustOnce} moves V2's port to a free one (an
 * override in {@code config/environments/development.yml}) so that parallel builds do not meet on the default,
 * and lifts the performance thresholds, so that a busy build machine does not turn {@code abaco validate}'s
 * {@code performance} check (a timing) into a failed runbook.
 */
final class DemoWorkspace {
    /**
     * What the commands inherit from the build's environment: enough to find java and bash. Nothing else, so that
     * a secret-looking variable of the build machine (its value is redacted from all output) or a
     * {@code PIPELINE_ENV} cannot change what the runbooks print.
     */
    private static final List<String> INHERITED = List.of("PATH", "HOME", "JAVA_HOME", "LANG", "TMPDIR", "USER");

    private final Path directory;
    private final int port;
    private boolean adjusted;

    DemoWorkspace(Path directory) {
        this.directory = directory;
        this.port = freeLoopbackPort();
    }

    Path directory() {
        return directory;
    }

    /** V2's loopback port in this workspace ({@code serve.port}). */
    int port() {
        return port;
    }

    /**
     * The environment of every command: {@link #INHERITED} from the build's, {@code ABACO_HOME} so that
     * {@code abaco init} points {@code cutover.v2.command} at the packaged launcher, and the development environment.
     */
    Map<String, String> environment(Path abacoHome) {
        Map<String, String> environment = new HashMap<>();
        for (String name : INHERITED) {
            String value = System.getenv(name);
            if (value != null) environment.put(name, value);
        }
        environment.put("ABACO_HOME", abacoHome.toString());
        environment.put("PIPELINE_ENV", "development");
        return environment;
    }

    /** After each step: once the workspace exists, give V2 a free loopback port. */
    void adjustOnce() {
        Path overrides = directory.resolve("config/environments/development.yml");
        if (adjusted || !Files.isRegularFile(overrides)) return;
        String portOverride = String.join(
                "\n",
                "",
                "# added by RunbooksExecuteIT: a free port instead of the default 8321",
                "serve:",
                "  port: " + port,
                "cutover:",
                "  v2:",
                "    health_url: http://127.0.0.1:" + port + "/health",
                "# the build machine is shared and busy: the runbooks document the CLI, not this machine's speed",
                "validation:",
                "  thresholds:",
                "    latency_ms: 60000",
                "    memory_mb: 4096",
                "");
        try {
            Files.writeString(overrides, portOverride, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        adjusted = true;
    }

    private static int freeLoopbackPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
