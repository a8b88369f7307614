package io.abaco.pipeline.run;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

/** Run identifiers: {@code run_<12 hex of input sha256>} (deterministic) or {@code run_<UTC stamp>_<6 hex>}. */
public final class RunIds {
    public static final String DETERMINISTIC = "deterministic";
    public static final String TIMESTAMP = "timestamp";
    static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final SecureRandom RANDOM = new SecureRandom();

    private RunIds() {}

    /** @param strategy {@code deterministic} (also when null) or {@code timestamp} */
    public static String of(String strategy, String inputSha256, Instant now) {
        if (TIMESTAMP.equals(strategy)) {
            byte[] random = new byte[3];
            RANDOM.nextBytes(random);
            return "run_" + STAMP.format(now) + "_" + HexFormat.of().formatHex(random);
        }
        return "run_" + inputSha256.substring(0, 12);
    }

    /** Name of the directory of a run that failed: {@code failed-<UTC stamp>}. */
    public static String failed(Instant now) {
        return "failed-" + STAMP.format(now);
    }
}
