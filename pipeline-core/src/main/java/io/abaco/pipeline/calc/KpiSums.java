package io.abaco.pipeline.calc;

import io.abaco.pipeline.ingest.TapeColumns;

/**
 * The column sums the KPIs need (DESIGN §6), accumulated exactly with {@link ExactSum}, plus the row count.
 *
 * <p>Not thread-safe: one instance per thread, then {@link #merge}; the merged result is bit-for-bit the same
 * whatever the split or order of rows.
 */
public final class KpiSums {
    private final ExactSum receivable = new ExactSum();
    private final ExactSum eligible = new ExactSum();
    private final ExactSum cash = new ExactSum();
    private final ExactSum dpd30to60 = new ExactSum();
    private final ExactSum dpd60to90 = new ExactSum();
    private final ExactSum dpd90plus = new ExactSum();
    private long rows;

    /** Adds one row's amounts, in {@link TapeColumns#AMOUNTS} order (no NaN: null handling has run). */
    public void add(double[] amounts) {
        receivable.add(amounts[TapeColumns.TOTAL_RECEIVABLE]);
        eligible.add(amounts[TapeColumns.TOTAL_ELIGIBLE]);
        cash.add(amounts[TapeColumns.CASH_AVAILABLE]);
        dpd30to60.add(amounts[TapeColumns.DPD_30_60]);
        dpd60to90.add(amounts[TapeColumns.DPD_60_90]);
        dpd90plus.add(amounts[TapeColumns.DPD_90_PLUS]);
        rows++;
    }

    public void merge(KpiSums other) {
        receivable.merge(other.receivable);
        eligible.merge(other.eligible);
        cash.merge(other.cash);
        dpd30to60.merge(other.dpd30to60);
        dpd60to90.merge(other.dpd60to90);
        dpd90plus.merge(other.dpd90plus);
        rows += other.rows;
    }

    public long rows() {
        return rows;
    }

    public double receivable() {
        return receivable.value();
    }

    public double eligible() {
        return eligible.value();
    }

    public double cash() {
        return cash.value();
    }

    /** S(dpd_30_60) + S(dpd_60_90) + S(dpd_90_plus), summed exactly and rounded once. */
    public double pastDue30() {
        ExactSum total = dpd30to60.copy();
        total.merge(dpd60to90);
        total.merge(dpd90plus);
        return total.value();
    }

    public double pastDue90() {
        return dpd90plus.value();
    }
}
