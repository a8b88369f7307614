package io.abaco.config.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.abaco.config.yaml.ConfigNode;
import io.abaco.config.yaml.ConfigNode.ScalarKind;
import io.abaco.config.yaml.SourceMark;
import io.abaco.error.ConfigProblem;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a merged, resolved tree against {@link ConfigSchema}: unknown keys (with a "did you mean") and value types,
 * converting it to typed JSON on the way. Every problem is collected; nothing stops at the first.
 */
public final class SchemaValidator {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final List<ConfigProblem> problems = new ArrayList<>();
    private final Map<String, SourceMark> marks = new HashMap<>();
    private final Set<String> rejected = new HashSet<>();

    private SchemaValidator() {}

    /**
     * @param alreadyReported key paths whose problems were reported by an earlier stage (an unresolved placeholder):
     *     later rules skip them
     */
    public static ValidatedTree validate(ConfigNode.MapNode tree, Set<String> alreadyReported) {
        SchemaValidator validator = new SchemaValidator();
        validator.rejected.addAll(alreadyReported);
        JsonNode json = validator.check(tree, ConfigSchema.defaults(), "");
        ObjectNode root = json instanceof ObjectNode object ? object : JSON.objectNode();
        return new ValidatedTree(root, validator.marks, validator.rejected, validator.problems);
    }

    private JsonNode check(ConfigNode value, ConfigNode schema, String path) {
        marks.put(path, value.mark());
        if (schema instanceof ConfigNode.MapNode schemaMap) return checkMap(value, schemaMap, path);
        if (schema instanceof ConfigNode.ListNode schemaList) return checkList(value, schemaList, path);
        return ScalarTypes.convert(
                value, (ConfigNode.ScalarNode) schema, message -> reject(path, value.mark(), message));
    }

    private JsonNode checkMap(ConfigNode value, ConfigNode.MapNode schema, String path) {
        if (!(value instanceof ConfigNode.MapNode map)) return reject(path, value.mark(), expected("a map", value));
        ObjectNode out = JSON.objectNode();
        var freeForm = ConfigSchema.freeForm(path);
        Collection<String> known = freeForm.isPresent()
                ? freeForm.get().allowedKeys()
                : schema.entries().keySet();
        map.entries().forEach((key, entry) -> {
            String keyPath = path.isEmpty() ? key : path + "." + key;
            if (!known.contains(key)) {
                unknownKey(key, keyPath, entry.keyMark(), known);
                return;
            }
            ConfigNode childSchema = freeForm.isPresent() ? freeForm.get().value() : schema.get(key);
            out.set(key, check(entry.value(), childSchema, keyPath));
        });
        return out;
    }

    private JsonNode checkList(ConfigNode value, ConfigNode.ListNode schema, String path) {
        if (value instanceof ConfigNode.ScalarNode scalar
                && !scalar.isNull()
                && ConfigSchema.acceptsStringForList(path)) {
            return JSON.textNode(scalar.text());
        }
        if (!(value instanceof ConfigNode.ListNode list)) return reject(path, value.mark(), expected("a list", value));
        ConfigNode itemSchema = schema.items().isEmpty()
                ? ConfigNode.ScalarNode.of(SourceMark.builtIn(), "", ScalarKind.STRING)
                : schema.items().get(0);
        ArrayNode out = JSON.arrayNode();
        for (ConfigNode item : list.items()) {
            out.add(check(item, itemSchema, path + "[" + out.size() + "]"));
        }
        return out;
    }

    private void unknownKey(String key, String keyPath, SourceMark at, Collection<String> known) {
        String hint = KeySuggester.suggest(key, known)
                .map(suggestion -> " (did you mean '" + suggestion + "'?)")
                .orElseGet(() -> " (known keys: " + String.join(", ", known) + ")");
        problems.add(ValidatedTree.problem(at, keyPath, "unknown key '" + key + "'" + hint));
        rejected.add(keyPath);
    }

    private JsonNode reject(String path, SourceMark at, String message) {
        problems.add(ValidatedTree.problem(at, path, message));
        rejected.add(path);
        return JSON.nullNode();
    }

    static String expected(String what, ConfigNode value) {
        return "expected " + what + ", got " + value.describe();
    }
}
