package io.abaco.config.model;

/** Latency in milliseconds, memory in MiB, rates and drift in percent. */
public record ThresholdsConfig(double latencyMs, double memoryMb, double errorRatePct, double kpiDriftPct) {}
