package io.abaco.workspace;

import com.fasterxml.jackson.databind.JsonNode;
import io.abaco.config.model.AbacoConfig;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** Checks YAML keys against the config records: each key must be the snake_case name of a record component. */
final class ConfigKeys {
    /** Set by the loader from the environment file's name, never written in YAML. */
    private static final List<String> DERIVED = List.of("environment");

    private ConfigKeys() {}

    static List<String> unknownKeys(JsonNode tree) {
        List<String> unknown = new ArrayList<>();
        walk(tree, AbacoConfig.class, "", unknown, false);
        return unknown;
    }

    /** Record-typed components of the root and of each section that the file does not mention. */
    static List<String> missingSections(JsonNode tree) {
        List<String> missing = new ArrayList<>();
        walk(tree, AbacoConfig.class, "", missing, true);
        return missing;
    }

    private static void walk(JsonNode node, Type type, String path, List<String> problems, boolean reportMissing) {
        if (type instanceof ParameterizedType generic && generic.getRawType() == Map.class) {
            Type valueType = generic.getActualTypeArguments()[1];
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                walk(field.getValue(), valueType, path + field.getKey() + ".", problems, reportMissing);
            }
            return;
        }
        if (!(type instanceof Class<?> recordClass) || !recordClass.isRecord() || !node.isObject()) return;
        RecordComponent[] components = recordClass.getRecordComponents();
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String key = names.next();
            RecordComponent component = find(components, key);
            if (component == null) {
                if (!reportMissing) problems.add(path + key);
                continue;
            }
            walk(node.get(key), component.getGenericType(), path + key + ".", problems, reportMissing);
        }
        if (!reportMissing) return;
        for (RecordComponent component : components) {
            String key = snakeCase(component.getName());
            if (component.getType().isRecord() && !node.has(key) && !DERIVED.contains(key)) problems.add(path + key);
        }
    }

    private static RecordComponent find(RecordComponent[] components, String key) {
        for (RecordComponent component : components) {
            if (snakeCase(component.getName()).equals(key) && !DERIVED.contains(key)) return component;
        }
        return null;
    }

    static String snakeCase(String camelCase) {
        StringBuilder out = new StringBuilder();
        for (char character : camelCase.toCharArray()) {
            if (Character.isUpperCase(character)) out.append('_').append(Character.toLowerCase(character));
            else out.append(character);
        }
        return out.toString();
    }
}
