package io.abaco.pipeline.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.abaco.error.InputDataException;
import io.abaco.pipeline.ingest.TapeFixture.Collected;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LenientModeTest {
    private static final String TAPE =
            """
            loan_id,measurement_date,total_receivable_usd,total_eligible_usd,discounted_balance_usd,note
            L1,2024-01-31,100,90,80,ok
            L2,2024-01-31,"1,000",90,80,"thousands, quoted"
            L3,2024-01-31,100,90,80
            L4,2024-13-01,100,90,80,bad month
            L5,2024-01-31,100,90,80,ok again
            """;

    @TempDir
    Path root;

    @Test
    void strictModeFailsOnTheFirstBadRowAndWritesNothing() {
        TapeFixture fixture = new TapeFixture(root);
        Path tape = fixture.write("t.csv", TAPE);
        TapeFixture.Collected collected = new TapeFixture.Collected();

        assertThatThrownBy(() -> Ingestion.ingest(fixture.request(tape, TapeFixture.config(true)), collected))
                .isInstanceOf(InputDataException.class)
                .hasMessage("data/raw/t.csv:3:3: total_receivable_usd: not a number: \"1,000\"");
        assertThat(collected.rows).extracting(TapeRow::loanId).containsExactly("L1");
        assertThat(fixture.stagingFiles()).isEmpty();
    }

    @Test
    void lenientModeWritesEachBadRowToRejectsAndGoesOn() throws Exception {
        TapeFixture fixture = new TapeFixture(root);
        Path tape = fixture.write("t.csv", TAPE);

        Collected collected = fixture.ingest(tape, TapeFixture.config(false));

        assertThat(collected.rows).extracting(TapeRow::loanId).containsExactly("L1", "L5");
        IngestionResult result = collected.result;
        assertThat(result.rowsRead()).isEqualTo(5);
        assertThat(result.accepted()).isEqualTo(2);
        assertThat(result.rejected()).isEqualTo(3);
        assertThat(result.rejectsFile()).isEqualTo(fixture.staging.resolve("rejects.csv"));
        assertThat(Files.readString(result.rejectsFile()))
                .isEqualTo(
                        """
                line,column,field,reason,raw
                3,3,total_receivable_usd,"not a number: ""1,000\"\"\","L2,2024-01-31,""1,000"",90,80,""thousands, quoted\"\"\"
                4,6,note,"row has 5 fields, the header has 6","L3,2024-01-31,100,90,80"
                5,2,measurement_date,"not a valid calendar date: ""2024-13-01\"\"\",\"L4,2024-13-01,100,90,80,bad month"
                """);
        assertThat(fixture.stagingFiles()).containsExactly("input.csv", "rejects.csv");
    }

    @Test
    void lenientModeWithoutBadRowsWritesNoRejectsFile() {
        TapeFixture fixture = new TapeFixture(root);
        Path tape = fixture.write("t.csv", TapeFixture.HEADER + "\nL1,2024-01-31,1,1,1,0\n");

        Collected collected = fixture.ingest(tape, TapeFixture.config(false));

        assertThat(collected.result.rejectsFile()).isNull();
        assertThat(fixture.stagingFiles()).containsExactly("input.csv");
    }

    @Test
    void aConsumerFailureLeavesNeitherRejectsNorArchive() {
        TapeFixture fixture = new TapeFixture(root);
        Path tape = fixture.write("t.csv", TAPE);
        TapeConsumer failing = new TapeConsumer() {
            @Override
            public void begin(TapeHeader header) {}

            @Override
            public void accept(TapeRow row) {
                if (row.loanId().equals("L5")) throw new IllegalStateException("disk full");
            }
        };

        assertThatThrownBy(() -> Ingestion.ingest(fixture.request(tape, TapeFixture.config(false)), failing))
                .hasMessage("disk full");
        assertThat(fixture.stagingFiles()).isEmpty();
    }
}
