package io.abaco.validation.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.abaco.error.UsageException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class DurationTextTest {
    @Test
    void readsTheUnitsOperatorsWrite() {
        assertThat(DurationText.parse("--interval", "2s")).isEqualTo(Duration.ofSeconds(2));
        assertThat(DurationText.parse("--interval", "30m")).isEqualTo(Duration.ofMinutes(30));
        assertThat(DurationText.parse("--duration", "24h")).isEqualTo(Duration.ofHours(24));
        assertThat(DurationText.parse("--duration", "1h30m")).isEqualTo(Duration.ofMinutes(90));
        assertThat(DurationText.parse("--duration", "1d")).isEqualTo(Duration.ofDays(1));
        assertThat(DurationText.parse("--interval", "250ms")).isEqualTo(Duration.ofMillis(250));
    }

    @Test
    void refusesAnythingElseNamingTheOption() {
        for (String bad : new String[] {"", "30", "m", "1.5h", "-1h", "1 h", "1w"}) {
            assertThatThrownBy(() -> DurationText.parse("--interval", bad))
                    .isInstanceOf(UsageException.class)
                    .hasMessage("--interval: '" + bad + "' is not a duration (use e.g. 2s, 30m, 1h, 24h, 1h30m)");
        }
    }

    @Test
    void formatsWhatItReads() {
        for (String text : new String[] {"2s", "30m", "1h30m", "1d", "0s", "1h250ms"}) {
            assertThat(DurationText.format(DurationText.parse("--x", text))).isEqualTo(text);
        }
    }
}
