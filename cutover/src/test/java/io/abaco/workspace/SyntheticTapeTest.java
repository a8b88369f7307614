package io.abaco.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.abaco.fs.Hashing;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticTapeTest {
    @TempDir
    Path directory;

    @Test
    void theSameSeedGivesTheSameBytesAndAnotherSeedOtherBytes() {
        SyntheticTape.Summary first = SyntheticTape.write(directory.resolve("a.csv"), 3_000, 7);
        SyntheticTape.Summary again = SyntheticTape.write(directory.resolve("b.csv"), 3_000, 7);
        SyntheticTape.Summary other = SyntheticTape.write(directory.resolve("c.csv"), 3_000, 8);

        assertThat(again.sha256()).isEqualTo(first.sha256());
        assertThat(other.sha256()).isNotEqualTo(first.sha256());
        assertThat(Hashing.sha256Hex(directory.resolve("a.csv"))).isEqualTo(first.sha256());
    }

    @Test
    void writesTheHeaderAndTheRequestedRowCount() throws IOException {
        SyntheticTape.write(directory.resolve("tape.csv"), 1_234, 1);

        List<String> lines = Files.readAllLines(directory.resolve("tape.csv"));
        assertThat(lines).hasSize(1_235);
        assertThat(lines.get(0)).isEqualTo(String.join(",", SyntheticTape.COLUMNS));
        assertThat(lines.get(1)).startsWith("RCV-0000001,2025-01,2025-01-31,");
    }

    @Test
    void zeroRowsGiveAHeaderOnly() throws IOException {
        SyntheticTape.Summary summary = SyntheticTape.write(directory.resolve("tape.csv"), 0, 1);

        assertThat(summary.rows()).isZero();
        assertThat(Files.readString(directory.resolve("tape.csv")))
                .isEqualTo(String.join(",", SyntheticTape.COLUMNS) + "\n");
    }

    @Test
    void negativeRowCountsAreRefusedBeforeAnythingIsWritten() {
        assertThatThrownBy(() -> SyntheticTape.write(directory.resolve("tape.csv"), -1, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(directory.resolve("tape.csv")).doesNotExist();
    }

    @Test
    void looksLikeARealPortfolio() throws IOException {
        SyntheticTape.write(directory.resolve("tape.csv"), 10_000, 42);
        List<String> lines = Files.readAllLines(directory.resolve("tape.csv"));
        List<String> header = List.of(lines.get(0).split(","));
        Map<String, Integer> rowsPerBucket = new HashMap<>();
        Set<String> dates = new HashSet<>();
        Set<String> borrowers = new HashSet<>();

        for (String line : lines.subList(1, lines.size())) {
            String[] fields = line.split(",", -1);
            assertThat(fields).hasSize(header.size());
            dates.add(fields[header.indexOf("measurement_date")]);
            borrowers.add(fields[header.indexOf("borrower_name")]);
            BigDecimal receivable = new BigDecimal(fields[header.indexOf("total_receivable_usd")]);
            BigDecimal bucketSum = BigDecimal.ZERO;
            String bucket = "zero_balance";
            for (String column :
                    List.of("dpd_0_7_usd", "dpd_7_30_usd", "dpd_30_60_usd", "dpd_60_90_usd", "dpd_90_plus_usd")) {
                BigDecimal amount = new BigDecimal(fields[header.indexOf(column)]);
                bucketSum = bucketSum.add(amount);
                if (amount.signum() > 0) bucket = column;
            }
            assertThat(bucketSum).as(line).isEqualByComparingTo(receivable);
            BigDecimal eligible = new BigDecimal(fields[header.indexOf("total_eligible_usd")]);
            assertThat(eligible).as(line).isLessThanOrEqualTo(receivable);
            rowsPerBucket.merge(bucket, 1, Integer::sum);
        }

        assertThat(dates).hasSize(6);
        assertThat(borrowers).hasSizeGreaterThan(100);
        assertThat(rowsPerBucket.get("dpd_0_7_usd")).isGreaterThan(8_000);
        assertThat(rowsPerBucket)
                .containsKeys("dpd_7_30_usd", "dpd_30_60_usd", "dpd_60_90_usd", "dpd_90_plus_usd", "zero_balance");
        assertThat(rowsPerBucket.values()).allSatisfy(count -> assertThat(count).isGreaterThanOrEqualTo(50));
    }
}
