package io.abaco.config.model;

/** How runs are identified and where their artifacts go. {@code idStrategy}: {@code deterministic} (run_<12 hex of input sha256>) or {@code timestamp}. */
public record RunConfig(String idStrategy, String timezone, String artifactsDir) {}
