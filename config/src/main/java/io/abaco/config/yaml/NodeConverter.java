package io.abaco.config.yaml;

import io.abaco.config.yaml.ConfigNode.ScalarKind;
import io.abaco.error.ConfigProblem;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/** Turns a SnakeYAML node graph into {@link ConfigNode}s, expanding aliases and {@code <<} merge keys. */
final class NodeConverter {
    private final String file;
    private final Function<SourceMark, SourceMark> marks;
    private final List<ConfigProblem> problems;
    private final Set<Node> onPath = Collections.newSetFromMap(new IdentityHashMap<>());
    private int budget;

    NodeConverter(String file, Function<SourceMark, SourceMark> marks, List<ConfigProblem> problems, int budget) {
        this.file = file;
        this.marks = marks;
        this.problems = problems;
        this.budget = budget;
    }

    /** Thrown when aliases expand past the node budget. */
    static final class TooManyNodesException extends RuntimeException {
        TooManyNodesException() {
            super(null, null, false, false);
        }
    }

    ConfigNode convert(Node node, String path) {
        if (--budget < 0) throw new TooManyNodesException();
        if (!onPath.add(node)) {
            problems.add(problem(node, path, "an alias refers to a value that contains it (recursive alias)"));
            return new ConfigNode.ScalarNode(mark(node), null, ScalarKind.NULL, false);
        }
        try {
            if (node instanceof MappingNode mapping) return convertMap(mapping, path);
            if (node instanceof SequenceNode sequence) return convertList(sequence, path);
            ScalarNode scalar = (ScalarNode) node;
            ScalarKind kind = kindOf(scalar);
            return ConfigNode.ScalarNode.of(mark(node), kind == ScalarKind.NULL ? null : scalar.getValue(), kind);
        } finally {
            onPath.remove(node);
        }
    }

    private ConfigNode.ListNode convertList(SequenceNode sequence, String path) {
        List<ConfigNode> items = new ArrayList<>();
        for (Node item : sequence.getValue()) {
            items.add(convert(item, path + "[" + items.size() + "]"));
        }
        return new ConfigNode.ListNode(mark(sequence), items);
    }

    private ConfigNode.MapNode convertMap(MappingNode mapping, String path) {
        Map<String, ConfigNode.Entry> entries = new LinkedHashMap<>();
        Map<String, Integer> firstLines = new LinkedHashMap<>();
        List<ConfigNode.MapNode> mergeSources = new ArrayList<>();
        for (NodeTuple tuple : mapping.getValue()) {
            Node keyNode = tuple.getKeyNode();
            if (keyNode.getTag().equals(Tag.MERGE)) {
                collectMergeSources(tuple.getValueNode(), path, mergeSources);
                continue;
            }
            if (!(keyNode instanceof ScalarNode keyScalar) || kindOf(keyScalar) == ScalarKind.NULL) {
                problems.add(problem(keyNode, path, "keys must be plain names"));
                continue;
            }
            String key = keyScalar.getValue();
            String keyPath = path.isEmpty() ? key : path + "." + key;
            Integer firstLine =
                    firstLines.putIfAbsent(key, keyNode.getStartMark().getLine() + 1);
            if (firstLine != null) {
                problems.add(problem(
                        keyNode, keyPath, "duplicate key '" + key + "' (first written on line " + firstLine + ")"));
                continue;
            }
            entries.put(key, new ConfigNode.Entry(mark(keyNode), convert(tuple.getValueNode(), keyPath)));
        }
        for (ConfigNode.MapNode source : mergeSources) {
            source.entries().forEach(entries::putIfAbsent);
        }
        return new ConfigNode.MapNode(mark(mapping), entries);
    }

    private void collectMergeSources(Node value, String path, List<ConfigNode.MapNode> into) {
        List<Node> sources = value instanceof SequenceNode sequence ? sequence.getValue() : List.of(value);
        for (Node source : sources) {
            ConfigNode converted = convert(source, path);
            if (converted instanceof ConfigNode.MapNode map) {
                into.add(map);
            } else {
                problems.add(problem(source, path, "'<<' must merge a map or a list of maps"));
            }
        }
    }

    private static ScalarKind kindOf(ScalarNode scalar) {
        Tag tag = scalar.getTag();
        if (tag.equals(Tag.NULL)) return ScalarKind.NULL;
        if (tag.equals(Tag.BOOL)) return ScalarKind.BOOLEAN;
        if (tag.equals(Tag.INT)) return ScalarKind.INTEGER;
        if (tag.equals(Tag.FLOAT)) return ScalarKind.FLOAT;
        return ScalarKind.STRING;
    }

    private SourceMark mark(Node node) {
        return marks.apply(new SourceMark(
                file, node.getStartMark().getLine() + 1, node.getStartMark().getColumn() + 1));
    }

    private ConfigProblem problem(Node node, String keyPath, String message) {
        SourceMark at = mark(node);
        return new ConfigProblem(at.file(), at.line(), at.column(), keyPath, message);
    }
}
