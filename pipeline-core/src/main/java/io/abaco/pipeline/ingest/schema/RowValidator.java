package io.abaco.pipeline.ingest.schema;

import io.abaco.pipeline.ingest.TapeColumns;
import io.abaco.pipeline.ingest.TapeRow;
import java.time.LocalDate;

/**
 * Applies the row rules of DESIGN §5 to the values of one row: required date and amounts present and valid, every
 * amount a number ({@link Amounts}) and not negative, the date ISO-8601 ({@link MeasurementDates}). The first
 * problem, in column order, is the row's problem.
 *
 * <p>Not thread-safe: one validator per ingestion.
 */
public final class RowValidator {
    private final TapeSchema schema;
    private final int[] extras;
    private final MeasurementDates dates = new MeasurementDates();
    private RowProblem problem;

    public RowValidator(TapeSchema schema) {
        this.schema = schema;
        this.extras = schema.extras();
    }

    /**
     * @param line the row's line, carried into the {@link TapeRow}
     * @param rowNumber 1-based data row number, for {@code agg_<row number>}
     * @param values the row's values aligned with the schema; null or empty means missing
     * @return the row, or null with {@link #problem()} saying why
     */
    public TapeRow validate(long line, long rowNumber, String[] values) {
        problem = null;
        double[] amounts = new double[TapeColumns.AMOUNTS.size()];
        int firstBadColumn = Integer.MAX_VALUE;
        for (int a = 0; a < amounts.length; a++) {
            int index = schema.amount(a);
            String text = index < 0 ? null : values[index];
            if (text == null || text.isBlank()) {
                // DESIGN §5: an optional column the tape does not have is 0; an empty value is a null the
                // transformation's null_handling decides on (fill_zero or drop_rows).
                amounts[a] = index < 0 ? 0.0 : Double.NaN;
                if (a < TapeColumns.REQUIRED_AMOUNTS && index < firstBadColumn) {
                    firstBadColumn = index;
                    problem = problem(index, "required value is empty");
                }
                continue;
            }
            double amount = Amounts.parse(text);
            amounts[a] = amount;
            if (index < firstBadColumn) {
                String reason = amountProblem(amount, text);
                if (reason != null) {
                    firstBadColumn = index;
                    problem = problem(index, reason);
                }
            }
        }
        int dateIndex = schema.measurementDate();
        String dateText = values[dateIndex];
        LocalDate date = null;
        if (dateIndex < firstBadColumn) {
            if (dateText == null || dateText.isBlank()) {
                problem = problem(dateIndex, "required value is empty");
            } else if ((date = dates.parse(dateText)) == null) {
                problem = problem(dateIndex, dates.failure());
            }
        }
        if (problem != null) return null;
        return new TapeRow(
                line,
                loanId(values, rowNumber),
                text(values, schema.period()),
                dateText.strip(),
                date,
                amounts,
                extras(values));
    }

    /** Why the last {@link #validate} returned null. */
    public RowProblem problem() {
        return problem;
    }

    private static String amountProblem(double amount, String text) {
        if (Double.isNaN(amount)) return "not a number: " + RowProblem.quote(text);
        if (Double.isInfinite(amount)) return "number out of range: " + RowProblem.quote(text);
        if (amount < 0) return "negative amount: " + text.strip();
        return null;
    }

    private String loanId(String[] values, long rowNumber) {
        String loanId = text(values, schema.loanId());
        return loanId != null ? loanId : "agg_" + rowNumber;
    }

    private static String text(String[] values, int index) {
        if (index < 0 || values[index] == null) return null;
        String text = values[index].strip();
        return text.isEmpty() ? null : text;
    }

    private String[] extras(String[] values) {
        String[] out = new String[extras.length];
        for (int i = 0; i < extras.length; i++) {
            String value = values[extras[i]];
            out[i] = value == null || value.isEmpty() ? null : value;
        }
        return out;
    }

    private RowProblem problem(int index, String reason) {
        return new RowProblem(index + 1, schema.name(index), reason);
    }
}
