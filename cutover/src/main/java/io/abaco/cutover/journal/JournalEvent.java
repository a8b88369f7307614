package io.abaco.cutover.journal;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What happened to a phase. A phase {@code started} and never {@code passed}/{@code failed} was interrupted. */
public enum JournalEvent {
    STARTED,
    PASSED,
    FAILED,
    SKIPPED,
    INTERRUPTED;

    @JsonValue
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    static JournalEvent parse(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }
}
