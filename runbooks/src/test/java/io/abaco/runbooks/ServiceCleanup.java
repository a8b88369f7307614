package io.abaco.runbooks;

import io.abaco.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Leaves no process behind: stops V2 and V1 through abaco (as an operator would), then kills whatever a pidfile
 * still names, with its descendants, in case a runbook step or the test itself failed half-way.
 */
final class ServiceCleanup {
    private static final List<String> PIDFILES = List.of(".abaco/run/v2.pid", "legacy/run/v1.pid");

    private ServiceCleanup() {}

    static void stopEverything(Path workspace, Map<String, String> environment) {
        if (!Files.isDirectory(workspace)) return;
        PrintStream discard = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        for (String service : List.of("v2", "v1")) {
            Main.run(discard, discard, environment, "-w", workspace.toString(), "service", "stop", service);
        }
        for (String pidfile : PIDFILES) pid(workspace.resolve(pidfile)).ifPresent(ServiceCleanup::kill);
    }

    private static Optional<Long> pid(Path pidfile) {
        try {
            return Optional.of(Long.parseLong(Files.readString(pidfile).strip()));
        } catch (IOException | NumberFormatException absent) {
            return Optional.empty();
        }
    }

    private static void kill(long pid) {
        ProcessHandle.of(pid).ifPresent(process -> {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            process.onExit()
                    .orTimeout(10, TimeUnit.SECONDS)
                    .exceptionally(timeout -> process)
                    .join();
        });
    }
}
