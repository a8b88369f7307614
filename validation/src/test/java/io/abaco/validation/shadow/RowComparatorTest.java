package io.abaco.validation.shadow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import io.abaco.error.InputDataException;
import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RowComparatorTest {
    static final String V1_HEADER =
            "loan_id,measurement_date,total_receivable_usd,total_eligible_usd,cash_available_usd,dpd_90_plus_usd\n";
    static final String V2_HEADER = "loan_id,measurement_date,borrower_name,total_receivable_usd,total_eligible_usd,"
            + "cash_available_usd,dpd_90_plus_usd,dpd_30_60_usd\n";

    @TempDir
    Path dir;

    private final RowComparator comparator = new RowComparator(0.01);

    @Test
    void identicalRowsMatchAndExtraV2ColumnsAreNotCompared() throws Exception {
        Path v1 = Files.writeString(dir.resolve("v1.csv"), V1_HEADER + "L1,2026-01-31,100,90,10,0\n");
        Path v2 =
                Files.writeString(dir.resolve("v2.csv"), V2_HEADER + "L1,2026-01-31T00:00:00Z,***,100.004,90,10,,5\n");

        RowComparison rows = comparator.compare(v1, v2);

        assertThat(rows.clean()).isTrue();
        assertThat(rows.matched()).isEqualTo(1);
        assertThat(rows.comparedColumns())
                .containsExactly("total_receivable_usd", "total_eligible_usd", "cash_available_usd", "dpd_90_plus_usd");
        assertThat(rows.onlyInV2()).containsExactly("borrower_name", "dpd_30_60_usd");
        assertThat(rows.samples()).isEmpty();
    }

    @Test
    void countsMissingAndMismatchedRowsPerColumnWithSamples() throws Exception {
        Path v1 = Files.writeString(
                dir.resolve("v1.csv"),
                V1_HEADER
                        + "L1,2026-01-31,100,90,10,0\n"
                        + "L2,2026-01-31,200,180,20,5\n"
                        + "L3,2026-01-31,300,270,30,0\n"
                        + "L4,2026-01-31,400,360,40,0\n");
        Path v2 = Files.writeString(
                dir.resolve("v2.csv"),
                V2_HEADER
                        + "L1,2026-01-31,x,100,90,10,0,0\n"
                        + "L2,2026-01-31,x,200.5,180,20,6,0\n"
                        + "L3,2026-01-31,x,300,270,30.02,0,0\n"
                        + "L5,2026-01-31,x,500,450,50,0,0\n"
                        + "L1,2026-02-28,x,100,90,10,0,0\n");

        RowComparison rows = comparator.compare(v1, v2);

        assertThat(rows.v1Rows()).isEqualTo(4);
        assertThat(rows.v2Rows()).isEqualTo(5);
        assertThat(rows.matched()).isEqualTo(1);
        assertThat(rows.missingInV1()).isEqualTo(2);
        assertThat(rows.missingInV2()).isEqualTo(1);
        assertThat(rows.mismatched()).isEqualTo(2);
        assertThat(rows.mismatchedByColumn())
                .containsExactly(
                        Map.entry("total_receivable_usd", 1L),
                        Map.entry("total_eligible_usd", 0L),
                        Map.entry("cash_available_usd", 1L),
                        Map.entry("dpd_90_plus_usd", 1L));
        assertThat(rows.clean()).isFalse();
        assertThat(rows.samples())
                .extracting(
                        RowDifference::kind,
                        RowDifference::loanId,
                        RowDifference::measurementDate,
                        RowDifference::column)
                .containsExactly(
                        tuple(RowDifference.Kind.MISSING_IN_V1, "L1", "2026-02-28", null),
                        tuple(RowDifference.Kind.MISSING_IN_V1, "L5", "2026-01-31", null),
                        tuple(RowDifference.Kind.MISSING_IN_V2, "L4", "2026-01-31", null),
                        tuple(RowDifference.Kind.MISMATCH, "L2", "2026-01-31", "total_receivable_usd"),
                        tuple(RowDifference.Kind.MISMATCH, "L2", "2026-01-31", "dpd_90_plus_usd"),
                        tuple(RowDifference.Kind.MISMATCH, "L3", "2026-01-31", "cash_available_usd"));
        assertThat(rows.samples().get(3).v1Value()).isEqualTo("200.0");
        assertThat(rows.samples().get(3).v2Value()).isEqualTo("200.5");
    }

    @Test
    void duplicateKeysAreCountedAndComparedOnce() throws Exception {
        Path v1 = Files.writeString(
                dir.resolve("v1.csv"), V1_HEADER + "L1,2026-01-31,100,90,10,0\nL1,2026-01-31,100,90,10,0\n");
        Path v2 = Files.writeString(dir.resolve("v2.csv"), V1_HEADER + "L1,2026-01-31,100,90,10,0\n");

        RowComparison rows = comparator.compare(v1, v2);

        assertThat(rows.duplicateKeysV1()).isEqualTo(1);
        assertThat(rows.duplicateKeysV2()).isZero();
        assertThat(rows.matched()).isEqualTo(1);
        assertThat(rows.clean()).isFalse();
    }

    @Test
    void readsV2FromParquet() throws Exception {
        Path v1 = Files.writeString(dir.resolve("v1.csv"), V1_HEADER + "L1,2026-01-31,100,90,10,0\n");
        Path parquet = dir.resolve("loans.parquet");
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
                Statement statement = connection.createStatement()) {
            statement.execute("COPY (SELECT 'L1' AS loan_id, DATE '2026-01-31' AS measurement_date,"
                    + " 100.0::DOUBLE AS total_receivable_usd, 90.0::DOUBLE AS total_eligible_usd,"
                    + " 12.0::DOUBLE AS cash_available_usd, 0.0::DOUBLE AS dpd_90_plus_usd)"
                    + " TO '" + parquet + "' (FORMAT PARQUET)");
        }

        RowComparison rows = comparator.compare(v1, parquet);

        assertThat(rows.mismatchedByColumn()).containsEntry("cash_available_usd", 1L);
        assertThat(rows.mismatched()).isEqualTo(1);
        assertThat(rows.missingInV1() + rows.missingInV2()).isZero();
    }

    @Test
    void aFileWithoutAKeyColumnIsRefusedNamingIt() throws Exception {
        Path v1 = Files.writeString(dir.resolve("v1.csv"), "loan_id,total_receivable_usd\nL1,100\n");
        Path v2 = Files.writeString(dir.resolve("v2.csv"), V1_HEADER);

        assertThatThrownBy(() -> comparator.compare(v1, v2))
                .isInstanceOf(InputDataException.class)
                .hasMessage(v1 + ":1:1: V1 loan file has no column measurement_date");
    }

    @Test
    void fiftyThousandRowsJoinWithPlantedDifferences() throws Exception {
        int count = 50_000;
        Path v1 = dir.resolve("v1.csv");
        Path v2 = dir.resolve("v2.csv");
        try (BufferedWriter one = Files.newBufferedWriter(v1);
                BufferedWriter two = Files.newBufferedWriter(v2)) {
            one.write(V1_HEADER);
            two.write(V1_HEADER);
            for (int i = 0; i < count; i++) {
                String row = "L" + i + ",2026-01-31," + (1000 + i) + ".25," + (900 + i) + ",10.5,0\n";
                if (i % 10_000 != 1) one.write(row); // 5 keys missing in V1
                if (i % 10_000 == 2) continue; // 5 keys missing in V2
                two.write(i % 5_000 == 3 ? row.replace(",10.5,", ",10.6,") : row); // 10 mismatches
            }
        }

        RowComparison rows = comparator.compare(v1, v2);

        assertThat(rows.v1Rows()).isEqualTo(count - 5);
        assertThat(rows.v2Rows()).isEqualTo(count - 5);
        assertThat(rows.missingInV1()).isEqualTo(5);
        assertThat(rows.missingInV2()).isEqualTo(5);
        assertThat(rows.mismatched()).isEqualTo(10);
        assertThat(rows.mismatchedByColumn()).containsEntry("cash_available_usd", 10L);
        assertThat(rows.matched()).isEqualTo(count - 20);
        assertThat(rows.samples()).hasSize(20);
    }
}
