package io.abaco.config.model;

/** {@code abaco validate}: thresholds, the sample size of the performance check, where history goes. */
public record ValidationConfig(ThresholdsConfig thresholds, int sampleRows, String historyDir) {}
