package io.abaco.validation;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.abaco.error.InputDataException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads KPI values from a JSON file written by V1, V2 or a baseline export. Accepted shapes, so that V1's legacy
 * output and our own reports both read: a flat object {@code {"par_30": 4.2, ...}}; the same under a {@code kpis}
 * key; values either numbers or objects with a numeric {@code value}; or {@code kpis} as an array of
 * {@code {name, value}} objects. Non-numeric entries are ignored (V1 writes timestamps next to its KPIs).
 */
public final class KpiValuesFile {
    private KpiValuesFile() {}

    /**
     * @return KPI name → value, sorted by name
     * @throws InputDataException when the file is missing or is not JSON (naming file:line:column)
     */
    public static Map<String, Double> read(Path file) {
        JsonNode root;
        try {
            root = ValidationJson.mapper().readTree(Files.readString(file));
        } catch (NoSuchFileException e) {
            throw new InputDataException(file + ": KPI file not found");
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : ":" + at.getLineNr() + ":" + at.getColumnNr();
            throw new InputDataException(file + where + ": not valid JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new InputDataException(file + ": cannot read: " + e.getMessage(), e);
        }
        if (root == null || !root.isContainerNode()) {
            throw new InputDataException(file + ":1:1: expected a JSON object of KPI values");
        }
        return fromNode(root.has("kpis") ? root.get("kpis") : root);
    }

    static Map<String, Double> fromNode(JsonNode node) {
        Map<String, Double> values = new TreeMap<>();
        if (node.isArray()) {
            for (JsonNode item : node) {
                JsonNode value = item.get("value");
                if (item.hasNonNull("name") && value != null && value.isNumber()) {
                    values.put(item.get("name").asText(), value.asDouble());
                }
            }
            return values;
        }
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode value = field.getValue();
            if (value.isObject() && value.has("value")) value = value.get("value");
            if (value.isNumber()) values.put(field.getKey(), value.asDouble());
        }
        return values;
    }
}
