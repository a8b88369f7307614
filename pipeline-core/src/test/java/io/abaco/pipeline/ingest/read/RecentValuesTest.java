package io.abaco.pipeline.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RecentValuesTest {
    private final RecentValues recent = new RecentValues();

    @Test
    void aValueMetAgainIsTheSameStringEvenAfterOthersInBetween() {
        String first = text("2025-01-31");
        text("2025-02-28");
        text("2025-03-31");
        assertThat(text("2025-01-31")).isSameAs(first).isEqualTo("2025-01-31");
    }

    @Test
    void valuesSharingTheirLastBytesStayApart() {
        // same last eight bytes, so the same slot: each must still come back as itself
        for (int round = 0; round < 3; round++) {
            assertThat(text("Alpha Supplies S.A.")).isEqualTo("Alpha Supplies S.A.");
            assertThat(text("Omega Supplies S.A.")).isEqualTo("Omega Supplies S.A.");
            assertThat(text("s S.A.")).isEqualTo("s S.A.");
        }
    }

    @Test
    void longValuesAreReadButNotRemembered() {
        String value = "x".repeat(RecentValues.MAX_BYTES + 1);
        String first = text(value);
        assertThat(text(value)).isEqualTo(value).isNotSameAs(first);
    }

    @Test
    void onlyTheGivenRangeOfTheBufferIsRead() {
        byte[] buffer = "..L1,L2..".getBytes(StandardCharsets.US_ASCII);
        assertThat(recent.text(buffer, 2, 4)).isEqualTo("L1");
        assertThat(recent.text(buffer, 5, 7)).isEqualTo("L2");
        assertThat(recent.text(buffer, 4, 4)).isEmpty();
    }

    private String text(String value) {
        byte[] buffer = (">" + value + "<").getBytes(StandardCharsets.US_ASCII);
        return recent.text(buffer, 1, buffer.length - 1);
    }
}
