package io.abaco.config.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.abaco.config.yaml.ConfigNode;
import io.abaco.config.yaml.ConfigNode.ScalarKind;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Converts a scalar to the JSON type of its default: a whole number, any number, true/false or a string. Values
 * are judged by their text, so {@code port: "${PORT}"} resolving to {@code 8080} is a number. Only {@code true} and
 * {@code false} are booleans ({@code yes}/{@code on} are rejected: too easy to mistype).
 */
final class ScalarTypes {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final Pattern WHOLE = Pattern.compile("[-+]?[0-9]+");
    private static final Pattern DECIMAL = Pattern.compile("[-+]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][-+]?[0-9]+)?");

    private ScalarTypes() {}

    /** The typed value, or what {@code reject} returns after being told what is wrong. */
    static JsonNode convert(ConfigNode value, ConfigNode.ScalarNode schema, Function<String, JsonNode> reject) {
        ScalarKind type = schema.kind() == ScalarKind.NULL ? ScalarKind.STRING : schema.kind();
        if (value instanceof ConfigNode.ScalarNode scalar && scalar.inactive()) {
            // not configured (placeholder in a disabled section): the default stands in for typed settings
            return type == ScalarKind.STRING ? JSON.nullNode() : convert(schema, schema, reject);
        }
        String what = describe(type);
        if (!(value instanceof ConfigNode.ScalarNode scalar))
            return reject.apply(SchemaValidator.expected(what, value));
        if (scalar.isNull()) {
            return type == ScalarKind.STRING ? JSON.nullNode() : reject.apply(SchemaValidator.expected(what, value));
        }
        String text = scalar.text().strip();
        return switch (type) {
            case BOOLEAN -> text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")
                    ? JSON.booleanNode(Boolean.parseBoolean(text))
                    : reject.apply(SchemaValidator.expected(what, value));
            case INTEGER -> whole(text, scalar, reject);
            case FLOAT -> DECIMAL.matcher(text).matches()
                    ? JSON.numberNode(Double.parseDouble(text))
                    : reject.apply(SchemaValidator.expected(what, value));
            default -> JSON.textNode(scalar.text());
        };
    }

    private static JsonNode whole(String text, ConfigNode.ScalarNode scalar, Function<String, JsonNode> reject) {
        if (WHOLE.matcher(text).matches()) {
            try {
                return JSON.numberNode(Integer.parseInt(text.startsWith("+") ? text.substring(1) : text));
            } catch (NumberFormatException e) {
                return reject.apply("number too large: " + scalar.describe());
            }
        }
        String what = DECIMAL.matcher(text).matches() ? "a whole number" : "a number";
        return reject.apply(SchemaValidator.expected(what, scalar));
    }

    private static String describe(ScalarKind type) {
        return switch (type) {
            case BOOLEAN -> "true or false";
            case INTEGER, FLOAT -> "a number";
            default -> "a string";
        };
    }
}
