package io.abaco.pipeline.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import io.abaco.error.InputDataException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The byte-level splitter against FastCSV (which read tapes before it, and stays the reference): the same records,
 * fields and line numbers for thousands of random documents, read whole and through reads of a few bytes (so that
 * every record crosses the buffer's end somewhere).
 */
class CsvRecordsTest {
    /** Pieces of random documents: plain text, multi-byte characters, delimiters, quotes and line breaks. */
    private static final String[] PIECES = {
        "a", "bc", "12.5", " ", "é", "🙂", "漢", ",", ",", "\"", "\"\"", "\n", "\r\n", "\t", "x\"y", "\"q,\nr\"",
    };

    record Parsed(long line, List<String> fields) {}

    @Test
    void randomDocumentsSplitAsFastCsvSplitsThem() {
        Random random = new Random(20261207);
        for (int document = 0; document < 3000; document++) {
            StringBuilder text = new StringBuilder();
            int pieces = random.nextInt(60);
            for (int piece = 0; piece < pieces; piece++) text.append(PIECES[random.nextInt(PIECES.length)]);
            String csv = text.toString();
            List<Parsed> expected = fastCsv(csv);
            byte[] bytes = csv.getBytes(StandardCharsets.UTF_8);
            assertThat(read(new ByteArrayInputStream(bytes), 1 << 16))
                    .as("document %d: %s", document, csv)
                    .isEqualTo(expected);
            assertThat(read(trickle(bytes, random.nextInt(7) + 1), 4))
                    .as("document %d in small reads: %s", document, csv)
                    .isEqualTo(expected);
        }
    }

    @Test
    void lineNumbersCountEachKindOfLineBreakOnceInsideQuotesToo() {
        String csv = "a,\"b\r\nc\"\r\nd\re\n\n\"f\rg\nh\"\ni";
        assertThat(read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), 1 << 16))
                .containsExactly(
                        new Parsed(1, List.of("a", "b\r\nc")),
                        new Parsed(3, List.of("d")),
                        new Parsed(4, List.of("e")),
                        new Parsed(6, List.of("f\rg\nh")),
                        new Parsed(9, List.of("i")));
    }

    @Test
    void aLoneCrInsideQuotesDoesNotSwallowTheLineBreakAfterTheField() {
        // FastCSV joins "x\r" + \n into one line break and runs the record on: here the record ends at the \n
        String csv = "\"x\r\"\nnext\n";
        assertThat(read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), 1 << 16))
                .containsExactly(new Parsed(1, List.of("x\r")), new Parsed(3, List.of("next")));
    }

    @Test
    void textAfterAClosingQuoteIsKeptAndAQuotedEmptyFieldIsNotAnEmptyLine() {
        String csv = "\"ab\"cd,\"x\"\"y\"\n\"\"\n,\n";
        assertThat(read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), 1 << 16))
                .containsExactly(
                        new Parsed(1, List.of("abcd", "x\"y")),
                        new Parsed(2, List.of("")),
                        new Parsed(3, List.of("", "")));
    }

    @Test
    void invalidUtf8InsideAQuotedFieldNamesTheLineOfTheBadByte() {
        byte[] head = "h\nok,\"two\nlines \r\n".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = Arrays.copyOf(head, head.length + 3);
        bytes[head.length] = (byte) 0xC0; // an overlong '/'
        bytes[head.length + 1] = (byte) 0xAF;
        bytes[head.length + 2] = '"';
        assertThatThrownBy(() -> read(new ByteArrayInputStream(bytes), 1 << 16))
                .isInstanceOf(InputDataException.class)
                .hasMessage("t.csv:4: invalid UTF-8 byte sequence (byte 0xC0)");
    }

    @Test
    void aRecordLongerThanItsLimitIsRefusedNamingItsLine() {
        String field = "f".repeat(600_000);
        String csv = "h\nshort\n" + field + "," + field + "\n";
        InputStream in = new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> read(new CsvRecords(in, "t.csv", 8, 1 << 16, 1 << 20)))
                .isInstanceOf(InputDataException.class)
                .hasMessage("t.csv:3: a record is longer than the limit of 1 MiB");
    }

    @Test
    void fieldsBeyondTheKeptOnesAreCountedNotKept() throws IOException {
        CsvRecords records =
                new CsvRecords(new ByteArrayInputStream("a,b,c,d\n".getBytes(StandardCharsets.UTF_8)), "t.csv", 2);
        assertThat(records.next()).isTrue();
        assertThat(records.row().texts()).containsExactly("a", "b");
        assertThat(records.row().fieldCount()).isEqualTo(4);
        assertThat(records.next()).isFalse();
    }

    private static List<Parsed> read(InputStream in, int readBytes) {
        return read(new CsvRecords(in, "t.csv", Integer.MAX_VALUE, readBytes, CsvRecords.MAX_RECORD_BYTES));
    }

    private static List<Parsed> read(CsvRecords records) {
        List<Parsed> parsed = new ArrayList<>();
        try {
            while (records.next())
                parsed.add(new Parsed(records.line(), List.of(records.row().texts())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return parsed;
    }

    private static List<Parsed> fastCsv(String csv) {
        List<Parsed> parsed = new ArrayList<>();
        for (CsvRecord record : CsvReader.builder().ofCsvRecord(csv)) {
            parsed.add(new Parsed(record.getStartingLineNumber(), record.getFields()));
        }
        return parsed;
    }

    private static InputStream trickle(byte[] bytes, int most) {
        return new ByteArrayInputStream(bytes) {
            @Override
            public synchronized int read(byte[] buffer, int offset, int length) {
                return super.read(buffer, offset, Math.min(length, most));
            }
        };
    }
}
