package io.abaco.pipeline.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.abaco.config.model.DeduplicationConfig;
import io.abaco.config.model.IngestionConfig;
import io.abaco.error.ConfigException;
import io.abaco.error.InputDataException;
import io.abaco.fs.Hashing;
import io.abaco.pipeline.ingest.TapeFixture.Collected;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvIngestionTest {
    @TempDir
    Path root;

    @Test
    void readsRowsWithRequiredOptionalAndExtraColumns() throws Exception {
        TapeFixture fixture = new TapeFixture(root);
        Path tape = fixture.write(
                "tape.csv",
                """
                Loan_ID , Measurement_Date,total_receivable_usd,total_eligible_usd,discounted_balance_usd,\
                dpd_90_plus_usd,Borrower_Name,period
                L1,2024-01-31,1000.50,900,850,25,Ada,2024-01
                L2,2024-01-31T10:15:00+02:00,2000,1800,1700,,,2024-01
                """);

        Collected collected = fixture.ingest(tape);

        assertThat(collected.header)
                .isEqualTo(new TapeHeader("data/raw/tape.csv", "csv", true, List.of("borrower_name")));
        assertThat(collected.rows).hasSize(2);
        TapeRow first = collected.rows.get(0);
        assertThat(first.line()).isEqualTo(2);
        assertThat(first.loanId()).isEqualTo("L1");
        assertThat(first.period()).isEqualTo("2024-01");
        assertThat(first.date()).isEqualTo(LocalDate.of(2024, 1, 31));
        assertThat(first.amounts())
                // absent optional columns are 0 (DESIGN §5); present but empty ones are NaN for null_handling
                .containsExactly(1000.5, 900, 850, 0, 0, 0, 0, 0, 25);
        assertThat(first.extras()).containsExactly("Ada");
        TapeRow second = collected.rows.get(1);
        assertThat(second.measurementDate()).isEqualTo("2024-01-31T10:15:00+02:00");
        assertThat(second.date()).isEqualTo(LocalDate.of(2024, 1, 31));
        assertThat(second.amounts()[TapeColumns.DPD_90_PLUS]).isNaN();
        assertThat(second.extras()).containsExactly((String) null);

        IngestionResult result = collected.result;
        assertThat(result.rowsRead()).isEqualTo(2);
        assertThat(result.accepted()).isEqualTo(2);
        assertThat(result.rejected()).isZero();
        assertThat(result.duplicates()).isZero();
        assertThat(result.rejectsFile()).isNull();
        assertThat(result.inputSha256()).isEqualTo(Hashing.sha256Hex(tape));
        assertThat(result.archivedInput()).isEqualTo(fixture.staging.resolve("input.csv"));
        assertThat(Files.readAllBytes(result.archivedInput())).isEqualTo(Files.readAllBytes(tape));
        assertThat(fixture.stagingFiles()).containsExactly("input.csv");
    }

    @Test
    void withoutLoanIdColumnRowsAreNamedAfterTheirRowNumber() {
        TapeFixture fixture = new TapeFixture(root);
        Path tape = fixture.write(
                "agg.csv",
                """
                measurement_date,total_receivable_usd,total_eligible_usd,discounted_balance_usd
                2024-01-31,1,1,1
                2024-02-29,2,2,2
                """);

        Collected collected = fixture.ingest(tape);

        assertThat(collected.header.hasLoanId()).isFalse();
        assertThat(collected.rows).extracting(TapeRow::loanId).containsExactly("agg_1", "agg_2");
    }

    @Test
    void byteOrderMarkIsDroppedAndTheDigestCoversIt() throws Exception {
        TapeFixture fixture = new TapeFixture(root);
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = (TapeFixture.HEADER + "\nL1,2024-01-31,1,1,1,0\n").getBytes(StandardCharsets.UTF_8);
        byte[] content = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, content, 0, bom.length);
        System.arraycopy(text, 0, content, bom.length, text.length);
        Path tape = fixture.writeBytes("bom.csv", content);

        Collected collected = fixture.ingest(tape);

        assertThat(collected.header.hasLoanId()).isTrue();
        assertThat(collected.header.extraColumns()).isEmpty();
        assertThat(collected.rows).extracting(TapeRow::loanId).containsExactly("L1");
        assertThat(collected.result.inputSha256()).isEqualTo(Hashing.sha256Hex(content));
    }

    @Test
    void quotedNewlinesKeepLineNumbersOfTheRecordStart() {
        TapeFixture fixture = new TapeFixture(root);
        Path tape = fixture.write(
                "notes.csv",
                """
                loan_id,measurement_date,total_receivable_usd,total_eligible_usd,discounted_balance_usd,note
                L1,2024-01-31,1,1,1,"two
                lines, and a comma"
                L2,2024-01-31,2,2,2,"three

                lines"
                L3,2024-01-31,-3,3,3,plain
                """);

        Collected collected = fixture.ingest(tape, TapeFixture.config(false));

        assertThat(collected.rows).extracting(TapeRow::line).containsExactly(2L, 4L);
        assertThat(collected.rows.get(0).extras()).containsExactly("two\nlines, and a comma");
        assertThat(collected.rows.get(1).extras()).containsExactly("three\n\nlines");
        assertThat(collected.result.rejected()).isEqualTo(1);
    }

    @Test
    void quotedNewlineBeforeABadRowReportsThePhysicalLine() {
        TapeFixture fixture = new TapeFixture(root);
        Path tape = fixture.write(
                "notes.csv",
                """
                loan_id,measurement_date,total_receivable_usd,total_eligible_usd,discounted_balance_usd,note
                L1,2024-01-31,1,1,1,"two
                lines"
                L3,2024-01-31,-3,3,3,plain
                """);

        assertThatThrownBy(() -> fixture.ingest(tape))
                .isInstanceOf(InputDataException.class)
                .hasMessage("data/raw/notes.csv:4:3: total_receivable_usd: negative amount: -3");
    }

    @Test
    void crlfLineEndingsAndBlankLinesAreAccepted() {
        TapeFixture fixture = new TapeFixture(root);
        Path tape = fixture.write(
                "crlf.csv", TapeFixture.HEADER + "\r\nL1,2024-01-31,1,1,1,0\r\n\r\nL2,2024-01-31,x,1,1,0\r\n");

        Collected collected = fixture.ingest(tape, TapeFixture.config(false));

        assertThat(collected.rows).extracting(TapeRow::loanId).containsExactly("L1");
        assertThat(collected.result.rejected()).isEqualTo(1);
        assertThat(collected.result.rejectsFile()).content().contains("\n4,3,total_receivable_usd,");
    }

    @Test
    void withoutAnExplicitInputTheConfiguredPathIsReadFromTheWorkspace() {
        TapeFixture fixture = new TapeFixture(root);
        fixture.write("loan_tape.csv", TapeFixture.HEADER + "\nL1,2024-01-31,1,1,1,0\n");
        IngestionConfig config = new IngestionConfig(
                "file", "data/raw/loan_tape.csv", true, new DeduplicationConfig(false, List.of()), null);
        Collected collected = new Collected();

        IngestionResult result = Ingestion.ingest(fixture.request(null, config), collected);

        assertThat(result.header().source()).isEqualTo("data/raw/loan_tape.csv");
        assertThat(collected.rows).extracting(TapeRow::loanId).containsExactly("L1");
    }

    @Test
    void withoutInputOrPathTheConfigurationIsBlamed() {
        TapeFixture fixture = new TapeFixture(root);
        IngestionConfig config = TapeFixture.config(true);

        assertThatThrownBy(() -> Ingestion.ingest(fixture.request(null, config), new Collected()))
                .isInstanceOf(ConfigException.class)
                .hasMessage("config/pipeline.yml: pipeline.ingestion.path: is required when source is file");
    }
}
