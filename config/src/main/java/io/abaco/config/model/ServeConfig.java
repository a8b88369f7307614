package io.abaco.config.model;

/** The long-running V2 service ({@code abaco serve}): loopback by default; {@code scheduleSeconds} between runs (0: run once at start only). */
public record ServeConfig(String host, int port, double scheduleSeconds) {}
