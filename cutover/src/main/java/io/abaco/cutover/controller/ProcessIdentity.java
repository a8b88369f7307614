package io.abaco.cutover.controller;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A live process told apart from any later process that reuses its pid: the pid plus its start time in clock
 * ticks since boot ({@code /proc/<pid>/stat} field 22), which the kernel never changes for the life of a process.
 * Where {@code /proc} is missing, the start instant from {@link ProcessHandle.Info} is used instead.
 *
 * @param pid the process id
 * @param startToken an opaque text equal for the same process and different for a process reusing the pid
 */
record ProcessIdentity(long pid, String startToken) {
    private static final int START_TIME_FIELD_AFTER_COMMAND = 19; // field 22 counted from field 3

    /** The identity of the live process {@code pid}; empty when no such process runs (zombies count as gone). */
    static Optional<ProcessIdentity> of(long pid) {
        Path stat = Path.of("/proc", Long.toString(pid), "stat");
        if (Files.isDirectory(Path.of("/proc", "self"))) {
            try {
                String text = Files.readString(stat, StandardCharsets.UTF_8);
                // the command name may hold spaces and parentheses: the fields start after the last ')'
                String[] fields =
                        text.substring(text.lastIndexOf(')') + 2).trim().split(" ");
                if (fields[0].equals("Z") || fields[0].equals("X")) return Optional.empty();
                return Optional.of(new ProcessIdentity(pid, "ticks:" + fields[START_TIME_FIELD_AFTER_COMMAND]));
            } catch (IOException | RuntimeException e) {
                return Optional.empty();
            }
        }
        return ProcessHandle.of(pid)
                .filter(ProcessHandle::isAlive)
                .flatMap(handle -> handle.info().startInstant())
                .map(start -> new ProcessIdentity(pid, "instant:" + start));
    }

    /** The running process, provided it is still the one this identity was taken from. */
    Optional<ProcessHandle> handleIfSame() {
        return of(pid).filter(this::equals).flatMap(same -> ProcessHandle.of(pid));
    }

    /** The command line of whatever process now has {@code pid}, for messages; "?" when unknown. */
    static String commandLineOf(long pid) {
        return ProcessHandle.of(pid)
                .flatMap(handle -> handle.info().commandLine())
                .orElse("?");
    }
}
