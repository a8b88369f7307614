package io.abaco.config.model;

/** The four stages of the V2 pipeline. */
public record PipelineConfig(
        IngestionConfig ingestion,
        TransformationConfig transformation,
        CalculationConfig calculation,
        OutputConfig output) {}
