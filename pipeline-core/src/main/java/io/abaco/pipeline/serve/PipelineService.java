package io.abaco.pipeline.serve;

import com.sun.net.httpserver.HttpServer;
import io.abaco.config.model.ServeConfig;
import io.abaco.error.StateRefusedException;
import io.abaco.error.UsageException;
import java.io.IOException;
import java.net.BindException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code abaco serve}: runs a {@link ScheduledJob} on a schedule and answers {@code GET /health} and
 * {@code GET /metrics} over HTTP, on loopback unless {@code serve.host} says otherwise.
 *
 * <p>Schedule: the first run starts at once; with {@code schedule_seconds > 0} each next run starts that many seconds
 * after the previous one <em>ended</em> (fixed delay: a slow run never causes a burst of catch-up runs); with 0 the
 * job runs once and the service then only answers HTTP. Runs happen on one scheduler thread, so they never overlap.
 *
 * <p>Lifecycle: {@link #start} binds and returns a running service; {@link #close} (safe to call from a JVM
 * shutdown hook, and more than once) stops new runs, waits up to {@link ServeOptions#shutdownGrace()} for an
 * in-flight run, abandons it after that (interrupting it), stops the HTTP server and returns. Thread-safe.
 */
public final class PipelineService implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(PipelineService.class);

    private final ServeOptions options;
    private final ServeStatus status;
    private final HttpServer server;
    private final ScheduledThreadPoolExecutor scheduler;
    private final URI baseUri;
    private final AtomicBoolean closing = new AtomicBoolean();
    private final CountDownLatch stopped = new CountDownLatch(1);

    private PipelineService(
            ServeOptions options, ServeStatus status, HttpServer server, long delayNanos, ScheduledJob job) {
        this.options = options;
        this.status = status;
        this.server = server;
        this.baseUri = uriOf(server);
        this.scheduler = new ScheduledThreadPoolExecutor(1, runnable -> {
            // Daemon: a run abandoned after the grace must not keep the JVM alive.
            Thread thread = new Thread(runnable, "abaco-serve-run");
            thread.setDaemon(true);
            return thread;
        });
        scheduler.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        scheduler.setContinueExistingPeriodicTasksAfterShutdownPolicy(false);
        JobRunner runner = new JobRunner(job, status, options.clock());
        if (delayNanos == 0) {
            scheduler.schedule(runner, 0, TimeUnit.NANOSECONDS);
        } else {
            scheduler.scheduleWithFixedDelay(runner, 0, delayNanos, TimeUnit.NANOSECONDS);
        }
    }

    /**
     * Binds the HTTP server, starts answering, and starts the schedule (the first run begins at once).
     *
     * @throws UsageException if {@code serve.port}, {@code serve.host} or {@code serve.schedule_seconds} is unusable
     * @throws StateRefusedException if the address is already in use (another service holds the port)
     */
    public static PipelineService start(ServeConfig config, ScheduledJob job, ServeOptions options) {
        Objects.requireNonNull(job, "job");
        Objects.requireNonNull(options, "options");
        long delayNanos = delayNanos(config.scheduleSeconds());
        BindAddress bind = BindAddress.of(config);
        if (!bind.loopback()) {
            log.warn(
                    "serve.host '{}' is not a loopback address: /health and /metrics are reachable from the network,"
                            + " as configured",
                    bind.configuredHost());
        }
        ServeStatus status = new ServeStatus(options.clock().instant());
        HttpServer server = bindServer(bind);
        server.createContext("/", new ServeHttpHandler(status, options.clock(), options.version()));
        server.start();
        PipelineService service = new PipelineService(options, status, server, delayNanos, job);
        log.info(
                "serving on {} (abaco {}); {}",
                service.baseUri,
                options.version(),
                delayNanos == 0
                        ? "running the pipeline once"
                        : "running the pipeline every " + config.scheduleSeconds() + " s");
        return service;
    }

    /** The port actually bound (the system's pick when {@code serve.port} is 0). */
    public int port() {
        return server.getAddress().getPort();
    }

    /** {@code http://host:port} of the bound address, without a trailing slash. */
    public URI baseUri() {
        return baseUri;
    }

    /** The current state, as {@code /health} and {@code /metrics} see it. */
    public ServeSnapshot snapshot() {
        return status.snapshot();
    }

    /** Blocks until {@link #close} has finished (the CLI's main thread parks here). */
    public void awaitStop() throws InterruptedException {
        stopped.await();
    }

    /** Like {@link #awaitStop()}, bounded; true if the service stopped within {@code timeout}. */
    public boolean awaitStop(Duration timeout) throws InterruptedException {
        return stopped.await(timeout.toNanos(), TimeUnit.NANOSECONDS);
    }

    /**
     * Stops the service: no new runs, an in-flight run gets up to the grace to finish, then the HTTP server stops.
     * A second call waits for the first to finish. Never throws.
     */
    @Override
    public void close() {
        if (!closing.compareAndSet(false, true)) {
            awaitStopQuietly();
            return;
        }
        try {
            status.markStopping();
            Duration grace = options.shutdownGrace();
            log.info("stopping: no new runs; waiting up to {} s for a run in progress", grace.toMillis() / 1000.0);
            scheduler.shutdown();
            if (!awaitRuns(grace)) {
                log.warn(
                        "a run was still in progress after {} s: abandoning it (it leaves no partial outputs)",
                        grace.toSeconds());
                scheduler.shutdownNow();
            }
            server.stop(0);
            log.info("stopped serving on {}", baseUri);
        } finally {
            stopped.countDown();
        }
    }

    private boolean awaitRuns(Duration grace) {
        try {
            return scheduler.awaitTermination(grace.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void awaitStopQuietly() {
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static long delayNanos(double scheduleSeconds) {
        if (Double.isNaN(scheduleSeconds) || Double.isInfinite(scheduleSeconds) || scheduleSeconds < 0) {
            throw new UsageException("serve.schedule_seconds: " + scheduleSeconds
                    + " is not a number of seconds ≥ 0 (0 runs the pipeline once at start)");
        }
        if (scheduleSeconds == 0) return 0;
        return Math.max(1, Math.round(scheduleSeconds * 1e9));
    }

    private static HttpServer bindServer(BindAddress bind) {
        try {
            return HttpServer.create(bind.address(), 0);
        } catch (BindException e) {
            throw new StateRefusedException("serve: cannot listen on " + bind.configuredHost() + ":"
                    + bind.address().getPort() + ": " + e.getMessage() + " (is another abaco serve running?)");
        } catch (IOException e) {
            throw new UsageException("serve: cannot listen on " + bind.configuredHost() + ":"
                    + bind.address().getPort() + ": " + e.getMessage());
        }
    }

    private static URI uriOf(HttpServer server) {
        try {
            String host = server.getAddress().getAddress().getHostAddress();
            return new URI("http", null, host, server.getAddress().getPort(), null, null, null);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("bound address has no URI form: " + server.getAddress(), e);
        }
    }
}
