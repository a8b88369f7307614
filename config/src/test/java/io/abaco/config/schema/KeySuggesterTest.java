package io.abaco.config.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class KeySuggesterTest {
    private static final List<String> INGESTION = List.of("source", "path", "strict", "deduplication", "cascade");

    @Test
    void swappedLettersCountAsOneEdit() {
        assertThat(KeySuggester.distance("strcit", "strict")).isEqualTo(1);
        assertThat(KeySuggester.suggest("strcit", INGESTION)).contains("strict");
    }

    @Test
    void suggestsTheNearestKeyOrNothingWhenNothingIsClose() {
        assertThat(KeySuggester.suggest("pth", INGESTION)).contains("path");
        assertThat(KeySuggester.suggest("deduplicate", INGESTION)).contains("deduplication");
        assertThat(KeySuggester.suggest("kafka_topic", INGESTION)).isEmpty();
    }
}
