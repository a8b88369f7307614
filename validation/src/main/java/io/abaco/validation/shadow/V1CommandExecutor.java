package io.abaco.validation.shadow;

import io.abaco.config.Secrets;
import io.abaco.config.model.ServiceConfig;
import io.abaco.error.ConfigException;
import io.abaco.error.ConfigProblem;
import io.abaco.error.ExternalServiceException;
import io.abaco.validation.KpiValuesFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs V1 once through {@code cutover.v1.run_command} ({@code bash -c}, with {@code {input}} and {@code {output}}
 * replaced by shell-quoted absolute paths), then reads {@code <output>/kpis.json} and the loan-level file. A non-zero
 * exit, a timeout (the process tree is killed) or a missing {@code kpis.json} is an {@link ExternalServiceException}
 * carrying the tail of the process's output, redacted. Thread-safe.
 */
public final class V1CommandExecutor implements PipelineExecutor {
    private static final int TAIL_LINES = 15;

    private final String runCommand;
    private final Path workingDirectory;
    private final Duration timeout;

    /**
     * @param v1 V1's service configuration; its {@code run_command} must be set
     * @param workingDirectory where the command runs (V1's {@code workdir} resolved by the caller, or the workspace)
     * @param timeout the longest a run may take
     */
    public V1CommandExecutor(ServiceConfig v1, Path workingDirectory, Duration timeout) {
        if (v1.runCommand() == null || v1.runCommand().isBlank()) {
            throw new ConfigException(new ConfigProblem(
                    "config/pipeline.yml",
                    0,
                    0,
                    "cutover.v1.run_command",
                    "is required to run V1 for shadow comparison"));
        }
        this.runCommand = v1.runCommand();
        this.workingDirectory = workingDirectory;
        this.timeout = timeout;
    }

    /** The command line run for {@code tape} into {@code outputDir}. */
    String commandFor(Path tape, Path outputDir) {
        return runCommand
                .replace("{input}", shellQuote(tape.toAbsolutePath().toString()))
                .replace("{output}", shellQuote(outputDir.toAbsolutePath().toString()));
    }

    static String shellQuote(String value) {
        return "'" + value.replace("'", "'\\''") + "'";
    }

    @Override
    public KpiSnapshot run(Path tape, Path outputDir) {
        String command = commandFor(tape, outputDir);
        Path log = null;
        try {
            Files.createDirectories(outputDir);
            log = Files.createTempFile("abaco-v1-run-", ".log");
            Process process = new ProcessBuilder(List.of("bash", "-c", command))
                    .directory(workingDirectory.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            process.getOutputStream().close();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                kill(process);
                throw failure("V1 run timed out after " + timeout.toSeconds() + "s", command, log);
            }
            if (process.exitValue() != 0) {
                throw failure("V1 run failed (exit " + process.exitValue() + ")", command, log);
            }
            Path kpis = outputDir.resolve("kpis.json");
            if (!Files.isRegularFile(kpis)) {
                throw failure("V1 run wrote no kpis.json in " + outputDir, command, log);
            }
            return new KpiSnapshot(
                    KpiValuesFile.read(kpis), KpiSnapshot.findLoans(outputDir).orElse(null));
        } catch (IOException e) {
            throw new ExternalServiceException(Secrets.redact("cannot run V1 (" + command + "): " + e.getMessage()), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ExternalServiceException("interrupted while V1 was running", e);
        } finally {
            if (log != null) io.abaco.fs.AtomicFiles.deleteQuietly(log);
        }
    }

    private static void kill(Process process) throws InterruptedException {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        process.waitFor(5, TimeUnit.SECONDS);
    }

    private static ExternalServiceException failure(String what, String command, Path log) throws IOException {
        List<String> lines = List.of(new String(Files.readAllBytes(log), StandardCharsets.UTF_8)
                .strip()
                .split("\\R"));
        List<String> tail = lines.subList(Math.max(0, lines.size() - TAIL_LINES), lines.size());
        String output = tail.isEmpty() ? "(no output)" : String.join("\n  ", tail);
        return new ExternalServiceException(Secrets.redact(what + ": " + command + "\n  " + output));
    }
}
