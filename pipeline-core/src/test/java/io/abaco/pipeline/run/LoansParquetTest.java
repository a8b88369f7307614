package io.abaco.pipeline.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.abaco.config.Workspace;
import io.abaco.pipeline.ingest.TapeColumns;
import io.abaco.pipeline.output.parquet.DuckDbRows;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * loans.parquet (written by abaco's own Parquet writer while the rows stream) holds exactly the rows of loans.csv,
 * in the same order and with the same types, as DuckDB reads them: text with commas, quotes and non-ASCII, empty
 * extras (null), no period column (null), and the outlier flag.
 */
class LoansParquetTest {
    @TempDir
    Path root;

    @Test
    void parquetHoldsTheRowsOfTheCsvOutput() throws Exception {
        Workspace workspace = new Workspace(root);
        StringBuilder tape = new StringBuilder(RunFixtures.TAPE_HEADER).append('\n');
        String[] segments = {"sme", "", "Peñalosa ✓", "\"quoted, with comma\"", "retail"};
        for (int index = 1; index <= 40; index++) {
            double receivable = index == 40 ? 9_000_000 : 1000 + index * 10.25;
            tape.append("L").append(index).append(",2026-01-").append(String.format("%02d", 1 + index % 28));
            for (int amount = 0; amount < TapeColumns.AMOUNTS.size(); amount++) {
                tape.append(',').append(amount == 0 ? receivable : amount == 4 ? receivable * 0.01 : 0);
            }
            tape.append(",Borrower ").append(index).append(",b").append(index).append("@example.com,");
            tape.append(segments[index % segments.length]).append('\n');
        }
        Files.createDirectories(workspace.rawDataDir());
        Files.writeString(workspace.rawDataDir().resolve("loan_tape.csv"), tape);

        new PipelineRunner()
                .run(new RunRequest(
                        RunFixtures.config(),
                        "cfg-sha",
                        workspace,
                        null,
                        Map.of("ABACO_PII_KEY", "test-key-1"),
                        ProgressListener.NONE));

        Path outputs = workspace.resolve("data/metrics/development");
        Path csv = outputs.resolve("loans.csv");
        List<String> header = List.of(Files.readAllLines(csv).get(0).split(","));
        StringJoiner types = new StringJoiner(", ", "{", "}");
        for (String column : header) {
            String type =
                    TapeColumns.AMOUNTS.contains(column) ? "DOUBLE" : column.equals("outlier") ? "BOOLEAN" : "VARCHAR";
            types.add("'" + column + "': '" + type + "'");
        }
        List<List<Object>> fromCsv = read("SELECT * FROM read_csv('" + csv
                + "', header = true, auto_detect = false, delim = ',', quote = '\"', escape = '\"', columns = "
                + types + ")");
        List<List<Object>> fromParquet = read("SELECT * FROM read_parquet('" + outputs.resolve("loans.parquet") + "')");

        assertThat(fromParquet).hasSize(40).isEqualTo(fromCsv);
        assertThat(read("DESCRIBE SELECT * FROM read_parquet('" + outputs.resolve("loans.parquet") + "')").stream()
                        .map(row -> row.get(0))
                        .toList())
                .isEqualTo(header);
        assertThat(fromParquet)
                .filteredOn(row -> Boolean.TRUE.equals(row.get(row.size() - 1)))
                .hasSize(1);
        assertThat(fromParquet).extracting(row -> row.get(1)).containsOnlyNulls(); // the tape has no period
        assertThat(fromParquet)
                .extracting(row -> row.get(row.size() - 2))
                .contains("Peñalosa ✓")
                .containsNull();
    }

    @Test
    void parquetAloneIsWrittenWithoutTheOtherFormats() throws Exception {
        Workspace workspace = new Workspace(root);
        RunFixtures.writeTape(workspace, 30, 0);
        new PipelineRunner()
                .run(new RunRequest(
                        RunFixtures.config(
                                List.of("parquet"),
                                new io.abaco.config.model.DatabaseConfig(false, null, null, null, null),
                                "fill_zero"),
                        "cfg-sha",
                        workspace,
                        null,
                        Map.of("ABACO_PII_KEY", "test-key-1"),
                        ProgressListener.NONE));

        Path outputs = workspace.resolve("data/metrics/development");
        assertThat(outputs.resolve("loans.csv")).doesNotExist();
        assertThat(outputs.resolve("loans.json")).doesNotExist();
        assertThat(read("SELECT count(*), count(DISTINCT loan_id), sum(outlier::INT)::BIGINT FROM read_parquet('"
                        + outputs.resolve("loans.parquet") + "')"))
                .containsExactly(List.of(31L, 31L, 1L)); // the fixture's 30 loans and its one outlier
        assertThat(read("SELECT count(*) FROM read_parquet('" + outputs.resolve("kpis.parquet") + "')"))
                .containsExactly(List.of(4L));
    }

    private static List<List<Object>> read(String query) throws SQLException, IOException {
        return DuckDbRows.query(query);
    }
}
