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
     * @param fields the row's fields aligned with the schema
     * @return the row, or null with {@link #problem()} saying why
     */
    public TapeRow validate(long line, long rowNumber, RowFields fields) {
        problem = null;
        double[] amounts = new double[TapeColumns.AMOUNTS.size()];
        int firstBadColumn = Integer.MAX_VALUE;
        for (int a = 0; a < amounts.length; a++) {
            int index = schema.amount(a);
            // parsed first: a number is never blank, so blankness is asked only of what is not a number
            double amount = index < 0 ? Double.NaN : fields.amount(index);
            if (Double.isNaN(amount) && (index < 0 || fields.isBlank(index))) {
                // DESIGN §5: an optional column the tape does not have is 0; an empty value is a null the
                // transformation's null_handling decides on (fill_zero or drop_rows).
                amounts[a] = index < 0 ? 0.0 : Double.NaN;
                if (a < TapeColumns.REQUIRED_AMOUNTS && index < firstBadColumn) {
                    firstBadColumn = index;
                    problem = problem(index, "required value is empty");
                }
                continue;
            }
            amounts[a] = amount;
            if (index < firstBadColumn) {
                String reason = amountProblem(amount, fields, index);
                if (reason != null) {
                    firstBadColumn = index;
                    problem = problem(index, reason);
                }
            }
        }
        int dateIndex = schema.measurementDate();
        String dateText = null;
        LocalDate date = null;
        if (dateIndex < firstBadColumn) {
            if (fields.isBlank(dateIndex)) {
                problem = problem(dateIndex, "required value is empty");
            } else if ((date = dates.parse(dateText = fields.text(dateIndex))) == null) {
                problem = problem(dateIndex, dates.failure());
            }
        }
        if (problem != null) return null;
        return new TapeRow(
                line,
                loanId(fields, rowNumber),
                text(fields, schema.period()),
                dateText.strip(),
                date,
                amounts,
                extras(fields));
    }

    /** Why the last {@link #validate} returned null. */
    public RowProblem problem() {
        return problem;
    }

    private static String amountProblem(double amount, RowFields fields, int index) {
        if (amount >= 0 && amount != Double.POSITIVE_INFINITY) return null; // the text is only needed for a message
        String text = fields.text(index);
        if (Double.isNaN(amount)) return "not a number: " + RowProblem.quote(text);
        if (Double.isInfinite(amount)) return "number out of range: " + RowProblem.quote(text);
        return "negative amount: " + text.strip();
    }

    private String loanId(RowFields fields, long rowNumber) {
        String loanId = text(fields, schema.loanId());
        return loanId != null ? loanId : "agg_" + rowNumber;
    }

    private static String text(RowFields fields, int index) {
        if (index < 0) return null;
        String value = fields.text(index);
        if (value == null) return null;
        String text = value.strip();
        return text.isEmpty() ? null : text;
    }

    private String[] extras(RowFields fields) {
        String[] out = new String[extras.length];
        for (int i = 0; i < extras.length; i++) {
            String value = fields.text(extras[i]);
            out[i] = value == null || value.isEmpty() ? null : value;
        }
        return out;
    }

    private RowProblem problem(int index, String reason) {
        return new RowProblem(index + 1, schema.name(index), reason);
    }
}
