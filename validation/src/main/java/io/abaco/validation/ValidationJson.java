package io.abaco.validation;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.abaco.config.Secrets;
import java.io.UncheckedIOException;

/**
 * The one JSON dialect of the validation module's files: snake_case keys, ISO-8601 instants, indented, unknown keys
 * tolerated on read (older and newer reports stay readable). Thread-safe.
 */
public final class ValidationJson {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private ValidationJson() {}

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** Serializes {@code value} and removes every registered secret from the text (DESIGN §12.5). */
    public static String write(Object value) {
        try {
            return Secrets.redact(MAPPER.writeValueAsString(value)) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(
                    "cannot serialize " + value.getClass().getSimpleName(), e);
        }
    }
}
