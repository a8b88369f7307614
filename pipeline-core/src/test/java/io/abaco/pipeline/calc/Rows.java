package io.abaco.pipeline.calc;

import io.abaco.pipeline.ingest.TapeColumns;

/** Builds amount arrays for tests. */
final class Rows {
    private Rows() {}

    static double[] amounts(
            double receivable, double eligible, double cash, double dpd30to60, double dpd60to90, double dpd90plus) {
        double[] amounts = new double[TapeColumns.AMOUNTS.size()];
        amounts[TapeColumns.TOTAL_RECEIVABLE] = receivable;
        amounts[TapeColumns.TOTAL_ELIGIBLE] = eligible;
        amounts[TapeColumns.CASH_AVAILABLE] = cash;
        amounts[TapeColumns.DPD_30_60] = dpd30to60;
        amounts[TapeColumns.DPD_60_90] = dpd60to90;
        amounts[TapeColumns.DPD_90_PLUS] = dpd90plus;
        return amounts;
    }
}
