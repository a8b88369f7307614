package io.abaco.config.model;

/** {@code nullHandling}: {@code fill_zero} or {@code drop_rows}. */
public record TransformationConfig(String nullHandling, OutlierConfig outliers, PiiMaskingConfig piiMasking) {}
