package io.abaco.config.yaml;

import io.abaco.error.ConfigProblem;
import java.util.List;

/**
 * The outcome of reading one YAML file: its root map (null when it could not be read) and the problems found.
 * An empty file reads as an empty map.
 */
public record YamlReadResult(ConfigNode.MapNode root, List<ConfigProblem> problems) {
    public YamlReadResult {
        problems = List.copyOf(problems);
    }

    public boolean readable() {
        return root != null;
    }
}
