package io.abaco.cutover.presentation;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Tolerant access to JSON trees written by other components: a key may be missing, null, or of an unexpected type,
 * and the answer is then null (or empty), never an exception. Alternative key names are tried in order, because the
 * producers are still settling their vocabulary ({@code status} / {@code verdict}, {@code name} / {@code step}).
 */
final class Nodes {
    private Nodes() {}

    /** The first present, non-null value among {@code keys}, or null. */
    static JsonNode first(JsonNode node, String... keys) {
        if (node == null || !node.isObject()) return null;
        for (String key : keys) {
            JsonNode value = node.get(key);
            if (value != null && !value.isNull() && !value.isMissingNode()) return value;
        }
        return null;
    }

    /** The value as text: strings as they are, scalars in their JSON form, structures as compact JSON. */
    static String text(JsonNode node, String... keys) {
        return asText(first(node, keys));
    }

    static String asText(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) return null;
        return value.isValueNode() ? value.asText() : value.toString();
    }

    /** The value as upper-case status text ({@code pass} → {@code PASS}), or null. */
    static String status(JsonNode node, String... keys) {
        String text = text(node, keys);
        return text == null ? null : text.trim().toUpperCase(java.util.Locale.ROOT);
    }

    /** A number, also when written as a numeric string; null otherwise. */
    static Double number(JsonNode node, String... keys) {
        return asNumber(first(node, keys));
    }

    static Double asNumber(JsonNode value) {
        if (value == null) return null;
        if (value.isNumber()) return value.doubleValue();
        if (value.isTextual()) {
            try {
                return Double.valueOf(value.asText().trim());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    static Long whole(JsonNode node, String... keys) {
        Double value = number(node, keys);
        return value == null || value.isNaN() || value.isInfinite() ? null : Math.round(value);
    }

    /** An instant from ISO-8601 text (with Z or an offset) or epoch milliseconds/seconds; null when unreadable. */
    static Instant instant(JsonNode node, String... keys) {
        JsonNode value = first(node, keys);
        if (value == null) return null;
        if (value.isNumber()) {
            double epoch = value.doubleValue();
            // Seconds and milliseconds since 1970 are told apart by magnitude (ms passes 1e11 in 1973).
            return epoch > 1e11 ? Instant.ofEpochMilli((long) epoch) : Instant.ofEpochMilli(Math.round(epoch * 1000));
        }
        String text = value.asText().trim();
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException notUtc) {
            try {
                return OffsetDateTime.parse(text).toInstant();
            } catch (DateTimeParseException unreadable) {
                return null;
            }
        }
    }

    /** The elements of an array value, or an empty list when the key is missing or not an array. */
    static List<JsonNode> elements(JsonNode node, String... keys) {
        JsonNode value = first(node, keys);
        List<JsonNode> out = new ArrayList<>();
        if (value != null && value.isArray()) value.forEach(out::add);
        return out;
    }
}
