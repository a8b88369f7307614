package io.abaco.config.model;

import java.util.List;

/** {@code dir} is workspace-relative; {@code formats} among parquet, csv, json. */
public record OutputConfig(String dir, List<String> formats, DatabaseConfig database) {
    public OutputConfig {
        formats = List.copyOf(formats);
    }
}
