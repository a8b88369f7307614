package io.abaco.pipeline.db;

import java.time.Instant;

/** The {@code runs} row of one run. */
public record RunRow(
        String runId,
        String status,
        String environment,
        Instant startedAt,
        Instant completedAt,
        String inputSha256,
        String configSha256,
        long rowsAccepted) {}
