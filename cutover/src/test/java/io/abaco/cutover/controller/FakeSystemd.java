package io.abaco.cutover.controller;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Fake {@code systemctl} and {@code journalctl} scripts first on the PATH handed to the controller (the JVM's own
 * environment is left alone). They record each call in {@code calls} and keep each unit's state in a file.
 */
final class FakeSystemd {
    private static final String SYSTEMCTL =
            """
            #!/usr/bin/env bash
            dir="$(dirname "$0")"
            echo "systemctl $*" >> "$dir/calls"
            state="$dir/state-$2"
            case "$1" in
              start)
                if [ -f "$dir/fail-start" ]; then echo "Job for $2 failed because the control process exited"; exit 1; fi
                echo active > "$state" ;;
              stop)
                if [ ! -f "$dir/stuck" ]; then echo inactive > "$state"; fi ;;
              is-active)
                current="$(cat "$state" 2>/dev/null || echo inactive)"
                echo "$current"
                [ "$current" = active ] ;;
              *) echo "unknown verb $1"; exit 2 ;;
            esac
            """;
    private static final String JOURNALCTL =
            """
            #!/usr/bin/env bash
            dir="$(dirname "$0")"
            echo "journalctl $*" >> "$dir/calls"
            tail -n "$4" "$dir/journal"
            """;

    private final Path bin;

    FakeSystemd(Path directory) throws IOException {
        bin = Files.createDirectories(directory);
        ChildProcesses.script(bin, "systemctl", SYSTEMCTL);
        ChildProcesses.script(bin, "journalctl", JOURNALCTL);
        Files.write(bin.resolve("journal"), List.of("Started abaco V1.", "processing tape", "token=sekret-journal-1"));
    }

    Map<String, String> environment() {
        Map<String, String> environment = new HashMap<>(System.getenv());
        environment.put("PATH", bin + ":" + System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
        return environment;
    }

    List<String> calls() throws IOException {
        Path calls = bin.resolve("calls");
        return Files.exists(calls) ? Files.readAllLines(calls) : List.of();
    }

    void state(String unit, String state) throws IOException {
        Files.writeString(bin.resolve("state-" + unit), state + "\n");
    }

    void failStarts() throws IOException {
        Files.writeString(bin.resolve("fail-start"), "");
    }

    void ignoreStops() throws IOException {
        Files.writeString(bin.resolve("stuck"), "");
    }
}
