package io.abaco.cli.serve;

import io.abaco.cli.AbacoSubcommand;
import io.abaco.cli.VersionProvider;
import io.abaco.config.LoadedConfig;
import io.abaco.pipeline.serve.PipelineJob;
import io.abaco.pipeline.serve.PipelineService;
import io.abaco.pipeline.serve.ServeOptions;
import java.time.Clock;
import picocli.CommandLine.Command;

/** {@code abaco serve}: the long-running V2 service. */
@Command(
        name = "serve",
        description = {
            "Run V2 as a long-running service.",
            "The pipeline runs on the schedule of serve.schedule_seconds; GET /health and GET /metrics (Prometheus)",
            "answer on serve.host:serve.port (loopback by default). Stops cleanly on SIGTERM."
        })
public final class ServeCommand extends AbacoSubcommand {
    @Override
    public Integer call() throws InterruptedException {
        LoadedConfig config = loadConfig();
        PipelineJob job = new PipelineJob(config, workspace(), environment(), Clock.systemUTC());
        PipelineService service =
                PipelineService.start(config.config().serve(), job, ServeOptions.of(VersionProvider.version()));
        Thread hook = new Thread(service::close, "abaco-serve-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        err().println("abaco serve: listening on " + service.baseUri() + " (GET /health, GET /metrics)");
        err().flush();
        service.awaitStop();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // the hook is running: it is what stopped the service
        }
        return 0;
    }
}
