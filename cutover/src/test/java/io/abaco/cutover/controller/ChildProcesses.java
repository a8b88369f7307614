package io.abaco.cutover.controller;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Test scripts for real child processes, and the clean-up that kills whatever a test left running. */
final class ChildProcesses {
    /** Traps SIGTERM and exits cleanly; sleeps in short steps so that the trap runs promptly. */
    static final String GRACEFUL =
            """
            #!/usr/bin/env bash
            trap 'echo "got TERM, exiting"; exit 0' TERM
            echo "service up as pid $$"
            while true; do sleep 0.1; done
            """;

    /** Ignores SIGTERM: only SIGKILL ends it. */
    static final String STUBBORN =
            """
            #!/usr/bin/env bash
            trap '' TERM
            echo "stubborn service up as pid $$"
            while true; do sleep 0.1; done
            """;

    private ChildProcesses() {}

    static Path script(Path directory, String name, String content) throws IOException {
        Path file = directory.resolve(name);
        Files.writeString(file, content);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        return file;
    }

    /** Kills every descendant of this JVM whose command line mentions {@code marker} (a test's temp directory). */
    static void killAllMentioning(Path marker) {
        List<ProcessHandle> leftovers = ProcessHandle.current()
                .descendants()
                .filter(handle -> handle.info()
                        .commandLine()
                        .map(line -> line.contains(marker.toString()))
                        .orElse(false))
                .toList();
        for (ProcessHandle handle : leftovers) {
            handle.descendants().forEach(ProcessHandle::destroyForcibly);
            handle.destroyForcibly();
        }
        for (ProcessHandle handle : leftovers) {
            try {
                handle.onExit().get(5, TimeUnit.SECONDS);
            } catch (Exception ignored) {
                // best effort: the process table is shared with other tests
            }
        }
    }

    static boolean alive(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }
}
