package io.abaco.cutover.backup;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Why a backup (or a restored state) does not match its manifest. */
public enum ProblemReason {
    MISSING,
    CHECKSUM_MISMATCH,
    SIZE_MISMATCH,
    ROW_COUNT_MISMATCH,
    MANIFEST_MISSING,
    MANIFEST_UNREADABLE,
    WRONG_CUTOVER_ID,
    /** A manifest path that leaves the backup directory or the workspace: never followed. */
    UNSAFE_PATH;

    @JsonValue
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
