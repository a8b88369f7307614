package io.abaco.faults;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One row of a fault corpus: how to spoil a copy of a working workspace, the command to run on it, and what must
 * come out (exit code, a message naming where) and what may change on disk.
 *
 * @param args the command line; {@code {ws}} stands for the workspace's absolute path, {@code {root}} for the
 *     directory holding it
 * @param message a regular expression that must be found in stderr (the "where": file:line:column or key path)
 */
public record FaultCase(
        String category,
        String name,
        Setup setup,
        List<String> args,
        Map<String, String> environment,
        int exitCode,
        String message,
        AllowedChanges allowed) {

    public FaultCase {
        args = List.copyOf(args);
        environment = Map.copyOf(environment);
    }

    /** Spoils the workspace before the snapshot is taken. */
    @FunctionalInterface
    public interface Setup {
        void prepare(Path workspace) throws IOException;
    }

    public static final Setup NO_SETUP = workspace -> {};

    /** The command line with the placeholders filled in. */
    public String[] commandLine(Path root, Path workspace) {
        return args.stream()
                .map(arg -> arg.replace("{ws}", workspace.toString()).replace("{root}", root.toString()))
                .toArray(String[]::new);
    }

    @Override
    public String toString() {
        return category + ": " + name;
    }
}
