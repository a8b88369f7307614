package io.abaco.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Finds the secret values of a configuration tree: everything under a key that {@link Secrets#isSecretKey names a
 * secret}, and the password of any URL. Thread-safe (stateless).
 */
final class TreeRedactor {
    /** Keys that contain a secret word but name something public (the cookie's name, not its value). */
    private static final Set<String> NOT_SECRET = Set.of("cookie_name");

    private TreeRedactor() {}

    /**
     * A copy of {@code tree} with every secret replaced by {@link Secrets#MASK}, and every other string scrubbed of
     * registered secret values and URL passwords. Null stays null.
     */
    static JsonNode redact(JsonNode tree) {
        return copy(tree, false, Secrets::redact);
    }

    /**
     * Like {@link #redact} but independent of what else was registered in this process (only secret keys and URL
     * passwords are masked), so that the same configuration always hashes the same.
     */
    static JsonNode redactForHash(JsonNode tree) {
        return copy(tree, false, Secrets::maskUrlPassword);
    }

    /** Registers every secret value with {@link Secrets#register} so that all later output is scrubbed. */
    static void registerSecrets(JsonNode tree) {
        register(tree, false);
    }

    private static JsonNode copy(JsonNode node, boolean secret, UnaryOperator<String> scrub) {
        if (node.isObject()) {
            ObjectNode out = JsonNodeFactory.instance.objectNode();
            for (Map.Entry<String, JsonNode> field : iterable(node)) {
                out.set(field.getKey(), copy(field.getValue(), secret || isSecret(field.getKey()), scrub));
            }
            return out;
        }
        if (node.isArray()) {
            ArrayNode out = JsonNodeFactory.instance.arrayNode();
            node.forEach(item -> out.add(copy(item, secret, scrub)));
            return out;
        }
        if (node.isNull() || (node.isTextual() && node.asText().isEmpty())) return node;
        if (secret) return JsonNodeFactory.instance.textNode(Secrets.MASK);
        return node.isTextual() ? JsonNodeFactory.instance.textNode(scrub.apply(node.asText())) : node;
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
