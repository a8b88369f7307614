package io.abaco.cutover.controller;

import io.abaco.config.Secrets;
import io.abaco.error.ExternalServiceException;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Runs the service as a background process of its own: a new session ({@code setsid}, so it outlives abaco and
 * its terminal), stdin from {@code /dev/null}, stdout and stderr appended to the log file, identity kept in a
 * {@link Pidfile}. Stop is SIGTERM, then SIGKILL after the grace period; children left behind are killed too.
 */
final class ProcessController implements ServiceController {
    private final ProcessSettings settings;
    private final Map<String, String> environment;
    private final HealthProbe health;
    private final HealthWait healthWait;

    ProcessController(
            ProcessSettings settings, Map<String, String> environment, HealthProbe health, HealthWait healthWait) {
        this.settings = settings;
        this.environment = Map.copyOf(environment);
        this.health = health;
        this.healthWait = healthWait;
    }

    @Override
    public ControlResult start() {
        ServiceStatus before = status();
        if (before.running()) return new ControlResult("start", false, "already running (pid " + before.pid() + ")");
        if (before.state() == ServiceState.UNKNOWN) throw unknownState(before);
        String staleNote = removeStalePidfile(before);
        Process process = launch();
        ProcessIdentity identity = ProcessIdentity.of(process.pid()).orElse(null);
        if (identity != null) writePidfile(process, identity);
        if (exitedWithin(process, settings.settle())) {
            ProcessActions.deleteQuietly(settings.pidfile());
            throw new ExternalServiceException(Secrets.redact(settings.service() + " exited right after start (exit "
                    + process.exitValue() + "): " + settings.commandLine() + LogTail.forMessage(logTail(20))));
        }
        return new ControlResult(
                "start",
                true,
                Secrets.redact((staleNote.isEmpty() ? "" : staleNote + "; ") + "started pid " + process.pid() + ": "
                        + settings.commandLine()));
    }

    @Override
    public ControlResult stop() {
        ServiceStatus before = status();
        if (before.state() == ServiceState.UNKNOWN) throw unknownState(before);
        if (!before.running()) {
            String note = removeStalePidfile(before);
            return new ControlResult("stop", false, note.isEmpty() ? "not running (no pidfile)" : note);
        }
        Pidfile pidfile = Pidfile.read(settings.pidfile()).orElseThrow();
        ProcessHandle handle = pidfile.identity().handleIfSame().orElse(null);
        if (handle == null) { // it exited between the two looks
            ProcessActions.deleteQuietly(settings.pidfile());
            return new ControlResult("stop", false, "not running (pid " + pidfile.pid() + " exited on its own)");
        }
        String how = new ProcessActions(settings.service()).terminate(handle, settings.grace());
        ProcessActions.deleteQuietly(settings.pidfile());
        return new ControlResult("stop", true, "stopped pid " + handle.pid() + " " + how);
    }

    @Override
    public ServiceStatus status() {
        Optional<Pidfile> pidfile;
        try {
            pidfile = Pidfile.read(settings.pidfile());
        } catch (IllegalArgumentException | UncheckedIOException e) {
            return ServiceStatus.unknown(e.getMessage());
        }
        if (pidfile.isEmpty())
            return ServiceStatus.stopped("not running (no pidfile " + settings.pidfileDisplay() + ")");
        ProcessIdentity recorded = pidfile.get().identity();
        Optional<ProcessIdentity> current = ProcessIdentity.of(recorded.pid());
        if (current.isEmpty()) {
            return ServiceStatus.stopped(
                    "stale pidfile " + settings.pidfileDisplay() + ": pid " + recorded.pid() + " is not running");
        }
        if (!current.get().equals(recorded)) {
            return ServiceStatus.stopped(Secrets.redact("stale pidfile " + settings.pidfileDisplay() + ": pid "
                    + recorded.pid() + " now belongs to another process ("
                    + ProcessIdentity.commandLineOf(recorded.pid())
                    + ")"));
        }
        String running = "running (pid " + recorded.pid() + ")";
        if (health == null) return new ServiceStatus(ServiceState.RUNNING, true, recorded.pid(), running, null);
        HealthProbe.Observation observation = health.check();
        return new ServiceStatus(
                ServiceState.RUNNING,
                observation.healthy(),
                recorded.pid(),
                running + (observation.healthy() ? ", healthy" : ", not healthy"),
                observation.detail());
    }

    @Override
    public ServiceStatus waitUntilHealthy(Duration timeout) {
        return healthWait.await(
                settings.service(),
                timeout,
                this::status,
                status -> status.state() == ServiceState.STOPPED,
                () -> LogTail.forMessage(logTail(20)));
    }

    @Override
    public List<String> logTail(int lines) {
        return LogTail.of(settings.logFile(), lines);
    }

    @Override
    public String describe() {
        return Secrets.redact("process: " + settings.commandLine() + " in " + settings.workdir() + " (pidfile "
                + settings.pidfileDisplay() + ", log " + settings.logFile()
                + (health == null ? "" : ", health " + health.displayUrl()) + ", SIGKILL after "
                + Durations.seconds(settings.grace()) + ")");
    }

    private ExternalServiceException unknownState(ServiceStatus observed) {
        return new ExternalServiceException(Secrets.redact(settings.service() + ": cannot tell whether it runs: "
                + observed.detail() + " (remove the pidfile once you have checked by hand)"));
    }

    /** Removes a pidfile that names no process of ours; returns a note for the result message ("" if none). */
    private String removeStalePidfile(ServiceStatus observed) {
        if (observed.state() != ServiceState.STOPPED || !Files.exists(settings.pidfile())) return "";
        ProcessActions.deleteQuietly(settings.pidfile());
        return "removed " + observed.detail();
    }

    /** A process abaco cannot find again must not be left running: without its pidfile, it is killed. */
    private void writePidfile(Process process, ProcessIdentity identity) {
        try {
            new Pidfile(identity, settings.commandLine()).writeTo(settings.pidfile());
        } catch (UncheckedIOException e) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            exitedWithin(process, Duration.ofSeconds(5));
            throw new ExternalServiceException(
                    settings.service() + ": started, then killed again: " + e.getMessage(), e);
        }
    }

    private Process launch() {
        List<String> argv = new ArrayList<>();
        Executables.find("setsid", environment).ifPresent(setsid -> argv.add(setsid.toString()));
        argv.addAll(settings.command());
        try {
            Files.createDirectories(settings.logFile().toAbsolutePath().getParent());
            ProcessBuilder builder = new ProcessBuilder(argv)
                    .directory(settings.workdir().toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(
                            ProcessBuilder.Redirect.appendTo(settings.logFile().toFile()))
                    .redirectInput(new File("/dev/null"));
            builder.environment().clear();
            builder.environment().putAll(environment);
            return builder.start();
        } catch (IOException e) {
            throw new ExternalServiceException(
                    Secrets.redact("cannot start " + settings.service() + " (" + settings.commandLine() + "): "
                            + e.getMessage()),
                    e);
        }
    }

    private static boolean exitedWithin(Process process, Duration settle) {
        try {
            return process.waitFor(settle.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        }
    }
}
