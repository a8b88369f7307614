package io.abaco.config;

import io.abaco.config.yaml.YamlFileReader;
import io.abaco.config.yaml.YamlReadResult;
import io.abaco.error.ConfigProblem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The per-environment override files, {@code config/environments/<name>.yml}. */
final class EnvironmentFiles {
    private static final String SUFFIX = ".yml";

    private EnvironmentFiles() {}

    /** Reads the file of {@code environment}; a missing one is a problem listing the environments that exist. */
    static YamlReadResult read(Workspace workspace, String environment) {
        Path file = workspace.environmentConfig(environment);
        String name = workspace.display(file);
        if (Files.isRegularFile(file)) return YamlFileReader.read(file, name);
        List<String> existing = existing(file.getParent());
        String known = existing.isEmpty()
                ? "no environment files exist in " + workspace.display(file.getParent())
                : "environments: " + String.join(", ", existing);
        String message = "environment '" + environment + "' not found: file missing (" + known + ")";
        return new YamlReadResult(null, List.of(new ConfigProblem(name, 0, 0, "", message)));
    }

    /** Names of the environments defined in {@code directory}, sorted. */
    static List<String> existing(Path directory) {
        if (!Files.isDirectory(directory)) return List.of();
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(path -> path.getFileName().toString())
                    .filter(fileName -> fileName.endsWith(SUFFIX) && fileName.length() > SUFFIX.length())
                    .map(fileName -> fileName.substring(0, fileName.length() - SUFFIX.length()))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}
