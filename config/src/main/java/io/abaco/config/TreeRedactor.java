package io.abaco.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Set;

/**
 * Finds the secret values of a configuration tree: everything under a key that {@link Secrets#isSecretKey names a
 * secret}, and the password of any URL. Thread-safe (stateless).
 */
final class TreeRedactor {
    /** Keys that contain a secret word but name something public (the cookie's name, not its value). */
    private static final Set<String> NOT_SECRET = Set.of("cookie_name");

    private TreeRedactor() {}

    /** A copy of {@code tree} with every secret replaced by {@link Secrets#MASK}. Null stays null. */
    static JsonNode redact(JsonNode tree) {
        return copy(tree, false);
    }

    /** Registers every secret value with {@link Secrets#register} so that all later output is scrubbed. */
    static void registerSecrets(JsonNode tree) {
        register(tree, false);
    }

    private static JsonNode copy(JsonNode node, boolean secret) {
        if (node.isObject()) {
            ObjectNode out = JsonNodeFactory.instance.objectNode();
            for (Map.Entry<String, JsonNode> field : iterable(node)) {
                out.set(field.getKey(), copy(field.getValue(), secret || isSecret(field.getKey())));
            }
            return out;
        }
        if (node.isArray()) {
            ArrayNode out = JsonNodeFactory.instance.arrayNode();
            node.forEach(item -> out.add(copy(item, secret)));
            return out;
        }
        if (node.isNull() || (node.isTextual() && node.asText().isEmpty())) return node;
        if (secret) return JsonNodeFactory.instance.textNode(Secrets.MASK);
        return node.isTextual() ? JsonNodeFactory.instance.textNode(Secrets.redact(node.asText())) : node;
    }

    private static void register(JsonNode node, boolean secret) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : iterable(node)) {
                register(field.getValue(), secret || isSecret(field.getKey()));
            }
        } else if (node.isArray()) {
            node.forEach(item -> register(item, secret));
        } else if (node.isTextual()) {
            String text = node.asText();
            if (secret) Secrets.register(text);
            UrlPasswords.of(text).forEach(Secrets::register);
        }
    }

    private static boolean isSecret(String key) {
        return Secrets.isSecretKey(key) && !NOT_SECRET.contains(key);
    }

    private static Iterable<Map.Entry<String, JsonNode>> iterable(JsonNode node) {
        return node::fields;
    }
}
