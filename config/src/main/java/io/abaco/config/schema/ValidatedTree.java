package io.abaco.config.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.abaco.config.yaml.SourceMark;
import io.abaco.error.ConfigProblem;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A merged, resolved tree converted to typed JSON (numbers, booleans, strings as the schema says), with the mark of
 * every value by key path and the paths whose values were rejected (later rules skip them, so one mistake is
 * reported once).
 */
public record ValidatedTree(
        ObjectNode tree, Map<String, SourceMark> marks, Set<String> rejectedPaths, List<ConfigProblem> problems) {
    public ValidatedTree {
        marks = Map.copyOf(marks);
        rejectedPaths = Set.copyOf(rejectedPaths);
        problems = List.copyOf(problems);
    }

    /** The value at a dotted key path, or a missing node. */
    public JsonNode at(String keyPath) {
        return tree.at("/" + keyPath.replace('.', '/'));
    }

    /** True when the value at {@code keyPath} passed type checks (and so rules may look at it). */
    public boolean usable(String keyPath) {
        return !rejectedPaths.contains(keyPath) && !at(keyPath).isMissingNode();
    }

    public SourceMark mark(String keyPath) {
        return marks.getOrDefault(keyPath, SourceMark.builtIn());
    }

    /** A problem located at the value of {@code keyPath}. */
    public ConfigProblem problem(String keyPath, String message) {
        return problem(mark(keyPath), keyPath, message);
    }

    public static ConfigProblem problem(SourceMark at, String keyPath, String message) {
        return new ConfigProblem(at.file(), at.line(), at.column(), keyPath, message);
    }
}
