package io.abaco.config.model;

/** Where the tape comes from. {@code source}: {@code file} or {@code cascade_http}; {@code path} is workspace-relative. {@code strict}: any bad row fails the run; otherwise bad rows go to rejects.csv. */
public record IngestionConfig(
        String source, String path, boolean strict, DeduplicationConfig deduplication, CascadeConfig cascade) {}
