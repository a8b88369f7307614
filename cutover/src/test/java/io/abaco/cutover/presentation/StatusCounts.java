package io.abaco.cutover.presentation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/** Counts, independently of the reader, how often a status value is written in JSON files (keys status/verdict). */
final class StatusCounts {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private StatusCounts() {}

    static long count(List<Path> files, String status) {
        long total = 0;
        for (Path file : files) {
            try {
                total += count(MAPPER.readTree(file.toFile()), status);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return total;
    }

    private static long count(JsonNode node, String status) {
        long total = 0;
        if (node.isObject()) {
            var fields = node.fields();
            while (fields.hasNext()) {
                var field = fields.next();
                boolean statusKey =
                        field.getKey().equals("status") || field.getKey().equals("verdict");
                if (statusKey && status.equals(field.getValue().asText())) total++;
                total += count(field.getValue(), status);
            }
        } else if (node.isArray()) {
            for (JsonNode element : node) total += count(element, status);
        }
        return total;
    }

    static long occurrences(String text, String needle) {
        long count = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length())) count++;
        return count;
    }
}
