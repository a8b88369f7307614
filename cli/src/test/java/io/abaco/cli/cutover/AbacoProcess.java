package io.abaco.cli.cutover;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The packaged {@code bin/abaco}, run as a child process the way an operator runs it. */
final class AbacoProcess {
    static final Path REPOSITORY = Path.of(System.getProperty("abaco.repo.root", ".."))
            .toAbsolutePath()
            .normalize();
    static final Path LAUNCHER = REPOSITORY.resolve("bin/abaco");
    private static final long TIMEOUT_SECONDS = 240;

    private AbacoProcess() {}

    /** What one finished command did. */
    record Result(int exitCode, String stdout, String stderr) {
        String all() {
            return stdout + stderr;
        }

        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- stdout\n" + stdout + "--- stderr\n" + stderr;
        }
    }

    /** A command still running, with its output going to files. */
    record Running(Process process, Path stdout, Path stderr) {
        Result await() {
            try {
                if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                    process.descendants().forEach(ProcessHandle::destroyForcibly);
                    process.destroyForcibly();
                    throw new AssertionError("abaco did not finish in " + TIMEOUT_SECONDS + " s");
                }
                return new Result(
                        process.exitValue(),
                        Files.readString(stdout, StandardCharsets.UTF_8),
                        Files.readString(stderr, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    static Result run(Path workspace, Map<String, String> extraEnvironment, String... args) {
        return start(workspace, extraEnvironment, args).await();
    }

    /**
     * Starts {@code abaco -w WORKSPACE ARGS} in the workspace's parent directory (so the workspace's processes are
     * only the ones abaco starts there), with the test's environment minus {@code PIPELINE_ENV}.
     */
    static Running start(Path workspace, Map<String, String> extraEnvironment, String... args) {
        List<String> command = new ArrayList<>(List.of(LAUNCHER.toString(), "-w", workspace.toString()));
        command.addAll(List.of(args));
        try {
            Path outputs = Files.createDirectories(workspace.getParent().resolve("outputs"));
            Path stdout = Files.createTempFile(outputs, "stdout", ".txt");
            Path stderr = Files.createTempFile(outputs, "stderr", ".txt");
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(workspace.getParent().toFile())
                    .redirectInput(
                            ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
                    .redirectOutput(stdout.toFile())
                    .redirectError(stderr.toFile());
            builder.environment().remove("PIPELINE_ENV");
            builder.environment().remove(CrashKnob.VARIABLE);
            builder.environment().putAll(extraEnvironment);
            return new Running(builder.start(), stdout, stderr);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The name of the crash knob ({@code io.abaco.pipeline.crash.CrashPoints}). */
    static final class CrashKnob {
        static final String VARIABLE = "ABACO_CRASH_AT";

        private CrashKnob() {}

        static Map<String, String> at(String step) {
            return Map.of(VARIABLE, step);
        }
    }
}
