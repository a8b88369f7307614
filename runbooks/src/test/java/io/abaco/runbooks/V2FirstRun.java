package io.abaco.runbooks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Pattern;

/**
 * Waits, as cutover.md tells the operator to, until a freshly started V2 has finished its first scheduled run
 * ({@code GET /health} no longer says {@code starting}): that run starts the moment {@code abaco serve} does and
 * writes the same run as the next commands, so racing it would make the runbook's outcome a matter of timing.
 */
final class V2FirstRun {
    private static final Pattern STARTING = Pattern.compile("\"status\"\\s*:\\s*\"starting\"");
    private static final Duration PATIENCE = Duration.ofSeconds(120);

    private V2FirstRun() {}

    /** Returns at once when V2 is not running (no pidfile) or not answering; otherwise when its first run is over. */
    static void await(Path workspace, int port) throws InterruptedException {
        if (!Files.exists(workspace.resolve(".abaco/run/v2.pid"))) return;
        HttpClient client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health"))
                .timeout(Duration.ofSeconds(5))
                .build();
        Instant giveUp = Instant.now().plus(PATIENCE);
        while (Instant.now().isBefore(giveUp)) {
            try {
                String body = client.send(health, HttpResponse.BodyHandlers.ofString())
                        .body();
                if (!STARTING.matcher(body).find()) return;
            } catch (IOException notAnswering) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("V2 still 'starting' after " + PATIENCE.toSeconds() + " s: its first run never ended");
    }
}
