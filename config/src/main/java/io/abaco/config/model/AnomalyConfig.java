package io.abaco.config.model;

/** A KPI that moved more than {@code maxChangePct} percent against the previous successful run is flagged. */
public record AnomalyConfig(double maxChangePct) {}
