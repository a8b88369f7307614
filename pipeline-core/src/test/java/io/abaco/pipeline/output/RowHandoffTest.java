package io.abaco.pipeline.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.abaco.pipeline.ingest.TapeConsumer;
import io.abaco.pipeline.ingest.TapeHeader;
import io.abaco.pipeline.ingest.TapeRow;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RowHandoffTest {
    @Test
    void deliversEveryRowInOrderOnAnotherThread() {
        List<Long> seen = new ArrayList<>();
        List<String> threads = new ArrayList<>();
        RowHandoff handoff = new RowHandoff(
                new TapeConsumer() {
                    @Override
                    public void begin(TapeHeader header) {}

                    @Override
                    public void accept(TapeRow row) {
                        seen.add(row.line());
                        if (threads.isEmpty())
                            threads.add(Thread.currentThread().getName());
                    }
                },
                "abaco-pipeline-rows");
        for (long line = 1; line <= 5000; line++) handoff.accept(row(line));
        handoff.finish();

        assertThat(seen).hasSize(5000).isSorted().startsWith(1L).endsWith(5000L);
        assertThat(threads).containsExactly("abaco-pipeline-rows");
    }

    @Test
    void aFailureOnTheWorkerReachesTheProducer() {
        RowHandoff handoff = new RowHandoff(
                new TapeConsumer() {
                    @Override
                    public void begin(TapeHeader header) {}

                    @Override
                    public void accept(TapeRow row) {
                        if (row.line() == 1500) throw new IllegalStateException("disk full at row 1500");
                    }
                },
                "test-rows");
        assertThatThrownBy(() -> {
                    for (long line = 1; line <= 100_000; line++) handoff.accept(row(line));
                    handoff.finish();
                })
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("disk full at row 1500");
    }

    private static TapeRow row(long line) {
        return new TapeRow(
                line, "L" + line, null, "2026-01-01", LocalDate.of(2026, 1, 1), new double[9], new String[0]);
    }
}
