package io.abaco.pipeline.ingest;

import java.util.List;

/** The columns of a receivables tape (DESIGN §5), after trimming and lower-casing. */
public final class TapeColumns {
    public static final String LOAN_ID = "loan_id";
    public static final String PERIOD = "period";
    public static final String MEASUREMENT_DATE = "measurement_date";

    /** Amount columns in the fixed order of {@link TapeRow#amounts()}. The first three are required. */
    public static final List<String> AMOUNTS = List.of(
            "total_receivable_usd",
            "total_eligible_usd",
            "discounted_balance_usd",
            "cash_available_usd",
            "dpd_0_7_usd",
            "dpd_7_30_usd",
            "dpd_30_60_usd",
            "dpd_60_90_usd",
            "dpd_90_plus_usd");

    public static final int TOTAL_RECEIVABLE = 0;
    public static final int TOTAL_ELIGIBLE = 1;
    public static final int DISCOUNTED_BALANCE = 2;
    public static final int CASH_AVAILABLE = 3;
    public static final int DPD_0_7 = 4;
    public static final int DPD_7_30 = 5;
    public static final int DPD_30_60 = 6;
    public static final int DPD_60_90 = 7;
    public static final int DPD_90_PLUS = 8;
    public static final int REQUIRED_AMOUNTS = 3;

    private TapeColumns() {}
}
