package io.abaco.config;

import com.fasterxml.jackson.databind.JsonNode;
import io.abaco.config.model.AbacoConfig;
import java.nio.file.Path;
import java.util.List;

/**
 * A configuration as loaded for one environment. Immutable: {@link #tree()} returns a copy.
 *
 * @param config the typed, validated model
 * @param tree the merged tree with placeholders resolved, typed as the schema says (holds secret values: print
 *     {@link #redactedTree()} only)
 * @param files the files merged, master first (absolute)
 * @param sha256 lower-case hex SHA-256 of the canonical JSON (sorted keys) of the tree with secret values masked,
 *     recorded in run manifests. Secrets are left out so that a recorded hash cannot be used to guess a password, and rotating
 *     a token does not change the configuration's identity.
 */
public record LoadedConfig(AbacoConfig config, JsonNode tree, List<Path> files, String sha256) {
    public LoadedConfig {
        files = List.copyOf(files);
        tree = tree.deepCopy();
    }

    @Override
    public JsonNode tree() {
        return tree.deepCopy();
    }

    /**
     * The merged tree with every value under a secret key (token, password, cookie, webhook_url, ...) replaced by
     * {@link Secrets#MASK}, and the password of every URL masked.
     */
    public JsonNode redactedTree() {
        return TreeRedactor.redact(tree);
    }

    /** {@link #redactedTree()} as canonical JSON: compact, keys sorted. */
    public String redactedJson() {
        return CanonicalJson.write(redactedTree());
    }
}
