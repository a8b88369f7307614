package io.abaco.config.model;

import java.util.List;

/** Columns whose lower-cased name contains one of {@code keywords} are masked. */
public record PiiMaskingConfig(List<String> keywords) {
    public PiiMaskingConfig {
        keywords = List.copyOf(keywords);
    }
}
