package io.abaco.faults;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Bad (and tricky but valid) receivables tapes, each fed to {@code abaco pipeline run --input}. */
public final class TapeCorpus {
    static final String HEADER = "loan_id,measurement_date,total_receivable_usd,total_eligible_usd,"
            + "discounted_balance_usd,cash_available_usd,dpd_30_60_usd";
    static final String ROW = "L1,2026-01-31,1000,900,800,50,10";
    static final String ROW2 = "L2,2026-01-31,2000,1900,1800,150,20";

    static final String JSON_ROW = "{\"measurement_date\":\"2026-01-31\",\"total_receivable_usd\":1,"
            + "\"total_eligible_usd\":1,\"discounted_balance_usd\":1}";

    private TapeCorpus() {}

    public static List<FaultCase> cases() {
        List<FaultCase> cases = new ArrayList<>();
        // encodings
        cases.add(refused("UTF-16LE with BOM", bytes(csv(HEADER, ROW), StandardCharsets.UTF_16LE, true), "csv", at(1)));
        cases.add(refused(
                "UTF-16BE without BOM", bytes(csv(HEADER, ROW), StandardCharsets.UTF_16BE, false), "csv", at(1)));
        cases.add(refused(
                "Latin-1 accented loan id",
                bytes(csv(HEADER, "Caf\u00e9-1,2026-01-31,1000,900,800,50,10"), StandardCharsets.ISO_8859_1, false),
                "csv",
                at(2)));
        cases.add(refused(
                "invalid UTF-8 byte in a field",
                concat(
                        utf8(HEADER + "\nL1,2026-01-31,10"),
                        new byte[] {(byte) 0xff, (byte) 0xfe},
                        utf8("0,900,800,50,10\n")),
                "csv",
                at(2)));
        cases.add(refused(
                "overlong UTF-8 encoding of '/'",
                concat(
                        utf8(HEADER + "\nL"),
                        new byte[] {(byte) 0xc0, (byte) 0xaf},
                        utf8(",2026-01-31,1000,900,800,50,10\n")),
                "csv",
                at(2)));
        cases.add(accepted(
                "UTF-8 BOM before the header",
                concat(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf}, utf8(csv(HEADER, ROW))),
                "csv"));
        // shapes
        cases.add(refused("empty file", new byte[0], "csv", where()));
        cases.add(refused("only whitespace", utf8("  \n\n \n"), "csv", where()));
        cases.add(refused("header only: no data rows", utf8(HEADER + "\n"), "csv", where() + ": no data rows"));
        cases.add(refused("ragged row: too few fields", utf8(csv(HEADER, ROW, "L2,2026-01-31,1000")), "csv", at(3)));
        cases.add(refused("ragged row: too many fields", utf8(csv(HEADER, ROW, ROW2 + ",7,8,9")), "csv", at(3)));
        cases.add(refused("binary: PNG signature", png(), "csv", where()));
        cases.add(refused("binary: gzip of a valid tape", gzip(utf8(csv(HEADER, ROW))), "csv", where()));
        cases.add(refused(
                "NUL bytes inside a field", utf8(csv(HEADER, "L1,2026-01-31,10\u000000,900,800,50,10")), "csv", at(2)));
        cases.add(refused(
                "unterminated quote at end of file",
                utf8(HEADER + "\nL1,2026-01-31,\"1000,900,800,50,10\n"),
                "csv",
                at(2)));
        cases.add(refused(
                "duplicate header column",
                utf8(csv(HEADER + ",total_receivable_usd", ROW + ",5")),
                "csv",
                at(1) + ".*total_receivable_usd"));
        cases.add(refused(
                "header names differing only by case and spaces",
                utf8(csv(HEADER + ", Total_Receivable_USD ", ROW + ",5")),
                "csv",
                at(1) + ".*total_receivable_usd"));
        cases.add(refused(
                "required column missing",
                utf8(csv(
                        "loan_id,measurement_date,total_eligible_usd,discounted_balance_usd", "L1,2026-01-31,900,800")),
                "csv",
                "total_receivable_usd"));
        cases.add(refused("empty header name", utf8(csv(HEADER + ",", ROW + ",x")), "csv", at(1)));
        cases.add(accepted(
                "quoted newline inside a kept text column",
                utf8(csv(HEADER + ",note", ROW + ",\"two\nlines\"", ROW2 + ",plain")),
                "csv"));
        cases.add(refused(
                "bad amount after a quoted newline reports the physical line",
                utf8(csv(HEADER + ",note", ROW + ",\"two\nlines\"", "L2,2026-01-31,abc,1,1,1,1,x")),
                "csv",
                "case\\.csv:4:3"));
        cases.add(refused(
                "huge field (5 MiB) in an amount",
                utf8(csv(HEADER, "L1,2026-01-31," + "9".repeat(5 << 20) + ",900,800,50,10")),
                "csv",
                at(2) + ".*total_receivable_usd"));
        cases.add(refused(
                "huge field (2 MiB) in a kept text column: over the 1 MiB field limit",
                utf8(csv(HEADER + ",note", ROW + "," + "n".repeat(2 << 20))),
                "csv",
                at(2, 8) + ": note: field is longer than the limit"));
        cases.add(accepted(
                "large field (512 KiB) in a kept text column",
                utf8(csv(HEADER + ",note", ROW + "," + "n".repeat(512 << 10))),
                "csv"));
        // numbers
        cases.add(refused(
                "thousand separators", utf8(csv(HEADER, "L1,2026-01-31,\"1,000\",900,800,50,10")), "csv", at(2, 3)));
        cases.add(refused("NaN amount", utf8(csv(HEADER, "L1,2026-01-31,NaN,900,800,50,10")), "csv", at(2, 3)));
        cases.add(
                refused("Infinity amount", utf8(csv(HEADER, "L1,2026-01-31,Infinity,900,800,50,10")), "csv", at(2, 3)));
        cases.add(refused(
                "-Infinity in an optional amount",
                utf8(csv(HEADER, "L1,2026-01-31,1000,900,800,-Infinity,10")),
                "csv",
                at(2, 6)));
        cases.add(refused(
                "scientific notation overflowing a double",
                utf8(csv(HEADER, "L1,2026-01-31,1e400,900,800,50,10")),
                "csv",
                at(2, 3)));
        cases.add(accepted("scientific notation 1.5e3", utf8(csv(HEADER, "L1,2026-01-31,1.5e3,900,800,50,10")), "csv"));
        cases.add(refused("negative amount", utf8(csv(HEADER, "L1,2026-01-31,-1000,900,800,50,10")), "csv", at(2, 3)));
        cases.add(refused("hex amount", utf8(csv(HEADER, "L1,2026-01-31,0x10,900,800,50,10")), "csv", at(2, 3)));
        cases.add(refused("currency symbol", utf8(csv(HEADER, "L1,2026-01-31,$1000,900,800,50,10")), "csv", at(2, 3)));
        cases.add(refused("empty required amount", utf8(csv(HEADER, "L1,2026-01-31,,900,800,50,10")), "csv", at(2, 3)));
        // dates
        cases.add(refused("month 13", utf8(csv(HEADER, "L1,2026-13-01,1000,900,800,50,10")), "csv", at(2, 2)));
        cases.add(refused("February 30", utf8(csv(HEADER, "L1,2026-02-30,1000,900,800,50,10")), "csv", at(2, 2)));
        cases.add(refused("year 0000", utf8(csv(HEADER, "L1,0000-01-01,1000,900,800,50,10")), "csv", at(2, 2)));
        cases.add(refused("five-digit year", utf8(csv(HEADER, "L1,+99999-01-01,1000,900,800,50,10")), "csv", at(2, 2)));
        cases.add(refused("not a date", utf8(csv(HEADER, "L1,yesterday,1000,900,800,50,10")), "csv", at(2, 2)));
        cases.add(refused("empty date", utf8(csv(HEADER, "L1,,1000,900,800,50,10")), "csv", at(2, 2)));
        // other formats
        cases.add(refused(
                "JSON lines: bad token on line 2",
                utf8(JSON_ROW + "\n{\"measurement_date\": nope}\n" + JSON_ROW + "\n"),
                "jsonl",
                "case\\.jsonl:2:\\d+: malformed JSON"));
        cases.add(refused(
                "JSON lines: amount is an object",
                utf8(
                        "{\"measurement_date\":\"2026-01-31\",\"total_receivable_usd\":{\"v\":1},\"total_eligible_usd\":1,\"discounted_balance_usd\":1}\n"),
                "jsonl",
                "case\\.jsonl:1.*total_receivable_usd"));
        cases.add(refused(
                "JSON document truncated",
                utf8("[{\"measurement_date\":\"2026-01-31\",\"total_receivable_usd\":1,"),
                "json",
                "case\\.json:1"));
        cases.add(refused("JSON: deeply nested arrays", utf8("[".repeat(100_000)), "json", "case\\.json:1"));
        cases.add(
                refused("Parquet: garbage with a .parquet name", utf8(csv(HEADER, ROW)), "parquet", "case\\.parquet"));
        return cases;
    }

    static String at(int line) {
        return "case\\.[a-z]+:" + line + "(:\\d+)?";
    }

    static String at(int line, int column) {
        return "case\\.[a-z]+:" + line + ":" + column;
    }

    static String where() {
        return "case\\.[a-z]+";
    }

    static FaultCase refused(String name, byte[] content, String extension, String message) {
        return tape(name, content, extension, 2, message, AllowedChanges.FAILED_RUN_RECORD);
    }

    static FaultCase accepted(String name, byte[] content, String extension) {
        return tape(name, content, extension, 0, "", AllowedChanges.ANYTHING);
    }

    private static FaultCase tape(
            String name, byte[] content, String extension, int exitCode, String message, AllowedChanges allowed) {
        String file = "data/raw/case." + extension;
        return new FaultCase(
                "tape",
                name,
                workspace -> Files.write(workspace.resolve(file), content),
                List.of("-w", "{ws}", "pipeline", "run", "--input", "{ws}/" + file),
                Map.of(),
                exitCode,
                message,
                allowed);
    }

    static String csv(String... lines) {
        return String.join("\n", lines) + "\n";
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] bytes(String text, Charset charset, boolean bom) {
        byte[] body = text.getBytes(charset);
        if (!bom) return body;
        byte[] mark = "\ufeff".getBytes(charset);
        return concat(mark, body);
    }

    static byte[] concat(byte[]... parts) {
        int length = Arrays.stream(parts).mapToInt(part -> part.length).sum();
        byte[] all = new byte[length];
        int offset = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, all, offset, part.length);
            offset += part.length;
        }
        return all;
    }

    static byte[] png() {
        byte[] bytes = new byte[512];
        new java.util.Random(7).nextBytes(bytes);
        byte[] signature = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
        System.arraycopy(signature, 0, bytes, 0, signature.length);
        return bytes;
    }

    static byte[] gzip(byte[] content) {
        var buffer = new java.io.ByteArrayOutputStream();
        try (var out = new java.util.zip.GZIPOutputStream(buffer)) {
            out.write(content);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return buffer.toByteArray();
    }
}
