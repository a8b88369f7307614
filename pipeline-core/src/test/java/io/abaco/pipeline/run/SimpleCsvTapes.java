package io.abaco.pipeline.run;

import io.abaco.error.InputDataException;
import io.abaco.fs.Hashing;
import io.abaco.pipeline.ingest.IngestionRequest;
import io.abaco.pipeline.ingest.IngestionResult;
import io.abaco.pipeline.ingest.TapeColumns;
import io.abaco.pipeline.ingest.TapeConsumer;
import io.abaco.pipeline.ingest.TapeHeader;
import io.abaco.pipeline.ingest.TapeRow;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Feeds a plain CSV (no quoting) to the runner while the real ingestion is built elsewhere: only what the runner's
 * tests need (header, amounts, extras, bad numbers refused).
 */
final class SimpleCsvTapes implements TapeSource {
    @Override
    public IngestionResult read(IngestionRequest request, TapeConsumer consumer) {
        Path input = request.input() != null
                ? request.input()
                : request.workspace().resolve(request.config().path());
        try {
            List<String> lines = Files.readAllLines(input);
            List<String> header = Arrays.stream(lines.get(0).split(",", -1))
                    .map(name -> name.trim().toLowerCase(Locale.ROOT))
                    .toList();
            List<String> extras = new ArrayList<>();
            for (String name : header) {
                if (!TapeColumns.AMOUNTS.contains(name)
                        && !List.of(TapeColumns.LOAN_ID, TapeColumns.PERIOD, TapeColumns.MEASUREMENT_DATE)
                                .contains(name)) extras.add(name);
            }
            String source = request.workspace().display(input);
            TapeHeader tapeHeader = new TapeHeader(source, "csv", header.contains(TapeColumns.LOAN_ID), extras);
            consumer.begin(tapeHeader);
            long rows = 0;
            for (int index = 1; index < lines.size(); index++) {
                if (lines.get(index).isEmpty()) continue;
                rows++;
                String[] fields = lines.get(index).split(",", -1);
                double[] amounts = new double[TapeColumns.AMOUNTS.size()];
                for (int amount = 0; amount < amounts.length; amount++) {
                    int column = header.indexOf(TapeColumns.AMOUNTS.get(amount));
                    String text = column < 0 ? "" : fields[column];
                    try {
                        amounts[amount] = text.isEmpty() ? Double.NaN : Double.parseDouble(text);
                    } catch (NumberFormatException e) {
                        throw new InputDataException(
                                source + ":" + (index + 1) + ":" + (column + 1) + ": not a number: " + text);
                    }
                }
                String[] extraValues = new String[extras.size()];
                for (int extra = 0; extra < extras.size(); extra++) {
                    String value = fields[header.indexOf(extras.get(extra))];
                    extraValues[extra] = value.isEmpty() ? null : value;
                }
                String date = fields[header.indexOf(TapeColumns.MEASUREMENT_DATE)];
                int loanColumn = header.indexOf(TapeColumns.LOAN_ID);
                consumer.accept(new TapeRow(
                        index + 1,
                        loanColumn < 0 ? "agg_" + rows : fields[loanColumn],
                        null,
                        date,
                        LocalDate.parse(date.substring(0, 10)),
                        amounts,
                        extraValues));
            }
            return new IngestionResult(tapeHeader, Hashing.sha256Hex(input), rows, rows, 0, 0, null, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
