package io.abaco.pipeline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.abaco.fs.Hashing;
import io.abaco.pipeline.ingest.TapeFixture.Collected;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same data in every format gives the same rows. */
class FormatsTest {
    private static final String CSV =
            """
            loan_id,period,measurement_date,total_receivable_usd,total_eligible_usd,discounted_balance_usd,dpd_30_60_usd,note
            L1,2024-01,2024-01-31,1000.5,900,850.25,1.5E3,"a, b"
            L2,,2024-02-29,2000,1800,1700,,
            """;

    private static final String JSONL =
            """
            {"loan_id": "L1", "period": "2024-01", "measurement_date": "2024-01-31", "total_receivable_usd": 1000.5, \
            "total_eligible_usd": 900, "discounted_balance_usd": "850.25", "dpd_30_60_usd": 1.5E3, "note": "a, b"}
            {"loan_id": "L2", "period": null, "measurement_date": "2024-02-29", "total_receivable_usd": 2000, \
            "total_eligible_usd": 1800, "discounted_balance_usd": 1700}
            """;

    private static final String JSON_ARRAY = "[\n" + JSONL.strip().replace("}\n{", "},\n{") + "\n]\n";

    @TempDir
    Path root;

    private List<String> expectedRows() {
        return new TapeFixture(root)
                .ingest(new TapeFixture(root).write("tape.csv", CSV))
                .described();
    }

    @Test
    void csvRowsAreAsWritten() {
        assertThat(expectedRows())
                .containsExactly(
                        "2|L1|2024-01|2024-01-31|2024-01-31|[1000.5, 900.0, 850.25, 0.0, 0.0, 0.0, 1500.0, 0.0, 0.0]|[a, b]",
                        "3|L2|null|2024-02-29|2024-02-29|[2000.0, 1800.0, 1700.0, 0.0, 0.0, 0.0, NaN, 0.0, 0.0]|[null]");
    }

    @Test
    void jsonLinesGiveTheSameRows() {
        TapeFixture fixture = new TapeFixture(root);
        Collected collected = fixture.ingest(fixture.write("tape.jsonl", JSONL));

        assertThat(collected.header).isEqualTo(new TapeHeader("data/raw/tape.jsonl", "jsonl", true, List.of("note")));
        assertThat(collected.described())
                .containsExactly(shiftLines(expectedRows(), -1).toArray(String[]::new));
    }

    @Test
    void ndjsonIsJsonLines() {
        TapeFixture fixture = new TapeFixture(root);
        Collected collected = fixture.ingest(fixture.write("tape.ndjson", JSONL));

        assertThat(collected.header.format()).isEqualTo("jsonl");
        assertThat(collected.result.archivedInput()).isEqualTo(fixture.staging.resolve("input.ndjson"));
        assertThat(collected.rows).hasSize(2);
    }

    @Test
    void jsonArrayGivesTheSameRows() {
        TapeFixture fixture = new TapeFixture(root);
        Collected collected = fixture.ingest(fixture.write("tape.json", JSON_ARRAY));

        assertThat(collected.header.format()).isEqualTo("json");
        assertThat(collected.described()).containsExactly(expectedRows().toArray(String[]::new));
    }

    @Test
    void jsonObjectWithDataGivesTheSameRows() throws Exception {
        TapeFixture fixture = new TapeFixture(root);
        String document = "{\"meta\": {\"rows\": [1, 2]},\n \"data\": " + JSON_ARRAY.strip() + ", \"next\": null}";
        Path tape = fixture.write("tape.json", document);

        Collected collected = fixture.ingest(tape);

        assertThat(collected.described())
                .containsExactly(shiftLines(expectedRows(), 1).toArray(String[]::new));
        assertThat(collected.result.inputSha256()).isEqualTo(Hashing.sha256Hex(tape));
        assertThat(Files.readString(collected.result.archivedInput())).isEqualTo(document);
    }

    @Test
    void parquetGivesTheSameRows() throws Exception {
        TapeFixture fixture = new TapeFixture(root);
        Path csv = fixture.write("source.csv", CSV);
        Path parquet = fixture.workspace.rawDataDir().resolve("tape.parquet");
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
                Statement statement = connection.createStatement()) {
            statement.execute("COPY (SELECT loan_id, period, CAST(measurement_date AS DATE) AS measurement_date,"
                    + " CAST(total_receivable_usd AS DECIMAL(18,2)) AS total_receivable_usd,"
                    + " CAST(total_eligible_usd AS DOUBLE) AS total_eligible_usd,"
                    + " CAST(discounted_balance_usd AS VARCHAR) AS discounted_balance_usd,"
                    + " CAST(dpd_30_60_usd AS BIGINT) AS dpd_30_60_usd, note"
                    + " FROM read_csv('" + csv + "', all_varchar = true)) TO '" + parquet + "' (FORMAT parquet)");
        }

        Collected collected = fixture.ingest(parquet);

        assertThat(collected.header)
                .isEqualTo(new TapeHeader("data/raw/tape.parquet", "parquet", true, List.of("note")));
        assertThat(collected.described()).containsExactly(expectedRows().toArray(String[]::new));
        assertThat(collected.result.inputSha256()).isEqualTo(Hashing.sha256Hex(parquet));
        assertThat(Files.readAllBytes(collected.result.archivedInput())).isEqualTo(Files.readAllBytes(parquet));
    }

    /** JSON rows keep their own line numbers; the rest of each row must match the CSV rows. */
    private static List<String> shiftLines(List<String> rows, int offset) {
        return rows.stream()
                .map(row -> {
                    int bar = row.indexOf('|');
                    return (Long.parseLong(row.substring(0, bar)) + offset) + row.substring(bar);
                })
                .toList();
    }
}
