package io.abaco.validation.check;

import io.abaco.pipeline.ingest.TapeColumns;
import java.util.List;

/**
 * A tape the ingestion engine must refuse, and the words its refusal must contain.
 *
 * @param name stable name, e.g. {@code negative}
 * @param fileName the file written for it
 * @param content the tape's bytes as text
 * @param expectedReason a fragment the error message must contain
 */
public record BadTape(String name, String fileName, String content, String expectedReason) {
    private static final String HEADER = "loan_id,measurement_date," + String.join(",", TapeColumns.AMOUNTS);
    private static final String GOOD_ROW = "L1,2026-01-31,1000,900,800,50,10,0,100,50,25";

    /** Empty, missing column, non-numeric, negative (DESIGN §9). */
    public static List<BadTape> standard() {
        String withoutEligible = HEADER.replace(",total_eligible_usd", "");
        String rowWithoutEligible = "L1,2026-01-31,1000,800,50,10,0,100,50,25";
        return List.of(
                new BadTape("empty", "empty.csv", "", "empty file"),
                new BadTape(
                        "missing_column",
                        "missing_column.csv",
                        withoutEligible + "\n" + rowWithoutEligible + "\n",
                        "missing required column total_eligible_usd"),
                new BadTape(
                        "non_numeric",
                        "non_numeric.csv",
                        HEADER + "\n" + GOOD_ROW + "\nL2,2026-01-31,12abc,900,800,50,10,0,100,50,25\n",
                        "not a number"),
                new BadTape(
                        "negative",
                        "negative.csv",
                        HEADER + "\n" + GOOD_ROW + "\nL2,2026-01-31,1000,900,800,50,10,0,-100,50,25\n",
                        "negative amount"));
    }
}
