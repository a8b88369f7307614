package io.abaco.pipeline.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.abaco.error.InputDataException;
import io.abaco.pipeline.ingest.read.CsvTapeReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every way a tape file can be unusable: one exact message, and nothing left in the staging directory. */
class BadInputTest {
    private static final String REQUIRED =
            "loan_id,measurement_date,total_receivable_usd,total_eligible_usd,discounted_balance_usd";

    @TempDir
    Path root;

    TapeFixture fixture;

    @org.junit.jupiter.api.BeforeEach
    void setUp() {
        fixture = new TapeFixture(root);
    }

    @AfterEach
    void nothingWritten() {
        assertThat(fixture.stagingFiles()).isEmpty();
    }

    private void assertRefused(Path tape, String message) {
        assertThatThrownBy(() -> fixture.ingest(tape))
                .isInstanceOf(InputDataException.class)
                .hasMessage(message);
    }

    @Test
    void emptyFile() {
        assertRefused(fixture.write("empty.csv", ""), "data/raw/empty.csv: empty file (0 bytes)");
    }

    @Test
    void headerOnly() {
        assertRefused(fixture.write("header.csv", REQUIRED + "\n"), "data/raw/header.csv: no data rows (header only)");
    }

    @Test
    void blankLinesOnly() {
        assertRefused(fixture.write("blank.csv", "\n\n"), "data/raw/blank.csv: no header row (the file holds no text)");
    }

    @Test
    void missingRequiredColumnIsNamedWithTheColumnsFound() {
        Path tape = fixture.write(
                "missing.csv",
                "Loan_ID,measurement_date,total_receivable_usd,discounted_balance_usd\nL1,2024-01-31,1,1\n");
        assertRefused(
                tape,
                "data/raw/missing.csv:1: missing required column total_eligible_usd; columns found: "
                        + "loan_id, measurement_date, total_receivable_usd, discounted_balance_usd");
    }

    @Test
    void severalMissingRequiredColumns() {
        Path tape = fixture.write("missing.csv", "loan_id,total_receivable_usd\nL1,1\n");
        assertRefused(
                tape,
                "data/raw/missing.csv:1: missing required columns measurement_date, total_eligible_usd, "
                        + "discounted_balance_usd; columns found: loan_id, total_receivable_usd");
    }

    @Test
    void duplicateHeaderNamesAfterNormalizing() {
        Path tape = fixture.write("dup.csv", REQUIRED + ", LOAN_ID \nL1,2024-01-31,1,1,1,L1\n");
        assertRefused(tape, "data/raw/dup.csv:1:6: duplicate column name \"loan_id\" (also column 1)");
    }

    @Test
    void emptyHeaderName() {
        Path tape = fixture.write("unnamed.csv", REQUIRED + ",\nL1,2024-01-31,1,1,1,x\n");
        assertRefused(tape, "data/raw/unnamed.csv:1:6: empty column name in the header");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            L1,2024-01-31,"1,000",1,1 | data/raw/t.csv:3:3: total_receivable_usd: not a number: "1,000"
            L1,2024-01-31,abc,1,1     | data/raw/t.csv:3:3: total_receivable_usd: not a number: "abc"
            L1,2024-01-31,NaN,1,1     | data/raw/t.csv:3:3: total_receivable_usd: not a number: "NaN"
            L1,2024-01-31,1,$5,1      | data/raw/t.csv:3:4: total_eligible_usd: not a number: "$5"
            L1,2024-01-31,1,1,0x1F    | data/raw/t.csv:3:5: discounted_balance_usd: not a number: "0x1F"
            L1,2024-01-31,1e400,1,1   | data/raw/t.csv:3:3: total_receivable_usd: number out of range: "1e400"
            L1,2024-01-31,1,-0.01,1   | data/raw/t.csv:3:4: total_eligible_usd: negative amount: -0.01
            L1,2024-01-31,,1,1        | data/raw/t.csv:3:3: total_receivable_usd: required value is empty
            L1,,1,1,1                 | data/raw/t.csv:3:2: measurement_date: required value is empty
            L1,31/01/2024,1,1,1       | data/raw/t.csv:3:2: measurement_date: not an ISO-8601 date: "31/01/2024"
            L1,2024-02-30,1,1,1       | data/raw/t.csv:3:2: measurement_date: not a valid calendar date: "2024-02-30"
            L1,0000-01-01,1,1,1       | data/raw/t.csv:3:2: measurement_date: year out of range (0001-9999): "0000-01-01"
            L1,10000-01-01,1,1,1      | data/raw/t.csv:3:2: measurement_date: year out of range (0001-9999): "10000-01-01"
            L1,2024-01-31T25:00,1,1,1 | data/raw/t.csv:3:2: measurement_date: not an ISO-8601 date-time: "2024-01-31T25:00"
            L1,2024-01-31,1,1         | data/raw/t.csv:3:5: discounted_balance_usd: row has 4 fields, the header has 5
            L1,2024-01-31,1,1,1,extra | data/raw/t.csv:3:6: (no column): row has 6 fields, the header has 5
            """)
    void badRowInStrictModeFailsOnItsLineAndColumn(String row, String message) {
        Path tape = fixture.write("t.csv", REQUIRED + "\nL0,2024-01-30,1,1,1\n" + row + "\n");
        assertRefused(tape, message);
    }

    @Test
    void firstProblemInColumnOrderIsReported() {
        Path tape = fixture.write("t.csv", REQUIRED + "\nL1,nope,-1,x,1\n");
        assertRefused(tape, "data/raw/t.csv:2:2: measurement_date: not an ISO-8601 date: \"nope\"");
    }

    @Test
    void binaryGarbage() {
        byte[] gzipLike = {0x1f, (byte) 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 'x', '\n'};
        assertRefused(
                fixture.writeBytes("garbage.csv", gzipLike),
                "data/raw/garbage.csv:1: binary content (NUL byte); the tape must be UTF-8 text");
    }

    @Test
    void nulByteAfterTheFirstBlockNamesItsLine() {
        StringBuilder text = new StringBuilder(REQUIRED + "\n");
        for (int i = 0; i < 5000; i++) text.append("L").append(i).append(",2024-01-31,1,1,1\n");
        byte[] bytes = (text + "L\0,2024-01-31,1,1,1\n").getBytes(StandardCharsets.UTF_8);
        assertRefused(
                fixture.writeBytes("late.csv", bytes),
                "data/raw/late.csv:5002: binary content (NUL byte); the tape must be UTF-8 text");
    }

    @Test
    void invalidUtf8NamesTheLineOfTheBadByte() {
        byte[] head = (REQUIRED + "\nL1,2024-01-31,1,1,1\nL").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ",2024-01-31,1,1,1\n".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = Arrays.copyOf(head, head.length + 1 + tail.length);
        bytes[head.length] = (byte) 0xE9; // Latin-1 'é'
        System.arraycopy(tail, 0, bytes, head.length + 1, tail.length);
        assertRefused(
                fixture.writeBytes("latin1.csv", bytes),
                "data/raw/latin1.csv:3: invalid UTF-8 byte sequence (byte 0xE9)");
    }

    @Test
    void utf16Text() {
        byte[] bytes = ("\uFEFF" + REQUIRED + "\n").getBytes(StandardCharsets.UTF_16LE);
        assertRefused(
                fixture.writeBytes("utf16.csv", bytes), "data/raw/utf16.csv:1: UTF-16 text; the tape must be UTF-8");
    }

    @Test
    void directoryInsteadOfAFile() throws Exception {
        Path directory = Files.createDirectories(fixture.workspace.rawDataDir().resolve("tape.csv"));
        assertRefused(directory, "data/raw/tape.csv: is a directory, not a tape file");
    }

    @Test
    void missingFile() {
        assertRefused(fixture.workspace.rawDataDir().resolve("nope.csv"), "data/raw/nope.csv: no such file");
    }

    @Test
    void fileOutsideTheWorkspaceIsNamedByItsAbsolutePath(@TempDir Path elsewhere) {
        Path outside = elsewhere.resolve("nope.csv").toAbsolutePath();
        assertRefused(outside, outside + ": no such file");
    }

    @Test
    void unreadableFile() throws Exception {
        // root reads files whatever their mode, and the tests run as root here: this case only runs for other users
        Assumptions.assumeFalse("root".equals(System.getProperty("user.name")), "chmod 000 does not stop root");
        Path tape = fixture.write("secret.csv", REQUIRED + "\nL1,2024-01-31,1,1,1\n");
        Files.setPosixFilePermissions(tape, PosixFilePermissions.fromString("---------"));
        assertRefused(tape, "data/raw/secret.csv: cannot read: permission denied");
    }

    @Test
    void unknownExtension() {
        assertRefused(
                fixture.write("tape.xlsx", "x"),
                "data/raw/tape.xlsx: unknown tape format; expected a .csv, .parquet, .jsonl, .ndjson or .json file");
    }

    @Test
    void hugeFieldIsRefusedWithALimitNotAnOutOfMemory() {
        String huge = "x".repeat(10 * 1024 * 1024);
        Path tape = fixture.write("huge.csv", REQUIRED + ",note\nL1,2024-01-31,1,1,1,\"" + huge + "\"\n");
        assertRefused(
                tape,
                "data/raw/huge.csv:2:6: note: field is longer than the limit of " + CsvTapeReader.MAX_FIELD_CHARS
                        + " characters (or a quote is never closed)");
    }

    @Test
    void unquotedHugeFieldHasNoQuoteHint() {
        String huge = "z".repeat(CsvTapeReader.MAX_FIELD_CHARS + 1);
        Path tape = fixture.write("wide.csv", REQUIRED + ",note\nL1,2024-01-31,1,1,1," + huge + "\n");
        assertRefused(
                tape,
                "data/raw/wide.csv:2:6: note: field is longer than the limit of " + CsvTapeReader.MAX_FIELD_CHARS
                        + " characters");
    }

    @Test
    void unclosedQuoteSwallowingTheRestOfTheFile() {
        StringBuilder text = new StringBuilder(REQUIRED + "\nL1,2024-01-31,1,1,\"1\n");
        for (int i = 0; i < 30_000; i++) text.append("L").append(i).append(",2024-01-31,1,1,1,padding-padding\n");
        assertRefused(
                fixture.write("quote.csv", text.toString()),
                "data/raw/quote.csv:2:5: discounted_balance_usd:"
                        + " field is longer than the limit of " + CsvTapeReader.MAX_FIELD_CHARS
                        + " characters (or a quote is never closed)");
    }

    @Test
    void fieldFarBeyondTheLimitGetsTheSameLocatedMessage() {
        String huge = "y".repeat(17 * 1024 * 1024);
        Path tape = fixture.write("huger.csv", REQUIRED + ",note\nL1,2024-01-31,1,1,1,\"" + huge + "\"\n");
        assertRefused(
                tape,
                "data/raw/huger.csv:2:6: note: field is longer than the limit of " + CsvTapeReader.MAX_FIELD_CHARS
                        + " characters (or a quote is never closed)");
    }

    @Test
    void wholeFileErrorsFailLenientModeToo() {
        Path tape = fixture.write("header.csv", REQUIRED + "\n");
        assertThatThrownBy(() -> fixture.ingest(tape, TapeFixture.config(false)))
                .isInstanceOf(InputDataException.class)
                .hasMessage("data/raw/header.csv: no data rows (header only)");
    }

    @Test
    void dedupKeyThatIsNotAColumn() {
        Path tape = fixture.write("t.csv", REQUIRED + "\nL1,2024-01-31,1,1,1\n");
        assertThatThrownBy(() -> fixture.ingest(tape, TapeFixture.config(true, "Loan_ID", "branch")))
                .isInstanceOf(InputDataException.class)
                .hasMessage(
                        "data/raw/t.csv: deduplication key \"branch\" is not a column of the tape; columns found: "
                                + "loan_id, measurement_date, total_receivable_usd, total_eligible_usd, discounted_balance_usd");
    }
}
