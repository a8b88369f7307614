package io.abaco.faults;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The packaged {@code bin/abaco}, run as a child process (failsafe {@code *IT} classes only). */
public final class Launcher {
    public static final Path REPOSITORY = Path.of(System.getProperty("abaco.repo.root", ".."))
            .toAbsolutePath()
            .normalize();
    public static final Path BIN = REPOSITORY.resolve("bin/abaco");

    private Launcher() {}

    public record Result(int exitCode, String stdout, String stderr) {
        public String all() {
            return stdout + stderr;
        }
    }

    /** Starts {@code bin/abaco args} in {@code directory} with stdout/stderr to files there. */
    public static Process start(Path directory, Map<String, String> environment, List<String> args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(BIN.toString());
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(directory.toFile())
                .redirectOutput(directory
                        .resolve("stdout-" + System.nanoTime() + ".txt")
                        .toFile())
                .redirectError(directory
                        .resolve("stderr-" + System.nanoTime() + ".txt")
                        .toFile());
        builder.environment().putAll(environment);
        return builder.start();
    }

    /** Runs {@code bin/abaco args} to completion (at most two minutes). */
    public static Result run(Path directory, Map<String, String> environment, String... args)
            throws IOException, InterruptedException {
        Path out = Files.createTempFile(directory, "stdout", ".txt");
        Path err = Files.createTempFile(directory, "stderr", ".txt");
        List<String> command = new ArrayList<>();
        command.add(BIN.toString());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(directory.toFile())
                .redirectOutput(out.toFile())
                .redirectError(err.toFile());
        builder.environment().putAll(environment);
        Process process = builder.start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("timed out: " + command);
        }
        Result result = new Result(process.exitValue(), Files.readString(out), Files.readString(err));
        Files.delete(out);
        Files.delete(err);
        return result;
    }
}
