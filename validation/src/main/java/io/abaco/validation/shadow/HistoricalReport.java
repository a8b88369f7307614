package io.abaco.validation.shadow;

import io.abaco.validation.CheckStatus;
import java.time.Instant;
import java.util.List;

/**
 * A shadow comparison per daily tape.
 *
 * @param generatedAt when the reconciliation finished (UTC)
 * @param tapesDir the directory of tapes
 * @param days one row per tape, in day order
 * @param verdict PASS when every day passed (and there was at least one); otherwise FAIL
 * @param halt true when any day halted
 */
public record HistoricalReport(
        Instant generatedAt, String tapesDir, List<DayResult> days, CheckStatus verdict, boolean halt) {
    public HistoricalReport {
        days = List.copyOf(days);
    }
}
