package io.abaco.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The validation cycle repeated in one JVM: heap, file descriptors and threads stay flat. */
class SoakTest {
    static final int SHORT_CYCLES = 50;
    static final int SHORT_WARMUP = 10;
    static final int FULL_CYCLES = 1000;
    static final int FULL_WARMUP = 100;

    @TempDir
    Path root;

    @Test
    void fiftyCycles() throws IOException {
        SoakCycles.Sample[] samples = SoakCycles.soak(root, SHORT_WARMUP, SHORT_CYCLES);
        System.out.println("soak " + SHORT_CYCLES + ": " + samples[0] + " -> " + samples[1]);
        assertThat(samples[1].cycle()).isEqualTo(SHORT_CYCLES);
    }

    @Test
    @Tag("full")
    void thousandCycles() throws IOException {
        SoakCycles.Sample[] samples = SoakCycles.soak(root, FULL_WARMUP, FULL_CYCLES);
        System.out.println("soak " + FULL_CYCLES + ": " + samples[0] + " -> " + samples[1]);
        assertThat(samples[1].cycle()).isEqualTo(FULL_CYCLES);
    }
}
