package io.abaco.cutover.controller;

import io.abaco.error.ExternalServiceException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** SIGTERM, grace period, SIGKILL, and proof that the process is gone. */
final class ProcessActions {
    private static final Duration KILL_WAIT = Duration.ofSeconds(5);
    private final String service;

    ProcessActions(String service) {
        this.service = service;
    }

    /**
     * Ends {@code process} and every descendant it had; returns how ("with SIGTERM after 120 ms" or "with SIGKILL
     * after ignoring SIGTERM for 10 s").
     */
    String terminate(ProcessHandle process, Duration grace) {
        // taken before the signal: once the parent dies its children are re-parented and no longer findable
        List<ProcessHandle> descendants = process.descendants().toList();
        long started = System.nanoTime();
        if (!process.destroy()) {
            throw new ExternalServiceException(service + ": cannot send SIGTERM to pid " + process.pid());
        }
        String how;
        if (exited(process, grace)) {
            how = "with SIGTERM after " + (System.nanoTime() - started) / 1_000_000 + " ms";
        } else {
            process.destroyForcibly();
            if (!exited(process, KILL_WAIT)) {
                throw new ExternalServiceException(service + ": pid " + process.pid() + " still alive "
                        + Durations.seconds(KILL_WAIT) + " after SIGKILL");
            }
            how = "with SIGKILL after ignoring SIGTERM for " + Durations.seconds(grace);
        }
        long leftovers = descendants.stream()
                .filter(ProcessHandle::isAlive)
                .peek(ProcessHandle::destroyForcibly)
                .count();
        return leftovers == 0 ? how : how + " (and killed " + leftovers + " leftover child process(es))";
    }

    private static boolean exited(ProcessHandle process, Duration wait) {
        try {
            process.onExit().get(wait.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return !process.isAlive();
        } catch (ExecutionException e) {
            return !process.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        }
    }

    static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a pidfile that cannot be removed is reported as stale on the next look
        }
    }
}
