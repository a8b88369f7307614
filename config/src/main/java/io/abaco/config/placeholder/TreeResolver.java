package io.abaco.config.placeholder;

import io.abaco.config.placeholder.PlaceholderResolver.Malformed;
import io.abaco.config.placeholder.PlaceholderResolver.Missing;
import io.abaco.config.placeholder.PlaceholderResolver.Resolved;
import io.abaco.config.yaml.ConfigNode;
import io.abaco.config.yaml.SourceMark;
import io.abaco.error.ConfigProblem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Resolves the placeholders of every string in a merged tree. A required variable that is missing is a problem in
 * an active section and makes the value null (not configured) in a disabled one.
 */
public final class TreeResolver {
    /** The resolved tree, the problems found, and the environment variables whose values were used. */
    public record Result(ConfigNode.MapNode tree, List<ConfigProblem> problems, Set<String> variablesUsed) {
        public Result {
            problems = List.copyOf(problems);
            variablesUsed = Set.copyOf(variablesUsed);
        }
    }

    private final PlaceholderResolver resolver;
    private final ActiveSections sections;
    private final List<ConfigProblem> problems = new ArrayList<>();
    private final Set<String> variablesUsed = new LinkedHashSet<>();

    private TreeResolver(PlaceholderResolver resolver, ActiveSections sections) {
        this.resolver = resolver;
        this.sections = sections;
    }

    public static Result resolve(ConfigNode.MapNode tree, PlaceholderResolver resolver, ActiveSections sections) {
        TreeResolver walker = new TreeResolver(resolver, sections);
        ConfigNode.MapNode resolved = (ConfigNode.MapNode) walker.walk(tree, "");
        return new Result(resolved, walker.problems, walker.variablesUsed);
    }

    private ConfigNode walk(ConfigNode node, String path) {
        if (node instanceof ConfigNode.MapNode map) {
            Map<String, ConfigNode.Entry> entries = new LinkedHashMap<>();
            map.entries().forEach((key, entry) -> {
                String keyPath = path.isEmpty() ? key : path + "." + key;
                entries.put(key, new ConfigNode.Entry(entry.keyMark(), walk(entry.value(), keyPath)));
            });
            return new ConfigNode.MapNode(map.mark(), entries);
        }
        if (node instanceof ConfigNode.ListNode list) {
            List<ConfigNode> items = new ArrayList<>();
            for (ConfigNode item : list.items()) items.add(walk(item, path + "[" + items.size() + "]"));
            return new ConfigNode.ListNode(list.mark(), items);
        }
        ConfigNode.ScalarNode scalar = (ConfigNode.ScalarNode) node;
        return PlaceholderResolver.mayContainPlaceholder(scalar.text()) ? resolveScalar(scalar, path) : scalar;
    }

    private ConfigNode resolveScalar(ConfigNode.ScalarNode scalar, String path) {
        PlaceholderResolver.Resolution resolution = resolver.resolve(scalar.text());
        if (resolution instanceof Resolved resolved) {
            variablesUsed.addAll(resolved.variables());
            return scalar.withText(resolved.value());
        }
        if (resolution instanceof Malformed malformed) {
            report(scalar.mark(), path, malformed.message());
            return scalar.asInactive();
        }
        List<String> missing = ((Missing) resolution).variables();
        if (!sections.isActive(path)) return scalar.asInactive();
        String message = missing.size() == 1
                ? "environment variable " + missing.get(0) + " is not set"
                : "environment variables " + String.join(", ", missing) + " are not set";
        if (scalar.mark().isBuiltIn()) message += " (the built-in default is " + scalar.text() + ")";
        report(sections.locate(path, scalar.mark()), path, message);
        return scalar.asInactive();
    }

    private void report(SourceMark at, String path, String message) {
        problems.add(new ConfigProblem(at.file(), at.line(), at.column(), path, message));
    }
}
