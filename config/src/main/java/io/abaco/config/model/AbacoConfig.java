package io.abaco.config.model;

/** The whole resolved configuration (DESIGN §4): master merged with the environment file, placeholders resolved. Immutable. */
public record AbacoConfig(
        int version,
        String name,
        String environment,
        RunConfig run,
        PipelineConfig pipeline,
        ServeConfig serve,
        CutoverConfig cutover,
        ValidationConfig validation,
        AlertsConfig alerts) {}
