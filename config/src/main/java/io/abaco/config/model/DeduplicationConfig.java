package io.abaco.config.model;

import java.util.List;

/** Duplicates on {@code keys} keep the first row and are counted. */
public record DeduplicationConfig(boolean enabled, List<String> keys) {
    public DeduplicationConfig {
        keys = List.copyOf(keys);
    }
}
