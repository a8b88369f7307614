package io.abaco.config;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.abaco.error.ConfigException;
import io.abaco.error.ConfigProblem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** A real workspace under a temporary directory, with helpers to write its configuration files and load it. */
final class ConfigFixture {
    final Path root;
    final Workspace workspace;

    ConfigFixture(Path root) {
        this.root = root;
        this.workspace = new Workspace(root);
    }

    ConfigFixture master(String yaml) {
        return write("config/pipeline.yml", yaml);
    }

    ConfigFixture environment(String name, String yaml) {
        return write("config/environments/" + name + ".yml", yaml);
    }

    ConfigFixture write(String relative, String text) {
        try {
            Path file = root.resolve(relative);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    LoadedConfig load(String environment) {
        return load(environment, Map.of());
    }

    LoadedConfig load(String environment, Map<String, String> variables) {
        return ConfigLoader.load(workspace, environment, variables);
    }

    /** The problems of a load that must fail, rendered as the operator sees them. */
    List<String> problems(String environment) {
        return problems(environment, Map.of());
    }

    List<String> problems(String environment, Map<String, String> variables) {
        return failure(environment, variables).problems().stream()
                .map(ConfigProblem::render)
                .toList();
    }

    ConfigException failure(String environment, Map<String, String> variables) {
        ConfigException[] caught = new ConfigException[1];
        assertThatThrownBy(() -> load(environment, variables))
                .isInstanceOfSatisfying(ConfigException.class, e -> caught[0] = e);
        return caught[0];
    }
}
