package io.abaco.config;

import java.nio.file.Path;

/**
 * The layout of an operator's workspace (DESIGN §3). Every path abaco reads or writes is derived here, so the
 * layout lives in one place.
 *
 * @param root absolute, normalized workspace directory
 */
public record Workspace(Path root) {
    public Workspace {
        root = root.toAbsolutePath().normalize();
    }

    public Path configDir() {
        return root.resolve("config");
    }

    public Path masterConfig() {
        return configDir().resolve("pipeline.yml");
    }

    public Path environmentConfig(String environment) {
        return configDir().resolve("environments").resolve(environment + ".yml");
    }

    public Path rawDataDir() {
        return root.resolve("data").resolve("raw");
    }

    public Path metricsDir(String environment) {
        return root.resolve("data").resolve("metrics").resolve(environment);
    }

    public Path runsDir() {
        return root.resolve("logs").resolve("runs");
    }

    public Path cutoverLogsDir() {
        return root.resolve("logs").resolve("cutover");
    }

    public Path cutoverDir(String cutoverId) {
        return cutoverLogsDir().resolve(cutoverId);
    }

    public Path validationHistoryDir() {
        return root.resolve("logs").resolve("validation");
    }

    public Path backupRoot() {
        return root.resolve(".rollback");
    }

    public Path validationReport() {
        return root.resolve("production_validation_report.json");
    }

    /** Private state of abaco itself (keys, locks): {@code .abaco/}. */
    public Path stateDir() {
        return root.resolve(".abaco");
    }

    /** Resolves a workspace-relative path from configuration; absolute paths are returned as they are. */
    public Path resolve(String path) {
        return root.resolve(path).normalize();
    }

    /** The path as an operator would name it: relative to the workspace when inside it. */
    public String display(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        return absolute.startsWith(root) ? root.relativize(absolute).toString() : absolute.toString();
    }
}
