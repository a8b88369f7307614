package io.abaco.workspace;

import io.abaco.fs.AtomicFiles;
import io.abaco.fs.Hashing;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes a synthetic receivables tape (DESIGN §5) for demos, tests and benchmarks.
 *
 * <p>The tape is realistic enough to exercise the pipeline: most receivables are current, a tail sits in every DPD
 * bucket, a few balances are zero, and the rows spread over six month-ends. It carries {@code borrower_name} so that
 * PII masking has something to mask, and {@code sector} as an extra column.
 *
 * <p>The same {@code seed} and row count give a byte-identical file. Rows are streamed to disk, so ten million rows
 * need no more memory than ten; the file appears under its final name only when complete ({@link AtomicFiles}).
 * Stateless and thread-safe.
 */
public final class SyntheticTape {
    /** The header, in the order the columns are written. */
    public static final List<String> COLUMNS = List.of(
            "loan_id",
            "period",
            "measurement_date",
            "borrower_name",
            "sector",
            "total_receivable_usd",
            "total_eligible_usd",
            "discounted_balance_usd",
            "cash_available_usd",
            "dpd_0_7_usd",
            "dpd_7_30_usd",
            "dpd_30_60_usd",
            "dpd_60_90_usd",
            "dpd_90_plus_usd");

    /** Month-ends the rows are spread over, oldest first. */
    public static final List<LocalDate> MEASUREMENT_DATES = List.of(
            LocalDate.of(2025, 1, 31),
            LocalDate.of(2025, 2, 28),
            LocalDate.of(2025, 3, 31),
            LocalDate.of(2025, 4, 30),
            LocalDate.of(2025, 5, 31),
            LocalDate.of(2025, 6, 30));

    private static final List<String> SECTORS =
            List.of("agriculture", "construction", "manufacturing", "retail", "services", "transport", "wholesale");
    private static final List<String> NAME_STEMS = List.of(
            "Andes",
            "Boreal",
            "Cobalt",
            "Delta",
            "Estrella",
            "Faro",
            "Granada",
            "Horizonte",
            "Istmo",
            "Jade",
            "Laguna",
            "Montana",
            "Norte",
            "Olivo",
            "Pacifico",
            "Quetzal",
            "Rio",
            "Sierra",
            "Tierra",
            "Valle");
    private static final List<String> NAME_SUFFIXES =
            List.of("Trading", "Logistics", "Foods", "Textiles", "Motors", "Supplies", "Farms", "Builders");

    private SyntheticTape() {}

    /** What was written: row count and the sha256 of the file's bytes. */
    public record Summary(long rows, String sha256) {}

    /**
     * Writes {@code rows} data rows (plus the header) to {@code file}, replacing it atomically.
     *
     * @param rows number of data rows, ≥ 0
     * @param seed any value; the same seed gives the same file
     */
    public static Summary write(Path file, long rows, long seed) {
        if (rows < 0) throw new IllegalArgumentException("rows must be >= 0, got " + rows);
        MessageDigest digest = Hashing.sha256();
        AtomicFiles.write(file, out -> {
            Writer writer = new BufferedWriter(
                    new OutputStreamWriter(new DigestOutputStream(out, digest), StandardCharsets.UTF_8), 1 << 16);
            writeRows(writer, rows, seed);
            writer.flush();
        });
        return new Summary(rows, HexFormat.of().formatHex(digest.digest()));
    }

    private static void writeRows(Writer writer, long rows, long seed) throws IOException {
        writer.write(String.join(",", COLUMNS));
        writer.write('\n');
        SplittableRandom random = new SplittableRandom(seed);
        StringBuilder line = new StringBuilder(256);
        int dates = MEASUREMENT_DATES.size();
        List<String> dateTexts =
                MEASUREMENT_DATES.stream().map(LocalDate::toString).toList();
        for (long index = 0; index < rows; index++) {
            // each receivable appears once per month-end, so the tape has a history per loan
            long receivable = index / dates + 1;
            String date = dateTexts.get((int) (index % dates));
            line.setLength(0);
            appendRow(line, receivable, date, seed, random);
            writer.append(line);
        }
    }

    private static void appendRow(
            StringBuilder line, long receivable, String date, long seed, SplittableRandom random) {
        line.append("RCV-");
        appendZeroPadded(line, receivable, 7);
        line.append(',');
        line.append(date, 0, 7).append(',');
        line.append(date).append(',');
        // the borrower and sector belong to the receivable: the same in every month
        SplittableRandom identity = new SplittableRandom(seed ^ (receivable * 0x9E3779B97F4A7C15L));
        line.append(NAME_STEMS.get(identity.nextInt(NAME_STEMS.size())))
                .append(' ')
                .append(NAME_SUFFIXES.get(identity.nextInt(NAME_SUFFIXES.size())))
                .append(" S.A. ")
                .append(identity.nextInt(100, 1000))
                .append(',');
        line.append(SECTORS.get(identity.nextInt(SECTORS.size()))).append(',');
        ReceivableAmounts.draw(random).appendTo(line);
        line.append('\n');
    }

    private static void appendZeroPadded(StringBuilder line, long value, int width) {
        String digits = Long.toString(value);
        for (int pad = digits.length(); pad < width; pad++) line.append('0');
        line.append(digits);
    }
}
