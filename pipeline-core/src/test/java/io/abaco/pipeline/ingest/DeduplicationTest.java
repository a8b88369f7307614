package io.abaco.pipeline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.abaco.pipeline.ingest.TapeFixture.Collected;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeduplicationTest {
    private static final String TAPE =
            """
            loan_id,measurement_date,total_receivable_usd,total_eligible_usd,discounted_balance_usd,branch
            L1,2024-01-31,100,90,80,north
            L1,2024-01-31,999,90,80,south
            L1,2024-02-29,100,90,80,north
            " L1 ",2024-01-31,5,5,5,north
            L2,2024-01-31,x,90,80,north
            L2,2024-01-31,100,90,80,north
            L3,2024-01-31,100,90,80,NORTH
            """;

    @TempDir
    Path root;

    @Test
    void keepsTheFirstRowOfEachKeyAndCountsTheRest() {
        TapeFixture fixture = new TapeFixture(root);
        Path tape = fixture.write("t.csv", TAPE);

        Collected collected = fixture.ingest(tape, TapeFixture.config(false, "loan_id", "measurement_date"));

        assertThat(collected.rows)
                .extracting(row -> row.loanId() + "@" + row.date() + "=" + row.amounts()[0])
                .containsExactly(
                        "L1@2024-01-31=100.0", "L1@2024-02-29=100.0", "L2@2024-01-31=100.0", "L3@2024-01-31=100.0");
        assertThat(collected.result.duplicates()).isEqualTo(2);
        assertThat(collected.result.rejected())
                .as("a bad row does not claim its key")
                .isEqualTo(1);
        assertThat(collected.result.accepted()).isEqualTo(4);
    }

    @Test
    void anyColumnCanBeAKeyIncludingExtras() {
        TapeFixture fixture = new TapeFixture(root);
        Path tape = fixture.write("t.csv", TAPE);

        Collected collected = fixture.ingest(tape, TapeFixture.config(false, " Branch "));

        assertThat(collected.rows).extracting(row -> row.extras()[0]).containsExactly("north", "south", "NORTH");
        assertThat(collected.result.duplicates()).isEqualTo(3);
    }

    @Test
    void disabledDeduplicationKeepsEveryRow() {
        TapeFixture fixture = new TapeFixture(root);
        Path tape = fixture.write("t.csv", TAPE);

        Collected collected = fixture.ingest(tape, TapeFixture.config(false));

        assertThat(collected.result.accepted()).isEqualTo(6);
        assertThat(collected.result.duplicates()).isZero();
    }

    @Test
    void tapeWithoutLoanIdsHasNoDuplicatesOnLoanId() {
        TapeFixture fixture = new TapeFixture(root);
        Path tape = fixture.write(
                "agg.csv",
                """
                measurement_date,total_receivable_usd,total_eligible_usd,discounted_balance_usd
                2024-01-31,1,1,1
                2024-01-31,1,1,1
                """);

        Collected collected = fixture.ingest(tape, TapeFixture.config(true, "loan_id", "measurement_date"));

        assertThat(collected.rows).extracting(TapeRow::loanId).containsExactly("agg_1", "agg_2");
        assertThat(collected.result.duplicates()).isZero();
    }
}
