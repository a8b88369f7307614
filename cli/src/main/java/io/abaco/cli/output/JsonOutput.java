package io.abaco.cli.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.abaco.config.Secrets;
import java.io.PrintWriter;
import java.io.UncheckedIOException;

/**
 * Machine output for {@code --json}: the record a module returned, with snake_case keys (as in the reports), ISO-8601
 * times, and secrets redacted. Thread-safe.
 */
public final class JsonOutput {
    private static final ObjectMapper JSON = configure(new ObjectMapper());
    private static final ObjectMapper YAML = configure(new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)));

    private JsonOutput() {}

    public static void print(PrintWriter out, Object result) {
        out.println(Secrets.redact(toJson(result)));
        out.flush();
    }

    public static String toJson(Object result) {
        try {
            return JSON.writeValueAsString(result);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot render " + result.getClass().getSimpleName() + " as JSON", e);
        }
    }

    public static String toYaml(Object result) {
        try {
            return YAML.writeValueAsString(result);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot render " + result.getClass().getSimpleName() + " as YAML", e);
        }
    }

    private static ObjectMapper configure(ObjectMapper mapper) {
        return mapper.registerModule(new JavaTimeModule())
                .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(SerializationFeature.INDENT_OUTPUT);
    }
}
