package io.abaco.config.model;

/** Status thresholds of one KPI, in the KPI's unit. With {@code lowerIsWorse} a value at or below {@code critical} is critical. */
public record KpiThreshold(double warning, double critical, boolean lowerIsWorse) {}
