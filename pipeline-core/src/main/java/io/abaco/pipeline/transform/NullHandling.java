package io.abaco.pipeline.transform;

import io.abaco.error.ConfigException;
import io.abaco.error.ConfigProblem;
import java.util.Arrays;

/** What to do with optional amounts that are missing ({@code NaN} in a {@code TapeRow}). */
public enum NullHandling {
    /** Missing optional amounts count as 0. */
    FILL_ZERO,
    /** Rows with any missing amount are dropped and counted. */
    DROP_ROWS;

    public static NullHandling fromConfig(String value) {
        if (value == null || value.equals("fill_zero")) return FILL_ZERO;
        if (value.equals("drop_rows")) return DROP_ROWS;
        throw new ConfigException(new ConfigProblem(
                "config/pipeline.yml",
                0,
                0,
                "pipeline.transformation.null_handling",
                "unknown value '" + value + "' (expected fill_zero or drop_rows)"));
    }

    /**
     * @return the amounts to use (the same array when nothing was missing, never modified in place), or null when
     *     the row is dropped
     */
    public double[] apply(double[] amounts) {
        int missing = -1;
        for (int index = 0; index < amounts.length; index++) {
            if (Double.isNaN(amounts[index])) {
                missing = index;
                break;
            }
        }
        if (missing < 0) return amounts;
        if (this == DROP_ROWS) return null;
        double[] filled = Arrays.copyOf(amounts, amounts.length);
        for (int index = missing; index < filled.length; index++) {
            if (Double.isNaN(filled[index])) filled[index] = 0.0;
        }
        return filled;
    }
}
