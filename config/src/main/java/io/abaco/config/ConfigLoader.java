package io.abaco.config;

import com.fasterxml.jackson.databind.JsonNode;
import io.abaco.config.bind.ConfigBinder;
import io.abaco.config.model.AbacoConfig;
import io.abaco.config.placeholder.ActiveSections;
import io.abaco.config.placeholder.PlaceholderResolver;
import io.abaco.config.placeholder.TreeResolver;
import io.abaco.config.schema.ConfigSchema;
import io.abaco.config.schema.ConsistencyRules;
import io.abaco.config.schema.PathRules;
import io.abaco.config.schema.RequiredRules;
import io.abaco.config.schema.SchemaValidator;
import io.abaco.config.schema.ValidatedTree;
import io.abaco.config.schema.ValueRules;
import io.abaco.config.yaml.ConfigNode;
import io.abaco.config.yaml.DeepMerger;
import io.abaco.config.yaml.YamlFileReader;
import io.abaco.config.yaml.YamlReadResult;
import io.abaco.error.ConfigException;
import io.abaco.error.ConfigProblem;
import io.abaco.error.UsageException;
import io.abaco.fs.Hashing;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Loads {@code config/pipeline.yml} deep-merged with {@code config/environments/<env>.yml} over the built-in
 * defaults, resolves placeholders from {@code environment}, and validates the result against the schema, reporting
 * every problem at once. Every secret value found is {@link Secrets#register registered}. Thread-safe.
 */
public final class ConfigLoader {
    private static final Pattern ENVIRONMENT_NAME = Pattern.compile("[A-Za-z0-9_-]+");

    private ConfigLoader() {}

    /**
     * @param environmentName e.g. {@code production}; letters, digits, {@code -} and {@code _}
     * @param environment the process environment placeholders are resolved from (values are never re-expanded)
     * @throws UsageException when the environment name is not a valid name
     * @throws ConfigException with every problem found (file, line, column, key path), secrets redacted
     */
    public static LoadedConfig load(Workspace workspace, String environmentName, Map<String, String> environment) {
        requireValidName(environmentName);
        Path masterFile = workspace.masterConfig();
        Path environmentFile = workspace.environmentConfig(environmentName);
        ProblemList problems = new ProblemList(workspace.display(masterFile), workspace.display(environmentFile));

        YamlReadResult master = YamlFileReader.read(masterFile, workspace.display(masterFile));
        problems.addAll(master.problems());
        YamlReadResult overrides = EnvironmentFiles.read(workspace, environmentName);
        problems.addAll(overrides.problems());
        if (!master.readable() || !overrides.readable()) throw problems.toException();

        ConfigNode merged = DeepMerger.merge(ConfigSchema.defaults(), master.root());
        merged = DeepMerger.merge(merged, overrides.root());
        ValidatedTree validated = resolveAndValidate((ConfigNode.MapNode) merged, workspace, environment, problems);
        TreeRedactor.registerSecrets(validated.tree());
        if (!problems.isEmpty()) throw problems.toException();

        AbacoConfig config = ConfigBinder.bind(validated.tree(), environmentName);
        JsonNode tree = validated.tree();
        String sha256 = Hashing.sha256Hex(CanonicalJson.write(TreeRedactor.redactForHash(tree)));
        return new LoadedConfig(config, tree, List.of(masterFile, environmentFile), sha256);
    }

    private static ValidatedTree resolveAndValidate(
            ConfigNode.MapNode merged, Workspace workspace, Map<String, String> environment, ProblemList problems) {
        PlaceholderResolver resolver = new PlaceholderResolver(environment);
        ActiveSections sections = ActiveSections.of(merged, resolver);
        TreeResolver.Result resolved = TreeResolver.resolve(merged, resolver, sections);
        registerSecretVariables(resolved.variablesUsed(), environment);
        problems.addAll(resolved.problems());
        Set<String> reported =
                resolved.problems().stream().map(ConfigProblem::keyPath).collect(Collectors.toSet());

        ValidatedTree validated = SchemaValidator.validate(resolved.tree(), reported);
        problems.addAll(validated.problems());
        problems.addAll(ValueRules.check(validated));
        problems.addAll(ConsistencyRules.check(validated));
        problems.addAll(PathRules.check(validated, workspace));
        problems.addAll(RequiredRules.check(validated, sections));
        return validated;
    }

    private static void registerSecretVariables(Set<String> names, Map<String, String> environment) {
        Map<String, String> used = new java.util.HashMap<>();
        for (String name : names) used.put(name, environment.get(name));
        Secrets.registerFromEnvironment(used);
    }

    private static void requireValidName(String environmentName) {
        if (environmentName == null
                || !ENVIRONMENT_NAME.matcher(environmentName).matches()) {
            throw new UsageException("invalid environment name '" + environmentName
                    + "': use letters, digits, '-' and '_' (the name of a file in config/environments/)");
        }
    }

    /** {@code --env} flag > {@code PIPELINE_ENV} > {@code development}. */
    public static String environmentName(String flag, Map<String, String> environment) {
        if (flag != null && !flag.isBlank()) return flag;
        String fromEnvironment = environment.get("PIPELINE_ENV");
        return fromEnvironment == null || fromEnvironment.isBlank() ? "development" : fromEnvironment;
    }

    /** Problems in file order (master, environment, built-in), then line and column; secrets redacted. */
    private static final class ProblemList {
        private final List<String> fileOrder;
        private final List<ConfigProblem> problems = new ArrayList<>();

        ProblemList(String masterFile, String environmentFile) {
            this.fileOrder = List.of(masterFile, environmentFile);
        }

        void addAll(List<ConfigProblem> more) {
            problems.addAll(more);
        }

        boolean isEmpty() {
            return problems.isEmpty();
        }

        ConfigException toException() {
            List<ConfigProblem> ordered = new ArrayList<>(problems);
            ordered.sort(java.util.Comparator.comparingInt((ConfigProblem problem) -> rank(problem.file()))
                    .thenComparingInt(ConfigProblem::line)
                    .thenComparingInt(ConfigProblem::column));
            return new ConfigException(ordered.stream()
                    .map(problem -> new ConfigProblem(
                            problem.file(),
                            problem.line(),
                            problem.column(),
                            problem.keyPath(),
                            Secrets.redact(problem.message())))
                    .toList());
        }

        private int rank(String file) {
            int index = fileOrder.indexOf(file);
            return index < 0 ? fileOrder.size() : index;
        }
    }
}
