package io.abaco.config;

import java.util.Map;

/**
 * Loads {@code config/pipeline.yml} deep-merged with {@code config/environments/<env>.yml}, resolves placeholders
 * from {@code environment}, and validates the result against the schema, reporting every problem at once.
 */
public final class ConfigLoader {
    private ConfigLoader() {}

    /**
     * @throws io.abaco.error.ConfigException with every problem found (file, line, column, key path)
     */
    public static LoadedConfig load(Workspace workspace, String environmentName, Map<String, String> environment) {
        throw new UnsupportedOperationException("filled in by the config loader work");
    }

    /** {@code --env} flag > {@code PIPELINE_ENV} > {@code development}. */
    public static String environmentName(String flag, Map<String, String> environment) {
        if (flag != null && !flag.isBlank()) return flag;
        String fromEnvironment = environment.get("PIPELINE_ENV");
        return fromEnvironment == null || fromEnvironment.isBlank() ? "development" : fromEnvironment;
    }
}
