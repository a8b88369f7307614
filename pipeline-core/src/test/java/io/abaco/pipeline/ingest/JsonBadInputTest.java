package io.abaco.pipeline.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.abaco.error.InputDataException;
import io.abaco.pipeline.ingest.TapeFixture.Collected;
import io.abaco.pipeline.ingest.read.CsvTapeReader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** JSON, JSON lines and Parquet tapes that cannot be used, and JSON rows that are bad. */
class JsonBadInputTest {
    private static final String ROW =
            "\"measurement_date\": \"2024-01-31\", \"total_receivable_usd\": 1, \"total_eligible_usd\": 1,"
                    + " \"discounted_balance_usd\": 1";

    @TempDir
    Path root;

    TapeFixture fixture;

    @BeforeEach
    void setUp() {
        fixture = new TapeFixture(root);
    }

    private void assertRefused(Path tape, String message) {
        assertThatThrownBy(() -> fixture.ingest(tape))
                .isInstanceOf(InputDataException.class)
                .hasMessage(message);
        assertThat(fixture.stagingFiles()).isEmpty();
    }

    @Test
    void emptyArray() {
        assertRefused(fixture.write("t.json", "[ ]"), "data/raw/t.json: no data rows (the row array is empty)");
    }

    @Test
    void jsonLinesWithoutObjects() {
        assertRefused(
                fixture.write("t.jsonl", "\n\n  \n"), "data/raw/t.jsonl: no data rows (no JSON object in the file)");
    }

    @Test
    void objectWithoutData() {
        assertRefused(
                fixture.write("t.json", "{\"rows\": []}"),
                "data/raw/t.json: expected a JSON array of row objects or an object with a \"data\" array;"
                        + " no \"data\" array found");
    }

    @Test
    void scalarDocument() {
        assertRefused(
                fixture.write("t.json", "42"),
                "data/raw/t.json: expected a JSON array of row objects or an object with a \"data\" array");
    }

    @Test
    void malformedJsonNamesLineAndColumn() {
        assertRefused(
                fixture.write("t.jsonl", "{" + ROW + "}\n{" + ROW + ",}\n"),
                "data/raw/t.jsonl:2:116: malformed JSON: Unexpected character ('}' (code 125)): was expecting double-quote"
                        + " to start field name");
    }

    @Test
    void unquotedNaNIsMalformedJson() {
        assertRefused(
                fixture.write(
                        "t.jsonl",
                        "{" + ROW.replace("\"total_receivable_usd\": 1", "\"total_receivable_usd\": NaN") + "}\n"),
                "data/raw/t.jsonl:1:63: malformed JSON: Non-standard token 'NaN': enable `JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS`"
                        + " to allow");
    }

    @Test
    void truncatedDocument() {
        assertRefused(
                fixture.write("t.json", "[{" + ROW + "},\n"),
                "data/raw/t.json:2:1: malformed JSON: Unexpected end-of-input within/between Array entries");
    }

    @Test
    void contentAfterTheDocument() {
        assertRefused(
                fixture.write("t.json", "[{" + ROW + "}]\n[]"),
                "data/raw/t.json:2: unexpected content after the JSON document");
    }

    @Test
    void firstRowMissingARequiredKey() {
        assertRefused(
                fixture.write("t.jsonl", "{\"measurement_date\": \"2024-01-31\"}\n"),
                "data/raw/t.jsonl:1: missing required columns total_receivable_usd, total_eligible_usd,"
                        + " discounted_balance_usd; columns found: measurement_date");
    }

    @Test
    void duplicateKeyInTheFirstRow() {
        assertRefused(
                fixture.write("t.jsonl", "{" + ROW + ", \"Measurement_Date\": \"2024-02-01\"}\n"),
                "data/raw/t.jsonl:1:5: duplicate column name \"measurement_date\" (also column 1)");
    }

    @Test
    void firstRowNotAnObject() {
        assertRefused(
                fixture.write("t.json", "[[1, 2]]"), "data/raw/t.json:1: expected a JSON object per row, found [");
    }

    @Test
    void hugeString() {
        String huge = "x".repeat(CsvTapeReader.MAX_FIELD_CHARS + 10);
        assertRefused(
                fixture.write("t.jsonl", "{" + ROW + ", \"note\": \"" + huge + "\"}\n"),
                "data/raw/t.jsonl:1:125: a value is longer than the limit of 1048576 characters");
    }

    @Test
    void badRowsInStrictModeNameLineAndColumn() {
        String tape = "{" + ROW + ", \"note\": \"x\"}\n{"
                + ROW.replace("\"total_eligible_usd\": 1", "\"total_eligible_usd\": -2") + "}\n";
        assertRefused(fixture.write("t.jsonl", tape), "data/raw/t.jsonl:2:3: total_eligible_usd: negative amount: -2");
    }

    @Test
    void badRowsInLenientMode() throws Exception {
        String tape = String.join(
                "\n",
                "{" + ROW + ", \"note\": \"x\"}",
                "{" + ROW + ", \"surprise\": 1}",
                "{" + ROW + ", \"note\": {\"nested\": true}}",
                "{" + ROW + ", \"note\": \"a\", \"note\": \"b\"}",
                "[1]",
                "{\"measurement_date\": \"2024-01-31\", \"total_receivable_usd\": \"1e3\", \"total_eligible_usd\": true,"
                        + " \"discounted_balance_usd\": 1}",
                "{" + ROW + "}",
                "");

        Collected collected = fixture.ingest(fixture.write("t.jsonl", tape), TapeFixture.config(false));

        assertThat(collected.rows).extracting(TapeRow::line).containsExactly(1L, 7L);
        assertThat(collected.rows.get(1).extras()).containsExactly((String) null);
        assertThat(Files.readAllLines(collected.result.rejectsFile()))
                .containsExactly(
                        "line,column,field,reason,raw",
                        "2,6,surprise,key not in the first row,\"2024-01-31,1,1,1,\"",
                        "3,5,note,nested JSON values are not supported,\"2024-01-31,1,1,1,\"",
                        "4,5,note,key given twice,\"2024-01-31,1,1,1,a\"",
                        "5,1,(row),row is not a JSON object,",
                        "6,3,total_eligible_usd,\"not a number: \"\"true\"\"\",\"2024-01-31,1e3,true,1,\"");
    }

    @Test
    void notAParquetFile() {
        assertRefused(
                fixture.write("t.parquet", "loan_id,measurement_date\n"),
                "data/raw/t.parquet: not a readable Parquet file: Invalid Input Error: No magic bytes found at end of file"
                        + " 'data/raw/t.parquet'");
    }
}
