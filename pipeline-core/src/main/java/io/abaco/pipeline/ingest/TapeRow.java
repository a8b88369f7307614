package io.abaco.pipeline.ingest;

import java.time.LocalDate;

/**
 * One accepted row of a tape. Arrays are owned by the row and must not be modified after it is handed on.
 *
 * @param line 1-based line (CSV: physical line of the record's start; JSON lines: line; Parquet: row number + 1)
 * @param loanId the loan id, or {@code agg_<row number>} when the tape has none
 * @param period the period column or null
 * @param measurementDate the date as written in the tape
 * @param date the calendar date of {@code measurementDate} (time and offset dropped)
 * @param amounts the amounts in {@link TapeColumns#AMOUNTS} order; an optional amount whose column the tape lacks is 0;
 *     one present but empty is {@code Double.NaN} (the transformation's null handling decides); required ones are never NaN
 * @param extras values of the extra columns, aligned with {@link TapeHeader#extraColumns()}; null for empty
 */
public record TapeRow(
        long line,
        String loanId,
        String period,
        String measurementDate,
        LocalDate date,
        double[] amounts,
        String[] extras) {}
