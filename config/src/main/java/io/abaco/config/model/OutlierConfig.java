package io.abaco.config.model;

/** Outliers are flagged, never removed. {@code method}: {@code zscore}. */
public record OutlierConfig(String method, double threshold) {}
