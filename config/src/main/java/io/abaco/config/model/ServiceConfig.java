package io.abaco.config.model;

import java.util.List;

/** One pipeline service (V1 or V2) and how to drive it. {@code controller}: process | systemd | command | http.
 *
 * <ul>
 *   <li>process: {@code command} run in the background, {@code pidfile}, {@code logFile}, optional {@code healthUrl},
 *       {@code graceSeconds} between SIGTERM and SIGKILL;
 *   <li>systemd: {@code unit};
 *   <li>command: {@code startCommand}, {@code stopCommand}, {@code statusCommand} (exit 0 = running);
 *   <li>http: {@code startUrl}, {@code stopUrl}, {@code healthUrl}, optional {@code token} (secret).
 * </ul>
 *
 * {@code runCommand} runs the pipeline once (V1 in shadow mode), with {input} and {output} placeholders;
 * {@code busyFile} exists while a run is in flight; {@code inFlightWaitSeconds} bounds the wait for it. */
public record ServiceConfig(
        String controller,
        List<String> command,
        String workdir,
        String pidfile,
        String logFile,
        String healthUrl,
        double graceSeconds,
        double startTimeoutSeconds,
        String unit,
        String startCommand,
        String stopCommand,
        String statusCommand,
        String startUrl,
        String stopUrl,
        String token,
        String runCommand,
        String outputDir,
        String busyFile,
        double inFlightWaitSeconds) {
    public ServiceConfig {
        command = List.copyOf(command);
    }
}
