package io.abaco.config.bind;

import com.fasterxml.jackson.databind.JsonNode;
import io.abaco.config.model.AbacoConfig;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the {@code io.abaco.config.model} records from a validated tree. Each record component {@code fooBar}
 * reads the key {@code foo_bar}. A list of strings may be written as one string, which becomes the command line
 * {@code ["bash", "-c", string]} (only the service commands allow that). Strings may be null (not configured).
 * The tree must have passed validation: a missing key here is a bug, not an operator mistake.
 */
public final class ConfigBinder {
    private ConfigBinder() {}

    public static AbacoConfig bind(JsonNode tree, String environmentName) {
        return bindRecord(tree, AbacoConfig.class, "", Map.of("environment", environmentName));
    }

    private static <T> T bindRecord(JsonNode node, Class<T> type, String path, Map<String, Object> given) {
        RecordComponent[] components = type.getRecordComponents();
        Object[] arguments = new Object[components.length];
        Class<?>[] parameterTypes = new Class<?>[components.length];
        for (int index = 0; index < components.length; index++) {
            RecordComponent component = components[index];
            parameterTypes[index] = component.getType();
            String key = snakeCase(component.getName());
            if (given.containsKey(component.getName())) {
                arguments[index] = given.get(component.getName());
                continue;
            }
            JsonNode value = node.get(key);
            if (value == null) throw new IllegalStateException("no value bound for " + join(path, key));
            arguments[index] = convert(value, component.getGenericType(), join(path, key));
        }
        try {
            Constructor<T> constructor = type.getDeclaredConstructor(parameterTypes);
            return constructor.newInstance(arguments);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("cannot build " + type.getSimpleName() + " at " + path, e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build " + type.getSimpleName() + " at " + path, e);
        }
    }

    private static Object convert(JsonNode value, Type type, String path) {
        if (type == int.class) return value.asInt();
        if (type == double.class || type == Double.class) return value.asDouble();
        if (type == boolean.class) return value.asBoolean();
        if (type == String.class) return value.isNull() ? null : value.asText();
        if (type instanceof ParameterizedType generic && generic.getRawType() == List.class) {
            return stringList(value);
        }
        if (type instanceof ParameterizedType generic && generic.getRawType() == Map.class) {
            Type valueType = generic.getActualTypeArguments()[1];
            Map<String, Object> map = new LinkedHashMap<>();
            value.fields()
                    .forEachRemaining(field ->
                            map.put(field.getKey(), convert(field.getValue(), valueType, join(path, field.getKey()))));
            return map;
        }
        if (type instanceof Class<?> recordType && recordType.isRecord()) {
            return bindRecord(value, recordType, path, Map.of());
        }
        throw new IllegalStateException("no binding for " + type + " at " + path);
    }

    private static List<String> stringList(JsonNode value) {
        if (value.isTextual()) {
            return value.asText().isBlank() ? List.of() : List.of("bash", "-c", value.asText());
        }
        List<String> items = new ArrayList<>();
        value.forEach(item -> items.add(item.asText()));
        return items;
    }

    static String snakeCase(String camelCase) {
        StringBuilder out = new StringBuilder();
        for (char character : camelCase.toCharArray()) {
            if (Character.isUpperCase(character)) {
                out.append('_').append(Character.toLowerCase(character));
            } else {
                out.append(character);
            }
        }
        return out.toString();
    }

    private static String join(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }
}
