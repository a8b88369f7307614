package io.abaco.cutover.report;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The JSON dialect of every cutover file (reports, journal, manifests, lock): snake_case keys, ISO-8601 instants.
 * The mappers are configured once and thread-safe.
 */
public final class CutoverJson {
    private static final ObjectMapper COMPACT = configure(new ObjectMapper());
    private static final ObjectMapper PRETTY = configure(new ObjectMapper()).enable(SerializationFeature.INDENT_OUTPUT);

    private CutoverJson() {}

    /** One-line JSON, for JSON Lines files. */
    public static ObjectMapper compact() {
        return COMPACT;
    }

    /** Indented JSON, for files people read (reports, manifests). */
    public static ObjectMapper pretty() {
        return PRETTY;
    }

    private static ObjectMapper configure(ObjectMapper mapper) {
        return mapper.registerModule(new JavaTimeModule())
                .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }
}
