package io.abaco.config;

import com.fasterxml.jackson.databind.JsonNode;
import io.abaco.config.model.AbacoConfig;
import java.nio.file.Path;
import java.util.List;

/**
 * A configuration as loaded for one environment.
 *
 * @param config the typed, validated model
 * @param tree the merged tree with placeholders resolved (holds secret values: print {@link #redactedTree()} only)
 * @param files the files merged, master first
 * @param sha256 hash of the resolved tree, recorded in run manifests
 */
public record LoadedConfig(AbacoConfig config, JsonNode tree, List<Path> files, String sha256) {
    public LoadedConfig {
        files = List.copyOf(files);
    }

    /** The merged tree with every secret value replaced by {@link Secrets#MASK}. */
    public JsonNode redactedTree() {
        throw new UnsupportedOperationException("filled in by the config loader work");
    }
}
